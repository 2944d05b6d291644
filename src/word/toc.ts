/**
 * Repairs of the table of contents that the outline check offers: updating a Word TOC field, and adding or
 * correcting a line of a typed one. Typed lines change as tracked changes, so the committee sees the repair.
 */
import type { BuiltInStyle, DocumentModel, TextRange } from "../model/document";
import { bodyParagraphCount } from "../model/notes";
import { run, runTracked } from "./batch";
import { changedError, WordError } from "./errors";
import type { OfficeApi } from "./office-api";
import { sameParagraphText } from "./paragraph-text";
import { Locator } from "./locate";
import { insertVerified } from "./replace";

const BY_HAND = "klicken Sie mit der rechten Maustaste in das Inhaltsverzeichnis und wählen Sie „Felder aktualisieren“ (oder drücken Sie F9) und dann „Gesamtes Verzeichnis aktualisieren“.";

/**
 * `fields.getByTypes` and `Field.updateResult` (WordApi 1.5). Word on the web keeps fields mainly read-only, so
 * a refusal or failure tells the user how to update the field by hand.
 */
export async function updateTocField(api: OfficeApi, fieldIndex: number): Promise<void> {
  const action = "Inhaltsverzeichnis aktualisieren";
  if (!api.Office.context.requirements.isSetSupported("WordApi", "1.5")) {
    throw new WordError("unsupported", `Diese Word-Version kann das Inhaltsverzeichnis nicht selbst aktualisieren. Bitte ${BY_HAND}`);
  }
  try {
    await run(api, action, "1.5", async (context) => {
      const fields = context.document.body.fields.getByTypes(["TOC" as Word.FieldType]).load("items/code");
      await context.sync();
      const field = fields.items[fieldIndex];
      if (!field) throw changedError(action);
      field.updateResult();
      await context.sync();
    });
  } catch (e) {
    if (e instanceof WordError && e.kind !== "changed") throw new WordError(e.kind, `${e.message} Sie können das Verzeichnis auch selbst aktualisieren: Bitte ${BY_HAND}`, e.code);
    throw e;
  }
}

type Side = "Before" | "After";

/** One repair of the table of contents (src/app plans them from the outline check's fixes). */
export type TocEdit =
  | { op: "updateField"; fieldIndex: number }
  /** The typed line's text becomes `text`, as tracked changes of the words that differ. */
  | { op: "replaceLine"; paragraph: number; text: string }
  /** A new typed line before or after a paragraph, as a tracked insertion, in the built-in style (null: the neighbour's). */
  | { op: "insertLine"; side: Side; paragraph: number; text: string; style: BuiltInStyle | null };

type LineEdit = Exclude<TocEdit, { op: "updateField" }>;

/**
 * The typed lines' edits in one `Word.run` of two syncs, whatever their number: locate (the body's paragraphs, the
 * words to correct), then write them all (paragraph proxies and located ranges follow the edits before them). Every
 * check happens before anything is written. A rejected insertion on the web (office-js #6760) is checked in the
 * document before it counts as failed (replace.ts), which takes a sync more.
 */
function applyLineEdits(api: OfficeApi, model: DocumentModel, edits: readonly LineEdit[], action: string): Promise<void> {
  return runTracked(api, action, "1.4", async (context, tracking) => {
    const paragraphs = context.document.body.paragraphs.load("items/text");
    const locator = new Locator(context, model, action);
    const replacements = edits.flatMap((e) => {
      const r = e.op === "replaceLine" ? lineReplacement(model, e.paragraph, e.text, action) : null;
      return r ? [{ at: locator.locate(r.range), text: r.text }] : [];
    });
    await context.sync();
    const items = paragraphs.items;
    if (items.length !== bodyParagraphCount(model)) throw changedError(action);
    const inserts = edits.flatMap((e) => (e.op === "insertLine" ? [e] : []));
    for (const e of inserts) if (!items[e.paragraph] || !sameParagraphText(items[e.paragraph].text, model.paragraphs[e.paragraph])) throw changedError(action);
    const ranges = replacements.map(({ at, text }) => ({ range: at.resolve(), text, location: "Replace" as const }));
    tracking.on();
    for (const e of inserts) {
      const created = items[e.paragraph].insertParagraph(e.text, e.side);
      // Word.BuiltInStyleName's values are the model's names ("Toc2"); without a style the line keeps its neighbour's.
      if (e.style) created.styleBuiltIn = e.style as Word.BuiltInStyleName;
    }
    if (ranges.length > 0) {
      await insertVerified(context, ranges, tracking);
      return;
    }
    tracking.restore();
    await context.sync();
  });
}

/** A new paragraph after `paragraph`, as a tracked insertion in the given built-in style. */
export function insertParagraphAfter(api: OfficeApi, model: DocumentModel, paragraph: number, text: string, style: BuiltInStyle | null): Promise<void> {
  return applyLineEdits(api, model, [{ op: "insertLine", side: "After", paragraph, text, style }], INSERT_ACTION);
}

/** A new paragraph before `paragraph`, as a tracked insertion in the given built-in style. */
export function insertParagraphBefore(api: OfficeApi, model: DocumentModel, paragraph: number, text: string, style: BuiltInStyle | null): Promise<void> {
  return applyLineEdits(api, model, [{ op: "insertLine", side: "Before", paragraph, text, style }], INSERT_ACTION);
}

const INSERT_ACTION = "Eintrag ins Inhaltsverzeichnis einfügen";
const CORRECT_ACTION = "Eintrag im Inhaltsverzeichnis korrigieren";

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * The paragraph's text becomes `text` as a tracked replacement of the words that differ: number, tabs and page
 * stay untouched (and the searched text holds no tab), and the change reads as the title correction it is.
 * Null when the text is already `text`.
 */
function lineReplacement(model: DocumentModel, paragraph: number, text: string, action: string): { range: TextRange; text: string } | null {
  const old = model.paragraphs[paragraph]?.text;
  if (old === undefined) throw changedError(action);
  if (old === text) return null;
  let start = 0;
  while (start < old.length && start < text.length && old[start] === text[start]) start++;
  let tail = 0;
  while (tail < old.length - start && tail < text.length - start && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
  // Whole words: back to the previous space, forward to the next one.
  while (start > 0 && !isSpace(old[start - 1])) start--;
  while (tail > 0 && !isSpace(old[old.length - tail])) tail--;
  return { range: { start: { paragraph, offset: start }, end: { paragraph, offset: old.length - tail } }, text: text.slice(start, text.length - tail) };
}

/** The paragraph's text becomes `text` as a tracked replacement of the words that differ. */
export function replaceParagraphText(api: OfficeApi, model: DocumentModel, paragraph: number, text: string): Promise<void> {
  return applyLineEdits(api, model, [{ op: "replaceLine", paragraph, text }], CORRECT_ACTION);
}

/**
 * Carries out a repair: a field update on its own (Word on the web may refuse it, with a message of its own), the
 * typed lines' edits together in one `Word.run` of at most three syncs, however many lines are renumbered.
 * Paragraph indices are the model's.
 */
export async function applyTocEdits(api: OfficeApi, model: DocumentModel, edits: readonly TocEdit[]): Promise<void> {
  for (const edit of edits) if (edit.op === "updateField") await updateTocField(api, edit.fieldIndex);
  const lines = edits.filter((e): e is LineEdit => e.op !== "updateField");
  if (lines.length > 0) await applyLineEdits(api, model, lines, lines.some((e) => e.op === "insertLine") ? INSERT_ACTION : CORRECT_ACTION);
}
