/** Layer 1: occurrences of glossary terms (preferred and variants), with German inflection endings. */
import type { Glossary, GlossaryContext } from "./glossary";
import { TokenFlag, wordsOf, type Lexicon, type Tokens } from "./tokens";

/** Endings a noun form may take (Potenzial·e·s·en, Mitarbeiterin·nen); not "er", so "Arbeit" never matches "Arbeiter". */
const NOUN_ENDINGS = ["", "e", "en", "n", "s", "es", "nen"];
/** Adjective endings, also after a glossary form written inflected (künstlich·e·en·er, behinderte·n). */
const ADJECTIVE_ENDINGS = ["", "e", "en", "er", "es", "em", "n", "r", "s", "m"];
/** A single-word variant this long may also start a compound (Potentialanalyse); shorter ones only before a hyphen. */
const MIN_JOINED_HEAD = 7;

export interface GlossaryForm {
  termIndex: number;
  /** The form as written in the glossary. */
  text: string;
  words: string[];
  preferred: boolean;
  /** A variant that is also another word (Email, the enamel) counts only in this context. */
  context: GlossaryContext | null;
}

export interface GlossaryMatch {
  form: GlossaryForm;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  /** Offsets of the matched span (may end inside the last token for a compound head). */
  start: number;
  end: number;
  /** Ending taken by each word. */
  endings: string[];
}

export interface MergedTerm {
  preferred: string;
  note: string;
  forms: GlossaryForm[];
}

/**
 * Merges glossaries; an earlier glossary wins when two claim the same form. Terms with the same preferred form
 * (ignoring case) become one, so a user glossary may add variants to a shipped term and the group id stays unique.
 */
export function mergeGlossaries(glossaries: readonly Glossary[]): MergedTerm[] {
  const claimed = new Set<string>();
  const byId = new Map<string, MergedTerm>();
  for (const g of glossaries) {
    for (const t of g.terms) {
      const id = t.preferred.toLowerCase();
      const term = byId.get(id) ?? { preferred: t.preferred, note: t.note, forms: [] };
      byId.set(id, term);
      for (const text of [t.preferred, ...t.variants]) {
        const words = wordsOf(text);
        const key = words.join(" ");
        /* A form with letters the tokenizer does not read as word characters ("µg") could only match in part. */
        const unread = lettersOf(text) !== lettersOf(words.join(""));
        if (words.length === 0 || unread || claimed.has(key)) continue;
        claimed.add(key);
        const preferred = text === term.preferred;
        term.forms.push({ termIndex: -1, text, words, preferred, context: preferred ? null : t.context ?? null });
      }
    }
  }
  const terms = [...byId.values()].filter((t) => t.forms.some((f) => !f.preferred));
  terms.forEach((t, i) => { for (const f of t.forms) f.termIndex = i; });
  return terms;
}

function lettersOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, "");
}

function endingsFor(word: string): string[] {
  return word[0] === word[0].toLowerCase() ? ADJECTIVE_ENDINGS : NOUN_ENDINGS;
}

/**
 * The ending the token adds to the glossary word, or null if it is not an inflected form of it; at a sentence start
 * also with its first letter small.
 */
function inflectionOf(token: string, word: string, sentenceInitial: boolean): string | null {
  const ending = endingAfter(token, word);
  if (ending !== null || !sentenceInitial || word[0] === token[0]) return ending;
  return endingAfter(token[0].toLowerCase() + token.slice(1), word);
}

function endingAfter(token: string, word: string): string | null {
  if (!token.startsWith(word)) return null;
  const ending = token.slice(word.length);
  return endingsFor(word).includes(ending) ? ending : null;
}

export class GlossaryMatcher {
  /**
   * Forms whose first word matches a word of the lexicon (at a sentence start, the looser case), by word id: decided
   * once per word, so that the many tokens no form starts with cost one lookup each.
   */
  private readonly candidates: readonly GlossaryForm[][];

  constructor(terms: readonly MergedTerm[], lexicon: Lexicon) {
    /* First words by their first three letters (lower case; all of a shorter word). */
    const byPrefix = new Map<string, GlossaryForm[]>();
    for (const t of terms) {
      for (const f of t.forms) {
        const key = f.words[0].slice(0, 3).toLowerCase();
        const list = byPrefix.get(key) ?? [];
        list.push(f);
        byPrefix.set(key, list);
      }
    }
    /* A first word shorter than three letters is keyed by all it has: "EU" must find "EUs" and "EU-Mittel". */
    this.candidates = lexicon.table((first) => {
      const list: GlossaryForm[] = [];
      for (let n = Math.min(3, first.length); n >= 1; n--) list.push(...(byPrefix.get(first.slice(0, n).toLowerCase()) ?? []));
      return list.filter((f) => inflectionOf(first, f.words[0], true) !== null || (f.words.length === 1 && isCompoundHead(first, f.words[0])));
    });
  }

  /** The longest glossary form starting at token i, or null. */
  matchAt(tokens: Tokens, i: number): GlossaryMatch | null {
    let best: GlossaryMatch | null = null;
    for (const form of this.candidates[tokens.word[i]]) {
      const m = this.tryForm(tokens, i, form);
      if (m && (!best || m.to - m.from > best.to - best.from || (m.to - m.from === best.to - best.from && m.form.text.length > best.form.text.length))) best = m;
    }
    return best;
  }

  private tryForm(tokens: Tokens, i: number, form: GlossaryForm): GlossaryMatch | null {
    const n = form.words.length;
    if (i + n > tokens.count) return null;
    const endings = new Array<string>(n);
    for (let k = 0; k < n; k++) {
      const t = i + k;
      if (k > 0 && (!tokens.continues(t) || !separatedByBlankOrSlash(tokens, t))) return null;
      const text = tokens.text(t);
      const ending = inflectionOf(text, form.words[k], k === 0 && tokens.is(t, TokenFlag.SentenceInitial));
      if (ending !== null) { endings[k] = ending; continue; }
      /* A single-word form may be the head of a compound: "Potentialanalyse", "Email-Adresse". */
      if (n === 1 && isCompoundHead(text, form.words[0])) {
        return { form, from: i, to: i + 1, start: tokens.start[t], end: tokens.start[t] + form.words[0].length, endings: [""] };
      }
      return null;
    }
    return { form, from: i, to: i + n, start: tokens.start[i], end: tokens.end[i + n - 1], endings };
  }
}

function isCompoundHead(token: string, word: string): boolean {
  if (!token.startsWith(word) || token.length <= word.length) return false;
  const next = token[word.length];
  return /[-‐‑]/u.test(next) ? token.length > word.length + 1 : word.length >= MIN_JOINED_HEAD && next === next.toLowerCase();
}

/**
 * Multi-word terms match across spaces, line breaks and "/" or "/-" ("B90/ Die Grünen", "Mitarbeiter/-innen"), never
 * across other punctuation.
 */
function separatedByBlankOrSlash(tokens: Tokens, i: number): boolean {
  return tokens.is(i, TokenFlag.Adjacent | TokenFlag.SlashAfter);
}

/** A context word stands for its inflected forms (Adresse, Adressen; senden, sendet) and ends compounds (Mailadresse). */
function cueMatches(word: string, cue: string): boolean {
  if (word === cue) return true;
  if (cue.length < 4) return false;
  const stem = cue.replace(/(?:en|e|n)$/u, "");
  return (word.startsWith(stem) && word.length - stem.length <= 4) || word.endsWith(cue);
}

/** Whether the glossary match at tokens[from, to) stands in the context its form asks for. */
export function inContext(tokens: Tokens, from: number, to: number, context: GlossaryContext): boolean {
  const words: string[] = [];
  const paragraph = tokens.paragraph[from];
  for (let k = Math.max(0, from - context.window); k < Math.min(tokens.count, to + context.window); k++) {
    if (tokens.paragraph[k] !== paragraph) continue;
    const parts = tokens.text(k).toLowerCase().split(/[-‐‑]/u);
    /* The matched word itself is no context, the rest of its compound is (Email-Adresse). */
    for (const part of k >= from && k < to ? parts.slice(1) : parts) if (part) words.push(part);
  }
  const near = context.near.map((c) => c.toLowerCase());
  const notNear = context.notNear.map((c) => c.toLowerCase());
  if (words.some((w) => notNear.some((c) => cueMatches(w, c)))) return false;
  return near.length === 0 || words.some((w) => near.some((c) => cueMatches(w, c)));
}
