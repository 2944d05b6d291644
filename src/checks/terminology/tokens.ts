/** Tokenising the final view of the paragraphs (body and notes) once, with the context the variant rules need. */
import type { DocumentModel, Paragraph } from "../../model/document";

/** What a token's `flags` say about it. */
export const enum TokenFlag {
  /** First word of a sentence, heading or list item: its capital says nothing about the word. */
  SentenceInitial = 1,
  /** Inside quotation marks: quoted wording is someone else's and is left alone. */
  Quoted = 2,
  /** Whitespace only (no punctuation) separates this token from the previous one in the paragraph. */
  Adjacent = 4,
  /**
   * Only a slash (with optional blanks, and a hyphen right after it) separates it from the previous token
   * ("B90/ Die Grünen", "Mitarbeiter/-innen").
   */
  SlashAfter = 8,
  /**
   * A word the variant layers may compare (decided once here, read by every layer): not quoted, not part of a
   * web or e-mail address (www.kreis-musterland.de, spelled as the address demands), not a suspended "Ein-",
   * with a letter and at least two characters ("3D" counts, "3" does not).
   */
  Comparable = 16,
  /** Matched by a glossary term (set by that layer): the variant layers leave it alone. */
  Claimed = 32,
}

/** Where a token, a part of one, or two tokens written apart stand. */
export interface Place { paragraph: number; start: number; end: number; sentenceInitial: boolean }

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

/** Letters and digits. */
function isWordChar(text: string, i: number): boolean {
  return i < text.length && (classOf(text, i) & WORD) !== 0;
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
/** The same for the ASCII range, as a table. */
const ASCII_GAP = new Uint8Array(128);
for (const [c, kind] of GAP) if (c < 128) ASCII_GAP[c] = kind;

/** Paragraphs the check reads: the body text and the notes, not the table of contents. */
export function checkedParagraphs(model: DocumentModel): Paragraph[] {
  const tocParagraphs = new Set<number>();
  for (const field of model.tocFields) for (const e of field.entries) tocParagraphs.add(e.paragraph);
  return model.paragraphs.filter(
    (p) => p.text.length > 0 && !p.builtInStyle.startsWith("Toc") && p.builtInStyle !== "TocHeading" && !tocParagraphs.has(p.index),
  );
}

/** Character classes for the Latin range, one table lookup per character; the rest goes through the Unicode classes. */
const WORD = 1, LETTER_BIT = 2, SPACE_BIT = 4;
const LATIN = new Uint8Array(0x250);
for (let c = 0; c < LATIN.length; c++) {
  const digit = c >= 48 && c <= 57;
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
  LATIN[c] = (letter ? WORD | LETTER_BIT : digit ? WORD : 0) | (SPACE.test(String.fromCharCode(c)) ? SPACE_BIT : 0);
}

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x250) return LATIN[c];
  const ch = text[i];
  return (LETTER.test(ch) ? WORD | LETTER_BIT : LETTER_OR_DIGIT.test(ch) ? WORD : 0) | (SPACE.test(ch) ? SPACE_BIT : 0);
}

/**
 * A word the layers may compare by its letters: one with a letter and two characters besides hyphens ("3D" and "EU"
 * count, "3" does not), not a suspended "Ein-".
 */
function comparableShape(word: string): boolean {
  let chars = 0, letter = false;
  for (let i = 0; i < word.length; i++) {
    const k = classOf(word, i);
    if (!(k & WORD)) continue;
    chars++;
    if (k & LETTER_BIT) letter = true;
  }
  return letter && chars >= 2 && !isHyphen(word.charCodeAt(word.length - 1));
}

/**
 * The document's distinct words, each with an id: documents repeat their words, so the layers decide what depends on
 * the word alone once per word (tables indexed by `Token.word`) instead of once per token.
 */
export class Lexicon {
  /** The words in order of first use; a word's id is its index. */
  readonly words: string[] = [];
  /** Per word: see `comparableShape`. */
  readonly comparable: boolean[] = [];
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.words.length;
  }

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.comparable.push(comparableShape(word));
    }
    return id;
  }

  /** `decide` for every word of the lexicon, by id. */
  table<T>(decide: (word: string) => T): T[] {
    return this.words.map((w) => decide(w));
  }
}

/**
 * The tokens of the checked paragraphs as columns: token i is the word `word[i]` of the lexicon at
 * [`start[i]`, `end[i]`) of paragraph `paragraph[i]`, with `flags[i]`. A long document has hundreds of thousands of
 * words; an object for each made the check mostly allocation and garbage collection.
 */
export class Tokens {
  count = 0;
  paragraph = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  word = new Int32Array(1024);
  flags = new Uint8Array(1024);
  readonly lexicon = new Lexicon();
  private readonly texts = new Map<number, string>();

  /** Tokenises the paragraphs once for all layers. */
  constructor(paragraphs: readonly Paragraph[]) {
    for (const p of paragraphs) {
      this.texts.set(p.index, p.text);
      this.tokenize(p);
    }
  }

  text(i: number): string {
    return this.lexicon.words[this.word[i]];
  }

  /** Whether token i has any of the flags. */
  is(i: number, flags: number): boolean {
    return (this.flags[i] & flags) !== 0;
  }

  /** A comparable word no glossary term claimed: what the variant layers read. */
  eligible(i: number): boolean {
    return (this.flags[i] & (TokenFlag.Comparable | TokenFlag.Claimed)) === TokenFlag.Comparable;
  }

  /** Whether token i follows token i - 1 in the same paragraph. */
  continues(i: number): boolean {
    return i > 0 && i < this.count && this.paragraph[i] === this.paragraph[i - 1];
  }

  place(i: number): Place {
    return { paragraph: this.paragraph[i], start: this.start[i], end: this.end[i], sentenceInitial: this.is(i, TokenFlag.SentenceInitial) };
  }

  paragraphText(paragraph: number): string {
    return this.texts.get(paragraph) ?? "";
  }

  private push(paragraph: number, start: number, end: number, word: number, flags: number): void {
    if (this.count === this.word.length) {
      const grow = <A extends Int32Array | Uint8Array>(a: A): A => { const b = new (a.constructor as new (n: number) => A)(a.length * 2); b.set(a); return b; };
      this.paragraph = grow(this.paragraph); this.start = grow(this.start); this.end = grow(this.end);
      this.word = grow(this.word); this.flags = grow(this.flags);
    }
    const i = this.count++;
    this.paragraph[i] = paragraph; this.start[i] = start; this.end[i] = end; this.word[i] = word; this.flags[i] = flags;
  }

  /** One pass over the paragraph: words, and what the gap before each word says about it. */
  private tokenize(paragraph: Paragraph): void {
    const text = paragraph.text;
    const n = text.length;
    let quoteDepth = 0;
    let previousEnd = -1;
    for (let start = 0; start < n; ) {
      if (!(classOf(text, start) & WORD)) { start++; continue; }
      const end = wordEnd(text, start);
      let blank = previousEnd >= 0 && start > previousEnd;
      let slashes = 0;
      /* The last mark before the word, skipping blanks and opening quotes, tells whether a sentence starts here. */
      let lastMarkIsSentenceEnd = false;
      for (let i = previousEnd < 0 ? 0 : previousEnd; i < start; i++) {
        const c = text.charCodeAt(i);
        if (c === 32) continue;
        const kind = c < 128 ? ASCII_GAP[c] : GAP.get(c) ?? Gap.Other;
        if (kind & Gap.Open) quoteDepth++;
        else if (kind & Gap.Close) quoteDepth = Math.max(0, quoteDepth - 1);
        else if (c === Code.Quote) quoteDepth = quoteDepth > 0 ? quoteDepth - 1 : 1;
        const space = (classOf(text, i) & SPACE_BIT) !== 0;
        if (c === Code.Slash) slashes++;
        else if (!space && !(isHyphen(c) && text.charCodeAt(i - 1) === Code.Slash)) blank = false;
        if (kind & Gap.SentenceEnd) lastMarkIsSentenceEnd = true;
        else if (!space && !(kind & Gap.Leading)) lastMarkIsSentenceEnd = false;
      }
      const before = start > 0 ? text.charCodeAt(start - 1) : 0;
      const after = text.charCodeAt(end);
      const quoted = quoteDepth > 0;
      const inAddress = before === Code.Dot || before === Code.Slash || before === Code.At || after === Code.At
        || (after === Code.Dot && end + 1 < n && (classOf(text, end + 1) & LETTER_BIT) !== 0);
      const word = this.lexicon.idOf(text.slice(start, end));
      const flags = (previousEnd < 0 || lastMarkIsSentenceEnd ? TokenFlag.SentenceInitial : 0)
        | (quoted ? TokenFlag.Quoted : 0)
        | (blank && slashes === 0 ? TokenFlag.Adjacent : 0)
        | (blank && slashes === 1 ? TokenFlag.SlashAfter : 0)
        | (!quoted && !inAddress && this.lexicon.comparable[word] ? TokenFlag.Comparable : 0);
      this.push(paragraph.index, start, end, word, flags);
      previousEnd = start = end;
    }
  }
}
