/**
 * Gendered forms of one personal noun used side by side: Paarform (Mitarbeiterinnen und Mitarbeiter),
 * Partizip (Mitarbeitende), Gendersternchen, Doppelpunkt, Unterstrich, Binnen-I, Schrägstrich.
 * The generic masculine alone is not counted: it is also the second half of every Paarform.
 */
import type { Token, TokenizedText } from "./tokens";
import type { Occurrence, RawGroup } from "./variants";
import { byPosition } from "./variants";

export type GenderStyle = "Paarform" | "Partizip" | "Gendersternchen" | "Doppelpunkt" | "Unterstrich" | "Binnen-I" | "Schrägstrich";

const MARKED = /^(\p{Lu}\p{L}+?)([*:_])(innen|in)$/u;
const MARK_STYLE: Record<string, GenderStyle> = { "*": "Gendersternchen", ":": "Doppelpunkt", _: "Unterstrich" };
const BINNEN_I = /^(\p{Lu}\p{L}*\p{Ll})(Innen|In)$/u;
const PARTICIPLE = /^(\p{Lu}\p{L}{2,})end(?:e|en|er|em)$/u;
const CONJUNCTIONS = new Set(["und", "oder", "bzw"]);

interface Found { base: string; style: GenderStyle; paragraph: number; start: number; end: number; text: string }

function placeOf(t: Token) {
  return { paragraph: t.paragraph, start: t.start, end: t.end, text: t.text };
}

function pairBase(feminine: string, other: string): string | null {
  if (!feminine.endsWith("innen") || feminine[0] !== feminine[0].toUpperCase()) return null;
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

export function genderGroups({ paragraphs, lexicon, text }: TokenizedText, claimed: ReadonlySet<Token>): RawGroup[] {
  const formOf = lexicon.table(singleWordForm);
  const found: Found[] = [];
  const participles: Found[] = [];
  for (const tokens of paragraphs) {
    /* Index of the last token a Paarform took: "Bürger und Bürgerinnen und Bürger" holds one pair, not two. */
    let pairEnd = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.quoted || claimed.has(t)) continue;
      const single = formOf[t.word];
      if (single) { (single.style === "Partizip" ? participles : found).push({ ...placeOf(t), ...single }); continue; }
      const next = tokens[i + 1];
      if (next && next.text === "innen" && /^\/-?$/u.test(text(t.paragraph).slice(t.end, next.start))) {
        found.push({ ...placeOf(t), end: next.end, text: text(t.paragraph).slice(t.start, next.end), base: t.text, style: "Schrägstrich" });
        i++;
        continue;
      }
      if (CONJUNCTIONS.has(t.text) && i - 1 > pairEnd && next && next.adjacentToPrevious && t.adjacentToPrevious) {
        const prev = tokens[i - 1];
        const base = pairBase(prev.text, next.text) ?? pairBase(next.text, prev.text);
        if (base) {
          found.push({ paragraph: t.paragraph, start: prev.start, end: next.end, text: text(t.paragraph).slice(prev.start, next.end), base, style: "Paarform" });
          pairEnd = ++i;
        }
      }
    }
  }
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
    const occurrences = list.map((f): Occurrence => ({
      paragraph: f.paragraph, start: f.start, end: f.end, text: f.text, form: f.style, display: f.text, ending: "", sentenceInitial: false, umlaut: false, tail: false,
    })).sort(byPosition);
    groups.push({ id: `variant:gender:${base.toLowerCase()}`, kind: "gender", occurrences });
  }
  return groups;
}
