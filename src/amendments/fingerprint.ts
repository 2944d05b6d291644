/**
 * Fingerprints of tracked changes and comments: what survives save, reopen and LibreOffice (author, date,
 * kind, text, paragraph), unlike `comment.id` or a change's `w:id`. Stored records are re-attached by them.
 */
import type { Comment, DocumentModel, TrackedChange } from "../model/document";
import { stripCommentLine } from "./comment-line";

/**
 * Character codes of the hex digits: a hash is made one string of 16 codes (`Number#toString(16)` takes V8's slow
 * generic path, and joining pieces makes a string per piece).
 */
const HEX_DIGITS = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
const digit = (h: number, shift: number) => HEX_DIGITS[(h >>> shift) & 15];

function hex64(h1: number, h2: number): string {
  return String.fromCharCode(
    digit(h1, 28), digit(h1, 24), digit(h1, 20), digit(h1, 16), digit(h1, 12), digit(h1, 8), digit(h1, 4), digit(h1, 0),
    digit(h2, 28), digit(h2, 24), digit(h2, 20), digit(h2, 16), digit(h2, 12), digit(h2, 8), digit(h2, 4), digit(h2, 0),
  );
}

/** 64-bit FNV-1a over UTF-16 code units as 16 hex digits; no crypto needed, only stable identity. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 15;
  }
  return hex64(h1, h2);
}

export interface UnitFingerprint {
  /** "paragraph": an Antrag attributed only by a note in its paragraph's text, anchored by that text. */
  type: "change" | "comment" | "paragraph";
  /** Tracked change kind, "comment" for comments, "paragraph" for paragraphs. */
  kind: string;
  author: string;
  /** Timestamp to the minute: LibreOffice drops seconds. */
  date: string | null;
  /** Hash of the changed text or of the comment text without our readable line. */
  text: string;
  /** Hash of the final text of the paragraph it stands in; null outside the body. */
  para: string | null;
}

export function minute(date: string | null): string | null {
  return date ? date.slice(0, 16) : null;
}

/** The kind as Word reports it too: Word's API tells a table row's insertion or deletion from no other. */
const REPORTED_KIND: Partial<Record<TrackedChange["kind"], TrackedChange["kind"]>> = { rowInsertion: "insertion", rowDeletion: "deletion" };

export function changeFingerprint(model: DocumentModel, change: TrackedChange): UnitFingerprint {
  return {
    type: "change", kind: REPORTED_KIND[change.kind] ?? change.kind, author: change.author, date: minute(change.date),
    text: hashText(change.text), para: paragraphHash(model, change.location?.start.paragraph ?? null),
  };
}

export function commentFingerprint(model: DocumentModel, comment: Comment): UnitFingerprint {
  return {
    type: "comment", kind: "comment", author: comment.author, date: minute(comment.date),
    text: hashText(stripCommentLine(comment.text)), para: paragraphHash(model, comment.anchor?.start.paragraph ?? null),
  };
}

export function paragraphFingerprint(model: DocumentModel, index: number): UnitFingerprint {
  return { type: "paragraph", kind: "paragraph", author: "", date: null, text: hashText(model.paragraphs[index]?.text ?? ""), para: null };
}

/** Paragraph hashes by model and index, kept with the text they were taken of (the simulator edits paragraphs in place). */
const paragraphHashes = new WeakMap<DocumentModel, Map<number, { text: string; hash: string }>>();

/** Every change and comment of a paragraph names it: its text is hashed once, not once per change. */
function paragraphHash(model: DocumentModel, index: number | null): string | null {
  const p = index === null ? undefined : model.paragraphs[index];
  if (!p) return null;
  let byIndex = paragraphHashes.get(model);
  if (!byIndex) paragraphHashes.set(model, (byIndex = new Map()));
  const known = byIndex.get(index!);
  if (known && known.text === p.text) return known.hash;
  const hash = hashText(p.text).slice(0, 8);
  byIndex.set(index!, { text: p.text, hash });
  return hash;
}

/**
 * The kinds both readers tell apart: Word's API reports moved text as a deletion and an insertion and paragraph
 * formatting as formatting (research/officejs.md), so a record stored in the pane must match what the .docx reader
 * sees, and the reverse. Applied when comparing, so records stored with the finer kinds still match.
 */
const COMPARABLE_KIND: Record<string, string> = { moveFrom: "deletion", moveTo: "insertion", paragraphFormatting: "runFormatting" };

/** Identity without the paragraph: still matches after the surrounding text was edited. */
export function looseKey(f: UnitFingerprint): string {
  return `${f.type}|${COMPARABLE_KIND[f.kind] ?? f.kind}|${f.author}|${f.date ?? ""}|${f.text}`;
}

export function strictKey(f: UnitFingerprint): string {
  return `${looseKey(f)}|${f.para ?? ""}`;
}
