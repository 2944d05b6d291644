/**
 * Text as Word reports it (`Range.text`, `getReviewedText`, what `search` sees): a footnote or endnote reference
 * is a character of its own, U+0002, where the reference stands in the body and at the start of the note's own text
 * (OfficeDev/office-js #2749, #4997, #6942). The model's text has no such character; the reader removes it.
 */
import { isAdded, isRemoved, type DocumentModel, type Paragraph, type TextRange } from "../model/document";
import { originalText, paragraphWithDeletions, spans, textWithDeletions } from "./edit";

export const NOTE_MARK = "\u0002";

/** Final-view offsets of the marks in one paragraph, ascending. */
export type MarksOf = (p: Paragraph) => readonly number[];

export interface Reported {
  text: string;
  /** The final-view offset of an offset into `text` (inside a deletion: where it stands). */
  finalOffset(offset: number): number;
}

/**
 * The paragraph as Word reports it: its final text, or with `withDeletions` all its runs in order (Word on the web),
 * with the marks at their offsets (after deleted text standing at the same point).
 */
export function reportedParagraph(p: Paragraph, marks: readonly number[], withDeletions: boolean): Reported {
  const base = withDeletions ? paragraphWithDeletions(p) : { text: p.text, finalOffset: (k: number) => k };
  if (marks.length === 0) return base;
  let text = "";
  const finals: number[] = [];
  let next = 0;
  const markUpTo = (f: number) => {
    while (next < marks.length && marks[next] <= f) {
      text += NOTE_MARK;
      finals.push(marks[next++]);
    }
  };
  for (let i = 0; i < base.text.length; i++) {
    const f = base.finalOffset(i);
    // A character of the final view moves the final offset on; deleted ones stand at a point.
    if (base.finalOffset(i + 1) > f) markUpTo(f);
    text += base.text[i];
    finals.push(f);
  }
  markUpTo(Number.MAX_SAFE_INTEGER);
  return { text, finalOffset: (k) => (k < finals.length ? finals[k] : p.text.length) };
}

const before = (marks: readonly number[], k: number) => marks.filter((m) => m < k).length;

const whole = (p: Paragraph, start: number, end: number) => start === 0 && end === p.text.length;

/**
 * A range's text as Word reports it, "\r" between paragraphs: the final view, or with `withDeletions` the text with
 * its tracked deletions (whole paragraphs with their marks; a part of one without them). In the final view a mark at
 * a span's end belongs to it only at the paragraph's end (and in a whole paragraph, also an empty one).
 */
export function reportedText(model: DocumentModel, r: TextRange, marksOf: MarksOf, withDeletions: boolean): string {
  return spans(model, r).map(({ p, start, end }) => {
    const marks = marksOf(p);
    if (withDeletions) {
      return marks.length > 0 && whole(p, start, end) ? reportedParagraph(p, marks, true).text
        : textWithDeletions(model, { start: { paragraph: p.index, offset: start }, end: { paragraph: p.index, offset: end } });
    }
    if (marks.length === 0) return p.text.slice(start, end);
    const text = reportedParagraph(p, marks, false).text;
    const to = whole(p, start, end) || (end === p.text.length && end > start) ? text.length : end + before(marks, end);
    return text.slice(start + before(marks, start), to);
  }).join("\r");
}

/** A range's original text as Word reports it: whole paragraphs with their marks, a part of one without them. */
export function reportedOriginalText(model: DocumentModel, r: TextRange, marksOf: MarksOf): string {
  return spans(model, r).map(({ p, start, end }) => whole(p, start, end) ? reportedOriginal(p, marksOf(p))
    : originalText(model, { start: { paragraph: p.index, offset: start }, end: { paragraph: p.index, offset: end } })).join("\r");
}

/** The original-view offset where final offset `k` stands. */
function originalAt(p: Paragraph, k: number): number {
  for (const r of p.runs) {
    if (isRemoved(r.revision) || k < r.finalOffset || k >= r.finalOffset + r.text.length) continue;
    return isAdded(r.revision) ? r.originalOffset : r.originalOffset + k - r.finalOffset;
  }
  return p.originalText.length;
}

/** A whole paragraph's original text with the marks where the references stand in it. */
function reportedOriginal(p: Paragraph, marks: readonly number[]): string {
  if (marks.length === 0) return p.originalText;
  const at = marks.map((k) => originalAt(p, k)).sort((a, b) => a - b);
  let text = "";
  let next = 0;
  for (let i = 0; i <= p.originalText.length; i++) {
    while (next < at.length && at[next] <= i) { text += NOTE_MARK; next++; }
    if (i < p.originalText.length) text += p.originalText[i];
  }
  return text;
}
