/** What the model holds, counted: the `meta` command and the task pane's "Überblick" show this. */
import type { DocumentModel, HighlightColor, TrackedChangeKind } from "./document";
import { headings } from "./outline";

export interface DocumentStatistics {
  paragraphs: number;
  headings: number;
  comments: number;
  replies: number;
  resolvedComments: number;
  trackedChanges: { total: number; byKind: Partial<Record<TrackedChangeKind, number>>; byAuthor: Record<string, number> };
  /** Highlighted runs (merged per paragraph and colour) by OOXML colour name. */
  highlights: Partial<Record<HighlightColor, number>>;
  bookmarks: number;
  tocFields: number;
  customXmlParts: number;
}

function increment<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function documentStatistics(model: DocumentModel): DocumentStatistics {
  const byKind: Partial<Record<TrackedChangeKind, number>> = {};
  const byAuthor: Record<string, number> = {};
  for (const change of model.trackedChanges) {
    increment(byKind, change.kind);
    increment(byAuthor, change.author || "(unbekannt)");
  }
  const highlights: Partial<Record<HighlightColor, number>> = {};
  for (const p of model.paragraphs) {
    let previous: HighlightColor | null = null;
    for (const run of p.runs) {
      const colour = run.format.highlight;
      if (colour && colour !== previous) increment(highlights, colour);
      previous = colour;
    }
  }
  return {
    paragraphs: model.paragraphs.length,
    headings: headings(model).length,
    comments: model.comments.length,
    replies: model.comments.reduce((n, c) => n + c.replies.length, 0),
    resolvedComments: model.comments.filter((c) => c.resolved).length,
    trackedChanges: { total: model.trackedChanges.length, byKind, byAuthor },
    highlights,
    bookmarks: model.bookmarks.length,
    tocFields: model.tocFields.length,
    customXmlParts: model.customXmlParts.length,
  };
}
