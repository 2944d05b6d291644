/**
 * The user's selection in model coordinates (final view).
 *
 * What Word offers (WordApi ≤ 1.6): `document.getSelection()` is a Range — a collapsed one for a mere cursor —
 * in whatever story the user is in (body, header, footnote, comment pane). A Range has no offsets, so the
 * position is measured: the selection's first and last paragraph are identified by `uniqueLocalId`
 * (WordApi 1.6) among the body's paragraphs, and the offsets are the lengths of the final-view text from
 * those paragraphs' starts to the selection's start and end (`getRange("Start").expandTo(…)` with
 * `getReviewedText("Current")`, which gives the text with all changes accepted whatever markup view the user
 * has chosen). One sync, whatever the document's size; paragraph texts are compared with the model so a
 * document changed since the last check is refused rather than misread.
 */
import type { DocumentModel, TextRange } from "../model/document";
import { run } from "./batch";
import { changedError } from "./errors";
import type { OfficeApi } from "./office-api";
import { sameParagraphText } from "./paragraph-text";

export interface PendingSelection {
  /** The selection itself, for queuing writes on it after the sync. */
  range: Word.Range;
  /** After the sync: the selection in the model, null when it is outside the body; throws "changed". */
  resolve(): TextRange | null;
}

/** Word ends a paragraph's text with "\r" when the selection takes in its mark. */
const withoutMark = (text: string) => text.replace(/[\r\n]+$/, "");

export function queueSelection(context: Word.RequestContext, model: DocumentModel, action: string): PendingSelection {
  const selection = context.document.getSelection();
  const body = context.document.body.paragraphs.load("items/text,items/uniqueLocalId");
  const first = selection.paragraphs.getFirst().load("uniqueLocalId");
  const last = selection.paragraphs.getLast().load("uniqueLocalId");
  const startPrefix = first.getRange("Start").expandTo(selection.getRange("Start")).getReviewedText("Current");
  const endPrefix = last.getRange("Start").expandTo(selection.getRange("End")).getReviewedText("Current");
  return {
    range: selection,
    resolve() {
      const items = body.items;
      if (items.length !== model.paragraphs.length) throw changedError(action);
      const start = items.findIndex((p) => p.uniqueLocalId === first.uniqueLocalId);
      const end = items.findIndex((p) => p.uniqueLocalId === last.uniqueLocalId);
      if (start < 0 || end < 0) return null;
      if ([start, end].some((i) => !sameParagraphText(items[i].text, model.paragraphs[i]))) throw changedError(action);
      const offset = (i: number, prefix: OfficeExtension.ClientResult<string>) => Math.min(withoutMark(prefix.value).length, model.paragraphs[i].text.length);
      return { start: { paragraph: start, offset: offset(start, startPrefix) }, end: { paragraph: end, offset: offset(end, endPrefix) } };
    },
  };
}

/** The user's selection in model coordinates; null when it is not in the document's body. One sync. */
export function getSelection(api: OfficeApi, model: DocumentModel): Promise<TextRange | null> {
  const action = "Markierung lesen";
  return run(api, action, "1.6", async (context) => {
    const pending = queueSelection(context, model, action);
    await context.sync();
    return pending.resolve();
  });
}
