/** Tokenising the final view of body paragraphs once, with the context the variant rules need. */
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
   * with a letter and at least two characters ("3D" counts, "3" does not).
   */
  comparable: boolean;
}

const enum Code {
  Hyphen = 0x2d, Hyphen2 = 0x2010, Hyphen3 = 0x2011, Slash = 0x2f, Dot = 0x2e, At = 0x40, Quote = 0x22,
  Star = 0x2a, Colon = 0x3a, Underscore = 0x5f,
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/u;

function isHyphen(c: number): boolean {
  return c === Code.Hyphen || c === Code.Hyphen2 || c === Code.Hyphen3;
}

/** Letters and digits; a char-code fast path for Latin script, the Unicode classes for the rest. */
function isWordChar(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c <= 0x24f) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  return LETTER_OR_DIGIT.test(text[i]);
}

/** A letter (not a digit), with the same fast path. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c <= 0x24f) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  return LETTER.test(text[i]);
}

function isSpace(c: number, ch: string): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(ch);
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
    const c = text.charCodeAt(i);
    if (isHyphen(c) && isWordChar(text, i + 1)) { i = skipWordChars(text, i + 1); continue; }
    if (c === Code.Star || c === Code.Colon || c === Code.Underscore) {
      const suffix = text.startsWith("innen", i + 1) ? 5 : text.startsWith("in", i + 1) ? 2 : 0;
      if (suffix > 0 && !isWordChar(text, i + 1 + suffix)) { i += 1 + suffix; continue; }
    }
    break;
  }
  return isHyphen(text.charCodeAt(i)) ? i + 1 : i;
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

/** What a character between two words means, by char code: quotes, sentence ends, marks before a sentence's first word. */
const enum Gap { Other = 0, Open = 1, Close = 2, SentenceEnd = 4, Leading = 8 }
const GAP = new Map<number, number>([
  ["„", Gap.Open | Gap.Leading], ["»", Gap.Open | Gap.Leading], ["‚", Gap.Open | Gap.Leading], ["›", Gap.Open],
  ["“", Gap.Close | Gap.Leading], ["«", Gap.Close | Gap.Leading], ["‘", Gap.Close], ["‹", Gap.Close], ["”", Gap.Close],
  ['"', Gap.Leading], ["(", Gap.Leading],
  [".", Gap.SentenceEnd], ["!", Gap.SentenceEnd], ["?", Gap.SentenceEnd], [":", Gap.SentenceEnd], [";", Gap.SentenceEnd],
  ["•", Gap.SentenceEnd], ["▪", Gap.SentenceEnd], ["–", Gap.SentenceEnd], ["\t", Gap.SentenceEnd],
].map(([ch, kind]) => [(ch as string).charCodeAt(0), kind as number]));

/** Paragraphs the check reads: the body text, not the table of contents. */
export function checkedParagraphs(model: DocumentModel): Paragraph[] {
  const tocParagraphs = new Set<number>();
  for (const field of model.tocFields) for (const e of field.entries) tocParagraphs.add(e.paragraph);
  return model.paragraphs.filter(
    (p) => p.text.length > 0 && !p.builtInStyle.startsWith("Toc") && p.builtInStyle !== "TocHeading" && !tocParagraphs.has(p.index),
  );
}

/** A word with a letter and two characters besides hyphens: "3D" and "EU" count, "3" and "Ein-" do not. */
function hasLetterAndTwoChars(text: string, start: number, end: number): boolean {
  let chars = 0, letter = false;
  for (let i = start; i < end; i++) {
    if (isHyphen(text.charCodeAt(i))) continue;
    chars++;
    if (!letter && isLetterAt(text, i)) letter = true;
  }
  return letter && chars >= 2;
}

/** One pass over the paragraph: words, and what the gap before each word says about it. */
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
    /* The last mark before the word, skipping blanks and opening quotes, tells whether a sentence starts here. */
    let sentenceInitial = previousEnd < 0;
    let lastMarkIsSentenceEnd = false;
    for (let i = Math.max(previousEnd, 0); i < start; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) continue;
      const kind = GAP.get(c) ?? Gap.Other;
      if (kind & Gap.Open) quoteDepth++;
      else if (kind & Gap.Close) quoteDepth = Math.max(0, quoteDepth - 1);
      else if (c === Code.Quote) quoteDepth = quoteDepth > 0 ? quoteDepth - 1 : 1;
      const space = isSpace(c, text[i]);
      if (c === Code.Slash) slashes++;
      else if (!space && !(isHyphen(c) && text.charCodeAt(i - 1) === Code.Slash)) blank = false;
      if (kind & Gap.SentenceEnd) lastMarkIsSentenceEnd = true;
      else if (!space && !(kind & Gap.Leading)) lastMarkIsSentenceEnd = false;
    }
    if (previousEnd >= 0) sentenceInitial = lastMarkIsSentenceEnd;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    const after = text.charCodeAt(end);
    const quoted = quoteDepth > 0;
    const inAddress = before === Code.Dot || before === Code.Slash || before === Code.At || after === Code.At
      || (after === Code.Dot && end + 1 < text.length && isLetterAt(text, end + 1));
    tokens.push({
      paragraph: paragraph.index,
      start,
      end,
      text: text.slice(start, end),
      sentenceInitial,
      quoted,
      adjacentToPrevious: blank && slashes === 0,
      slashAfterPrevious: blank && slashes === 1,
      comparable: !quoted && !inAddress && !isHyphen(text.charCodeAt(end - 1)) && hasLetterAndTwoChars(text, start, end),
    });
    previousEnd = start = end;
  }
  return tokens;
}
