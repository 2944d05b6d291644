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

const enum Code {
  Hyphen = 0x2d, Hyphen2 = 0x2010, Hyphen3 = 0x2011, Slash = 0x2f, Dot = 0x2e, At = 0x40, Quote = 0x22,
  Star = 0x2a, Colon = 0x3a, Underscore = 0x5f,
}

function isHyphen(c: number): boolean {
  return c === Code.Hyphen || c === Code.Hyphen2 || c === Code.Hyphen3;
}

/** Character classes by code unit; `KNOWN` tells a computed class from an empty slot. */
const WORD = 1, LETTER_BIT = 2, SPACE_BIT = 4, KNOWN = 8;
const CLASSES = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;
/* The Latin range by hand: ASCII letters and digits and the letters from À on (not ª, µ, º, ², ½ and the like). */
for (let c = 0; c < 0x250; c++) {
  const digit = c >= 48 && c <= 57;
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
  CLASSES[c] = KNOWN | (letter ? WORD | LETTER_BIT : digit ? WORD : 0) | (SPACE.test(String.fromCharCode(c)) ? SPACE_BIT : 0);
}

/** The class of a code unit, computed from the Unicode properties on its first use. */
function classOfCode(c: number): number {
  const known = CLASSES[c];
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  const k = KNOWN | (LETTER.test(ch) ? WORD | LETTER_BIT : DIGIT.test(ch) ? WORD : 0) | (SPACE.test(ch) ? SPACE_BIT : 0);
  CLASSES[c] = k;
  return k;
}

function classOf(text: string, i: number): number {
  return classOfCode(text.charCodeAt(i));
}

/** Letters and digits. */
function isWordCode(c: number): boolean {
  return (classOfCode(c) & WORD) !== 0;
}

/** The code unit at `i`, 0 (no word character, hyphen or mark) past the end. */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : 0;
}

/* The offset as a 32-bit integer: as 0x811c9dc5, a double, it kept the whole hash loop in floating point. */
const FNV_OFFSET = 0x811c9dc5 | 0, FNV_PRIME = 0x01000193;

/**
 * Reads one word and what the lexicon needs of it in the same pass: its code units (copied into `units`) and their
 * hash (FNV-1a). Each character of a paragraph is read once: `charCodeAt` on the paragraphs' texts (concatenated and
 * sliced strings from the .docx reader) is the dearest part of tokenising, dearer than copying a paragraph into a
 * typed array first and reading it there.
 */
class WordReader {
  units = new Uint16Array(256);
  length = 0;
  hash = 0;

  /**
   * Reads the word starting at `start` and returns its end: letters/digits joined by hyphens, optionally a gender
   * mark (Mitarbeiter*innen, Mitarbeiter:innen, Mitarbeiter_innen) and a trailing hyphen ("Ein-" in "Ein- und
   * Ausgang", kept so it can be recognised and skipped).
   */
  read(text: string, start: number): number {
    const n = text.length;
    if (n - start >= this.units.length) this.units = new Uint16Array(2 * (n - start));
    const units = this.units;
    let hash = FNV_OFFSET, k = 0, i = start, c = 0;
    for (;;) {
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (!isWordCode(c)) break;
        units[k++] = c; hash = Math.imul(hash ^ c, FNV_PRIME);
      }
      if (i === n) c = 0;
      const joint = jointAt(text, i, c);
      if (joint === 0) break;
      for (const to = i + joint; i < to; i++) { c = text.charCodeAt(i); units[k++] = c; hash = Math.imul(hash ^ c, FNV_PRIME); }
    }
    if (isHyphen(c)) { units[k++] = c; hash = Math.imul(hash ^ c, FNV_PRIME); i++; }
    this.length = k;
    this.hash = hash;
    return i;
  }
}

/**
 * How many code units from `i` (`c` is the one at `i`) join a word to more of it: a hyphen before a letter or digit,
 * a gender mark with its ending (*innen, :in, _innen); 0 for none.
 */
function jointAt(text: string, i: number, c: number): number {
  if (isHyphen(c)) return isWordCode(codeAt(text, i + 1)) ? 1 : 0;
  if (c !== Code.Star && c !== Code.Colon && c !== Code.Underscore) return 0;
  const suffix = text.startsWith("innen", i + 1) ? 5 : text.startsWith("in", i + 1) ? 2 : 0;
  return suffix > 0 && !isWordCode(codeAt(text, i + 1 + suffix)) ? 1 + suffix : 0;
}

/** The words of a glossary form, split exactly as `tokenize` splits a paragraph ("Mitarbeiter*innen" is one word). */
export function wordsOf(text: string): string[] {
  const reader = new WordReader();
  const words: string[] = [];
  for (let start = 0; start < text.length; ) {
    if (!isWordCode(text.charCodeAt(start))) { start++; continue; }
    const end = reader.read(text, start);
    words.push(text.slice(start, end));
    start = end;
  }
  return words;
}

/** What a character between two words means, by char code: quotes, sentence ends, marks before a sentence's first word. */
const enum Gap { Other = 0, Open = 1, Close = 2, SentenceEnd = 4, Leading = 8 }
const GAPS = new Uint8Array(0x10000);
for (const [ch, kind] of [
  ["„", Gap.Open | Gap.Leading], ["»", Gap.Open | Gap.Leading], ["‚", Gap.Open | Gap.Leading], ["›", Gap.Open],
  ["“", Gap.Close | Gap.Leading], ["«", Gap.Close | Gap.Leading], ["‘", Gap.Close], ["‹", Gap.Close], ["”", Gap.Close],
  ['"', Gap.Leading], ["(", Gap.Leading],
  [".", Gap.SentenceEnd], ["!", Gap.SentenceEnd], ["?", Gap.SentenceEnd], [":", Gap.SentenceEnd], [";", Gap.SentenceEnd],
  ["•", Gap.SentenceEnd], ["▪", Gap.SentenceEnd], ["–", Gap.SentenceEnd], ["\t", Gap.SentenceEnd],
] as const) GAPS[ch.charCodeAt(0)] = kind;

/**
 * Paragraphs the check reads: the body text and the notes, not the table of contents (its entries and its heading,
 * styles Toc1–Toc9 and TocHeading, and the paragraphs of TOC fields).
 */
export function checkedParagraphs(model: DocumentModel): Paragraph[] {
  const tocParagraphs = new Set<number>();
  for (const field of model.tocFields) for (const e of field.entries) tocParagraphs.add(e.paragraph);
  return model.paragraphs.filter(
    (p) => p.text.length > 0 && !p.builtInStyle.startsWith("Toc") && !tocParagraphs.has(p.index),
  );
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

/** `a` copied into a typed array of the same kind at least `length` long, twice as long as before at least. */
function grown<A extends Int32Array | Uint16Array | Uint8Array>(a: A, length: number): A {
  const b = new (a.constructor as new (n: number) => A)(Math.max(length, 2 * a.length));
  b.set(a);
  return b;
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
  /**
   * An open-addressing hash table of word ids + 1 (0: empty slot), keyed by the hash of the word's code units, so
   * that a word already known is found among the paragraph's code units without cutting a string out of them. The
   * words' code units stand one after another in `pool`, word `id` at [`offsets[id]`, `offsets[id + 1]`).
   */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  private offsets = new Int32Array(513);
  private pool = new Uint16Array(4096);

  get size(): number {
    return this.words.length;
  }

  /** The id of the word `reader` has just read at `start` of `text`; added on first use. */
  idOf(reader: WordReader, text: string, start: number): number {
    const hash = reader.hash;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] - 1;
      if (id < 0) return this.add(text.slice(start, start + reader.length), reader.units, hash, slot);
      if (this.hashes[id] === hash && this.spells(id, reader.units, reader.length)) return id;
    }
  }

  /** `decide` for every word of the lexicon, by id. */
  table<T>(decide: (word: string) => T): T[] {
    return this.words.map((w) => decide(w));
  }

  /**
   * A yes/no or a small number (flags, a role) for every word, by id. A typed array, not `table`: arrays of numbers
   * and of objects made at one place share V8's elements-kind feedback, and the layers' optimised code was thrown away
   * ("wrong map") on each of a run's first analyses.
   */
  bytes(decide: (word: string) => number | boolean): Uint8Array {
    const out = new Uint8Array(this.words.length);
    for (let id = 0; id < out.length; id++) out[id] = Number(decide(this.words[id]));
    return out;
  }

  /** Whether word `id` is units[0, length). */
  private spells(id: number, units: Uint16Array, length: number): boolean {
    const from = this.offsets[id];
    if (this.offsets[id + 1] - from !== length) return false;
    for (let i = 0, k = from; i < length; i++, k++) if (this.pool[k] !== units[i]) return false;
    return true;
  }

  private add(word: string, units: Uint16Array, hash: number, slot: number): number {
    const id = this.words.length;
    const from = this.offsets[id], to = from + word.length;
    if (id + 1 === this.hashes.length) { this.hashes = grown(this.hashes, 0); this.offsets = grown(this.offsets, 0); }
    if (to > this.pool.length) this.pool = grown(this.pool, to);
    this.pool.set(units.subarray(0, word.length), from);
    this.offsets[id + 1] = to;
    this.hashes[id] = hash;
    this.words.push(word);
    this.comparable.push(comparableShape(word));
    this.slots[slot] = id + 1;
    /* At most half full, so that probe runs stay short. */
    if (2 * this.words.length > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
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
  /** Paragraph texts by paragraph index. */
  private readonly texts: string[] = [];
  private readonly reader = new WordReader();

  /** Tokenises the paragraphs once for all layers. */
  constructor(paragraphs: readonly Paragraph[]) {
    for (const p of paragraphs) {
      this.texts[p.index] = p.text;
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

  paragraphText(paragraph: number): string {
    return this.texts[paragraph] ?? "";
  }

  /** Room for `length` tokens. */
  private reserve(length: number): void {
    if (length <= this.word.length) return;
    this.paragraph = grown(this.paragraph, length); this.start = grown(this.start, length); this.end = grown(this.end, length);
    this.word = grown(this.word, length); this.flags = grown(this.flags, length);
  }

  /** One pass over the paragraph: words, and what the gap before each word says about it. */
  private tokenize(paragraph: Paragraph): void {
    const text = paragraph.text;
    const n = text.length;
    const reader = this.reader, lexicon = this.lexicon;
    /* A word is one character at least, and a gap separates two. */
    this.reserve(this.count + ((n + 1) >> 1));
    let quoteDepth = 0;
    /* What the gap before the next word says: */
    let first = true;
    /* … only blanks, or a slash (`slashes`) with blanks and a hyphen right after it … */
    let blank = false, slashes = 0;
    /* … whether the last mark, skipping blanks and opening quotes, ends a sentence … */
    let sentenceEnd = false;
    /* … and the character before the word (0 at the paragraph's start). */
    let before = 0;
    for (let start = 0; start < n; ) {
      const c = text.charCodeAt(start);
      const k = classOfCode(c);
      if ((k & WORD) === 0) {
        if (c !== 32) {
          const kind = GAPS[c];
          if (kind & Gap.Open) quoteDepth++;
          else if (kind & Gap.Close) quoteDepth = Math.max(0, quoteDepth - 1);
          else if (c === Code.Quote) quoteDepth = quoteDepth > 0 ? quoteDepth - 1 : 1;
          const space = (k & SPACE_BIT) !== 0;
          if (c === Code.Slash) slashes++;
          else if (!space && !(isHyphen(c) && before === Code.Slash)) blank = false;
          if (kind & Gap.SentenceEnd) sentenceEnd = true;
          else if (!space && !(kind & Gap.Leading)) sentenceEnd = false;
        }
        before = c;
        start++;
        continue;
      }
      const end = reader.read(text, start);
      const after = codeAt(text, end);
      const quoted = quoteDepth > 0;
      const inAddress = before === Code.Dot || before === Code.Slash || before === Code.At || after === Code.At
        || (after === Code.Dot && (classOfCode(codeAt(text, end + 1)) & LETTER_BIT) !== 0);
      const word = lexicon.idOf(reader, text, start);
      const flags = (first || sentenceEnd ? TokenFlag.SentenceInitial : 0)
        | (quoted ? TokenFlag.Quoted : 0)
        | (blank && slashes === 0 ? TokenFlag.Adjacent : 0)
        | (blank && slashes === 1 ? TokenFlag.SlashAfter : 0)
        | (!quoted && !inAddress && lexicon.comparable[word] ? TokenFlag.Comparable : 0);
      /* Stored here rather than by a method: V8 did not always inline one into this long loop. */
      const i = this.count++;
      this.paragraph[i] = paragraph.index; this.start[i] = start; this.end[i] = end; this.word[i] = word; this.flags[i] = flags;
      /* A word never ends right before a letter or digit, so a gap follows it; and its last character is none of the
         marks `before` is tested for. */
      first = false; blank = true; slashes = 0; sentenceEnd = false; before = 0;
      start = end;
    }
  }
}
