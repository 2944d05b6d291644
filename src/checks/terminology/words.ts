/**
 * One written word (a token, a part of a compound, or two words written apart) with its spelling key and the
 * lemmas it may stand for: the key without a German inflection ending, and, after a plural or comparative ending,
 * without the umlaut the ending brought (Anträge → Antrag, Zuschüsse → Zuschuss).
 */
import { spellingKey, type SpellingKey } from "./spelling";

export interface Lemma {
  key: string;
  /** Where the lemma ends in the written word; the rest is the ending. */
  surfaceEnd: number;
  /** Offset of the umlaut the ending brought (ä of "Anträge"), -1 when there is none. */
  umlaut: number;
}

export interface Word {
  text: string;
  spelling: SpellingKey;
  /** Candidates, the whole key first. */
  lemmas: Lemma[];
}

/** Noun, adjective and verb endings, longest first; the umlaut ones may come with an umlaut in the stem. */
const ENDINGS = ["nen", "ern", "ens", "en", "er", "es", "em", "e", "n", "s"];
const UMLAUT_ENDINGS = new Set(["e", "en", "er", "ern"]);
const MIN_STEM = 3;
const UNUMLAUT: Record<string, string> = { ä: "a", ö: "o", ü: "u", Ä: "A", Ö: "O", Ü: "U" };
const KEY_VOWEL = /[aeiouäöüj]/u;

/** Index of the stem's last vowel when it is an umlaut (äu counts by its ä), else -1. */
function lastUmlaut(key: string): number {
  for (let i = key.length - 1; i >= 0; i--) {
    const c = key[i];
    if (!KEY_VOWEL.test(c)) continue;
    if (c === "u" && key[i - 1] === "ä") return i - 1;
    return c === "ä" || c === "ö" || c === "ü" ? i : -1;
  }
  return -1;
}

export function analyseWord(text: string): Word {
  const spelling = spellingKey(text);
  const { key, to, from } = spelling;
  const lemmas: Lemma[] = [{ key, surfaceEnd: text.length, umlaut: -1 }];
  for (const e of ENDINGS) {
    const k = key.length - e.length;
    if (k < MIN_STEM || !key.endsWith(e)) continue;
    const surfaceEnd = to[k - 1];
    if (text.slice(surfaceEnd).toLowerCase() !== e) continue;
    const stem = key.slice(0, k);
    lemmas.push({ key: stem, surfaceEnd, umlaut: -1 });
    if (!UMLAUT_ENDINGS.has(e)) continue;
    const u = lastUmlaut(stem);
    if (u >= 0) lemmas.push({ key: stem.slice(0, u) + UNUMLAUT[stem[u]] + stem.slice(u + 1), surfaceEnd, umlaut: from[u] });
  }
  return { text, spelling, lemmas };
}

/** The lemma as written: the word up to its ending, the umlaut the ending brought undone. */
export function writtenLemma(word: Word, lemma: Lemma): string {
  const stem = word.text.slice(0, lemma.surfaceEnd);
  if (lemma.umlaut < 0) return stem;
  return stem.slice(0, lemma.umlaut) + (UNUMLAUT[stem[lemma.umlaut]] ?? stem[lemma.umlaut]) + stem.slice(lemma.umlaut + 1);
}

const UMLAUT: Record<string, string> = { a: "ä", o: "ö", u: "ü", A: "Ä", O: "Ö", U: "Ü" };

/** The umlaut back on the last vowel of a lemma (Zuschuss → Zuschüss), for places that had one before their ending. */
export function withUmlaut(lemma: string): string {
  for (let i = lemma.length - 1; i >= 0; i--) {
    const c = lemma[i];
    if (!/[aeiouäöüAEIOUÄÖÜ]/u.test(c)) continue;
    if ((c === "u" || c === "U") && /[aA]/u.test(lemma[i - 1] ?? "")) return lemma.slice(0, i - 1) + UMLAUT[lemma[i - 1]] + lemma.slice(i);
    return UMLAUT[c] ? lemma.slice(0, i) + UMLAUT[c] + lemma.slice(i + 1) : lemma;
  }
  return lemma;
}
