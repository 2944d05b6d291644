/**
 * The registry and the vocabulary as one phrase index over token keys, and the scan that turns a note's tokens into
 * items: dates, committees and proposers (longest match first, so "Ausschuss für Umwelt, Klimaschutz und Mobilität"
 * is one committee, not "Ausschuss für Umwelt"), vocabulary, and the bodies and proposers the registry does not know
 * yet but whose form says what they are ("Ausschuss für Gleichstellung, Familie und Ehrenamt", "Fachdienst 32").
 * Lookups walk at most the longest phrase from each token, so a scan is linear in the text.
 */
import type { Committee, Proposer, ProposerKind, Registry, StatusValue } from "../registry";
import type { Confidence } from "../types";
import { collapseBlanks, startsCapital, tokenize, type Token, type WrittenDate } from "./text";
import { ABBREVIATIONS, BODY_ENDINGS, DECIDING_BODIES, DEPARTMENT_WORDS, FACTION_WORDS, VOCABULARY, type Meaning } from "./vocabulary";

/** A body named in a note: from the registry, or unknown (`committee` null) under the name written. */
export interface CommitteeRef {
  committee: Committee | null;
  /** Registry short name, else the name as written (blanks collapsed). */
  name: string;
  /** Unknown bodies: a short form written next to the name ("… Ehrenamt (AfGFE)"), else null. */
  short: string | null;
  confidence: Confidence;
  note: string | null;
}

/** A proposer named in a note: from the registry, or unknown under the name written, with the kind its form shows. */
export interface ProposerRef {
  proposer: Proposer | null;
  name: string;
  kind: ProposerKind;
  confidence: Confidence;
  note: string | null;
}

/** How a step names its body: the registry's short name, a short form written with an unknown name, else the name. */
export const gremiumOf = (ref: CommitteeRef): string => ref.committee?.short ?? ref.short ?? ref.name;

interface ItemBase {
  /** Token indices [first, end). */
  first: number;
  end: number;
  /** Offsets in the original text. */
  start: number;
  stop: number;
}

export type Item =
  | (ItemBase & { kind: "date"; date: WrittenDate })
  /** A name: a committee, a proposer, or both ("Inklusionsbeirat") — the grammar decides which it is here. */
  | (ItemBase & { kind: "name"; committee: CommitteeRef | null; proposer: ProposerRef | null; meanings: Meaning[] })
  | (ItemBase & { kind: "vocab"; meanings: Meaning[] })
  | (ItemBase & { kind: "word"; token: Token })
  /** `separator`: ends a clause (";", a line break, " – ", " / ", a sentence's full stop). */
  | (ItemBase & { kind: "punct"; char: string; separator: boolean });

interface Node {
  next: Map<string, Node>;
  /** Inflected forms of the words in `next`, to their node: see `inflect`. */
  inflected: Map<string, Node>;
  committees: Committee[];
  proposers: Proposer[];
  statuses: StatusValue[];
  meanings: Meaning[];
}

const node = (): Node => ({ next: new Map(), inflected: new Map(), committees: [], proposers: [], statuses: [], meanings: [] });
const hasPayload = (n: Node) => n.committees.length > 0 || n.proposers.length > 0 || n.statuses.length > 0 || n.meanings.length > 0;

/** The keys of a phrase's words ("Abt. 62" → abt, 62; "B90/ Die Grünen" → b90, die, grunen). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).filter((t) => t.kind === "word" || t.kind === "number").map((t) => t.key);
}

/** Punctuation a name runs across: commas in lists of fields, joining hyphens and slashes, an abbreviation's dot. */
function transparent(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t.kind !== "punct") return false;
  if (t.text === "," || t.text === "'") return true;
  if (t.text === "-" || t.text === "/" || t.text === "–") return !(t.blankBefore && t.blankAfter);
  if (t.text === ".") return j > 0 && isAbbreviation(tokens[j - 1]);
  return false;
}

export function isAbbreviation(t: Token): boolean {
  return t.kind === "word" && (ABBREVIATIONS.has(t.key) || t.text.length === 1);
}

/** The child a word stands in for by an inflected form: "des Seniorenbeirats", "des Kreisausschusses", "der Linken". */
function stemChild(n: Node, key: string): Node | undefined {
  if (key.length < 4) return undefined;
  return (key.endsWith("es") ? n.next.get(key.slice(0, -2)) : undefined)
    ?? (key.endsWith("s") ? n.next.get(key.slice(0, -1)) : undefined)
    ?? (key.endsWith("n") ? n.next.get(key.slice(0, -1)) : undefined);
}

/**
 * Fills `inflected` of a node and its descendants: every form `stemChild` can read as a child, decided once when the
 * lexicon is built, so that reading a word is two lookups and cuts no shortened copies of it.
 */
function inflect(n: Node): void {
  for (const [key, child] of n.next) {
    for (const ending of ["es", "s", "n"]) {
      const form = key + ending;
      const stem = n.next.has(form) || n.inflected.has(form) ? undefined : stemChild(n, form);
      if (stem) n.inflected.set(form, stem);
    }
    inflect(child);
  }
}

/** The node's child for a word as written or inflected. */
function childFor(n: Node, key: string): Node | undefined {
  return n.next.get(key) ?? n.inflected.get(key);
}

export interface Match {
  end: number;
  committees: Committee[];
  proposers: Proposer[];
  statuses: StatusValue[];
  meanings: Meaning[];
}

/** The registry and the vocabulary, indexed by their words' keys. Built once per registry. */
export class Lexicon {
  private readonly root = node();
  private readonly statusRoot = node();
  /** Single-word vocabulary by first letter, for typos ("Zustimmnug"). */
  private readonly words = new Map<string, { key: string; meanings: Meaning[] }[]>();
  private readonly fuzzyMemo = new Map<string, Meaning[] | null>();
  /** Names looked up before, by their keys joined with blanks: a document repeats its names. */
  private readonly committeeMemo = new Map<string, Committee | null>();
  private readonly factionMemo = new Map<string, Proposer | null>();
  private readonly proposerMemo = new Map<string, Proposer | null>();
  private readonly factions = new Map<string, Proposer | "ambiguous">();
  readonly committeeKeys: { keys: string; committee: Committee }[] = [];
  readonly proposerKeys: { keys: string; proposer: Proposer }[] = [];

  constructor(readonly registry: Registry) {
    for (const c of registry.committees) {
      for (const name of new Set([c.short, c.name, ...c.aliases])) {
        const keys = phraseKeys(name);
        this.add(this.root, keys).committees.push(c);
        this.committeeKeys.push({ keys: keys.join(" "), committee: c });
      }
    }
    for (const p of registry.proposers) {
      for (const name of new Set([p.name, ...p.aliases])) {
        const keys = phraseKeys(name);
        this.add(this.root, keys).proposers.push(p);
        this.proposerKeys.push({ keys: keys.join(" "), proposer: p });
        if (keys.some((k) => FACTION_WORDS.has(k))) {
          const fk = factionKey(keys);
          const known = this.factions.get(fk);
          this.factions.set(fk, known && known !== p ? "ambiguous" : p);
        }
      }
    }
    for (const s of registry.statuses) this.add(this.statusRoot, phraseKeys(s.name)).statuses.push(s);
    for (const [phrase, meaning] of VOCABULARY) {
      const keys = phraseKeys(phrase);
      this.add(this.root, keys).meanings.push(meaning);
      if (keys.length === 1 && keys[0].length >= 8) {
        const list = this.words.get(keys[0][0]) ?? [];
        const known = list.find((w) => w.key === keys[0]);
        if (known) known.meanings.push(meaning);
        else list.push({ key: keys[0], meanings: [meaning] });
        this.words.set(keys[0][0], list);
      }
    }
    inflect(this.root);
    inflect(this.statusRoot);
  }

  private add(root: Node, keys: string[]): Node {
    let n = root;
    for (const k of keys) {
      let child = n.next.get(k);
      if (!child) n.next.set(k, (child = node()));
      n = child;
    }
    return n;
  }

  /** The longest registry name or vocabulary phrase starting at token `i`. */
  match(tokens: readonly Token[], i: number, statuses = false): Match | null {
    return this.walk(tokens, i, statuses).best;
  }

  /**
   * Down the phrase tree along the tokens from token `i`: the longest phrase passed, and the token the walk stopped at
   * (at the end of the tokens, more of the text could make a longer match).
   */
  walk(tokens: readonly Token[], i: number, statuses = false): { best: Match | null; stop: number } {
    let n = statuses ? this.statusRoot : this.root;
    let best: Match | null = null;
    let j = i;
    while (j < tokens.length) {
      if (j > i && transparent(tokens, j)) {
        j++;
        continue;
      }
      const t = tokens[j];
      if ((t.kind !== "word" && t.kind !== "number") || (j > i && t.lineBefore)) break;
      const child = childFor(n, t.key);
      if (!child) break;
      n = child;
      j++;
      if (hasPayload(n)) best = { end: j, committees: n.committees, proposers: n.proposers, statuses: n.statuses, meanings: n.meanings };
    }
    return { best, stop: j };
  }

  /** Whether a registry name or vocabulary phrase may start with this token: a cheap look before a full match. */
  begins(t: Token): boolean {
    return (t.kind === "word" || t.kind === "number") && childFor(this.root, t.key) !== undefined;
  }

  /** The registry name or phrase of exactly one word. */
  single(key: string): Match | null {
    const n = this.root.next.get(key);
    return n && hasPayload(n) ? { end: 1, committees: n.committees, proposers: n.proposers, statuses: n.statuses, meanings: n.meanings } : null;
  }

  /** A vocabulary word one typing slip away ("Zustimmnug", "abgelehtn"); words of eight letters or more only. */
  misspelt(key: string): Meaning[] | null {
    if (key.length < 8) return null;
    let found = this.fuzzyMemo.get(key);
    if (found === undefined) {
      const candidates = (this.words.get(key[0]) ?? []).filter((w) => Math.abs(w.key.length - key.length) <= 1 && editDistance(w.key, key, 1) <= 1);
      found = candidates.length === 1 ? candidates[0].meanings : null;
      this.fuzzyMemo.set(key, found);
    }
    return found;
  }

  /** The committee whose name a written name is a slip away from ("Ausschuss für Umwelt, Klimschutz und Mobilität"). */
  closeCommittee(keys: string): Committee | null {
    return memo(this.committeeMemo, keys, this.findCloseCommittee);
  }

  /** The faction a name (`keys` joined with blanks) means in any word order: "Kreistagsfraktion DIE LINKE" = "Fraktion Die Linke" = "Linke-Fraktion". */
  faction(keys: string): Proposer | null {
    return memo(this.factionMemo, keys, this.findFaction);
  }

  closeProposer(keys: string): Proposer | null {
    return memo(this.proposerMemo, keys, this.findCloseProposer);
  }

  private readonly findCloseCommittee = (keys: string) => closest(keys, this.committeeKeys.map((c) => ({ keys: c.keys, value: c.committee })));
  private readonly findCloseProposer = (keys: string) => closest(keys, this.proposerKeys.map((p) => ({ keys: p.keys, value: p.proposer })));
  private readonly findFaction = (keys: string) => {
    const found = this.factions.get(factionKey(keys.split(" ")));
    return found && found !== "ambiguous" ? found : null;
  };
}

/** A faction's words in one order: the faction word once, articles dropped, plural and genitive endings dropped. */
function factionKey(keys: string[]): string {
  const words = keys.filter((k) => !["der", "die", "das", "des", "im", "kreistag"].includes(k))
    .map((k) => (FACTION_WORDS.has(k) ? "fraktion" : k.length >= 5 ? k.replace(/(en|n|s)$/, "") : k));
  return [...new Set(words)].sort().join(" ");
}

function memo<V>(cache: Map<string, V | null>, key: string, compute: (key: string) => V | null): V | null {
  let found = cache.get(key);
  if (found === undefined) cache.set(key, (found = compute(key)));
  return found;
}

/** The one candidate within one slip (two for long names), the first letter kept: names rarely go wrong there. */
function closest<T>(keys: string, candidates: { keys: string; value: T }[]): T | null {
  const allowed = keys.length >= 13 ? 2 : 1;
  const found = new Set<T>();
  for (const c of candidates) {
    if (c.keys[0] !== keys[0] || Math.abs(c.keys.length - keys.length) > allowed) continue;
    if (editDistance(c.keys, keys, allowed) <= allowed) found.add(c.value);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** Optimal string alignment distance (an adjacent swap counts once), stopped early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row[j] = d;
      least = Math.min(least, d);
    }
    if (least > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length];
}

const lexicons = new WeakMap<Registry, Lexicon>();

/** The lexicon of a registry, built once per registry object. */
export function lexiconOf(registry: Registry): Lexicon {
  let l = lexicons.get(registry);
  if (!l) lexicons.set(registry, (l = new Lexicon(registry)));
  return l;
}

// --- the scan ---

/** Offsets of a token range in the original text, and the range's text with blanks collapsed. */
function spanText(text: string, tokens: readonly Token[], first: number, end: number): string {
  return collapseBlanks(text.slice(tokens[first].start, tokens[end - 1].end));
}

// Items are built as whole literals: spreading a base object into each is several times slower on long texts.
const stopOf = (tokens: readonly Token[], end: number) => tokens[end - 1].end;

function isSeparator(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text === ";" || t.text === "!" || t.text === "?") return true;
  if (t.text === "–" || t.text === "-" || t.text === "/") return t.blankBefore && t.blankAfter;
  if (t.text === ".") {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!prev || (prev.kind === "word" && isAbbreviation(prev))) return false;
    // "Drs. 25/031", "TOP 4.2": a short word's dot before a number abbreviates it.
    if (prev.kind === "word" && prev.text.length <= 4 && next?.kind === "number") return false;
    return !next || next.lineBefore || next.blankBefore;
  }
  return false;
}

const ROMAN = /^(?:x{0,2})(?:ix|iv|v?i{0,3})$/;
const committeeRef = (c: Committee, confidence: Confidence = "high", note: string | null = null): CommitteeRef =>
  ({ committee: c, name: c.short, short: null, confidence, note });
const proposerRef = (p: Proposer, confidence: Confidence = "high", note: string | null = null): ProposerRef =>
  ({ proposer: p, name: p.name, kind: p.kind, confidence, note });

/** "Ausschuss für Gleichstellung, Familie und Ehrenamt": the words of the fields up to the first word that is no field. */
function committeeName(tokens: readonly Token[], i: number, lexicon: Lexicon): number | null {
  if (tokens[i + 1]?.key !== "fur") return null;
  let j = i + 2;
  let end: number | null = null;
  for (let n = 0; j < tokens.length && n < 16; n++, j++) {
    const t = tokens[j];
    if (t.lineBefore) break;
    if (t.kind === "punct") {
      if (t.text === "," || (t.text === "-" && !(t.blankBefore && t.blankAfter)) || (t.text === "." && isAbbreviation(tokens[j - 1]))) continue;
      break;
    }
    if (t.kind !== "word" || ["am", "vom", "v", "im", "zur", "zum", "bei", "nach", "seit", "sowie", "ausschuss"].includes(t.key)) break;
    // Fields are nouns; a lowercase word only as the adjective of one ("für Umwelt und ländlichen Raum").
    if (t.key !== "und" && !startsCapital(t.text) && !(tokens[j + 1]?.kind === "word" && startsCapital(tokens[j + 1].text))) break;
    const m = lexicon.match(tokens, j);
    if (m && m.meanings.some((x) => x.kind !== "article") && m.committees.length === 0 && m.proposers.length === 0) break;
    if (t.key !== "und") end = j + 1;
  }
  return end;
}

/** "Fachdienst 32", "Abt. 62", "FB III": a department the registry may not list. */
function department(tokens: readonly Token[], i: number): { end: number; name: string } | null {
  const label = DEPARTMENT_WORDS.get(tokens[i].key);
  if (!label) return null;
  let j = i + 1;
  if (tokens[j]?.text === ".") j++;
  const t = tokens[j];
  if (!t || t.lineBefore) return null;
  let number: string;
  if (t.kind === "number") {
    number = t.text;
    // "50.1": a sub-unit.
    if (tokens[j + 1]?.text === "." && tokens[j + 2]?.kind === "number" && !tokens[j + 1].blankBefore && !tokens[j + 1].blankAfter) {
      number += `.${tokens[j + 2].text}`;
      j += 2;
    }
  } else if (t.kind === "word" && ROMAN.test(t.key) && t.key !== "" && t.text === t.text.toUpperCase()) number = t.text;
  else return null;
  return { end: j + 1, name: `${label} ${number}` };
}

/**
 * The note's items. `text` is the note as written (for names as written); tokens come from `tokenize(text)`.
 */
export function scan(text: string, tokens: readonly Token[], lexicon: Lexicon): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.lineBefore && items.length > 0) items.push({ kind: "punct", first: i, end: i + 1, start: t.start, stop: t.start, char: "\n", separator: true });
    if (t.kind === "date") {
      items.push({ kind: "date", first: i, end: i + 1, start: t.start, stop: t.end, date: t.date! });
      i++;
      continue;
    }
    if (t.kind === "punct") {
      items.push({ kind: "punct", first: i, end: i + 1, start: t.start, stop: t.end, char: t.text, separator: isSeparator(tokens, i) });
      i++;
      continue;
    }
    const m = lexicon.match(tokens, i);
    const dept = department(tokens, i);
    const body = t.key === "ausschuss" ? committeeName(tokens, i, lexicon) : null;
    const longest = Math.max(m?.end ?? 0, dept?.end ?? 0, body ?? 0);
    if (longest > i) {
      if (m && m.end === longest) items.push(named(tokens, i, m));
      else if (dept && dept.end === longest) items.push(departmentItem(tokens, i, dept, lexicon));
      else items.push(bodyItem(text, tokens, i, body!, lexicon));
      i = longest;
      continue;
    }
    items.push(wordItem(text, tokens, i, lexicon));
    i++;
  }
  return items;
}

function named(tokens: readonly Token[], i: number, m: Match): Item {
  const committee = m.committees[0] ? committeeRef(m.committees[0]) : null;
  const proposer = m.proposers[0] ? proposerRef(m.proposers[0]) : null;
  const start = tokens[i].start;
  const stop = stopOf(tokens, m.end);
  if (!committee && !proposer) return { kind: "vocab", first: i, end: m.end, start, stop, meanings: m.meanings };
  return { kind: "name", first: i, end: m.end, start, stop, committee, proposer, meanings: m.meanings };
}

function departmentItem(tokens: readonly Token[], i: number, dept: { end: number; name: string }, lexicon: Lexicon): Item {
  const known = lexicon.match(tokenize(dept.name), 0);
  const proposer = known && known.proposers[0]
    ? proposerRef(known.proposers[0])
    : { proposer: null, name: dept.name, kind: "Abteilung" as const, confidence: "low" as const, note: `„${dept.name}“ steht nicht im Verzeichnis der Antragsteller` };
  return { kind: "name", first: i, end: dept.end, start: tokens[i].start, stop: stopOf(tokens, dept.end), committee: null, proposer, meanings: [] };
}

function bodyItem(text: string, tokens: readonly Token[], i: number, end: number, lexicon: Lexicon): Item {
  const written = spanText(text, tokens, i, end).replace(/^Ausschuß/, "Ausschuss").replace(/ u\. /g, " und ").replace(/ & /g, " und ");
  const close = lexicon.closeCommittee(phraseKeys(written).join(" "));
  const committee: CommitteeRef = close
    ? committeeRef(close, "medium", `„${written}“ als „${close.name}“ gelesen`)
    : { committee: null, name: written, short: null, confidence: "low", note: `Gremium „${written}“ steht nicht im Verzeichnis` };
  return { kind: "name", first: i, end, start: tokens[i].start, stop: stopOf(tokens, end), committee, proposer: null, meanings: [] };
}

/** A word the lexicon does not know: a body by its form ("Kreisentwicklungsausschuss"), a slip of a known word, or a word. */
function wordItem(text: string, tokens: readonly Token[], i: number, lexicon: Lexicon): Item {
  const t = tokens[i];
  // A compound names a body ("Kreisentwicklungsausschuss"); "Ausschuss" alone names none.
  if (t.kind === "word" && startsCapital(t.text) && (DECIDING_BODIES.has(t.key) || (t.key.includes("ausschuss") && /.(ausschuss|ausschusses)$/.test(t.key)))) {
    const written = spanText(text, tokens, i, i + 1).replace(/ß/g, "ss").replace(/(ausschuss)es$/i, "$1");
    const committee: CommitteeRef = { committee: null, name: written, short: null, confidence: "low", note: `Gremium „${written}“ steht nicht im Verzeichnis` };
    return { kind: "name", first: i, end: i + 1, start: t.start, stop: t.end, committee, proposer: null, meanings: [] };
  }
  // "Kreistagssitzung", "Umweltausschusssitzung": a body's session.
  const session = t.kind === "word" && t.key.endsWith("sitzung") && startsCapital(t.text) ? /^(.+?)s?sitzung$/.exec(t.key) : null;
  const body = session ? lexicon.single(session[1]) ?? lexicon.single(`${session[1]}s`) : null;
  if (body?.committees[0]) {
    return { kind: "name", first: i, end: i + 1, start: t.start, stop: t.end, committee: committeeRef(body.committees[0]), proposer: null, meanings: [] };
  }
  const misspelt = t.kind === "word" ? lexicon.misspelt(t.key) : null;
  if (misspelt) return { kind: "vocab", first: i, end: i + 1, start: t.start, stop: t.end, meanings: misspelt };
  return { kind: "word", first: i, end: i + 1, start: t.start, stop: t.end, token: t };
}

/** Does the word's form name a body ("…ausschuss", "…beirat", "…konferenz")? */
export function bodyLike(t: Token): boolean {
  return BODY_ENDINGS.some((e) => t.key.length > e.length && t.key.endsWith(e));
}

export { spanText };
