/**
 * Terminology consistency (SPEC §2.4): glossary terms, spelling pairs, compounds, case, abbreviations and gendered
 * forms. Reads the final view of the body and the notes once; every group says which form it suggests and why.
 */
import type { DocumentModel } from "../../model/document";
import { locationAt, type Finding } from "../../model/findings";
import { headings } from "../../model/outline";
import { DEFAULT_GLOSSARY } from "./default-glossary";
import { genderGroups } from "./gender";
import type { Glossary } from "./glossary";
import { GlossaryMatcher, inContext, mergeGlossaries, type GlossaryMatch, type MergedTerm } from "./glossary-match";
import { officialPreference } from "./spelling";
import { checkedParagraphs, TokenFlag, Tokens } from "./tokens";
import type { Replacement, TermGroup, TermPlace, TermReport, TermVariant } from "./types";
import { byPosition, caseGroups, spellingGroups, type Occurrence, type RawGroup } from "./variants";
import { withUmlaut } from "./words";

export { DEFAULT_GLOSSARY } from "./default-glossary";
export { GlossaryError, parseGlossary, type Glossary, type GlossaryContext, type GlossaryTerm } from "./glossary";
export type { Replacement, TermGroup, TermGroupKind, TermPlace, TermReport, TermVariant } from "./types";

export interface TerminologyOptions {
  /** Document and command-line glossaries, in precedence order; the shipped default glossary follows them. */
  glossaries?: readonly Glossary[];
  /** Set false to leave out the shipped default glossary. */
  defaultGlossary?: boolean;
  /** Ids of groups the user chose to ignore for this document. */
  ignored?: readonly string[];
}

export function checkTerminology(model: DocumentModel, options: TerminologyOptions = {}): TermReport {
  const tokens = new Tokens(checkedParagraphs(model));
  const ignored = new Set(options.ignored ?? []);

  const terms = mergeGlossaries([...(options.glossaries ?? []), ...(options.defaultGlossary === false ? [] : [DEFAULT_GLOSSARY])]);
  const matches = glossaryMatches(tokens, terms);

  const groups: TermGroup[] = [];
  terms.forEach((term, t) => {
    /* Most documents write a term one way only: its places are made when a variant of it stands in the text. */
    if (!matches[t].some((m) => !m.form.preferred)) return;
    const byForm = new Map<string, TermPlace[]>();
    for (const m of matches[t]) {
      const paragraph = tokens.paragraph[m.from];
      const text = tokens.paragraphText(paragraph).slice(m.start, m.end);
      const places = byForm.get(m.form.text) ?? [];
      places.push({ paragraph, start: m.start, end: m.end, text, endings: m.endings });
      byForm.set(m.form.text, places);
    }
    const variants = [...byForm].map(([form, places]): TermVariant => ({ form, count: places.length, places }));
    variants.sort((a, b) => byPosition(a.places[0], b.places[0]));
    const id = `glossary:${term.preferred.toLowerCase()}`;
    groups.push({
      id, rule: "term/glossary", kind: "glossary", severity: "warning", variants, suggested: term.preferred,
      reason: "bevorzugter Begriff laut Glossar", note: term.note || null, ignored: ignored.has(id),
    });
  });

  const raw = [
    ...spellingGroups(tokens),
    ...caseGroups(tokens),
    ...genderGroups(tokens),
  ];
  for (const r of raw) groups.push(variantGroup(r, ignored.has(r.id)));
  groups.sort((a, b) => byPosition(a.variants[0].places[0], b.variants[0].places[0]));

  // Findings name their section; most documents have few groups, so the headings are read only when needed.
  const hs = groups.some((g) => !g.ignored) ? headings(model) : [];
  const findings = groups.filter((g) => !g.ignored).map((g) => toFinding(model, g, hs));
  return { findings, groups };
}

/**
 * The glossary terms' matches, by term; the matched tokens are claimed, so the variant layers leave them alone. A
 * function of its own: in `checkTerminology`, V8 threw the optimised loop away on every analysis with the code after it.
 */
function glossaryMatches(tokens: Tokens, terms: readonly MergedTerm[]): GlossaryMatch[][] {
  const matcher = new GlossaryMatcher(terms, tokens.lexicon);
  const matches = terms.map((): GlossaryMatch[] => []);
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.is(i, TokenFlag.Quoted)) continue;
    const m = matcher.matchAt(tokens, i);
    if (!m) continue;
    for (let k = m.from; k < m.to; k++) tokens.flags[k] |= TokenFlag.Claimed;
    /* A homograph in its other sense (Schmuck aus Email) is no variant of the term, nor of anything else. */
    if (!m.form.context || inContext(tokens, m.from, m.to, m.form.context)) matches[m.form.termIndex].push(m);
    i = m.to - 1;
  }
  return matches;
}

function variantGroup(r: RawGroup, ignored: boolean): TermGroup {
  const byForm = new Map<string, Occurrence[]>();
  for (const o of r.occurrences) {
    const list = byForm.get(o.form);
    if (list) list.push(o); else byForm.set(o.form, [o]);
  }
  const groups = [...byForm.values()];
  /* A variant seen only at sentence starts is shown with the small letter the group has mid-sentence (potenziell). */
  const mid = r.occurrences.filter((o) => !o.sentenceInitial);
  const smallMid = mid.length > 0 && mid.every((o) => o.display[0] === o.display[0].toLowerCase());
  const variants = groups.map((occs): TermVariant => ({
    form: occs.every((o) => o.sentenceInitial) && smallMid ? foldInitial(displayOf(occs)) : displayOf(occs),
    count: occs.length,
    places: occs.map((o) => ({ paragraph: o.paragraph, start: o.start, end: o.end, text: o.text, endings: [o.ending], ...(o.umlaut ? { umlaut: true } : {}), ...(o.tail ? { tail: true } : {}) })),
  }));
  const counts = [...variants].sort((a, b) => b.count - a.count).map((v) => v.count).join(" zu ");
  const noun = r.kind === "gender" ? "Form" : "Schreibweise";
  /* The official or Duden-recommended spelling wins over the majority; among equally good forms the majority. */
  const official = r.kind === "spelling" || r.kind === "compound"
    ? officialPreference(groups.map((occs) => ({ form: occs[0].form.toLowerCase(), next: (occs.find((o) => o.ending)?.ending ?? "")[0] ?? "" })))
    : null;
  const pool = variants.filter((_, i) => !official?.against[i]);
  const ranked = [...pool].sort((a, b) => b.count - a.count);
  const tied = ranked.filter((v) => v.count === ranked[0].count);
  const suggested = ranked[0];
  let reason: string;
  if (official) reason = `${official.reason} (im Text ${counts})`;
  else if (tied.length > 1) reason = `zuerst verwendete ${noun} (gleich häufig: ${counts})`;
  else reason = `häufigere ${noun} (${counts})`;
  return {
    id: r.id, rule: "term/variant", kind: r.kind, severity: r.kind === "gender" ? "info" : "warning",
    variants, suggested: suggested.form, reason, note: null, ignored,
  };
}

function foldInitial(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The most frequent spelling of a variant, preferring mid-sentence places over sentence starts. */
function displayOf(occs: readonly Occurrence[]): string {
  const pool = occs.some((o) => !o.sentenceInitial) ? occs.filter((o) => !o.sentenceInitial) : occs;
  const counts = new Map<string, number>();
  for (const o of pool) counts.set(o.display, (counts.get(o.display) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

function quoteList(variants: readonly TermVariant[]): string {
  const parts = variants.map((v) => `„${v.form}“ (${v.count}×)`);
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} und ${parts[parts.length - 1]}`;
}

function message(g: TermGroup): string {
  const proposal = `Vorschlag: „${g.suggested}“ – ${g.reason}.`;
  const note = g.note ? ` Hinweis: ${g.note}` : "";
  if (g.kind === "glossary" && !g.variants.some((v) => v.form === g.suggested)) {
    return `Nicht bevorzugter Begriff: ${quoteList(g.variants)}. ${proposal}${note}`;
  }
  const what = g.kind === "gender" ? "Uneinheitliche geschlechtergerechte Formen" : "Uneinheitliche Schreibweise";
  return `${what}: ${quoteList(g.variants)}. ${proposal}${note}`;
}

function toFinding(model: DocumentModel, g: TermGroup, hs: ReturnType<typeof headings>): Finding {
  const first = g.variants.find((v) => v.form !== g.suggested)?.places[0] ?? g.variants[0].places[0];
  return {
    rule: g.rule,
    severity: g.severity,
    message: message(g),
    location: locationAt(model, hs, first.paragraph, first.text),
    data: {
      group: g.id, kind: g.kind, suggested: g.suggested, reason: g.reason,
      variants: g.variants.map((v) => ({ form: v.form, count: v.count })),
    },
  };
}

/**
 * The edits that make every place of the group read `chosenForm`, inflection endings kept (Potentials → Potenzials).
 * Gendered forms yield none: changing them changes articles and adjectives, which the clerk does by hand.
 */
export function replacementsFor(group: TermGroup, chosenForm: string): Replacement[] {
  if (group.kind === "gender") return [];
  const out: Replacement[] = [];
  for (const v of group.variants) {
    if (v.form === chosenForm) continue;
    for (const p of v.places) {
      const replacement = replacementAt(group, p, chosenForm);
      if (replacement !== p.text) out.push({ paragraph: p.paragraph, start: p.start, end: p.end, replacement });
    }
  }
  return out.sort(byPosition);
}

function replacementAt(group: TermGroup, p: TermPlace, chosen: string): string {
  if (group.kind === "abbreviation") return chosen + p.endings[p.endings.length - 1];
  if (group.kind === "case") {
    const upper = chosen[0] !== chosen[0].toLowerCase();
    return (upper ? p.text[0].toUpperCase() : p.text[0].toLowerCase()) + p.text.slice(1);
  }
  const words = chosen.split(" ");
  const inflected = words.length > 1 && p.endings.length === words.length
    ? words.map((w, i) => w + p.endings[i]).join(" ")
    : (p.umlaut ? withUmlaut(chosen) : chosen) + p.endings[p.endings.length - 1];
  /* A sentence start keeps its capital, a compound's tail its small letter (Blütenstängel). */
  if (p.tail) return inflected[0].toLowerCase() + inflected.slice(1);
  const startsUpper = p.text[0] !== p.text[0].toLowerCase();
  return startsUpper && inflected[0] === inflected[0].toLowerCase() ? inflected[0].toUpperCase() + inflected.slice(1) : inflected;
}
