/**
 * Where the notes' references stand in the body. Word gives no offsets, but its paragraph text holds a character
 * for each reference (U+0002, paragraph-text.ts), so the k-th mark of the body is the k-th note in document order.
 * A document with footnotes and endnotes asks the paragraphs holding marks for their `footnotes` and `endnotes`
 * (WordApi 1.5); in a paragraph with both kinds, the length of the text before each reference orders them.
 */
import type { Note, NoteKind } from "../model/document";
import { NOTE_MARK } from "./paragraph-text";

interface Kinds {
  footnotes: Word.NoteItemCollection;
  endnotes: Word.NoteItemCollection;
}

export interface NoteMarks {
  /** Queues, for the paragraphs holding both kinds, the text before each reference; false when there is none. */
  queueOrder(items: readonly Word.Paragraph[]): boolean;
  /** Places each note at its mark in the body's texts as Word reported them (final view, marks included). */
  place(bodyTexts: readonly string[], notes: readonly Note[]): void;
}

/** Sync 2: in a document with both kinds, each marked paragraph's notes of each kind. */
export function queueNoteMarks(items: readonly Word.Paragraph[], counts: readonly { kind: NoteKind; count: number }[]): NoteMarks {
  const present = counts.filter((c) => c.count > 0).map((c) => c.kind);
  const perParagraph: (Kinds | null)[] = present.length === 2
    ? items.map((p) => (p.text.includes(NOTE_MARK) ? { footnotes: p.footnotes.load("items/type"), endnotes: p.endnotes.load("items/type") } : null))
    : [];
  let order: ({ kind: NoteKind; before: Word.Range }[] | null)[] = [];

  const kindsIn = (paragraph: number, marks: number): NoteKind[] => {
    const kinds = perParagraph[paragraph];
    if (!kinds) return Array.from({ length: marks }, () => present[0] ?? "footnote");
    const mixed = order[paragraph];
    if (mixed) return [...mixed].sort((a, b) => a.before.text.length - b.before.text.length).map((m) => m.kind);
    return Array.from({ length: marks }, () => (kinds.footnotes.items.length > 0 ? "footnote" : "endnote"));
  };

  return {
    queueOrder(paragraphs) {
      order = perParagraph.map((kinds, i) => {
        if (!kinds || kinds.footnotes.items.length === 0 || kinds.endnotes.items.length === 0) return null;
        const start = paragraphs[i].getRange("Start");
        const before = (kind: NoteKind) => (n: Word.NoteItem) => ({ kind, before: start.expandTo(n.reference.getRange("Start")).load("text") });
        return [...kinds.footnotes.items.map(before("footnote")), ...kinds.endnotes.items.map(before("endnote"))];
      });
      return order.some((o) => o !== null);
    },
    place(bodyTexts, notes) {
      const waiting: Record<NoteKind, Note[]> = { footnote: notes.filter((n) => n.kind === "footnote"), endnote: notes.filter((n) => n.kind === "endnote") };
      bodyTexts.forEach((text, paragraph) => {
        const offsets: number[] = [];
        for (let j = text.indexOf(NOTE_MARK); j >= 0; j = text.indexOf(NOTE_MARK, j + 1)) offsets.push(j - offsets.length);
        if (offsets.length === 0) return;
        const kinds = kindsIn(paragraph, offsets.length);
        offsets.forEach((offset, k) => {
          const note = kinds[k] ? waiting[kinds[k]].shift() : undefined;
          if (note) note.reference = { paragraph, offset };
        });
      });
    },
  };
}
