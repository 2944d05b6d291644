/**
 * Writing primitives. Each is one `Word.run` with at most two syncs (locate, then write), and maps Word's
 * errors to a WordError with a German message. A failing batch changes nothing it did not finish; the one
 * write that touches state beyond its own edit (tracking mode) restores it even when the edit fails.
 */
import type { DocumentModel, HighlightColor, TextRange } from "../model/document";
import { run } from "./batch";
import { changedError, WordError } from "./errors";
import { HIGHLIGHT_HEX } from "./highlight";
import { storyOf } from "../model/notes";
import { queueLocate, storyBody, storyParagraphs } from "./locate";
import type { OfficeApi } from "./office-api";
import { sameParagraphText } from "./paragraph-text";

/** Selects a paragraph of the body or of a note (in the note's story: WordApi 1.5). */
export function selectParagraph(api: OfficeApi, model: DocumentModel, index: number): Promise<void> {
  const action = "Absatz anzeigen";
  const paragraph = model.paragraphs[index];
  const story = paragraph ? storyOf(paragraph) : "body";
  return run(api, action, story === "body" ? "1.3" : "1.5", async (context) => {
    const inModel = storyParagraphs(model, story);
    const paragraphs = storyBody(context, story).paragraphs.load("items/text");
    await context.sync();
    const p = paragraphs.items[index - (inModel[0]?.index ?? 0)];
    if (!p || !paragraph || paragraphs.items.length !== inModel.length || !sameParagraphText(p.text, paragraph)) throw changedError(action);
    p.select("Select");
    await context.sync();
  });
}

/** Selects the range and scrolls it into view. */
export function selectRange(api: OfficeApi, model: DocumentModel, range: TextRange): Promise<void> {
  const action = "Textstelle anzeigen";
  return run(api, action, "1.3", async (context) => {
    const pending = queueLocate(context, model, range, action);
    await context.sync();
    pending.resolve().select("Select");
    await context.sync();
  });
}

/** Inserts a comment on the range; returns Word's (session) id of the new comment. */
export function insertComment(api: OfficeApi, model: DocumentModel, range: TextRange, text: string): Promise<string> {
  const action = "Kommentar einfügen";
  return run(api, action, "1.4", async (context) => {
    const pending = queueLocate(context, model, range, action);
    await context.sync();
    const comment = pending.resolve().insertComment(text).load("id");
    await context.sync();
    return comment.id;
  });
}

async function findComment(context: Word.RequestContext, commentId: string, action: string): Promise<Word.Comment> {
  const comments = context.document.body.getComments().load("items/id");
  await context.sync();
  const comment = comments.items.find((c) => c.id === commentId);
  if (!comment) throw changedError(action);
  return comment;
}

export function replyToComment(api: OfficeApi, commentId: string, text: string): Promise<void> {
  const action = "Auf Kommentar antworten";
  return run(api, action, "1.4", async (context) => {
    (await findComment(context, commentId, action)).reply(text);
    await context.sync();
  });
}

export function setCommentResolved(api: OfficeApi, commentId: string, resolved: boolean): Promise<void> {
  const action = resolved ? "Kommentar erledigen" : "Kommentar wieder öffnen";
  return run(api, action, "1.4", async (context) => {
    (await findComment(context, commentId, action)).resolved = resolved;
    await context.sync();
  });
}

/** Sets or (null) removes the highlight; Word reports it back as "#RRGGBB". */
export function setHighlight(api: OfficeApi, model: DocumentModel, range: TextRange, color: HighlightColor | null): Promise<void> {
  const action = "Hervorhebung setzen";
  return run(api, action, "1.3", async (context) => {
    const pending = queueLocate(context, model, range, action);
    await context.sync();
    // Office.js accepts null to clear the highlight although the typings say string.
    pending.resolve().font.highlightColor = (color ? HIGHLIGHT_HEX[color] : null) as string;
    await context.sync();
  });
}

/** Sets the font colour, hex "RRGGBB" as in the model. */
export function setFontColor(api: OfficeApi, model: DocumentModel, range: TextRange, color: string): Promise<void> {
  const action = "Schriftfarbe setzen";
  if (!/^[0-9A-Fa-f]{6}$/.test(color)) return Promise.reject(new WordError("general", `„${color}“ ist keine gültige Farbe (erwartet: sechs Hexadezimalziffern).`));
  return run(api, action, "1.3", async (context) => {
    const pending = queueLocate(context, model, range, action);
    await context.sync();
    pending.resolve().font.color = `#${color.toUpperCase()}`;
    await context.sync();
  });
}

/** A table for Word: header row, rows of plain text, and the notes printed under it. */
export interface WordTable {
  header: string[];
  rows: string[][];
  /** Explanations of marks in the cells ("¹ aus einem Vermerk übernommen …"), one paragraph each after the table. */
  notes: string[];
}

/**
 * Inserts a table after the paragraph with the cursor (where the cursor is when this runs), its header the first row
 * and repeated on every page, its notes as paragraphs after it; a bookmark named `bookmark` marks table and notes as
 * the add-in's own (see model/inserted.ts). One sync.
 */
export function insertTable(api: OfficeApi, table: WordTable, bookmark: string): Promise<void> {
  const action = "Tabelle einfügen";
  const { header, rows, notes } = table;
  const values = [header, ...rows];
  if (header.length === 0 || rows.some((r) => r.length !== header.length)) {
    return Promise.reject(new WordError("general", "Die Tabelle ist unvollständig: Jede Zeile braucht so viele Zellen wie die Kopfzeile."));
  }
  // Word refuses other names only after the table is in: checked first, so that a refusal inserts nothing.
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(bookmark)) return Promise.reject(new WordError("general", `„${bookmark}“ ist kein gültiger Name einer Textmarke.`));
  return run(api, action, "1.4", async (context) => {
    // After the paragraph that holds the cursor (Word inserts a table only at paragraph boundaries).
    const inserted = context.document.getSelection().insertTable(values.length, header.length, "After", values);
    inserted.headerRowCount = 1;
    let end = inserted.getRange("Whole");
    let after: Word.Table | Word.Paragraph = inserted;
    for (const note of notes) {
      after = after.insertParagraph(note, "After");
      end = after.getRange("Whole");
    }
    inserted.getRange("Whole").expandTo(end).insertBookmark(bookmark);
    await context.sync();
  });
}

/** Opens a generated .docx (base64) as a new document window. */
export function openNewDocument(api: OfficeApi, base64Docx: string): Promise<void> {
  return run(api, "Neues Dokument öffnen", "1.3", async (context) => {
    context.application.createDocument(base64Docx).open();
    await context.sync();
  });
}
