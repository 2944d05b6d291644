/**
 * Registries of committees, proposers and status values: built in (neutral), set for every document by the
 * county's configuration (src/config), or the document's own, edited in the pane and stored with it. zod
 * validates registries read from documents.
 */
import { z } from "zod/mini";
import type { Confidence } from "./types";

export const ProposerKindSchema = z.enum(["Partei", "Fraktion", "Verwaltung", "Abteilung", "Beirat", "Stadt", "Gemeinde", "Person", "Sonstige"]);
export type ProposerKind = z.infer<typeof ProposerKindSchema>;

export const CommitteeSchema = z.object({
  short: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  aliases: z.array(z.string().check(z.minLength(1))),
  /** What kind of body it is, in OParl's words ("Parlament", "Ausschuss", "Beirat"); absent when nobody said. */
  classification: z.optional(z.string().check(z.minLength(1))),
});
export type Committee = z.infer<typeof CommitteeSchema>;

export const ProposerSchema = z.object({
  name: z.string().check(z.minLength(1)),
  kind: ProposerKindSchema,
  aliases: z.array(z.string().check(z.minLength(1))),
});
export type Proposer = z.infer<typeof ProposerSchema>;

export const StatusValueSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** The status records an outcome on a day (angenommen am …), so it needs a statusDatum. */
  needsDate: z.boolean(),
});
export type StatusValue = z.infer<typeof StatusValueSchema>;

export const RegistrySchema = z.object({
  committees: z.array(CommitteeSchema),
  proposers: z.array(ProposerSchema),
  statuses: z.array(StatusValueSchema),
});
export type Registry = z.infer<typeof RegistrySchema>;

const proposer = (name: string, kind: ProposerKind, ...aliases: string[]): Proposer => ({ name, kind, aliases });

/**
 * What every German council shares: the status vocabulary of SPEC §2.2, the parties represented across the Länder,
 * the administration and the Teilhabebeirat the Beirat workflow writes as proposer. A county's committees,
 * factions, municipalities and departments come from its configuration (examples/kreis-coesfeld.config.json).
 */
export const DEFAULT_REGISTRY: Registry = {
  committees: [],
  proposers: [
    proposer("SPD", "Partei"),
    proposer("CDU", "Partei"),
    proposer("Bündnis 90/Die Grünen", "Partei", "B90/ Die Grünen", "Grüne", "Grünen"),
    proposer("FDP", "Partei"),
    proposer("Die Linke", "Partei"),
    proposer("AfD", "Partei"),
    proposer("Verwaltung", "Verwaltung", "Kreisverwaltung", "Stadtverwaltung", "Gemeindeverwaltung"),
    proposer("Teilhabebeirat", "Beirat", "THB", "Beirat für Menschen mit Behinderungen"),
  ],
  statuses: [
    { name: "eingereicht", needsDate: false },
    { name: "in Beratung", needsDate: false },
    { name: "angenommen", needsDate: true },
    { name: "angenommen mit Änderungen", needsDate: true },
    { name: "abgelehnt", needsDate: true },
    { name: "zurückgezogen", needsDate: true },
    { name: "erledigt", needsDate: false },
    { name: "zur Kenntnis genommen", needsDate: true },
    { name: "vertagt", needsDate: true },
    { name: "offen", needsDate: false },
  ],
};

/** Comparable form: case, spacing around "/" and "-", quotes and a leading article do not matter ("B90/ Die Grünen" = "b90/die grünen"). */
export function normalizeName(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[„“”"'’]/g, "")
    // Blanks collapse first: "\s*x\s*" over a long run of blanks would backtrack quadratically.
    .replace(/\s+/g, " ")
    .replace(/ ?([/\-,]) ?/g, "$1")
    .trim()
    .replace(/^(der|die|das|des|dem|den) /, "");
}

export interface ProposerMatch {
  /** Registry name, null when nothing matched well enough. */
  name: string | null;
  match: "exact" | "alias" | "fuzzy" | "none";
  confidence: Confidence;
}

/** Maps a written proposer name to the registry: exact, alias, genitive ("Personalrats"), then edit distance. */
export function normalizeProposer(written: string, registry: Registry): ProposerMatch {
  return proposerMatcher(registry)(written);
}

/** `normalizeProposer` for many names against one registry: the comparable names are built once, results memoised. */
export function proposerMatcher(registry: Registry): (written: string) => ProposerMatch {
  const names = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const p of registry.proposers) if (!names.has(normalizeName(p.name))) names.set(normalizeName(p.name), p.name);
  for (const p of registry.proposers) {
    for (const a of p.aliases) if (!aliases.has(normalizeName(a))) aliases.set(normalizeName(a), p.name);
  }
  const all = [...names, ...aliases];
  const memo = new Map<string, ProposerMatch>();
  const match = (written: string): ProposerMatch => {
    const wanted = normalizeName(written);
    if (!wanted) return { name: null, match: "none", confidence: "low" };
    const exact = names.get(wanted);
    if (exact) return { name: exact, match: "exact", confidence: "high" };
    const alias = aliases.get(wanted);
    if (alias) return { name: alias, match: "alias", confidence: "high" };
    const genitive = wanted.replace(/(e?s)$/, "");
    const byGenitive = genitive !== wanted ? names.get(genitive) ?? aliases.get(genitive) : undefined;
    if (byGenitive) return { name: byGenitive, match: "alias", confidence: "medium" };
    let best: { name: string; score: number } | null = null;
    for (const [candidate, name] of all) {
      // The length difference bounds the similarity from above: far longer or shorter names cannot reach 0.8.
      if (Math.abs(wanted.length - candidate.length) > 0.2 * Math.max(wanted.length, candidate.length)) continue;
      const score = similarity(wanted, candidate);
      if (!best || score > best.score) best = { name, score };
    }
    if (best && best.score >= 0.8) return { name: best.name, match: "fuzzy", confidence: best.score >= 0.9 ? "medium" : "low" };
    return { name: null, match: "none", confidence: "low" };
  };
  return (written) => {
    let result = memo.get(written);
    if (!result) memo.set(written, (result = match(written)));
    return result;
  };
}

/** Committee by short name, long name or alias (case-insensitive); null when unknown. */
export function findCommittee(written: string, registry: Registry): Committee | null {
  const wanted = normalizeName(written);
  return registry.committees.find((c) => [c.short, c.name, ...c.aliases].some((n) => normalizeName(n) === wanted)) ?? null;
}

export function findStatus(written: string, registry: Registry): StatusValue | null {
  const wanted = normalizeName(written);
  return registry.statuses.find((s) => normalizeName(s.name) === wanted) ?? null;
}

/** 1 − Levenshtein distance / longer length. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return 1 - prev[b.length] / longer;
}
