/**
 * How final-view ranges follow edits, as Word's Range objects follow their content. Every edit maps, through one
 * rule, each range that points into the text: the model's comment anchors, tracked changes, bookmarks and note references, plus the
 * caller's followers (the selection and the ranges bound by live proxies, see SimState.liveRanges).
 *
 * Inserted text: positions before the insertion point stay, positions after it move right. A position exactly at
 * the point moves only when it starts a non-empty range, so a range grows only by text inserted strictly inside it,
 * never at its boundaries, and an empty range stays before the new text; a note's reference mark moves as well, as it
 * follows the word it belongs to. (The range whose insertText made the
 * change is adjusted by its caller: Word puts "Start"/"End"/"Replace" text inside it, "Before"/"After" outside.)
 * Deleted text: positions inside it go to its start, positions after it move left. Tracked and untracked deletion
 * alike take the text out of the final view (edit.ts), so both map the same way.
 * Inserted paragraphs: positions in paragraphs from the insertion index on move down; removed paragraphs: positions
 * in them go to the start of what follows, later positions move up.
 */
import type { DocumentModel, TextPosition, TextRange } from "../model/document";

/** Ranges outside the model that follow edits too. */
export type Followers = readonly (TextRange | null)[];

/** Each position once (ranges may share position objects), with whether it starts a non-empty range. */
function positions(model: DocumentModel, followers: Followers): Map<TextPosition, boolean> {
  const out = new Map<TextPosition, boolean>();
  const add = (r: TextRange | null) => {
    if (!r) return;
    const empty = r.start.paragraph === r.end.paragraph && r.start.offset === r.end.offset;
    if (!out.has(r.start)) out.set(r.start, !empty);
    if (!out.has(r.end)) out.set(r.end, false);
  };
  for (const c of model.comments) add(c.anchor);
  for (const c of model.trackedChanges) add(c.location);
  for (const b of model.bookmarks) add(b.range);
  // A note's reference mark stands after the word it belongs to: text replacing that word, or inserted at its end,
  // goes before the mark (the model's text holds no character for it, so its position alone cannot say).
  for (const n of model.notes) if (n.reference && !out.has(n.reference)) out.set(n.reference, true);
  for (const r of followers) add(r);
  return out;
}

export function mapInsertedText(model: DocumentModel, followers: Followers, at: TextPosition, length: number): void {
  for (const [pos, startsRange] of positions(model, followers)) {
    if (pos.paragraph === at.paragraph && (pos.offset > at.offset || (pos.offset === at.offset && startsRange))) pos.offset += length;
  }
}

/** For the final-view text [from, to) removed from `paragraph`. */
export function mapDeletedText(model: DocumentModel, followers: Followers, paragraph: number, from: number, to: number): void {
  for (const pos of positions(model, followers).keys()) {
    if (pos.paragraph === paragraph && pos.offset > from) pos.offset = pos.offset >= to ? pos.offset - (to - from) : from;
  }
}

export function mapInsertedParagraphs(model: DocumentModel, followers: Followers, at: number, count: number): void {
  for (const pos of positions(model, followers).keys()) if (pos.paragraph >= at) pos.paragraph += count;
}

export function mapRemovedParagraphs(model: DocumentModel, followers: Followers, from: number, count: number): void {
  for (const pos of positions(model, followers).keys()) {
    if (pos.paragraph >= from + count) pos.paragraph -= count;
    else if (pos.paragraph >= from) { pos.paragraph = from; pos.offset = 0; }
  }
}

/** A range with position objects of its own, so that mapping it never moves another range's position. */
export function copyRange(r: TextRange): TextRange {
  return { start: { ...r.start }, end: { ...r.end } };
}
