/**
 * Layers 2 and 3 without a glossary: the same word written joined, hyphenated or spaced (Smart-Region /
 * Smart Region / SmartRegion), with a known spelling pair (Potential / Potenzial), with a capital in the middle,
 * an adjective in two cases before the same noun (Künstliche / künstliche Intelligenz) and an abbreviation in
 * two cases (wfc / WFC). One pass over the tokens fills maps; groups come out of the maps.
 */
import { spellingKey } from "./spelling";
import type { Token } from "./tokens";
import type { TermGroupKind } from "./types";

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
  /** Sentence starts count but never decide how a variant is shown. */
  sentenceInitial: boolean;
}

export interface RawGroup {
  id: string;
  kind: Exclude<TermGroupKind, "glossary">;
  occurrences: Occurrence[];
}

const ENDINGS = ["e", "en", "n", "s", "es", "nen"];
const ADJECTIVE_ENDING = /(?:em|en|er|es|e)$/u;
/** Articles and pronouns take adjective endings but are capitalised only at sentence starts or by mistake. */
const DETERMINER = /^(?:d(?:er|ie|as|em|en|es)|ein\p{L}*|dies\p{L}*|jed\p{L}*|all\p{L}*|unser\p{L}*|ihr\p{L}*|sein\p{L}*|welch\p{L}*|kein\p{L}*|manch\p{L}*|solch\p{L}*|viel\p{L}*|beide\p{L}*)$/iu;
const GENDER_MARK = /[*:_]in(?:nen)?$|\p{Ll}In(?:nen)?$/u;
const ALL_CAPS = /^[\p{Lu}\p{N}]{2,6}$/u;
/** An abbreviation, also with a plural s (WFCs): its case is the abbreviation layer's business, not a compound's. */
const ABBREVIATION = /^[\p{Lu}\p{N}]{2,6}s?$/u;
const VOWELS = /[aeiouäöüy]/giu;

/** Tokens the variant layers may read: comparable words the glossary did not claim. */
function eligible(t: Token, claimed: ReadonlySet<Token>): boolean {
  return t.comparable && !claimed.has(t);
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

function stemCandidates(key: string): string[] {
  const out = [key];
  for (const e of ENDINGS) if (key.endsWith(e) && key.length - e.length >= 3) out.push(key.slice(0, -e.length));
  return out;
}

/** Where a spelling stands: a token itself, or the two tokens of a spaced form. */
interface Place { paragraph: number; start: number; end: number; text: string; sentenceInitial: boolean }

/**
 * One spelling as written ("Smart-Region", "Smart Region") and where it stands; most documents repeat spellings.
 * A spaced spelling is keyed with one blank; each place keeps the blanks it has ("Smart\u00A0Region").
 */
interface Spelling {
  text: string;
  key: string;
  places: Place[];
}

/** The surface without its last `cut` key letters (the key drops hyphens and blanks, the surface keeps them). */
function withoutLast(text: string, cut: number): string {
  return cut <= 0 ? text : text.slice(0, text.length - cut);
}

/** Joined, hyphenated, spaced and spelling variants of one word. */
export function compoundAndSpellingGroups(paragraphs: readonly Token[][], claimed: ReadonlySet<Token>, text: (p: number) => string): RawGroup[] {
  const spellings = new Map<string, Spelling>();
  const add = (text: string, key: string | null, place: Place): Spelling => {
    let s = spellings.get(text);
    if (!s) spellings.set(text, (s = { text, key: key ?? spellingKey(text), places: [] }));
    s.places.push(place);
    return s;
  };
  for (const tokens of paragraphs) {
    for (const t of tokens) {
      if (!eligible(t, claimed) || ABBREVIATION.test(t.text) || GENDER_MARK.test(t.text) || /^\p{N}/u.test(t.text)) continue;
      add(t.text, null, t);
    }
  }
  const uf = new UnionFind();
  const known = new Set<string>();
  for (const s of spellings.values()) for (const c of stemCandidates(s.key)) { uf.union(s.key, c); known.add(c); }
  /* Spaced forms ("Smart Region") only count where the joined or hyphenated form is also in the text. */
  for (const tokens of paragraphs) {
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1], b = tokens[i];
      if (!b.adjacentToPrevious || a.sentenceInitial || a.text[0] === a.text[0].toLowerCase() || b.text[0] === b.text[0].toLowerCase()) continue;
      if (!eligible(a, claimed) || !eligible(b, claimed) || GENDER_MARK.test(b.text)) continue;
      const key = spellingKey(a.text + b.text);
      const hit = stemCandidates(key).find((c) => known.has(c));
      if (!hit) continue;
      uf.union(key, hit);
      add(`${a.text} ${b.text}`, key, { paragraph: a.paragraph, start: a.start, end: b.end, text: text(a.paragraph).slice(a.start, b.end), sentenceInitial: false });
      i++; // b is taken: "WFC WFC WFC" holds one spaced pair, not two overlapping ones
    }
  }
  const byRoot = new Map<string, Spelling[]>();
  for (const s of spellings.values()) {
    const root = uf.find(s.key);
    const list = byRoot.get(root);
    if (list) list.push(s); else byRoot.set(root, [s]);
  }
  const groups: RawGroup[] = [];
  for (const members of byRoot.values()) {
    if (members.length < 2) continue;
    /* Forms are compared on the common stem (gesundes / gesunden → gesund); shown and replaced on the shortest word. */
    let lemmaLength = Infinity, stemLength = Infinity;
    for (const m of members) {
      lemmaLength = Math.min(lemmaLength, m.key.length);
      for (const c of stemCandidates(m.key)) stemLength = Math.min(stemLength, c.length);
    }
    const forms = new Set(members.map((m) => foldInitial(withoutLast(m.text, m.key.length - stemLength))));
    if (forms.size < 2) continue;
    const occurrences = members.flatMap((m) => {
      const base = withoutLast(m.text, m.key.length - lemmaLength);
      const form = foldInitial(withoutLast(m.text, m.key.length - stemLength));
      return m.places.map(({ paragraph, start, end, text, sentenceInitial }): Occurrence =>
        ({ paragraph, start, end, text, sentenceInitial, form, display: base, ending: m.text.slice(base.length) }));
    });
    const plain = new Set([...forms].map((f) => f.toLowerCase().replace(/[-‐‑\s]+/gu, "")));
    const kind = plain.size > 1 ? "spelling" : "compound";
    const lemma = members.find((m) => m.key.length === lemmaLength)!.key;
    occurrences.sort(byPosition);
    groups.push({ id: `variant:${kind}:${lemma}`, kind, occurrences });
  }
  return groups;
}

/** "Künstliche Intelligenz" mid-sentence beside "künstliche Intelligenz": an adjective in two cases before one noun. */
export function caseGroups(paragraphs: readonly Token[][], claimed: ReadonlySet<Token>, text: (p: number) => string): RawGroup[] {
  const byKey = new Map<string, Occurrence[]>();
  for (const tokens of paragraphs) {
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1], b = tokens[i];
      if (!b.adjacentToPrevious || a.sentenceInitial || !eligible(a, claimed) || !eligible(b, claimed)) continue;
      if (!/^\p{L}{4,}$/u.test(a.text) || !ADJECTIVE_ENDING.test(a.text) || DETERMINER.test(a.text) || b.text[0] === b.text[0].toLowerCase()) continue;
      if (ALL_CAPS.test(a.text) || ALL_CAPS.test(b.text)) continue;
      const key = `${a.text.toLowerCase().replace(ADJECTIVE_ENDING, "")} ${b.text}`;
      const upper = a.text[0] !== a.text[0].toLowerCase();
      const occ: Occurrence = {
        paragraph: a.paragraph, start: a.start, end: b.end, text: text(a.paragraph).slice(a.start, b.end),
        form: upper ? "upper" : "lower", display: `${a.text} ${b.text}`, ending: "", sentenceInitial: false,
      };
      const list = byKey.get(key);
      if (list) list.push(occ); else byKey.set(key, [occ]);
    }
  }
  const groups: RawGroup[] = [];
  for (const [key, occurrences] of byKey) {
    if (new Set(occurrences.map((o) => o.form)).size < 2) continue;
    groups.push({ id: `variant:case:${key.toLowerCase()}`, kind: "case", occurrences });
  }
  return groups;
}

function vowelCount(s: string): number {
  return s.match(VOWELS)?.length ?? 0;
}

/**
 * "wfc" beside "WFC". Only where the letters cannot be an ordinary word: no vowel at all (wfc, OZG), or one vowel
 * and no all-lower-case form ("Ozg"), so that "UND" in a heading never pairs with "und".
 */
export function abbreviationGroups(paragraphs: readonly Token[][], claimed: ReadonlySet<Token>): RawGroup[] {
  const byLower = new Map<string, Occurrence[]>();
  const caps = new Set<string>();
  for (const tokens of paragraphs) for (const t of tokens) if (eligible(t, claimed) && ALL_CAPS.test(t.text) && /\p{L}.*\p{L}/u.test(t.text)) caps.add(t.text.toLowerCase());
  for (const tokens of paragraphs) {
    for (const t of tokens) {
      const lower = t.text.toLowerCase();
      if (!caps.has(lower) || !eligible(t, claimed)) continue;
      const isCaps = ALL_CAPS.test(t.text);
      if (!isCaps && t.sentenceInitial) continue;
      const occ: Occurrence = {
        paragraph: t.paragraph, start: t.start, end: t.end, text: t.text, form: t.text, display: t.text, ending: "", sentenceInitial: t.sentenceInitial,
      };
      const list = byLower.get(lower);
      if (list) list.push(occ); else byLower.set(lower, [occ]);
    }
  }
  const groups: RawGroup[] = [];
  for (const [lower, occurrences] of byLower) {
    const forms = new Set(occurrences.map((o) => o.form));
    if (forms.size < 2) continue;
    const others = [...forms].filter((f) => !ALL_CAPS.test(f));
    const vowels = vowelCount(lower);
    if (vowels > 1 || (vowels === 1 && others.some((f) => f === f.toLowerCase()))) continue;
    groups.push({ id: `variant:abbreviation:${lower}`, kind: "abbreviation", occurrences });
  }
  return groups;
}

export function byPosition(a: { paragraph: number; start: number }, b: { paragraph: number; start: number }): number {
  return a.paragraph - b.paragraph || a.start - b.start;
}
