/** Reading one annotation text alone, as a comment without replies, for the parser's tests. */
import { readThread } from "../../../src/amendments/annotations";
import type { Registry } from "../../../src/amendments/registry";
import type { ImportedField } from "../../../src/amendments/types";
import haselbrueck from "./registry.json";

/** The corpus's invented county (registry.json). */
export const HASELBRUECK = haselbrueck as Registry;

/** The county the seeds come from: the committees, proposers and statuses their annotations name. */
export const SEED_COUNTY: Registry = {
  committees: [
    { short: "Kreistag", name: "Kreistag", aliases: ["KT"] },
    { short: "Kreisausschuss", name: "Kreisausschuss", aliases: ["KA"] },
    { short: "AfASSuG", name: "Ausschuss für Arbeit, Soziales, Senioren und Gesundheit", aliases: [] },
    { short: "AfKSuE", name: "Ausschuss für Kultur, Sport und Ehrenamt", aliases: [] },
    { short: "AfMIuK", name: "Ausschuss für Mobilität, Infrastruktur und Kreisentwicklung", aliases: [] },
  ],
  proposers: [
    { name: "SPD-Kreistagsfraktion", kind: "Fraktion", aliases: ["SPD-Fraktion"] },
    { name: "CDU-Kreistagsfraktion", kind: "Fraktion", aliases: ["CDU-Fraktion"] },
    { name: "Bündnis 90/Die Grünen", kind: "Partei", aliases: ["B90/ Die Grünen", "Grüne", "Grünen"] },
    { name: "FDP", kind: "Partei", aliases: [] },
    { name: "Verwaltung", kind: "Verwaltung", aliases: ["Kreisverwaltung"] },
    { name: "Abt. 62", kind: "Abteilung", aliases: ["Abteilung 62"] },
    { name: "Personalrat", kind: "Sonstige", aliases: [] },
    { name: "Teilhabebeirat", kind: "Beirat", aliases: ["Beirat für Menschen mit Behinderungen"] },
    { name: "Stadt Dülmen", kind: "Stadt", aliases: ["Dülmen"] },
  ],
  statuses: ["eingereicht", "in Beratung", "angenommen", "angenommen mit Änderungen", "abgelehnt", "zurückgezogen", "erledigt", "zur Kenntnis genommen", "vertagt", "offen"]
    .map((name) => ({ name, needsDate: !["eingereicht", "in Beratung", "erledigt", "offen"].includes(name) })),
};

export function read(text: string, registry: Registry, reference: string | null = "2025-04-15"): ImportedField[] {
  return readThread([{ origin: "comment", source: { kind: "comment", commentId: "1" }, sourceText: text, start: 0, end: text.length, reference, range: null }], registry).fields;
}

/** Field → [value, confidence]; steps under "beratungsfolge:<gremium>". */
export function values(text: string, registry: Registry, reference: string | null = "2025-04-15"): Record<string, [unknown, string]> {
  return Object.fromEntries(read(text, registry, reference).map((f) => [f.field === "beratungsfolge" ? `${f.field}:${f.value.gremium}` : f.field, [f.value, f.confidence]]));
}
