/**
 * Changes to a DocumentModel as Word would make them: runs split at range edges, offsets kept consistent,
 * tracked insertions recorded. Only the simulator calls these; the model stays the single source of truth.
 */
import { isAdded, isRemoved, type Comment, type DocumentModel, type Paragraph, type Run, type RunFormat, type TextPosition, type TextRange } from "../model/document";
import { storyOf } from "../model/notes";
import { copyRange, mapDeletedText, mapInsertedText, type Followers } from "./mapping";

const isDeleted = (r: Pick<Run, "revision">) => isRemoved(r.revision);
const isInserted = (r: Pick<Run, "revision">) => isAdded(r.revision);

export function paragraphRange(p: Paragraph): TextRange {
  return { start: { paragraph: p.index, offset: 0 }, end: { paragraph: p.index, offset: p.text.length } };
}

/** Per paragraph of the range: its index and the final-view offsets it covers. */
export function spans(model: DocumentModel, r: TextRange): Array<{ p: Paragraph; start: number; end: number }> {
  const out: Array<{ p: Paragraph; start: number; end: number }> = [];
  for (let i = r.start.paragraph; i <= r.end.paragraph; i++) {
    const p = model.paragraphs[i];
    if (!p) continue;
    const start = i === r.start.paragraph ? r.start.offset : 0;
    const end = i === r.end.paragraph ? r.end.offset : p.text.length;
    out.push({ p, start, end });
  }
  return out;
}

export function rangeText(model: DocumentModel, r: TextRange): string {
  return spans(model, r).map((s) => s.p.text.slice(s.start, s.end)).join("\r");
}

/**
 * Text of the range with its tracked deletions where they stand: whole paragraphs with all their runs, partial
 * spans with the deleted runs strictly inside them.
 */
export function textWithDeletions(model: DocumentModel, r: TextRange): string {
  return spans(model, r)
    .map(({ p, start, end }) => p.runs
      .filter((run) => (isDeleted(run)
        ? (start === 0 && end === p.text.length) || (start < run.finalOffset && run.finalOffset < end)
        : run.finalOffset < end && run.finalOffset + run.text.length > start))
      .map((run) => (isDeleted(run) ? run.text : run.text.slice(Math.max(0, start - run.finalOffset), end - run.finalOffset)))
      .join(""))
    .join("\r");
}

/** A paragraph's text with its tracked deletions, and the final-view offset of each of its offsets. */
export function paragraphWithDeletions(p: Paragraph): { text: string; finalOffset(offset: number): number } {
  const runs = p.runs.some(isDeleted) ? p.runs : [{ text: p.text, revision: { kind: "none" as const }, finalOffset: 0 }];
  return {
    text: runs.map((r) => r.text).join(""),
    finalOffset(offset: number): number {
      let m = 0;
      for (const r of runs) {
        if (offset <= m + r.text.length) return isDeleted(r) ? r.finalOffset : r.finalOffset + offset - m;
        m += r.text.length;
      }
      return p.text.length;
    },
  };
}

/** Text of the range with all changes rejected: unchanged and deleted runs standing inside the range. */
export function originalText(model: DocumentModel, r: TextRange): string {
  return spans(model, r)
    .map(({ p, start, end }) => {
      if (start === 0 && end === p.text.length) return p.originalText;
      return p.runs
        .filter((run) => !isInserted(run) && run.finalOffset >= start && run.finalOffset + (isDeleted(run) ? 0 : run.text.length) <= end)
        .map((run) => run.text)
        .join("");
    })
    .join("\r");
}

function splitAt(p: Paragraph, offset: number): void {
  const i = p.runs.findIndex((r) => !isDeleted(r) && r.finalOffset < offset && offset < r.finalOffset + r.text.length);
  if (i < 0) return;
  const r = p.runs[i];
  const k = offset - r.finalOffset;
  const second: Run = {
    ...r,
    text: r.text.slice(k),
    format: { ...r.format },
    commentIds: [...r.commentIds],
    finalOffset: offset,
    originalOffset: r.originalOffset + (isInserted(r) ? 0 : k),
  };
  p.runs.splice(i, 1, { ...r, text: r.text.slice(0, k) }, second);
}

/** The visible runs fully inside the range, after splitting at its edges. */
function runsIn(model: DocumentModel, r: TextRange): Run[] {
  return spans(model, r).flatMap(({ p, start, end }) => {
    splitAt(p, start);
    splitAt(p, end);
    return p.runs.filter((run) => !isDeleted(run) && run.text.length > 0 && run.finalOffset >= start && run.finalOffset + run.text.length <= end);
  });
}

/** The common value of a format property over the range, null when mixed (as Office.js reports). */
export function commonFormat<K extends keyof RunFormat>(model: DocumentModel, r: TextRange, key: K): RunFormat[K] | null | "mixed" {
  const values = spans(model, r).flatMap(({ p, start, end }) =>
    p.runs.filter((run) => !isDeleted(run) && run.finalOffset < end && run.finalOffset + run.text.length > start).map((run) => run.format[key]),
  );
  if (values.length === 0) return null;
  return values.every((v) => v === values[0]) ? values[0] : "mixed";
}

export function setFormat(model: DocumentModel, r: TextRange, patch: Partial<RunFormat>): void {
  for (const run of runsIn(model, r)) Object.assign(run.format, patch);
}

function nextId(ids: string[]): string {
  return String(ids.reduce((max, id) => Math.max(max, Number.isFinite(Number(id)) ? Number(id) : 0), 0) + 1);
}

export function addComment(model: DocumentModel, r: TextRange, text: string, author: string, date: string): Comment {
  const id = nextId(model.comments.map((c) => c.id));
  for (const run of runsIn(model, r)) run.commentIds.push(id);
  const comment: Comment = {
    id, author, initials: null, date, text, anchor: copyRange(r), anchorText: rangeText(model, r),
    replies: [], resolved: false, durableId: null, paraId: null,
  };
  model.comments.push(comment);
  return comment;
}

export function addReply(model: DocumentModel, comment: Comment, text: string, author: string, date: string): void {
  const ids = model.comments.flatMap((c) => [c.id, ...c.replies.map((r) => r.id)]);
  comment.replies.push({ id: nextId(ids), author, initials: null, date, text, durableId: null, paraId: null });
}

/**
 * Inserts text at a final-view position; as a tracked insertion when `tracked` names author and date. Ranges in the
 * model and the followers move with the text (mapping.ts); the inserted text's range is returned.
 */
export function insertText(
  model: DocumentModel, at: TextPosition, text: string, tracked: { author: string; date: string } | null, followers: Followers,
): TextRange {
  at = { ...at };
  const p = model.paragraphs[at.paragraph];
  splitAt(p, at.offset);
  let i = p.runs.findIndex((r) => !isDeleted(r) && r.finalOffset >= at.offset && r.text.length > 0);
  if (i < 0) i = p.runs.length;
  const originalOffset = i < p.runs.length ? p.runs[i].originalOffset : p.originalText.length;
  const changeId = tracked ? nextId(model.trackedChanges.map((c) => c.id)) : null;
  const base = p.runs[Math.max(0, i - 1)];
  const format: RunFormat = base ? { ...base.format } : { highlight: null, shading: null, color: null, bold: false, italic: false, strike: false };
  for (const r of p.runs.slice(i)) {
    r.finalOffset += text.length;
    if (!tracked) r.originalOffset += text.length;
  }
  p.runs.splice(i, 0, {
    text, format, commentIds: [], finalOffset: at.offset, originalOffset,
    revision: changeId ? { kind: "inserted", changeId } : { kind: "none" },
  });
  p.text = p.text.slice(0, at.offset) + text + p.text.slice(at.offset);
  if (!tracked) p.originalText = p.originalText.slice(0, originalOffset) + text + p.originalText.slice(originalOffset);
  mapInsertedText(model, followers, at, text.length);
  const range: TextRange = { start: { ...at }, end: { paragraph: at.paragraph, offset: at.offset + text.length } };
  if (tracked && changeId) {
    model.trackedChanges.push({ id: changeId, kind: "insertion", author: tracked.author, date: tracked.date, text, story: storyOf(p), location: copyRange(range) });
  }
  return range;
}

/**
 * Removes the final-view text [start, end) of one paragraph. Tracked: unchanged runs become one tracked deletion
 * (they stay in the original view); text of pending tracked insertions simply disappears, as when Word deletes
 * one's own insertion (Word marks another author's insertion as also deleted; a run here has one revision, so
 * it is removed too). Untracked: the text leaves both views. Ranges in the model and the followers follow (mapping.ts).
 */
export function deleteText(model: DocumentModel, r: TextRange, tracked: { author: string; date: string } | null, followers: Followers): void {
  const p = model.paragraphs[r.start.paragraph];
  const { offset: start } = r.start;
  const { offset: end } = r.end;
  if (end <= start) return;
  splitAt(p, start);
  splitAt(p, end);
  const inside = (run: Run) => !isDeleted(run) && run.text.length > 0 && run.finalOffset >= start && run.finalOffset + run.text.length <= end;
  const changeId = tracked ? nextId(model.trackedChanges.map((c) => c.id)) : null;
  let deletedText = "";
  let removedOriginal = 0;
  const runs: Run[] = [];
  for (const run of p.runs) {
    if (!inside(run)) {
      run.originalOffset -= removedOriginal;
      if (run.finalOffset >= end) run.finalOffset -= end - start;
      else if (run.finalOffset > start) run.finalOffset = start;
      runs.push(run);
      continue;
    }
    if (isInserted(run)) {
      const change = model.trackedChanges.find((c) => run.revision.kind !== "none" && c.id === run.revision.changeId);
      if (change) change.text = change.text.replace(run.text, "");
      continue;
    }
    if (changeId) {
      deletedText += run.text;
      runs.push({ ...run, revision: { kind: "deleted", changeId }, finalOffset: start });
    } else {
      p.originalText = p.originalText.slice(0, run.originalOffset - removedOriginal) + p.originalText.slice(run.originalOffset - removedOriginal + run.text.length);
      removedOriginal += run.text.length;
    }
  }
  p.runs = runs;
  p.text = p.text.slice(0, start) + p.text.slice(end);
  // Insertions emptied by the deletion are gone from the revision list, as in Word.
  model.trackedChanges = model.trackedChanges.filter((c) => !(c.kind === "insertion" && c.text === "" && c.location?.start.paragraph === p.index));
  mapDeletedText(model, followers, p.index, start, end);
  if (tracked && changeId && deletedText) {
    const at = { paragraph: p.index, offset: start };
    model.trackedChanges.push({ id: changeId, kind: "deletion", author: tracked.author, date: tracked.date, text: deletedText, story: storyOf(p), location: { start: at, end: { ...at } } });
  }
}

