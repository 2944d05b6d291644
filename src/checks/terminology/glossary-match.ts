/** Layer 1: occurrences of glossary terms (preferred and variants), with German inflection endings. */
import type { Glossary } from "./glossary";
import type { Token } from "./tokens";

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

const WORDS = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;

/** Merges glossaries; an earlier glossary wins when two claim the same form. */
export function mergeGlossaries(glossaries: readonly Glossary[]): MergedTerm[] {
  const claimed = new Set<string>();
  const terms: MergedTerm[] = [];
  for (const g of glossaries) {
    for (const t of g.terms) {
      const forms: GlossaryForm[] = [];
      for (const [text, preferred] of [[t.preferred, true] as const, ...t.variants.map((v) => [v, false] as const)]) {
        const words = [...text.matchAll(WORDS)].map((m) => m[0]);
        const key = words.join(" ");
        if (words.length === 0 || claimed.has(key)) continue;
        claimed.add(key);
        forms.push({ termIndex: terms.length, text, words, preferred });
      }
      if (forms.some((f) => !f.preferred)) terms.push({ preferred: t.preferred, note: t.note, forms });
    }
  }
  return terms;
}

function endingsFor(word: string): string[] {
  return word[0] === word[0].toLowerCase() ? ADJECTIVE_ENDINGS : NOUN_ENDINGS;
}

/** The ending the token adds to the glossary word, or null if it is not an inflected form of it. */
function inflectionOf(token: string, word: string, sentenceInitial: boolean): string | null {
  const candidates = sentenceInitial && word[0] !== token[0] ? [token, token[0].toLowerCase() + token.slice(1)] : [token];
  for (const c of candidates) {
    if (!c.startsWith(word)) continue;
    const ending = c.slice(word.length);
    if (endingsFor(word).includes(ending)) return ending;
  }
  return null;
}

export class GlossaryMatcher {
  /** First words by their first three letters (lower case): a cheap pre-filter per token. */
  private readonly byPrefix = new Map<string, GlossaryForm[]>();

  constructor(terms: readonly MergedTerm[]) {
    for (const t of terms) {
      for (const f of t.forms) {
        const key = f.words[0].slice(0, 3).toLowerCase();
        const list = this.byPrefix.get(key) ?? [];
        list.push(f);
        this.byPrefix.set(key, list);
      }
    }
  }

  /** The longest glossary form starting at token i, or null. */
  matchAt(tokens: readonly Token[], i: number): GlossaryMatch | null {
    const first = tokens[i];
    const candidates = this.byPrefix.get(first.text.slice(0, 3).toLowerCase());
    if (!candidates) return null;
    let best: GlossaryMatch | null = null;
    for (const form of candidates) {
      const m = this.tryForm(tokens, i, form);
      if (m && (!best || m.to - m.from > best.to - best.from || (m.to - m.from === best.to - best.from && m.form.text.length > best.form.text.length))) best = m;
    }
    return best;
  }

  private tryForm(tokens: readonly Token[], i: number, form: GlossaryForm): GlossaryMatch | null {
    const n = form.words.length;
    if (i + n > tokens.length) return null;
    const endings: string[] = [];
    for (let k = 0; k < n; k++) {
      const t = tokens[i + k];
      if (k > 0 && (t.paragraph !== tokens[i].paragraph || !separatedByBlankOrSlash(t))) return null;
      const ending = inflectionOf(t.text, form.words[k], k === 0 && t.sentenceInitial);
      if (ending !== null) { endings.push(ending); continue; }
      /* A single-word form may be the head of a compound: "Potentialanalyse", "Email-Adresse". */
      if (n === 1 && isCompoundHead(t.text, form.words[0])) {
        return { form, from: i, to: i + 1, start: t.start, end: t.start + form.words[0].length, endings: [""] };
      }
      return null;
    }
    const last = tokens[i + n - 1];
    return { form, from: i, to: i + n, start: tokens[i].start, end: last.end, endings };
  }
}

function isCompoundHead(token: string, word: string): boolean {
  if (!token.startsWith(word) || token.length <= word.length) return false;
  const next = token[word.length];
  return /[-‐‑]/u.test(next) ? token.length > word.length + 1 : word.length >= MIN_JOINED_HEAD && next === next.toLowerCase();
}

/** Multi-word terms match across spaces, line breaks and "/" ("B90/ Die Grünen"), never across other punctuation. */
function separatedByBlankOrSlash(b: Token): boolean {
  return b.adjacentToPrevious || b.slashAfterPrevious;
}
