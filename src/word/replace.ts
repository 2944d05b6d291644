/**
 * Replacing text as tracked changes ("alle ersetzen" of the terminology check, the Beirat's "Änderung
 * vorschlagen"): Word records a tracked deletion of the old text and a tracked insertion of the new, so the
 * committee sees every edit and can reject it.
 */
import type { DocumentModel, TextPosition, TextRange } from "../model/document";
import { runTracked, type TrackingSwitch } from "./batch";
import { failedIn, WordError } from "./errors";
import { Locator, queueLocate } from "./locate";
import type { OfficeApi } from "./office-api";

/** One edit in the final view of one paragraph: [start, end) becomes `replacement` ("": a tracked deletion). */
export interface TextReplacement {
  paragraph: number;
  start: number;
  end: number;
  replacement: string;
}

export interface Insertion {
  range: Word.Range;
  text: string;
  location: "Replace" | "End";
}

/**
 * Queues the insertions as tracked changes and syncs. Word on the web rejects `insertText` on a range found by
 * `search` although the text was inserted (office-js #6760), and stops the batch there. After such a rejection the
 * insertions are checked in the document (the final view of each range): those in place are done, the others are
 * queued again; when none was done, the rejection stands. A located range follows the edits made before it.
 */
export async function insertVerified(context: Word.RequestContext, insertions: readonly Insertion[], tracking: TrackingSwitch): Promise<void> {
  tracking.on();
  // An empty replacement is a tracked deletion (Word's insertText("", "Replace") would leave the range as it is).
  for (const i of insertions) {
    if (i.text === "" && i.location === "Replace") i.range.delete();
    else i.range.insertText(i.text, i.location);
  }
  tracking.restore();
  try {
    await context.sync();
  } catch (error) {
    if (!failedIn(error, "Range.insertText")) throw error;
    const now = insertions.map((i) => i.range.getReviewedText("Current"));
    await context.sync();
    const pending = insertions.findIndex((i, k) => (i.location === "Replace" ? now[k].value !== i.text : !now[k].value.endsWith(i.text)));
    if (pending === 0) throw error;
    if (pending > 0) return insertVerified(context, insertions.slice(pending), tracking);
    // All in place; the rejected batch stopped before switching tracking back.
    tracking.restore();
    await context.sync();
  }
}

/** Writes text at a range as a tracked change, whatever the user's tracking mode, which is restored afterwards (also on failure). */
function writeTracked(api: OfficeApi, model: DocumentModel, range: TextRange, text: string, location: "Replace" | "End", action: string): Promise<void> {
  return runTracked(api, action, "1.4", async (context, tracking) => {
    const pending = queueLocate(context, model, range, action);
    await context.sync();
    await insertVerified(context, [{ range: pending.resolve(), text, location }], tracking);
  });
}

/** Replaces the range as a tracked change (a tracked deletion and a tracked insertion). */
export function replaceTrackedText(api: OfficeApi, model: DocumentModel, range: TextRange, text: string): Promise<void> {
  return writeTracked(api, model, range, text, "Replace", "Text als Änderung ersetzen");
}

/** Inserts text at a position as a tracked insertion. */
export function insertTrackedText(api: OfficeApi, model: DocumentModel, at: TextPosition, text: string): Promise<void> {
  return writeTracked(api, model, { start: at, end: at }, text, "End", "Text als Änderung einfügen");
}

function checkReplacements(model: DocumentModel, replacements: readonly TextReplacement[]): void {
  const sorted = [...replacements].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  sorted.forEach((r, i) => {
    const p = model.paragraphs[r.paragraph];
    if (!p || r.start < 0 || r.end < r.start || r.end > p.text.length) {
      throw new WordError("general", `Die Ersetzung in Absatz ${r.paragraph + 1} liegt außerhalb des Textes. Bitte aktualisieren Sie die Prüfung.`);
    }
    const prev = sorted[i - 1];
    if (prev && prev.paragraph === r.paragraph && prev.end > r.start) {
      throw new WordError("general", `Zwei Ersetzungen in Absatz ${r.paragraph + 1} überschneiden sich; es wurde nichts geändert.`);
    }
  });
}

/**
 * All replacements in one `Word.run` and two syncs: every range is located (and the document checked against
 * the model) before anything is written, then the edits are queued from the end of each paragraph backwards,
 * so the model offsets of the ranges still to be replaced stay valid while the earlier ones change.
 * Word executes a batch up to the first failing operation and keeps what ran before it: a refusal (read-only
 * or protected document, NotAllowed) hits the first edit, so nothing is written; an edit failing later would
 * leave the earlier ones, each a visible tracked change the user can reject.
 */
export async function replaceAllTracked(
  api: OfficeApi, model: DocumentModel, replacements: readonly TextReplacement[], action = "Alle ersetzen",
): Promise<void> {
  if (replacements.length === 0) return;
  checkReplacements(model, replacements);
  await runTracked(api, action, "1.4", async (context, tracking) => {
    const locator = new Locator(context, model, action);
    const pending = replacements.map((r) => ({
      r,
      at: locator.locate({ start: { paragraph: r.paragraph, offset: r.start }, end: { paragraph: r.paragraph, offset: r.end } }),
    }));
    await context.sync();
    const targets = pending.map(({ r, at }) => ({ r, range: at.resolve() }));
    targets.sort((a, b) => b.r.paragraph - a.r.paragraph || b.r.start - a.r.start);
    await insertVerified(context, targets.map(({ r, range }) => ({ range, text: r.replacement, location: "Replace" })), tracking);
  });
}
