/**
 * Comparing a paragraph's text as Word reports it with the model. `Range.text` is not the final view: Word on
 * the web, and Word on Windows with revisions shown inline, include the text of tracked deletions in it
 * (OfficeDev/office-js #1267, #2314), while the model holds the final view. Either form means "unchanged".
 * Word's text also holds a character for each footnote or endnote reference mark, U+0002, in the body and at the
 * start of the note (#2749, #4997, #6942); the model holds none.
 */
import { isRemoved, type Paragraph, type TextRange } from "../model/document";

export const NOTE_MARK = "\u0002";

/** Word's text without its note reference marks: the text the model holds. */
export function withoutNoteMarks(text: string): string {
  return text.includes(NOTE_MARK) ? text.split(NOTE_MARK).join("") : text;
}

const isDeleted = (r: Paragraph["runs"][number]) => isRemoved(r.revision);

/**
 * The paragraph with its tracked deletions standing where they are (all runs in document order); null when it
 * has none, or when its runs do not add up to its text (then only the text itself can be compared).
 */
export function textWithDeletions(p: Paragraph): string | null {
  if (!p.runs.some(isDeleted) || p.runs.filter((r) => !isDeleted(r)).map((r) => r.text).join("") !== p.text) return null;
  return p.runs.map((r) => r.text).join("");
}

export function sameParagraphText(wordText: string, p: Paragraph | undefined): boolean {
  const text = withoutNoteMarks(wordText);
  return p !== undefined && (text === p.text || text === textWithDeletions(p));
}

/** The final-view offset of an offset into `textWithDeletions(p)`; inside a deletion, the point where it stands. */
function finalOffset(p: Paragraph, markupOffset: number): number {
  let m = 0;
  for (const r of p.runs) {
    if (markupOffset <= m + r.text.length) return isDeleted(r) ? r.finalOffset : r.finalOffset + markupOffset - m;
    m += r.text.length;
  }
  return p.text.length;
}

/**
 * A match at [k, k + length) of `textWithDeletions(p)`: its final-view start, and whether it is clean (no deleted
 * character in it).
 */
export function matchWithDeletions(p: Paragraph, k: number, length: number): { start: number; clean: boolean } {
  let clean = true;
  let m = 0;
  for (const r of p.runs) {
    if (isDeleted(r) && r.text.length > 0 && m < k + length && m + r.text.length > k) clean = false;
    m += r.text.length;
  }
  return { start: finalOffset(p, k), clean };
}

type Where = "anywhere" | "atStart" | "atEnd";

const position = (text: string, needle: string, where: Where): number => {
  if (where === "anywhere") return text.indexOf(needle);
  if (where === "atStart") return text.startsWith(needle) ? 0 : -1;
  return text.endsWith(needle) ? text.length - needle.length : -1;
};

/**
 * Final-view [start, end) of text Word reported for a range in paragraph `p`: found in the final text, or else
 * in the text with deletions (mapped to final offsets, `viaDeletions`). Null when it is in neither.
 */
export function findReported(p: Paragraph, needle: string, where: Where): { start: number; end: number; viaDeletions: boolean } | null {
  const k = position(p.text, needle, where);
  if (k >= 0) return { start: k, end: k + needle.length, viaDeletions: false };
  const marked = textWithDeletions(p);
  const m = marked === null ? -1 : position(marked, needle, where);
  return m >= 0 ? { start: finalOffset(p, m), end: finalOffset(p, m + needle.length), viaDeletions: true } : null;
}

/** The final-view text of a range, "\n" between paragraphs (as the model's anchor texts). */
export function finalText(paragraphs: readonly Paragraph[], r: TextRange): string {
  const parts: string[] = [];
  for (let i = r.start.paragraph; i <= r.end.paragraph; i++) {
    const text = paragraphs[i]?.text ?? "";
    parts.push(text.slice(i === r.start.paragraph ? r.start.offset : 0, i === r.end.paragraph ? r.end.offset : text.length));
  }
  return parts.join("\n");
}
