/** One overview's data from an analysis: what the command line, the task pane and the benchmark render. */
import type { AmendmentCollection } from "../amendments";
import type { InlineAnnotation, IsoDate } from "../amendments/types";
import type { BeiratItem } from "../beirat";
import type { DocumentModel, Paragraph, Run, TextRange } from "../model/document";
import { withoutInsertedOverviews } from "../model/inserted";
import { beiratRows } from "./beirat";
import { buildSynopse } from "./synopse";
import { amendmentRows } from "./tables";
import type { AmendmentOptions, OverviewData, OverviewKind } from "./types";

export interface OverviewSource {
  model: DocumentModel;
  /** The Anträge, and the annotations in the text read into their metadata (left out of the wording). */
  amendments: Pick<AmendmentCollection, "amendments" | "inlineAnnotations" | "removedAnnotations">;
  beirat: readonly BeiratItem[];
}

export interface OverviewRequest extends AmendmentOptions {
  kind: OverviewKind;
  /** Date line, "YYYY-MM-DD" (the caller reads the clock). */
  date: IsoDate;
  groupBySection?: boolean;
  /**
   * Comments in the Änderungsübersicht: rows for comments without a change and a column with the threads.
   * Off unless asked for: the committee reads the Antrag, its Begründung and the Stellungnahme.
   */
  includeComments?: boolean;
  /** Editorial changes of the add-in's own ("redaktionelle Änderung"): off unless asked for (`--include-editorial`). */
  includeEditorial?: boolean;
  /** Mark values read from an annotation and not yet confirmed (default on). */
  markUnconfirmed?: boolean;
}

/** The paper's title: the document's title property, else its first "Title" paragraph, else "Entwurf". */
export function paperTitle(model: DocumentModel): string {
  const titled = model.paragraphs.find((p) => p.builtInStyle === "Title" && p.text.trim());
  return model.properties.title?.trim() || titled?.text.trim() || "Entwurf";
}

/** Each annotation's range with the blank that separates it from the text (before it; at a paragraph's start, after it). */
export function annotationRanges(model: DocumentModel, annotations: readonly InlineAnnotation[]): TextRange[] {
  return annotations.map(({ range }) => {
    const text = model.paragraphs[range.start.paragraph]?.text ?? "";
    let start = range.start.offset, end = range.end.offset;
    while (start > 0 && /\s/.test(text[start - 1])) start--;
    if (start === 0 && range.start.paragraph === range.end.paragraph) while (end < text.length && /\s/.test(text[end])) end++;
    return { start: { ...range.start, offset: start }, end: { ...range.end, offset: end } };
  });
}

/** The paragraph without the runs of editorial deletions: its original text as if the annotation had never stood there. */
function withoutRuns(p: Paragraph, editorial: (r: Run) => boolean): Paragraph {
  if (!p.runs.some(editorial)) return p;
  let originalText = p.originalText;
  for (const r of [...p.runs].reverse()) {
    if (editorial(r)) originalText = originalText.slice(0, r.originalOffset) + originalText.slice(r.originalOffset + r.text.length);
  }
  return { ...p, runs: p.runs.filter((r) => !editorial(r)), originalText };
}

/** The document as the tables show it: annotations removed from the text by the add-in were never its wording. */
function withoutRemovedAnnotations(model: DocumentModel, removed: readonly string[]): DocumentModel {
  if (removed.length === 0) return model;
  const ids = new Set(removed);
  const editorial = (r: Run) => r.revision.kind === "deleted" && ids.has(r.revision.changeId);
  return { ...model, paragraphs: model.paragraphs.map((p) => withoutRuns(p, editorial)), trackedChanges: model.trackedChanges.filter((c) => !ids.has(c.id)) };
}

/**
 * The data of one overview. The wording columns leave out the annotations in the text that were read into the
 * metadata — those still there (with their blank) and those the add-in removed as tracked deletions.
 */
export function overviewData(source: OverviewSource, request: OverviewRequest): OverviewData {
  // A Synopse shows the draft, not the overviews inserted into it before.
  const { amendments, inlineAnnotations, removedAnnotations } = source.amendments;
  const model = withoutRemovedAnnotations(withoutInsertedOverviews(source.model), removedAnnotations);
  const title = paperTitle(model);
  const omit = [...annotationRanges(model, inlineAnnotations), ...(request.omit ?? [])];
  switch (request.kind) {
    case "amendments": {
      const comments = request.includeComments ?? false;
      return {
        kind: "amendments", rows: amendmentRows(model, amendments, { ...request, includeComments: comments, omit }),
        groupBySection: request.groupBySection ?? false, comments, markUnconfirmed: request.markUnconfirmed ?? true, title, date: request.date,
      };
    }
    case "synopse":
      return { kind: "synopse", synopse: buildSynopse(model, { title, date: request.date, omit }), unchanged: "collapsed" };
    case "beirat":
      return { kind: "beirat", rows: beiratRows(model, source.beirat), title, date: request.date };
  }
}
