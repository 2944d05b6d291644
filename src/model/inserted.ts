/**
 * Overviews the add-in put into the document ("an der Cursorposition einfügen") are the add-in's output, not the
 * draft's text: a hidden bookmark marks each (the table and its notes), both readers report it, and every check and
 * overview reads the document without them — so inserting an overview changes no finding, in the pane as at the
 * command line. The marked paragraphs stay in place, emptied, so that paragraph numbers still name Word's paragraphs.
 */
import type { Bookmark, DocumentModel, TextRange } from "./document";

/** Hidden (leading underscore) and within Word's 40 characters with the number. */
export const INSERTED_OVERVIEW_PREFIX = "_Beschlussreif_Tabelle_";

const isInsertedOverview = (b: Bookmark): b is Bookmark & { range: TextRange } =>
  b.range !== null && b.name.toLowerCase().startsWith(INSERTED_OVERVIEW_PREFIX.toLowerCase());

/** The name for the next overview inserted into this document: the prefix and the next free number. */
export function nextInsertedOverviewName(model: DocumentModel): string {
  const numbers = model.bookmarks.filter(isInsertedOverview).map((b) => Number(b.name.slice(INSERTED_OVERVIEW_PREFIX.length)) || 0);
  return `${INSERTED_OVERVIEW_PREFIX}${Math.max(0, ...numbers) + 1}`;
}

/** The paragraphs of inserted overviews. */
export function insertedOverviewParagraphs(model: DocumentModel): Set<number> {
  const out = new Set<number>();
  for (const b of model.bookmarks.filter(isInsertedOverview)) {
    for (let p = b.range.start.paragraph; p <= b.range.end.paragraph; p++) out.add(p);
  }
  return out;
}

/**
 * The document as the checks read it: the paragraphs of inserted overviews empty (no text, heading level or list),
 * the comments and tracked changes inside them gone. The model itself when there are none.
 */
export function withoutInsertedOverviews(model: DocumentModel): DocumentModel {
  const inserted = insertedOverviewParagraphs(model);
  if (inserted.size === 0) return model;
  const inside = (r: TextRange | null) => r !== null && inserted.has(r.start.paragraph) && inserted.has(r.end.paragraph);
  return {
    ...model,
    paragraphs: model.paragraphs.map((p) => (inserted.has(p.index)
      ? { ...p, text: "", originalText: "", runs: [], outlineLevel: null, list: null, markInserted: null, markDeleted: null }
      : p)),
    comments: model.comments.filter((c) => !inside(c.anchor)),
    trackedChanges: model.trackedChanges.filter((t) => !inside(t.location)),
  };
}
