/**
 * Gendered forms of one personal noun used side by side: Paarform (Mitarbeiterinnen und Mitarbeiter),
 * Partizip (Mitarbeitende), Gendersternchen, Doppelpunkt, Unterstrich, Binnen-I, Schrägstrich.
 * The generic masculine alone is not counted: it is also the second half of every Paarform.
 */
import { TokenFlag, type Tokens } from "./tokens";
import { byPosition, occurrence, type RawGroup } from "./variants";

export type GenderStyle = "Paarform" | "Partizip" | "Gendersternchen" | "Doppelpunkt" | "Unterstrich" | "Binnen-I" | "Schrägstrich";

const MARKED = /^(\p{Lu}\p{L}+?)([*:_])(innen|in)$/u;
const MARK_STYLE: Record<string, GenderStyle> = { "*": "Gendersternchen", ":": "Doppelpunkt", _: "Unterstrich" };
const BINNEN_I = /^(\p{Lu}\p{L}*\p{Ll})(Innen|In)$/u;
const PARTICIPLE = /^(\p{Lu}\p{L}{2,})end(?:e|en|er|em)$/u;
const CONJUNCTIONS = new Set(["und", "oder", "bzw"]);

interface Found { base: string; style: GenderStyle; paragraph: number; start: number; end: number; text: string }

/** The form found from token `from` to token `to` (inclusive). */
function foundAt(tokens: Tokens, from: number, to: number, base: string, style: GenderStyle): Found {
  const paragraph = tokens.paragraph[from], start = tokens.start[from], end = tokens.end[to];
  return { base, style, paragraph, start, end, text: tokens.paragraphText(paragraph).slice(start, end) };
}

/** A capitalised feminine plural (Bürgerinnen), the first half of a Paarform. */
function isFemininePlural(w: string): boolean {
  return w.endsWith("innen") && w[0] === w[0].toUpperCase();
}

function pairBase(feminine: string, other: string): string | null {
  if (!isFemininePlural(feminine)) return null;
  const base = feminine.slice(0, -5);
  return base.length >= 3 && other.startsWith(base) && other.length - base.length <= 2 && !other.endsWith("innen") ? base : null;
}

/** The gendered form a single word is, with the personal noun it stands for; null for most words. */
function singleWordForm(w: string): { base: string; style: GenderStyle } | null {
  const marked = MARKED.exec(w);
  if (marked) return { base: marked[1], style: MARK_STYLE[marked[2]] };
  const binnen = BINNEN_I.exec(w);
  if (binnen) return { base: binnen[1], style: "Binnen-I" };
  const participle = PARTICIPLE.exec(w);
  return participle ? { base: `${participle[1]}er`, style: "Partizip" } : null;
}

/** What a word may be in a two-token gendered form, by word id. */
const enum Role { None, Conjunction, Innen }

/**
 * Collects the gendered forms in the text into `found`, participles into `participles` (they count only beside
 * another form of their noun). Nothing follows the loop: code after it would meet its first optimised run without
 * type feedback, and V8 threw that code away on every analysis.
 */
function findForms(tokens: Tokens, found: Found[], participles: Found[]): void {
  const formOf = tokens.lexicon.table(singleWordForm);
  const roleOf = tokens.lexicon.bytes((w) => (CONJUNCTIONS.has(w) ? Role.Conjunction : w === "innen" ? Role.Innen : Role.None));
  const feminine = tokens.lexicon.bytes(isFemininePlural);
  /* Index of the last token a Paarform took: "Bürger und Bürgerinnen und Bürger" holds one pair, not two. */
  let pairEnd = -1;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.is(i, TokenFlag.Quoted | TokenFlag.Claimed)) continue;
    const single = formOf[tokens.word[i]];
    if (single) { (single.style === "Partizip" ? participles : found).push(foundAt(tokens, i, i, single.base, single.style)); continue; }
    const next = tokens.continues(i + 1) ? i + 1 : -1;
    if (next >= 0 && roleOf[tokens.word[next]] === Role.Innen && /^\/-?$/u.test(tokens.paragraphText(tokens.paragraph[i]).slice(tokens.end[i], tokens.start[next]))) {
      found.push(foundAt(tokens, i, next, tokens.text(i), "Schrägstrich"));
      i++;
      continue;
    }
    /* Adjacent tokens stand in one paragraph: the one before exists. */
    if (roleOf[tokens.word[i]] === Role.Conjunction && i - 1 > pairEnd && next >= 0 && tokens.is(next, TokenFlag.Adjacent) && tokens.is(i, TokenFlag.Adjacent)
      && (feminine[tokens.word[i - 1]] || feminine[tokens.word[next]])) {
      const prev = tokens.text(i - 1), after = tokens.text(next);
      const base = pairBase(prev, after) ?? pairBase(after, prev);
      if (base) {
        found.push(foundAt(tokens, i - 1, next, base, "Paarform"));
        pairEnd = ++i;
      }
    }
  }
}

export function genderGroups(tokens: Tokens): RawGroup[] {
  const found: Found[] = [];
  const participles: Found[] = [];
  findForms(tokens, found, participles);
  const bases = new Set(found.map((f) => f.base));
  const all = [...found, ...participles.filter((p) => bases.has(p.base))];
  const byBase = new Map<string, Found[]>();
  for (const f of all) {
    const list = byBase.get(f.base);
    if (list) list.push(f); else byBase.set(f.base, [f]);
  }
  const groups: RawGroup[] = [];
  for (const [base, list] of byBase) {
    if (new Set(list.map((f) => f.style)).size < 2) continue;
    const occurrences = list.map((f) => occurrence(tokens, f.paragraph, f.start, f.end, f.style, f.text)).sort(byPosition);
    groups.push({ id: `variant:gender:${base.toLowerCase()}`, kind: "gender", occurrences });
  }
  return groups;
}
