/**
 * Variants without a glossary. One pass over the tokens collects the written words; each word gets a spelling key
 * (spelling.ts: ß/ss, ph/f, c/z/k, ä/e, th/t, ou/u, é/ee, foreign spellings, hyphens, case) and its lemma candidates
 * (words.ts); compounds are split on the document's own vocabulary, so that a variant inside a longer word counts
 * (Beschluß / Beschlussvorlage); two words that differ only by a linking s are one (Vermögen(s)steuer). Written
 * forms that share a lemma key and differ are a variant group. Besides: an adjective in two cases before the same
 * noun (Künstliche / künstliche Intelligenz).
 */
import { germanisedKey, isMinimalPair, looksBorrowed, MIN_GERMANISED } from "./spelling";
import { TokenFlag, type Tokens } from "./tokens";
import type { TermGroupKind } from "./types";
import { analyseWord, writtenLemma, type Lemma, type Word } from "./words";

/** One occurrence; `form` is what the variants are told apart by, `ending` the inflection after it. */
export interface Occurrence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  form: string;
  /** Shown to the user for this occurrence's variant. */
  display: string;
  ending: string;
  /** The ending brought an umlaut into the stem (Anträge): a replacement puts it back. */
  umlaut: boolean;
  /** The tail of a longer word (stengel in Blütenstengel). */
  tail: boolean;
  /** Sentence starts count but never decide how a variant is shown. */
  sentenceInitial: boolean;
}

export interface RawGroup {
  id: string;
  kind: Exclude<TermGroupKind, "glossary">;
  occurrences: Occurrence[];
}

/** The one place occurrences are made: every layer's have one shape, so the code reading them stays monomorphic. */
export function occurrence(
  tokens: Tokens, paragraph: number, start: number, end: number, form: string, display: string,
  ending = "", sentenceInitial = false, umlaut = false, tail = false,
): Occurrence {
  return { paragraph, start, end, text: tokens.paragraphText(paragraph).slice(start, end), form, display, ending, sentenceInitial, umlaut, tail };
}

/** The word starts with a capital (char-code fast path for Latin letters). */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return s[0] !== s[0].toLowerCase();
}

function foldInitial(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let y = x; y !== root; ) { const next = this.parent.get(y)!; this.parent.set(y, root); y = next; }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** One written word and where it stands; most documents repeat their words. */
interface Item {
  word: Word;
  /** How many whole tokens stand for it … */
  count: number;
  /**
   * … and which (token indices: no object per occurrence), listed only for the items a group takes: most words are
   * in none, and listing every token of a long document cost more than the rest of the layer.
   */
  tokens: number[];
  /** A group takes it: its tokens are listed. */
  listed: boolean;
  /**
   * … as text[start, end) of the whole words `of` (places made only for the few parts that end up in a group) …
   */
  parts: { of: Item; start: number; end: number }[];
  /** … and as two tokens written apart (the index of the first). */
  spaced: number[];
  /** A part of a compound (Beschluss in Beschlussvorlage) rather than a whole word. */
  part: boolean;
  /** The lemma this item stands for in the document, chosen among its candidates. */
  lemma: Lemma;
}

const GENDER_MARK = /[*:_]in(?:nen)?$|\p{Ll}In(?:nen)?$/u;
const ADJECTIVE_ENDING = /(?:em|en|er|es|e)$/u;
/** Articles and pronouns take adjective endings but are capitalised only at sentence starts or by mistake. */
const DETERMINER = /^(?:d(?:er|ie|as|em|en|es)|ein\p{L}*|dies\p{L}*|jed\p{L}*|all\p{L}*|unser\p{L}*|ihr\p{L}*|sein\p{L}*|welch\p{L}*|kein\p{L}*|manch\p{L}*|solch\p{L}*|viel\p{L}*|beide\p{L}*)$/iu;
const ALL_CAPS = /^[\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*$/u;
const LETTERS = /\p{L}/gu;
const HYPHENS = /[-‐‑]/u;
/** Joined compounds split into a head and a tail of at least these many key letters. */
const MIN_HEAD = 4;
const MIN_TAIL = 3;
/** A linking s is only recognised between a head and a tail of these many letters (Lei·s·tung is no compound). */
const MIN_LINKED = 9;
/** Longer "words" (a run of 300,000 letters) are not split nor paired as Germanised spellings: no word is that long. */
const MAX_SPLIT = 64;

function lettersIn(s: string): number {
  return s.match(LETTERS)?.length ?? 0;
}

/** What the word's letters say, computed once per written word: flags below. */
const CAPS = 1, LONG_CAPS = 2, FOREIGN_C = 4, GENDERED = 8;
const FOREIGN_C_LETTER = /c(?![hk])|(?<!s)ch(?=[aeiou])/iu;

function wordFlags(text: string): number {
  let f = 0;
  const letters = lettersIn(text);
  if (letters >= 2 && ALL_CAPS.test(text)) f |= letters > 6 ? CAPS | LONG_CAPS : CAPS;
  if (/^\p{Lu}/u.test(text) && FOREIGN_C_LETTER.test(text.replace(/sch/giu, ""))) f |= FOREIGN_C;
  if (GENDER_MARK.test(text)) f |= GENDERED;
  return f;
}

/**
 * Left out of the comparison: capitals for emphasis (an all-caps word longer than an acronym, or one beside another
 * all-caps word: "ZIELE UND WEGE"), and a word of a foreign phrase (Robotic Process Automation: a c that German
 * spells z or k, beside another such word; it is no German variant of Prozess).
 */
function setApart(flagsOf: Uint8Array, tokens: Tokens, i: number, flags: number): boolean {
  const before = tokens.continues(i) ? i - 1 : -1, after = tokens.continues(i + 1) ? i + 1 : -1;
  const flagged = (u: number, f: number) => u >= 0 && (flagsOf[tokens.word[u]] & f) !== 0;
  if (flags & CAPS && (flags & LONG_CAPS || flagged(before, CAPS) || flagged(after, CAPS))) return true;
  return (flags & FOREIGN_C) !== 0 && ((tokens.is(i, TokenFlag.Adjacent) && flagged(before, FOREIGN_C)) || (after >= 0 && tokens.is(after, TokenFlag.Adjacent) && flagged(after, FOREIGN_C)));
}

/** The word's parts a compound variant may hide in: hyphenated parts, a known head and a known tail. */
function partsOf(word: Word, vocabulary: ReadonlyMap<string, number>, writtenStems: ReadonlySet<string>): { start: number; end: number }[] {
  const text = word.text;
  const out: { start: number; end: number }[] = [];
  if (HYPHENS.test(text)) {
    const bounds: [number, number][] = [];
    for (let i = 0, start = 0; i <= text.length; i++) {
      if (i === text.length || HYPHENS.test(text[i])) { bounds.push([start, i]); start = i + 1; }
    }
    if (bounds.length <= 4) {
      for (let a = 0; a < bounds.length; a++) {
        for (let b = a; b < bounds.length; b++) if (b - a < bounds.length - 1) out.push({ start: bounds[a][0], end: bounds[b][1] });
      }
    }
    return out;
  }
  const { key, from, to } = word.spelling;
  /* Another word of the document: the word's own lemmas are no evidence of a compound. */
  const own = new Set(word.lemmas.map((l) => l.key));
  const known = (k: string) => (vocabulary.get(k) ?? 0) > (own.has(k) ? 1 : 0);
  /* A part ends between two written letters, never inside one: ß is two key letters, and Beschluß·im is no compound
     of "Beschlus" (a lemma of Beschluss) — the split must not depend on how the document writes the word. */
  const cut = (i: number) => from[i] >= to[i - 1];
  for (let i = key.length - MIN_TAIL; i >= MIN_HEAD; i--) {
    if (!cut(i)) continue;
    const head = key.slice(0, i);
    if (known(head)) { out.push({ start: 0, end: to[i - 1] }); break; }
    /* A linking s after the head (Beschlussvorlage, Vermögensberatung). */
    if (head.endsWith("s") && i - 1 >= MIN_HEAD && cut(i - 1) && known(head.slice(0, -1))) { out.push({ start: 0, end: to[i - 2] }); break; }
  }
  for (let i = MIN_HEAD; i <= key.length - MIN_TAIL; i++) {
    if (!cut(i) || !vocabulary.has(key.slice(i, i + MIN_TAIL))) continue;
    const tail = analyseWord(text.slice(from[i]));
    if (!tail.lemmas.some((l) => l.key.length > MIN_TAIL && known(l.key))) continue;
    /* An s before a word the document writes is a linking s: Beruf·s·chancen beside Chancen (whose key starts "sch"
       as that of "schancen" does), never Natur·schutz. */
    const rest = text.slice(from[i] + 1);
    const linked = key[i] === "s" && cut(i + 1) && analyseWord(rest).lemmas.some((l) => writtenStems.has(rest.slice(0, l.surfaceEnd).toLowerCase()));
    out.push({ start: from[linked ? i + 1 : i], end: text.length });
    break;
  }
  return out;
}

/** How many whole words of the document have each lemma key among their candidates. */
function lemmaCounts(items: readonly Item[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const it of items) if (!it.part) for (const key of new Set(it.word.lemmas.map((l) => l.key))) count.set(key, (count.get(key) ?? 0) + 1);
  return count;
}

/**
 * Assigns each item the lemma most of the document's whole words share; among equals one the document writes as
 * a word of its own (Stelle for Stellen, Smart Region, not "Smart Regio"), then the shorter, then the smaller key.
 */
function chooseLemmas(items: readonly Item[], count: ReadonlyMap<string, number>): void {
  const written = new Set(items.filter((it) => !it.part).map((it) => it.word.spelling.key));
  const rank = (l: Lemma) => [count.get(l.key) ?? 0, written.has(l.key) ? 1 : 0, -l.key.length] as const;
  for (const it of items) {
    let best = it.word.lemmas[0];
    for (const l of it.word.lemmas) {
      const [c, w, n] = rank(l), [bc, bw, bn] = rank(best);
      if (c > bc || (c === bc && (w > bw || (w === bw && (n > bn || (n === bn && l.key < best.key)))))) best = l;
    }
    it.lemma = best;
  }
}

/**
 * Whole words whose lemmas differ only by a linking s between two parts (Vermögen·s·steuer / Vermögensteuer,
 * Antrag·s·steller / Antragsteller): the pairs of their chosen lemma keys, to unite.
 */
function linkingSPairs(items: readonly Item[]): [string, string][] {
  const byKey = new Map<string, Item[]>();
  for (const it of items) {
    if (it.part) continue;
    for (const l of it.word.lemmas) {
      const list = byKey.get(l.key);
      if (list) list.push(it); else byKey.set(l.key, [it]);
    }
  }
  const pairs: [string, string][] = [];
  for (const [key, owners] of byKey) {
    if (key.length < MIN_LINKED + 1 || key.length > MAX_SPLIT) continue;
    for (let i = 3; i <= key.length - 5; i++) {
      const head = i, tail = key.length - i - 1;
      if (key[i] !== "s" || key[i - 1] === "s" || (key[i + 1] === "s" && key[i + 2] === "s")) continue;
      /* Zug·s·verkehr, Vermögen·s·steuer; never Lei·s·tungen / Leitungen or Land·s·mann / Landmann. */
      if (!(head >= 4 && head + tail >= MIN_LINKED) && !(head === 3 && tail >= 7)) continue;
      for (const other of byKey.get(key.slice(0, i) + key.slice(i + 1)) ?? []) {
        for (const it of owners) if (it !== other) pairs.push([it.lemma.key, other.lemma.key]);
      }
    }
  }
  return pairs;
}

/**
 * A borrowed word and another word or compound part that share a Germanised key (spelling.ts), by any of their
 * lemmas (Facetten / Fassette, Gouache-Arbeiten / Guasch-Bilder): the pairs of their chosen lemma keys, to unite.
 * Two native words never pair this way, nor two inflected forms of one word (Systems / system in Bildungssystem):
 * the spelling lemmas decide those.
 */
function germanisedPairs(items: readonly Item[]): [string, string][] {
  const byKey = new Map<string, Item[]>();
  /* The borrowed words, and the keys they have: only those keys can pair. */
  const borrowed = new Set<Item>();
  const borrowedKeys = new Set<string>();
  for (const it of items) {
    const { text, spelling } = it.word;
    if (spelling.key.length > MAX_SPLIT) continue;
    if (looksBorrowed(text)) borrowed.add(it);
    for (const l of it.word.lemmas) {
      const key = germanisedKey(l.key, text, spelling.from);
      if (key.length < MIN_GERMANISED) continue;
      if (borrowed.has(it)) borrowedKeys.add(key);
      const list = byKey.get(key);
      if (!list) byKey.set(key, [it]);
      else if (!list.includes(it)) list.push(it);
    }
  }
  const pairs: [string, string][] = [];
  for (const key of borrowedKeys) {
    const owners = byKey.get(key)!;
    for (const it of owners) {
      if (!borrowed.has(it)) continue;
      for (const other of owners) if (other !== it && !sharesLemma(it.word, other.word)) pairs.push([it.lemma.key, other.lemma.key]);
    }
  }
  return pairs;
}

function sharesLemma(a: Word, b: Word): boolean {
  return a.lemmas.some((l) => b.lemmas.some((m) => m.key === l.key));
}

/** What a variant is told apart by: the lemma as written, first letter folded (sentence starts). */
function formOf(it: Item): string {
  return foldInitial(writtenLemma(it.word, it.lemma).replace(/\s+/gu, " "));
}

/**
 * "ss" before the e or i of an ending (Zuschüsse, Prozesse) is written so under the old and the new rules: such a
 * form agrees with Zuschuß as with Zuschuss, unless a form of the group has ß before a vowel (Straße / Strasse).
 */
function endsInNeutralSs(it: Item, form: string): boolean {
  const next = it.word.text[it.lemma.surfaceEnd]?.toLowerCase() ?? "";
  return form.endsWith("ss") && (next === "e" || next === "i");
}

function hasLongSharpS(it: Item): boolean {
  const next = it.word.text[it.lemma.surfaceEnd]?.toLowerCase() ?? "";
  return formOf(it).endsWith("ß") && (next === "e" || next === "i");
}

/** The form of each member, a neutral ss taking the spelling the group's other forms have. */
function groupForms(members: readonly Item[]): Map<Item, string> {
  const own = new Map(members.map((m) => [m, formOf(m)]));
  if (members.some(hasLongSharpS)) return own;
  const decided = new Set(members.filter((m) => !endsInNeutralSs(m, own.get(m)!)).map((m) => own.get(m)!));
  for (const m of members) {
    const form = own.get(m)!;
    if (!endsInNeutralSs(m, form) || decided.has(form)) continue;
    const sharp = form.slice(0, -2) + "ß";
    if (decided.has(sharp)) own.set(m, sharp);
  }
  return own;
}

/** Forms that differ only in case: an acronym written two ways, unless one is an ordinary small word (UND / und). */
function caseOnly(forms: readonly string[], displays: readonly string[]): "acronym" | "word" | null {
  if (new Set(forms.map((f) => f.toLowerCase())).size > 1) return null;
  const lowerWritten = displays.some((d) => d === d.toLowerCase());
  const vowels = /[aeiouäöüy]/iu.test(forms[0]);
  return lowerWritten && vowels ? "word" : "acronym";
}

/** The items of the document's written words, by text; a part of a compound is an item apart from the whole word. */
class Items {
  private readonly byText = new Map<string, Item>();

  get(written: string, part: boolean): Item {
    const id = part ? `\u0000${written}` : written;
    let it = this.byText.get(id);
    if (!it) {
      const word = analyseWord(written);
      this.byText.set(id, (it = { word, count: 0, tokens: [], listed: false, parts: [], spaced: [], part, lemma: word.lemmas[0] }));
    }
    return it;
  }

  /** Forgets the whole words no token stands for (all set apart). */
  dropUncounted(): void {
    for (const [id, it] of this.byText) if (it.count === 0) this.byText.delete(id);
  }

  all(): Item[] {
    return [...this.byText.values()];
  }
}

/**
 * Written words of the document grouped by lemma key; a group whose written forms differ is a variant group:
 * spelling (ß/ss, ph/f …), compound (hyphen, blank, linking s) or abbreviation (case only).
 */
export function spellingGroups(tokens: Tokens): RawGroup[] {
  const items = new Items();
  const flagsOf = tokens.lexicon.bytes(wordFlags);
  const wholeWords = countWholeWords(tokens, flagsOf, items);
  items.dropUncounted();
  addCompoundParts(items);
  addSpacedPairs(tokens, flagsOf, items);

  const all = items.all();
  chooseLemmas(all, lemmaCounts(all));
  const uf = new UnionFind();
  for (const [a, b] of linkingSPairs(all)) uf.union(a, b);
  for (const [a, b] of germanisedPairs(all)) uf.union(a, b);
  const byRoot = new Map<string, Item[]>();
  for (const it of all) {
    const root = uf.find(it.lemma.key);
    const list = byRoot.get(root);
    if (list) list.push(it); else byRoot.set(root, [it]);
  }

  const grouped: { root: string; members: Item[]; kind: VariantKind; formsOf: Map<Item, string> }[] = [];
  for (const [root, members] of byRoot) {
    const group = variantKind(members);
    if (group) grouped.push({ root, members, kind: group.kind, formsOf: group.formsOf });
  }
  listTokens(tokens, wholeWords, grouped);

  const candidates = grouped.map(({ root, members, kind, formsOf }) => {
    const occurrences: Occurrence[] = [];
    for (const m of members) addOccurrences(tokens, m, formsOf.get(m)!, occurrences);
    occurrences.sort(byPosition);
    return { group: { id: `variant:${kind}:${root}`, kind, occurrences }, parts: members.some((m) => m.part) };
  });
  return withoutSharedPlaces(candidates);
}

/**
 * Counts the comparable tokens of each whole word, leaving out those set apart and gendered forms; returns each word
 * id's item (made on its first comparable token; null for words never compared) and marks the counted tokens.
 */
function countWholeWords(tokens: Tokens, flagsOf: Uint8Array, items: Items): WholeWords {
  const byWord = new Array<Item | null | undefined>(tokens.lexicon.size);
  const counted = new Uint8Array(tokens.count);
  for (let i = 0; i < tokens.count; i++) {
    if (!tokens.eligible(i)) continue;
    const word = tokens.word[i];
    const flags = flagsOf[word];
    let it = byWord[word];
    if (it === undefined) byWord[word] = it = flags & GENDERED ? null : items.get(tokens.text(i), false);
    if (it === null || ((flags & (CAPS | FOREIGN_C)) !== 0 && setApart(flagsOf, tokens, i, flags))) continue;
    it.count++;
    counted[i] = 1;
  }
  return { byWord, counted };
}

/** Per word id, the whole word's item; per token, whether it stands for it. */
interface WholeWords { byWord: (Item | null | undefined)[]; counted: Uint8Array }

/** The parts of the whole words that may hide a compound variant, as items of their own. */
function addCompoundParts(items: Items): void {
  const words = items.all();
  /* The vocabulary compounds are split on: lemma keys, and the first letters of each (a cheap pre-filter for tails). */
  const vocabulary = lemmaCounts(words);
  for (const key of [...vocabulary.keys()]) if (key.length > MIN_TAIL && !vocabulary.has(key.slice(0, MIN_TAIL))) vocabulary.set(key.slice(0, MIN_TAIL), 0);
  /* The whole words' stems as written (lower case): what a tail after a linking s must be. */
  const writtenStems = new Set<string>();
  for (const { word } of words) for (const l of word.lemmas) writtenStems.add(word.text.slice(0, l.surfaceEnd).toLowerCase());
  for (const it of words) {
    const length = it.word.spelling.key.length;
    if ((length < MIN_HEAD + MIN_TAIL && !HYPHENS.test(it.word.text)) || length > MAX_SPLIT) continue;
    for (const { start, end } of partsOf(it.word, vocabulary, writtenStems)) {
      const written = it.word.text.slice(start, end);
      if (lettersIn(written) === 0 || written.replace(/[-‐‑]/gu, "").length < 2) continue;
      items.get(written, true).parts.push({ of: it, start, end });
    }
  }
}

/** Two capitalised words written apart count where the joined or hyphenated form is also in the text (Smart Region). */
function addSpacedPairs(tokens: Tokens, flagsOf: Uint8Array, items: Items): void {
  const known = new Set<string>();
  for (const it of items.all()) for (const l of it.word.lemmas) known.add(l.key);
  const upper = tokens.lexicon.bytes(startsUpper);
  /* Per pair of word ids (a * lexicon size + b): the spaced pair's item, null when its words are no known compound. */
  const spacedItems = new Map<number, Item | null>();
  /* Adjacent tokens stand in one paragraph. */
  for (let b = 1; b < tokens.count; b++) {
    const a = b - 1;
    if (!upper[tokens.word[a]] || !upper[tokens.word[b]] || !tokens.is(b, TokenFlag.Adjacent) || tokens.is(a, TokenFlag.SentenceInitial)) continue;
    if (!tokens.eligible(a) || !tokens.eligible(b) || flagsOf[tokens.word[b]] & GENDERED) continue;
    const pair = tokens.word[a] * tokens.lexicon.size + tokens.word[b];
    let spaced = spacedItems.get(pair);
    if (spaced === undefined) {
      const written = `${tokens.text(a)} ${tokens.text(b)}`;
      spacedItems.set(pair, (spaced = analyseWord(written).lemmas.some((l) => known.has(l.key)) ? items.get(written, false) : null));
    }
    if (spaced === null) continue;
    spaced.spaced.push(a);
    b++; // b is taken: "WFC WFC WFC" holds one spaced pair, not two overlapping ones
  }
}

/** Lists the tokens of the groups' whole words and of the words their parts stand in, in one pass. */
function listTokens(tokens: Tokens, { byWord, counted }: WholeWords, grouped: readonly { members: Item[] }[]): void {
  for (const { members } of grouped) {
    for (const m of members) {
      m.listed = true;
      for (const p of m.parts) p.of.listed = true;
    }
  }
  for (let i = 0; i < tokens.count; i++) {
    if (!counted[i]) continue;
    const it = byWord[tokens.word[i]]!;
    if (it.listed) it.tokens.push(i);
  }
}

/** The occurrences of a group member: its tokens, its places in longer words, its spaced pairs. */
function addOccurrences(tokens: Tokens, m: Item, form: string, out: Occurrence[]): void {
  const display = writtenLemma(m.word, m.lemma);
  const ending = m.word.text.slice(m.lemma.surfaceEnd);
  const umlaut = m.lemma.umlaut >= 0;
  for (const i of m.tokens) {
    out.push(occurrence(tokens, tokens.paragraph[i], tokens.start[i], tokens.end[i], form, display, ending, tokens.is(i, TokenFlag.SentenceInitial), umlaut));
  }
  for (const { of, start, end } of m.parts) {
    const tail = start > 0 && !HYPHENS.test(of.word.text[start - 1]);
    for (const i of of.tokens) {
      const at = tokens.start[i];
      const sentenceInitial = start === 0 && tokens.is(i, TokenFlag.SentenceInitial);
      out.push(occurrence(tokens, tokens.paragraph[i], at + start, at + end, form, display, ending, sentenceInitial, umlaut, tail));
    }
  }
  for (const a of m.spaced) out.push(occurrence(tokens, tokens.paragraph[a], tokens.start[a], tokens.end[a + 1], form, display, ending, false, umlaut));
}

type VariantKind = Exclude<RawGroup["kind"], "case" | "gender">;

/** The kind of variant group the items sharing a lemma key make, with the form of each; none when they are no group. */
function variantKind(members: readonly Item[]): { kind: VariantKind; formsOf: Map<Item, string> } | null {
  if (members.length < 2) return null;
  const formsOf = groupForms(members);
  const forms = [...new Set(formsOf.values())];
  if (forms.length < 2 || (forms.length === 2 && isMinimalPair(forms[0].toLowerCase(), forms[1].toLowerCase()))) return null;
  const displays = members.map((m) => writtenLemma(m.word, m.lemma));
  const caseKind = caseOnly(forms, displays);
  if (caseKind === "word") return null;
  const plain = new Set(forms.map((f) => f.toLowerCase().replace(/[-‐‑\s]+/gu, "")));
  return { kind: caseKind === "acronym" ? "abbreviation" : plain.size > 1 ? "spelling" : "compound", formsOf };
}

/**
 * A stretch of text belongs to one group: whole words before parts of compounds, earlier groups first; a group
 * left with one form is no variant group.
 */
function withoutSharedPlaces(candidates: { group: RawGroup; parts: boolean }[]): RawGroup[] {
  candidates.sort((a, b) => Number(a.parts) - Number(b.parts) || byPosition(a.group.occurrences[0], b.group.occurrences[0]));
  const taken = new Map<number, [number, number][]>();
  const free = (o: Occurrence) => !(taken.get(o.paragraph) ?? []).some(([s, e]) => o.start < e && s < o.end);
  const out: RawGroup[] = [];
  for (const { group } of candidates) {
    const occurrences: Occurrence[] = [];
    for (const o of group.occurrences) {
      const last = occurrences[occurrences.length - 1];
      if (free(o) && !(last && last.paragraph === o.paragraph && last.end > o.start)) occurrences.push(o);
    }
    if (new Set(occurrences.map((o) => o.form)).size < 2) continue;
    for (const o of occurrences) {
      const list = taken.get(o.paragraph);
      if (list) list.push([o.start, o.end]); else taken.set(o.paragraph, [[o.start, o.end]]);
    }
    out.push({ ...group, occurrences });
  }
  return out;
}

/** "Künstliche Intelligenz" mid-sentence beside "künstliche Intelligenz": an adjective in two cases before one noun. */
export function caseGroups(tokens: Tokens): RawGroup[] {
  /* Per word id: the adjective's stem (null for a word that is none), whether it is written with a capital, may it be the noun. */
  const stem = tokens.lexicon.table((w) => ADJECTIVE_ENDING.test(w) && /^\p{L}{4,}$/u.test(w) && !DETERMINER.test(w) && !ALL_CAPS.test(w)
    ? w.toLowerCase().replace(ADJECTIVE_ENDING, "") : null);
  const upper = tokens.lexicon.bytes(startsUpper);
  const noun = tokens.lexicon.bytes((w) => startsUpper(w) && !ALL_CAPS.test(w));
  /* The pairs by adjective stem and noun (word id), as the index of their adjective token; most are written one way. */
  const pairs = new Map<string, Map<number, number[]>>();
  for (let b = 1; b < tokens.count; b++) {
    const a = b - 1;
    const adjective = stem[tokens.word[a]];
    if (adjective === null || !noun[tokens.word[b]] || !tokens.is(b, TokenFlag.Adjacent) || tokens.is(a, TokenFlag.SentenceInitial)) continue;
    if (!tokens.eligible(a) || !tokens.eligible(b)) continue;
    let byNoun = pairs.get(adjective);
    if (!byNoun) pairs.set(adjective, (byNoun = new Map()));
    const list = byNoun.get(tokens.word[b]);
    if (list) list.push(a); else byNoun.set(tokens.word[b], [a]);
  }
  const groups: RawGroup[] = [];
  for (const [adjective, byNoun] of pairs) {
    for (const [noun, list] of byNoun) {
      if (list.every((a) => upper[tokens.word[a]] === upper[tokens.word[list[0]]])) continue;
      const occurrences = list.map((a) => occurrence(
        tokens, tokens.paragraph[a], tokens.start[a], tokens.end[a + 1], upper[tokens.word[a]] ? "upper" : "lower", `${tokens.text(a)} ${tokens.text(a + 1)}`,
      ));
      groups.push({ id: `variant:case:${adjective} ${tokens.lexicon.words[noun].toLowerCase()}`, kind: "case", occurrences });
    }
  }
  return groups;
}

export function byPosition(a: { paragraph: number; start: number }, b: { paragraph: number; start: number }): number {
  return a.paragraph - b.paragraph || a.start - b.start;
}
