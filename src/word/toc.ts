/**
 * Repairs of the table of contents that the outline check offers: updating a Word TOC field, and adding or
 * correcting a line of a typed one. Typed lines change as tracked changes, so the committee sees the repair.
 */
import type { BuiltInStyle, DocumentModel } from "../model/document";
import { bodyParagraphCount } from "../model/notes";
import { run, runTracked } from "./batch";
import { changedError, WordError } from "./errors";
import type { OfficeApi } from "./office-api";
import { sameParagraphText } from "./paragraph-text";
import { replaceTrackedText } from "./replace";

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

function insertParagraph(api: OfficeApi, model: DocumentModel, side: Side, anchor: number, text: string, style: BuiltInStyle | null): Promise<void> {
  const action = "Eintrag ins Inhaltsverzeichnis einfügen";
  return runTracked(api, action, "1.4", async (context, tracking) => {
    const paragraphs = context.document.body.paragraphs.load("items/text");
    await context.sync();
    const p = paragraphs.items[anchor];
    if (!p || paragraphs.items.length !== bodyParagraphCount(model) || !sameParagraphText(p.text, model.paragraphs[anchor])) throw changedError(action);
    tracking.on();
    const created = p.insertParagraph(text, side);
    // Word.BuiltInStyleName's values are the model's names ("Toc2"); without a style the line keeps its neighbour's.
    if (style) created.styleBuiltIn = style as Word.BuiltInStyleName;
    tracking.restore();
    await context.sync();
  });
}

/** A new paragraph after `paragraph`, as a tracked insertion in the given built-in style. */
export function insertParagraphAfter(api: OfficeApi, model: DocumentModel, paragraph: number, text: string, style: BuiltInStyle | null): Promise<void> {
  return insertParagraph(api, model, "After", paragraph, text, style);
}

/** A new paragraph before `paragraph`, as a tracked insertion in the given built-in style. */
export function insertParagraphBefore(api: OfficeApi, model: DocumentModel, paragraph: number, text: string, style: BuiltInStyle | null): Promise<void> {
  return insertParagraph(api, model, "Before", paragraph, text, style);
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * The paragraph's text becomes `text` as a tracked replacement of the words that differ: number, tabs and page
 * stay untouched (and the searched text holds no tab), and the change reads as the title correction it is.
 */
export async function replaceParagraphText(api: OfficeApi, model: DocumentModel, paragraph: number, text: string): Promise<void> {
  const old = model.paragraphs[paragraph]?.text;
  if (old === undefined) throw changedError("Eintrag im Inhaltsverzeichnis korrigieren");
  if (old === text) return;
  let start = 0;
  while (start < old.length && start < text.length && old[start] === text[start]) start++;
  let tail = 0;
  while (tail < old.length - start && tail < text.length - start && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
  // Whole words: back to the previous space, forward to the next one.
  while (start > 0 && !isSpace(old[start - 1])) start--;
  while (tail > 0 && !isSpace(old[old.length - tail])) tail--;
  await replaceTrackedText(api, model, { start: { paragraph, offset: start }, end: { paragraph, offset: old.length - tail } }, text.slice(start, text.length - tail));
}

/** Carries out the edits in their order, each as its own batch; paragraph indices are the model's. */
export async function applyTocEdits(api: OfficeApi, model: DocumentModel, edits: readonly TocEdit[]): Promise<void> {
  for (const edit of edits) {
    if (edit.op === "updateField") await updateTocField(api, edit.fieldIndex);
    else if (edit.op === "replaceLine") await replaceParagraphText(api, model, edit.paragraph, edit.text);
    else await insertParagraph(api, model, edit.side, edit.paragraph, edit.text, edit.style);
  }
}
