/** .docx documents for the Beirat tests, written with the `docx` package (fictional Kreis Musterland). */
import { CommentRangeEnd, DeletedTextRun, CommentRangeStart, CommentReference, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, ShadingType, TextRun, type ICommentOptions, type IRunOptions, type ParagraphChild } from "docx";
import * as fs from "fs";
import * as path from "path";
import { readDocx } from "../../src/docx";
import type { DocumentModel } from "../../src/model/document";

export const THB = { author: "Teilhabebeirat", initials: "THB" };
export const KV = { author: "Kreisverwaltung Musterland", initials: "KV" };

/** Runs wrapped in a comment's range, followed by its reference mark. */
export function commented(id: number, runs: ParagraphChild[]): ParagraphChild[] {
  return [new CommentRangeStart(id), ...runs, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
}

export const run = (text: string, options: Omit<IRunOptions, "text"> = {}) => new TextRun({ text, ...options });

export function comment(id: number, who: { author: string; initials: string }, text: string, date: string, extra: Partial<ICommentOptions> = {}): ICommentOptions {
  return { id, ...who, date: new Date(date), children: [new Paragraph(text)], ...extra };
}

export async function buildModel(paragraphs: Paragraph[], comments: ICommentOptions[] = []): Promise<DocumentModel> {
  const doc = new Document({ comments: { children: comments }, sections: [{ children: paragraphs }] });
  return readDocx(new Uint8Array(await Packer.toBuffer(doc)));
}

export const heading = (text: string, level: 1 | 2 = 1) => new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });

export function sample(name: string): DocumentModel {
  return readDocx(new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../../shared/samples", name))));
}

export { DeletedTextRun, InsertedTextRun, Paragraph, ShadingType };
