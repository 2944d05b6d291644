/** Where a paragraph stands: the body, or a footnote or endnote whose paragraphs follow the body's. */
import type { DocumentModel, LocatedStory, Note, NoteKind, Paragraph } from "./document";

/** The number of body paragraphs: the notes' paragraphs follow them. */
export function bodyParagraphCount(model: DocumentModel): number {
  const paragraphs = model.paragraphs;
  let lo = 0, hi = paragraphs.length;
  // Body paragraphs come first: the first note paragraph is found by bisection.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].note === null) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export function bodyParagraphs(model: DocumentModel): Paragraph[] {
  return model.paragraphs.slice(0, bodyParagraphCount(model));
}

/** The story of a paragraph, as tracked changes name it. */
export function storyOf(p: Paragraph): LocatedStory {
  return p.note === null ? "body" : p.note.kind === "footnote" ? "footnotes" : "endnotes";
}

/** The body paragraph a paragraph belongs to for its section: itself, or the one holding its note's reference. */
export function bodyPlaceOf(model: DocumentModel, paragraph: number): number | null {
  const p = model.paragraphs[paragraph];
  if (!p) return null;
  return p.note === null ? paragraph : (p.note.reference?.paragraph ?? null);
}

/** The note a paragraph stands in (kind and number), null in the body. */
export function noteOf(model: DocumentModel, paragraph: number): Pick<Note, "kind" | "number"> | null {
  const note = model.paragraphs[paragraph]?.note;
  return note ? { kind: note.kind, number: note.number } : null;
}

/**
 * Where a note's reference mark stands, per paragraph index (final-view offsets, ascending): in the body at each
 * reference, and at the start of each note's first paragraph, where Word repeats the mark. The model's text holds no
 * character for it; Word's text does (src/word, src/simulator).
 */
export function referenceMarks(model: DocumentModel): Map<number, number[]> {
  const marks = new Map<number, number[]>();
  const mark = (paragraph: number, offset: number) => {
    const list = marks.get(paragraph);
    if (list) list.push(offset);
    else marks.set(paragraph, [offset]);
  };
  for (const note of model.notes) if (note.reference) mark(note.reference.paragraph, note.reference.offset);
  let previous: Note | null = null;
  for (let i = bodyParagraphCount(model); i < model.paragraphs.length; i++) {
    const note = model.paragraphs[i].note;
    if (note && note !== previous) mark(i, 0);
    previous = note;
  }
  for (const list of marks.values()) list.sort((a, b) => a - b);
  return marks;
}

const NOTE_NAME: Record<NoteKind, string> = { footnote: "Fußnote", endnote: "Endnote" };

/** "Fußnote 3", "Endnote 1". */
export function noteName(note: Pick<Note, "kind" | "number">): string {
  return `${NOTE_NAME[note.kind]} ${note.number}`;
}

/** How the pane names a paragraph: "Absatz 12" in the body (counted from 1), "Fußnote 3" in a note. */
export function paragraphName(model: DocumentModel, paragraph: number): string {
  const note = model.paragraphs[paragraph]?.note;
  return note ? noteName(note) : `Absatz ${paragraph + 1}`;
}
