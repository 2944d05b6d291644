/**
 * Registries of committees, proposers and status values: built in (neutral), set for every document by the
 * county's configuration (src/config), or the document's own, edited in the pane and stored with it. zod
 * validates registries read from documents.
 */
import { z } from "zod/mini";

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
  const lower = (COMPOSABLE.test(name) ? name.normalize("NFC") : name)
    .toLowerCase()
    .replace(/[„“”"'’]/g, "")
    // Blanks collapse first: "\s*x\s*" over a long run of blanks would backtrack quadratically.
    .replace(/\s+/g, " ");
  // Most names have no blank beside a "/", "-" or ",": replacing each of them by itself would cost more than looking.
  return (BLANK_BESIDE_JOIN.test(lower) ? lower.replace(/ ?([/\-,]) ?/g, "$1") : lower)
    .trim()
    .replace(/^(der|die|das|des|dem|den) /, "");
}

/** Below U+0300 every character is its own NFC form: only names with other characters need normalising. */
const COMPOSABLE = /[^\u0000-\u02FF]/;
const BLANK_BESIDE_JOIN = / [/\-,]|[/\-,] /;

/** Committee by short name, long name or alias (case-insensitive); null when unknown. */
export function findCommittee(written: string, registry: Registry): Committee | null {
  const wanted = normalizeName(written);
  return registry.committees.find((c) => [c.short, c.name, ...c.aliases].some((n) => normalizeName(n) === wanted)) ?? null;
}

export function findStatus(written: string, registry: Registry): StatusValue | null {
  const wanted = normalizeName(written);
  return registry.statuses.find((s) => normalizeName(s.name) === wanted) ?? null;
}
