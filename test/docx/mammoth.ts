/**
 * mammoth.js as the independent reader of the corpus tests: its raw text of the body (what `extractRawText` gives)
 * and of the notes the body refers to. `extractRawText` leaves notes out; mammoth's own reader (lib/docx/docx-reader)
 * holds them, and its own raw-text conversion (lib/raw-text) turns each into text. Like Word, only notes the text
 * refers to count (a continuation notice is none). Text is compared without white space: tabs, breaks and paragraph
 * ends differ in form only.
 */
import diff from "@jest/diff-sequences";
import type { DocumentModel } from "../../src/model/document";

interface MammothElement {
  type: string;
  children?: MammothElement[];
  noteType?: string;
  noteId?: string;
}

interface MammothDocument extends MammothElement {
  notes: { resolve(reference: { noteType: string; noteId: string }): { body: MammothElement[] } | null };
}

/* eslint-disable @typescript-eslint/no-require-imports -- mammoth's internal modules have no typings */
const unzip = require("mammoth/lib/unzip") as { openZip(input: { buffer: Buffer }): Promise<unknown> };
const docxReader = require("mammoth/lib/docx/docx-reader") as { read(zip: unknown): Promise<{ value: MammothDocument }> };
const { convertElementToRawText } = require("mammoth/lib/raw-text") as { convertElementToRawText(e: MammothElement): string };
/* eslint-enable @typescript-eslint/no-require-imports */

function references(e: MammothElement, out: MammothElement[] = []): MammothElement[] {
  if (e.type === "noteReference") out.push(e);
  for (const c of e.children ?? []) references(c, out);
  return out;
}

/** mammoth's text of the body and of each note referred to: the footnotes, then the endnotes, in the order of the references. */
export async function mammothText(bytes: Uint8Array): Promise<string> {
  const document = (await docxReader.read(await unzip.openZip({ buffer: Buffer.from(bytes) }))).value;
  const seen = new Set<string>();
  const refs = references(document);
  const notes = ["footnote", "endnote"].flatMap((kind) => refs.filter((r) => r.noteType === kind).flatMap((r) => {
    const key = `${r.noteType}:${r.noteId}`;
    const note = seen.has(key) ? null : document.notes.resolve({ noteType: r.noteType!, noteId: r.noteId! });
    seen.add(key);
    return note ? [note.body.map(convertElementToRawText).join("")] : [];
  }));
  return [convertElementToRawText(document), ...notes].join("\n");
}

/** The model's final view: body and notes. */
export function modelText(model: DocumentModel): string {
  return model.paragraphs.map((p) => p.text).join("\n");
}

/** The text with its white space gone: mammoth and the model separate paragraphs, cells, tabs and breaks differently. */
function squeeze(text: string): string {
  // Soft hyphens are invisible; a non-breaking hyphen (mammoth: U+2011, the model "-") is a hyphen.
  return text.normalize("NFC").replace(/[\s\u00AD]/gu, "").replace(/\u2011/g, "-");
}

/**
 * What mammoth's text has that the model's lacks (`lost`) and the reverse (`added`), as the stretches a shortest
 * edit script (jest's Myers diff) leaves over; a stretch in both is text the two read in another place (a text box),
 * not lost.
 */
export function differences(ours: string, theirs: string): { lost: string[]; added: string[] } {
  const a = squeeze(theirs);
  const b = squeeze(ours);
  const lost: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  const step = (toA: number, toB: number) => {
    if (toA > i) lost.push(a.slice(i, toA));
    if (toB > j) added.push(b.slice(j, toB));
  };
  diff(a.length, b.length, (x, y) => a[x] === b[y], (n, x, y) => {
    step(x, y);
    i = x + n;
    j = y + n;
  });
  step(a.length, b.length);
  for (let k = lost.length - 1; k >= 0; k--) {
    const moved = added.indexOf(lost[k]);
    if (moved >= 0) {
      added.splice(moved, 1);
      lost.splice(k, 1);
    }
  }
  return { lost, added };
}
