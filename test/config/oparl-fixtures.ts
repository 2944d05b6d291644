/**
 * The fictional Landkreis Beispiel's RIS export (fixtures/oparl: an Organization list page and a Person list, written
 * after the OParl 1.1 specification) and, read by hand, what the import makes of it on 01.06.2025.
 */
import path from "node:path";

const FIXTURES = path.join(__dirname, "fixtures/oparl");
export const ORGANIZATIONS = path.join(FIXTURES, "landkreis-beispiel-organization.json");
export const PERSONS = path.join(FIXTURES, "landkreis-beispiel-person.json");

/** What the Landkreis Beispiel's lists say, read by hand: current bodies by kind, current persons. */
export const EXPECTED = {
  version: 1,
  committees: [
    { short: "KT", name: "Kreistag", classification: "Parlament" },
    { short: "KA", name: "Kreisausschuss", classification: "Ausschuss" },
    { short: "SchulA", name: "Ausschuss für Schule, Bildung und Kultur", classification: "Ausschuss" },
    { short: "JHA", name: "Jugendhilfeausschuss", classification: "Ausschuss" },
    { short: "KBU", name: "Ausschuss für Kreisentwicklung, Bauen und Umwelt", classification: "Ausschuss" },
    { short: "Behindertenbeirat", name: "Beirat für Menschen mit Behinderungen", classification: "Beirat" },
    { short: "AG KES", name: "Arbeitsgruppe Kreisentwicklungsstrategie", classification: "AG" },
  ],
  factions: [{ name: "CDU-Kreistagsfraktion" }, { name: "SPD-Kreistagsfraktion" }, { name: "Fraktion BÜNDNIS 90/DIE GRÜNEN" }],
  parties: [{ name: "Bündnis 90/Die Grünen Kreisverband Beispiel" }],
  departments: [{ name: "Fachbereich 2 – Jugend, Schule, Soziales" }],
  advisoryCouncils: [{ name: "Beirat für Menschen mit Behinderungen", aliases: ["Behindertenbeirat"] }],
  municipalities: [{ name: "Stadt Beispielstadt", kind: "Stadt", aliases: ["Beispielstadt"] }],
  persons: [{ name: "Dr. Maria Beispiel", aliases: ["Maria Beispiel"] }, { name: "Jens Muster" }, { name: "Sabine Vorbild" }],
  otherProposers: [{ name: "Zweckverband Nahverkehr Beispielland" }],
};

export const EXPECTED_NOTES = [
  "2 gelöschte Einträge (deleted) übergangen.",
  "1 beendete Gruppierungen (endDate vor dem 01.06.2025) übergangen.",
  "1 Personen ohne laufende Mitgliedschaft übergangen.",
];

