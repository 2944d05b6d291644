/** Tokenising the final view of the paragraphs (body and notes) once, with the context the variant rules need. */
import type { DocumentModel, Paragraph } from "../../model/document";

export interface Token {
  paragraph: number;
  /** Offsets into `Paragraph.text` (final view). */
  start: number;
  end: number;
  text: string;
  /** First word of a sentence, heading or list item: its capital says nothing about the word. */
  sentenceInitial: boolean;
  /** Inside quotation marks: quoted wording is someone else's and is left alone. */
  quoted: boolean;
  /** Whitespace only (no punctuation) separates this token from the previous one in the paragraph. */
  adjacentToPrevious: boolean;
  /**
   * Only a slash (with optional blanks, and a hyphen right after it) separates it from the previous token
   * ("B90/ Die Grünen", "Mitarbeiter/-innen").
   */
  slashAfterPrevious: boolean;
  /**
   * A word the variant layers may compare (decided once here, read by every layer): not quoted, not part of a
   * web or e-mail address (www.kreis-musterland.de, spelled as the address demands), not a suspended "Ein-",
   * with two letters in a row.
   */
  comparable: boolean;
}

const HYPHENS = new Set(["-", "‐", "‑"]);
const GENDER_MARKS = new Set(["*", ":", "_"]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters and digits; a char-code fast path for Latin script, the Unicode classes for the rest. */
function isWordChar(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c <= 0x24f) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  return LETTER_OR_DIGIT.test(text[i]);
}

function skipWordChars(text: string, i: number): number {
  while (i < text.length && isWordChar(text, i)) i++;
  return i;
}

/**
 * The end of the word starting at `start`: letters/digits joined by hyphens, optionally a gender mark
 * (Mitarbeiter*innen, Mitarbeiter:innen, Mitarbeiter_innen) and a trailing hyphen ("Ein-" in "Ein- und Ausgang",
 * kept so it can be recognised and skipped).
 */
function wordEnd(text: string, start: number): number {
  let i = skipWordChars(text, start);
  for (;;) {
    if (HYPHENS.has(text[i]) && isWordChar(text, i + 1)) { i = skipWordChars(text, i + 1); continue; }
    if (GENDER_MARKS.has(text[i])) {
      const suffix = text.startsWith("innen", i + 1) ? 5 : text.startsWith("in", i + 1) ? 2 : 0;
      if (suffix > 0 && !isWordChar(text, i + 1 + suffix)) { i += 1 + suffix; continue; }
    }
    break;
  }
  return HYPHENS.has(text[i]) ? i + 1 : i;
}

/** The words of a glossary form, split exactly as `tokenize` splits a paragraph ("Mitarbeiter*innen" is one word). */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (let start = 0; start < text.length; ) {
    if (!isWordChar(text, start)) { start++; continue; }
    const end = wordEnd(text, start);
    words.push(text.slice(start, end));
    start = end;
  }
  return words;
}

const OPEN_QUOTES = new Set(["„", "»", "‚", "›"]);
const CLOSE_QUOTES = new Set(["“", "«", "‘", "‹", "”"]);

/** Paragraphs the check reads: the body text and the notes, not the table of contents. */
export function checkedParagraphs(model: DocumentModel): Paragraph[] {
  const tocParagraphs = new Set<number>();
  for (const field of model.tocFields) for (const e of field.entries) tocParagraphs.add(e.paragraph);
  return model.paragraphs.filter(
    (p) => p.text.length > 0 && !p.builtInStyle.startsWith("Toc") && p.builtInStyle !== "TocHeading" && !tocParagraphs.has(p.index),
  );
}

const SPACE = /\s/u;
const LETTER = /\p{L}/u;
const TWO_LETTERS = /\p{L}{2}/u;
const SENTENCE_MARKS = new Set([".", "!", "?", ":", ";", "•", "▪", "–", "\t"]);
/** Opening quotes and brackets between a sentence end and its first word. */
const LEADING = new Set(["„", "“", '"', "»", "«", "(", "‚"]);

export function tokenize(paragraph: Paragraph): Token[] {
  const text = paragraph.text;
  const tokens: Token[] = [];
  let quoteDepth = 0;
  let previousEnd = -1;
  for (let start = 0; start < text.length; ) {
    if (!isWordChar(text, start)) { start++; continue; }
    const end = wordEnd(text, start);
    let blank = previousEnd >= 0 && start > previousEnd;
    let slashes = 0;
    for (let i = Math.max(previousEnd, 0); i < start; i++) {
      const ch = text[i];
      if (OPEN_QUOTES.has(ch)) quoteDepth++;
      else if (CLOSE_QUOTES.has(ch)) quoteDepth = Math.max(0, quoteDepth - 1);
      else if (ch === '"') quoteDepth = quoteDepth > 0 ? quoteDepth - 1 : 1;
      if (ch === "/") slashes++;
      else if (!SPACE.test(ch) && !(HYPHENS.has(ch) && text[i - 1] === "/")) blank = false;
    }
    /* The last mark before the word, skipping blanks and opening quotes, tells whether a sentence starts here. */
    let sentenceInitial = previousEnd < 0;
    for (let i = start - 1; !sentenceInitial && i >= previousEnd; i--) {
      const ch = text[i];
      if (SENTENCE_MARKS.has(ch)) sentenceInitial = true;
      else if (!SPACE.test(ch) && !LEADING.has(ch)) break;
    }
    const before = start > 0 ? text[start - 1] : "";
    const after = text[end] ?? "";
    const word = text.slice(start, end);
    const quoted = quoteDepth > 0;
    const inAddress = before === "." || before === "/" || before === "@" || after === "@" || (after === "." && LETTER.test(text[end + 1] ?? ""));
    tokens.push({
      paragraph: paragraph.index,
      start,
      end,
      text: word,
      sentenceInitial,
      quoted,
      adjacentToPrevious: blank && slashes === 0,
      slashAfterPrevious: blank && slashes === 1,
      comparable: !quoted && !inAddress && !HYPHENS.has(word[word.length - 1]) && TWO_LETTERS.test(word),
    });
    previousEnd = start = end;
  }
  return tokens;
}
