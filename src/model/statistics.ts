/** What the model holds, counted: the `meta` command and the task pane's "Überblick" show this. */
import type { DocumentModel, HighlightColor, TrackedChangeKind } from "./document";
import { bodyParagraphCount } from "./notes";
import { headings } from "./outline";

export interface DocumentStatistics {
  /** Paragraphs of the body. */
  paragraphs: number;
  footnotes: number;
  endnotes: number;
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

/** Counts in a Map: keys come from the document (author names such as "constructor" or "__proto__"). */
function count<K extends string>(keys: Iterable<K>): Partial<Record<K, number>> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Object.fromEntries(counts) as Partial<Record<K, number>>;
}

/** Highlighted stretches (body and notes): consecutive runs of one colour in a paragraph count once. */
function* highlightStretches(model: DocumentModel): Generator<HighlightColor> {
  for (const p of model.paragraphs) {
    let previous: HighlightColor | null = null;
    for (const run of p.runs) {
      const colour = run.format.highlight;
      if (colour && colour !== previous) yield colour;
      previous = colour;
    }
  }
}

export function documentStatistics(model: DocumentModel): DocumentStatistics {
  const byKind = count(model.trackedChanges.map((c) => c.kind));
  const byAuthor = count(model.trackedChanges.map((c) => c.author || "(unbekannt)")) as Record<string, number>;
  const highlights = count(highlightStretches(model));
  return {
    paragraphs: bodyParagraphCount(model),
    footnotes: model.notes.filter((n) => n.kind === "footnote").length,
    endnotes: model.notes.filter((n) => n.kind === "endnote").length,
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
