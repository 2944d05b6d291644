/**
 * Annotation text as the parser reads it: words, numbers, dates and punctuation, each with its offsets in the text as
 * written. What people type in many ways becomes one form here — dashes, quotes, blanks, soft hyphens, bidi and
 * zero-width marks, decomposed umlauts — and every word gets a comparable key (lower case, umlauts and ß folded:
 * "Ausschuß", "Ausschuss" and "Auschuss"… differ only where they really differ).
 */

export type TokenKind = "word" | "number" | "date" | "punct";

/** A date as written; the year may be missing or two-digit. */
export interface WrittenDate {
  day: number;
  month: number;
  year: number | null;
  /** 2 for "25", 4 for "2025", null without a year. */
  yearDigits: 2 | 4 | null;
}

export interface Token {
  kind: TokenKind;
  /**
   * Words: as written (NFC, invisible marks removed). Punctuation: one canonical character — "-" joins or separates
   * (see `blankBefore`/`blankAfter`), "–" for dashes and arrows, '"' for every quote, ";" for bullets.
   */
  text: string;
  /** Comparable form of words and numbers; punctuation keeps its canonical character. */
  key: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  blankBefore: boolean;
  blankAfter: boolean;
  /** Line break before the token. */
  lineBefore: boolean;
  date: WrittenDate | null;
}

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const BLANK_CHAR = /\s/u;
const HYPHENS = new Set(["-", "\u2010", "\u2011", "\u00AD"]);
const DASHES = new Set(["\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\u2192", "\u21D2", "\u27F6"]);
const QUOTES = new Set(["\"", "„", "“", "”", "«", "»", "‚", "‘", "’", "'", "‹", "›", "`", "´"]);
const BULLETS = new Set(["·", "•", "▪", "◦"]);

export const MONTHS = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];
const MONTH_FORMS = "januar|jänner|jan|februar|feb|märz|maerz|mär|mrz|april|apr|mai|juni|jun|juli|jul|august|aug|september|sept|sep|oktober|okt|november|nov|dezember|dez";

/** Sticky date forms, tried where a digit starts: "9.3.25", "09. 03. 2025", "9. März 2025", "9. Mrz.", "2025-03-09". */
const NUMERIC_DATE = /(\d{1,2})\.[ \t\u00A0\u202F]?(\d{1,2})\.(?:(\d{2})(?![\d.])|[ \t\u00A0\u202F]?(\d{4})(?!\d))?/y;
const NAMED_DATE = new RegExp(String.raw`(\d{1,2})\.[ \t\u00A0\u202F]?(${MONTH_FORMS})(?![\p{L}])\.?(?:[ \t\u00A0\u202F]?(\d{4})(?!\d))?`, "iuy");
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;

/** 1–12 for a month name or its abbreviation ("Mrz", "Jänner", "Sept"). */
function monthOf(written: string): number {
  const w = written.toLowerCase();
  if (w === "mrz" || w === "maerz") return 3;
  if (w === "jänner") return 1;
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

function dateAt(text: string, i: number): { date: WrittenDate; end: number } | null {
  // Day and month forms have a dot after one or two digits, the ISO form a dash after four: most numbers are no date.
  const dotted = text.charCodeAt(i + 1) === 46 || (isDigit(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 46);
  return (dotted ? dayMonthDate(text, i) : null) ?? (text.charCodeAt(i + 4) === 45 ? isoDate(text, i) : null);
}

function dayMonthDate(text: string, i: number): { date: WrittenDate; end: number } | null {
  const numeric = (NUMERIC_DATE.lastIndex = i, NUMERIC_DATE.exec(text));
  if (numeric) {
    const [, d, m, y2, y4] = numeric;
    const year = y4 ?? y2;
    const date = { day: +d, month: +m, year: year ? (y2 ? 2000 + +y2 : +y4) : null, yearDigits: year ? (y2 ? 2 : 4) as 2 | 4 : null };
    if (valid(date)) return { date, end: i + numeric[0].length };
  }
  const named = (NAMED_DATE.lastIndex = i, NAMED_DATE.exec(text));
  if (named) {
    const date = { day: +named[1], month: monthOf(named[2]), year: named[3] ? +named[3] : null, yearDigits: named[3] ? 4 as const : null };
    if (valid(date)) return { date, end: i + named[0].length };
  }
  return null;
}

function isoDate(text: string, i: number): { date: WrittenDate; end: number } | null {
  const iso = (ISO_DATE.lastIndex = i, ISO_DATE.exec(text));
  if (iso) {
    const date = { day: +iso[3], month: +iso[2], year: +iso[1], yearDigits: 4 as const };
    if (valid(date)) return { date, end: i + iso[0].length };
  }
  return null;
}

function valid(d: WrittenDate): boolean {
  return d.day >= 1 && d.day <= 31 && d.month >= 1 && d.month <= 12;
}

/**
 * Comparable form of a word: lower case, NFC, umlauts folded with their "ae/oe/ue" spellings, ß as ss, "u." as
 * "und" and "&" as "und". Registry names, vocabulary and text all go through it.
 */
export function keyOf(word: string): string {
  let k = keys.get(word);
  if (k === undefined) {
    k = word.normalize("NFC").toLowerCase().replace(/ä|ae/g, "a").replace(/ö|oe/g, "o").replace(/ü|ue/g, "u").replace(/ß/g, "ss");
    if (k === "u" || k === "&") k = "und";
    // Words repeat: a document has a few thousand distinct ones. The bound keeps a pathological text from growing it.
    if (keys.size >= KEYS_MAX) keys.clear();
    keys.set(word, k);
  }
  return k;
}

const keys = new Map<string, string>();
const KEYS_MAX = 50_000;

/** "1.1.1.1" is not a run of dates: a date never starts right after another without a blank. */
function rightAfterDate(tokens: Token[], blank: boolean): boolean {
  return !blank && tokens.length > 0 && tokens[tokens.length - 1].kind === "date";
}

/** Character classes of the first code units (Latin, Greek, Cyrillic …), decided once by the Unicode classes above. */
const WORD = 1, BLANK = 2, HIDDEN = 4;
const TABLED = 0x800;
const CLASSES = Uint8Array.from({ length: TABLED }, (_, code) => {
  const c = String.fromCharCode(code);
  return (WORD_CHAR.test(c) ? WORD : 0) | (BLANK_CHAR.test(c) ? BLANK : 0) | (INVISIBLE.test(c) ? HIDDEN : 0);
});
// Every character of every note is classified: by table where it can be, by the Unicode classes elsewhere (`code` is
// `text.charCodeAt(i)`, NaN past the end; the character itself is cut out only for the classes).
const isWordChar = (code: number, text: string, i: number) => (code < TABLED ? (CLASSES[code] & WORD) !== 0 : code >= TABLED && WORD_CHAR.test(text[i]));
const isInvisible = (code: number, text: string, i: number) => (code < TABLED ? (CLASSES[code] & HIDDEN) !== 0 : code >= TABLED && INVISIBLE.test(text[i]));
const isBlank = (code: number, text: string, i: number) => (code < TABLED ? (CLASSES[code] & BLANK) !== 0 : code >= TABLED && BLANK_CHAR.test(text[i]));
export const isDigit = (code: number) => code >= 48 && code <= 57;

/** The text with every run of blanks as one " "; most texts have none to collapse and are returned as they are. */
export function collapseBlanks(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isBlank(code, text, i) && (code !== 32 || isBlank(text.charCodeAt(i + 1), text, i + 1))) return text.replace(/\s+/g, " ");
  }
  return text;
}

/** Whether a word starts with a capital letter; ASCII is decided by code (every word of a note is asked). */
export function startsCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL_FIRST.test(word);
}

const CAPITAL_FIRST = /^\p{Lu}/u;
/** Below U+0300 every character is its own NFC form: only words with other characters are normalised. */
const NFC_STABLE = 0x300;

/**
 * The tokens of a text, left to right, in one pass; `limit` stops after that many tokens (for a look at how a text
 * begins).
 */
export function tokenize(text: string, limit = Infinity): Token[] {
  const tokens: Token[] = [];
  let blank = true;
  let line = false;
  let i = 0;
  const push = (kind: TokenKind, t: string, key: string, start: number, end: number, date: WrittenDate | null = null) => {
    const last = tokens[tokens.length - 1];
    if (last) last.blankAfter = blank;
    tokens.push({ kind, text: t, key, start, end, blankBefore: blank, blankAfter: true, lineBefore: line, date });
    blank = false;
    line = false;
  };
  // One token past the limit is read so that the last one kept knows whether a blank follows it.
  while (i < text.length && tokens.length <= limit) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      blank = true;
      line = true;
      i++;
      continue;
    }
    if (isBlank(code, text, i)) {
      blank = true;
      i++;
      continue;
    }
    if (isInvisible(code, text, i)) {
      i++;
      continue;
    }
    if (isDigit(code) && !rightAfterDate(tokens, blank)) {
      const found = dateAt(text, i);
      if (found) {
        push("date", text.slice(i, found.end), "", i, found.end, found.date);
        i = found.end;
        continue;
      }
    }
    if (isWordChar(code, text, i)) {
      const start = i;
      // The word as read: stretches of the text, without invisible marks, apostrophes as "'".
      let word = "";
      let from = i;
      let digits = true;
      let stable = true;
      // A word runs over letters, digits, marks and invisible characters; an apostrophe joins letters ("B'90").
      for (; i < text.length; i++) {
        const cc = text.charCodeAt(i);
        if (isWordChar(cc, text, i)) {
          if (cc < 48 || cc > 57) digits = false;
          if (cc >= NFC_STABLE) stable = false;
        } else if (isInvisible(cc, text, i)) {
          // A soft hyphen or invisible mark inside a word: the word goes on.
          word += text.slice(from, i);
          from = i + 1;
        } else if (cc !== 34 && QUOTES.has(text[i]) && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
          word += text.slice(from, i) + "'";
          from = i + 1;
          digits = false;
        } else break;
      }
      word += text.slice(from, i);
      // Gender forms: "Antragsteller/in", "Antragsteller*innen", "Bürgermeister:in" are read as the word they extend.
      const gender = GENDER_MARKS.includes(text[i]) ? /^[/*:_](?:in|innen)(?![\p{L}\p{N}])/u.exec(text.slice(i, i + 7)) : null;
      const normal = stable ? word : word.normalize("NFC");
      push(digits ? "number" : "word", gender ? normal + gender[0] : normal, keyOf(normal), start, i + (gender ? gender[0].length : 0));
      if (gender) i += gender[0].length;
      continue;
    }
    const c = text[i];
    if (c === "&") {
      push("word", c, "und", i, i + 1);
      i++;
      continue;
    }
    const canonical = HYPHENS.has(c) ? "-" : DASHES.has(c) ? "–" : QUOTES.has(c) ? "\"" : BULLETS.has(c) ? ";" : c;
    push("punct", canonical, canonical, i, i + 1);
    i++;
  }
  if (tokens.length > limit) tokens.length = limit;
  else if (tokens.length) tokens[tokens.length - 1].blankAfter = true;
  return tokens;
}

const GENDER_MARKS = ["/", "*", ":", "_"];
