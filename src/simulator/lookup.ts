/**
 * Where the comments, tracked changes and bookmarks of the document stand, by paragraph. The reader asks for them
 * paragraph by paragraph; filtering every list for every paragraph made a refresh quadratic in the document's size.
 * A lookup belongs to one batch (Word.run) and is rebuilt after any simulated write, by this pane or a co-author's
 * (`revision.writes` moves, see SimContext.enqueueWrite), so it never answers from an older document. Tests may edit the model directly between
 * batches, not between the syncs of one batch.
 */
import type { Bookmark, Comment, DocumentModel, Note, Paragraph, TextRange, TrackedChange } from "../model/document";
import { referenceMarks } from "../model/notes";
import type { SimContext } from "./core";

/** Items by every paragraph their range touches (clamped to the document), in the order of the model's list. */
export class ByParagraph<T> {
  private readonly buckets: T[][] = [];

  constructor(private readonly items: readonly T[], rangeOf: (item: T) => TextRange | null, private readonly paragraphCount: number) {
    for (const item of items) {
      const r = rangeOf(item);
      if (!r) continue;
      const from = Math.max(0, Math.min(r.start.paragraph, r.end.paragraph));
      const to = Math.min(paragraphCount - 1, Math.max(r.start.paragraph, r.end.paragraph));
      for (let p = from; p <= to; p++) (this.buckets[p] ??= []).push(item);
    }
  }

  /**
   * A superset of the items overlapping `r`, in the model's order: for a range inside one paragraph of the
   * document the items touching it, else all. Callers still test each candidate exactly.
   */
  candidates(r: TextRange): readonly T[] {
    const p = r.start.paragraph;
    if (p !== r.end.paragraph || p < 0 || p >= this.paragraphCount) return this.items;
    return this.buckets[p] ?? [];
  }
}

export interface DocumentLookup {
  comments: ByParagraph<Comment>;
  trackedChanges: ByParagraph<TrackedChange>;
  bookmarks: ByParagraph<Bookmark>;
  /** The first bookmark of each lower-cased name (Word's names are case-insensitive). */
  bookmarkByName: Map<string, Bookmark>;
  /** Per paragraph index, where Word's text has a note reference mark (see reported.ts), ascending. */
  noteMarks: Map<number, number[]>;
  /** Each note's paragraphs, in order. */
  noteParagraphs: Map<Note, Paragraph[]>;
}

function buildLookup(model: DocumentModel): DocumentLookup {
  const n = model.paragraphs.length;
  const bookmarkByName = new Map<string, Bookmark>();
  for (const b of model.bookmarks) {
    const key = b.name.toLowerCase();
    if (!bookmarkByName.has(key)) bookmarkByName.set(key, b);
  }
  const noteParagraphs = new Map<Note, Paragraph[]>();
  for (const p of model.paragraphs) {
    if (!p.note) continue;
    const own = noteParagraphs.get(p.note);
    if (own) own.push(p);
    else noteParagraphs.set(p.note, [p]);
  }
  return {
    noteMarks: referenceMarks(model), noteParagraphs,
    comments: new ByParagraph(model.comments, (c) => c.anchor, n),
    trackedChanges: new ByParagraph(model.trackedChanges, (c) => c.location, n),
    bookmarks: new ByParagraph(model.bookmarks, (b) => b.range, n),
    bookmarkByName,
  };
}

const perBatch = new WeakMap<SimContext, { writes: number; model: DocumentModel; lookup: DocumentLookup }>();

/** This batch's lookup of `model`, built on first use and again after every write. */
export function lookupFor(context: SimContext, model: DocumentModel): DocumentLookup {
  const cached = perBatch.get(context);
  if (cached && cached.writes === context.revision.writes && cached.model === model) return cached.lookup;
  const lookup = buildLookup(model);
  perBatch.set(context, { writes: context.revision.writes, model, lookup });
  return lookup;
}

/** Whether two final-view ranges share a position (touching counts, as Word's range collections report). */
export function overlaps(a: TextRange, b: TextRange): boolean {
  const key = (p: TextRange["start"]) => p.paragraph * 1e9 + p.offset;
  return key(a.start) <= key(b.end) && key(a.end) >= key(b.start);
}
