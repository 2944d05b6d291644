/**
 * The user's selection in model coordinates (final view).
 *
 * What Word offers (WordApi ≤ 1.6): `document.getSelection()` is a Range — a collapsed one for a mere cursor —
 * in whatever story the user is in (body, header, footnote, comment pane). A Range has no offsets, so the
 * position is measured: the selection's first and last paragraph are identified by `uniqueLocalId`
 * (WordApi 1.6) among the paragraphs of the body and, when the document has notes, of its footnotes and endnotes,
 * and the offsets are the lengths of the final-view text from those paragraphs' starts to the selection's start and
 * end (`getRange("Start").expandTo(…)` with `getReviewedText("Current")`, which gives the text with all changes
 * accepted whatever markup view the user has chosen; note reference marks removed). One sync, whatever the
 * document's size; paragraph texts are compared with the model so a document changed since the last check is
 * refused rather than misread.
 * `uniqueLocalId` is null on Word without the subscription's connected services (Office 2024 LTSC, perpetual Mac,
 * some builds: office-js #4258), although WordApi 1.6 is reported. There the paragraph is found by its text and the
 * texts of the paragraphs before and after it (loaded in the same sync); a paragraph that is not unique by these is
 * refused with a message rather than guessed.
 */
import type { DocumentModel, LocatedStory, TextRange } from "../model/document";
import { run } from "./batch";
import { changedError, WordError } from "./errors";
import { storyBody, storyParagraphs } from "./locate";
import type { OfficeApi } from "./office-api";
import { sameParagraphText, withoutNoteMarks } from "./paragraph-text";

export interface PendingSelection {
  /** The selection itself, for queuing writes on it after the sync. */
  range: Word.Range;
  /** After the sync: the selection in the model, null when it is outside the body and the notes; throws "changed". */
  resolve(): TextRange | null;
}

/** Word ends a paragraph's text with "\r" when the selection takes in its mark. */
const withoutParagraphMark = (text: string) => text.replace(/[\r\n]+$/, "");

type Located = { p: Word.Paragraph; previous: Word.Paragraph; next: Word.Paragraph };

const textOrNull = (p: Word.Paragraph) => (p.isNullObject ? null : p.text);

/** Where the paragraph stands among `items`: by its id, or without one by its text and its neighbours'; -1 when not there. */
function indexIn(items: readonly Word.Paragraph[], at: Located, action: string): number {
  if (at.p.uniqueLocalId) return items.findIndex((p) => p.uniqueLocalId === at.p.uniqueLocalId);
  const matches: number[] = [];
  items.forEach((p, i) => {
    if (p.text === at.p.text && (items[i - 1]?.text ?? null) === textOrNull(at.previous) && (items[i + 1]?.text ?? null) === textOrNull(at.next)) matches.push(i);
  });
  if (matches.length > 1) {
    throw new WordError("general", `Für „${action}“ lässt sich die Markierung in dieser Word-Version nicht eindeutig bestimmen: Word meldet hier keine Absatzkennungen, `
      + "und der Absatz steht mit denselben Nachbarabsätzen mehrmals im Dokument. Bitte markieren Sie Text in einem anderen Absatz oder verwenden Sie Word mit Microsoft 365 oder Word im Web.");
  }
  return matches[0] ?? -1;
}

export function queueSelection(context: Word.RequestContext, model: DocumentModel, action: string): PendingSelection {
  const selection = context.document.getSelection();
  const stories = new Set<LocatedStory>(["body", ...model.notes.map((n) => (n.kind === "footnote" ? "footnotes" as const : "endnotes" as const))]);
  const inWord = [...stories].map((story) => ({ story, items: storyBody(context, story).paragraphs.load("items/text,items/uniqueLocalId") }));
  const withNeighbours = (p: Word.Paragraph) => ({
    p: p.load("uniqueLocalId,text"), previous: p.getPreviousOrNullObject().load("text"), next: p.getNextOrNullObject().load("text"),
  });
  const firstInWord = withNeighbours(selection.paragraphs.getFirst());
  const lastInWord = withNeighbours(selection.paragraphs.getLast());
  const first = firstInWord.p;
  const last = lastInWord.p;
  const startPrefix = first.getRange("Start").expandTo(selection.getRange("Start")).getReviewedText("Current");
  const endPrefix = last.getRange("Start").expandTo(selection.getRange("End")).getReviewedText("Current");
  return {
    range: selection,
    resolve() {
      for (const { story, items: collection } of inWord) {
        const items = collection.items;
        const start = indexIn(items, firstInWord, action);
        const end = indexIn(items, lastInWord, action);
        if (start < 0 || end < 0) continue;
        const inModel = storyParagraphs(model, story);
        if (items.length !== inModel.length) throw changedError(action);
        if ([start, end].some((i) => !sameParagraphText(items[i].text, inModel[i]))) throw changedError(action);
        const offset = (i: number, prefix: OfficeExtension.ClientResult<string>) =>
          Math.min(withoutNoteMarks(withoutParagraphMark(prefix.value)).length, inModel[i].text.length);
        return {
          start: { paragraph: inModel[start].index, offset: offset(start, startPrefix) },
          end: { paragraph: inModel[end].index, offset: offset(end, endPrefix) },
        };
      }
      return null;
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
