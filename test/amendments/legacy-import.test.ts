import { parseAnnotation } from "../../src/amendments/legacy-import";
import { DEFAULT_REGISTRY, findCommittee, normalizeName, normalizeProposer, RegistrySchema } from "../../src/amendments/registry";
import { parseGermanDate } from "../../src/amendments/dates";
import { isValidIsoDate } from "../../src/model/dates";
import { COESFELD } from "../config/county";

/** The free text of the Coesfeld drafts names the Kreis Coesfeld's committees and factions. */
const registry = COESFELD.registry;

const values = (text: string, year: number | null = 2025) =>
  Object.fromEntries(parseAnnotation(text, registry, year).map((f) => [f.field === "beratungsfolge" ? `${f.field}:${f.value.gremium}` : f.field, [f.value, f.confidence]]));

describe("parseAnnotation", () => {
  it.each([
    ["Antrag der SPD-Kreistagsfraktion vom 14.03.2025", { antragsteller: ["SPD-Kreistagsfraktion", "high"], datum: ["2025-03-14", "high"] }],
    ["Änderungsantrag B90/ Die Grünen vom 9.3.2025", { antragsteller: ["Bündnis 90/Die Grünen", "high"], datum: ["2025-03-09", "high"] }],
    ["Ergänzungsantrag der Grünen vom 09.03.25", { antragsteller: ["Bündnis 90/Die Grünen", "high"], datum: ["2025-03-09", "medium"] }],
    ["Antrag der CDU-Fraktion vom 28. Januar 2021", { antragsteller: ["CDU-Kreistagsfraktion", "high"], datum: ["2021-01-28", "high"] }],
    ["Formulierungsvorschlag der Verwaltung, Abt. 62", { antragsteller: ["Abt. 62", "high"] }],
    ["Vorschlag der Stadt Dülmen", { antragsteller: ["Stadt Dülmen", "high"] }],
    ["Antrag der Wählergruppe Musterheide vom 01.02.2025", { antragsteller: ["Wählergruppe Musterheide", "low"], datum: ["2025-02-01", "high"] }],
    ["Antrag der FDP vom 31.02.2025", { antragsteller: ["FDP", "high"], datum: ["2025-02-31", "high"] }],
    // A registry name with prepositions in it is read whole, not cut at "für".
    ["Empfehlung vom Beirat für Menschen mit Behinderungen vom 03.02.2025", { antragsteller: ["Teilhabebeirat", "high"], datum: ["2025-02-03", "high"] }],
  ])("%s", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it("reads outcomes as steps and status", () => {
    expect(values("Antrag der FDP vom 02.05.2025, abgelehnt im Kreisausschuss am 12.05.2025")).toEqual({
      antragsteller: ["FDP", "high"], datum: ["2025-05-02", "high"],
      "beratungsfolge:Kreisausschuss": [{ gremium: "Kreisausschuss", role: "Vorberatung", date: "2025-05-12", result: "abgelehnt" }, "high"],
      status: ["abgelehnt", "high"], statusDatum: ["2025-05-12", "high"], statusGremium: ["Kreisausschuss", "high"],
    });
    expect(values("zurückgezogen am 3.4.2025")).toEqual({ status: ["zurückgezogen", "high"], statusDatum: ["2025-04-03", "high"] });
    expect(values("Zustimmung im Kreistag am 24.06.2025")).toMatchObject({
      "beratungsfolge:Kreistag": [{ gremium: "Kreistag", role: "Entscheidung", date: "2025-06-24", result: "Zustimmung" }, "high"],
      status: ["angenommen", "high"],
    });
  });

  it("flags unknown committees and completed years, and guesses no year without context", () => {
    const fields = parseAnnotation("Zustimmung im AfXY am 04.03.", registry, 2025);
    expect(fields).toEqual([{
      field: "beratungsfolge", value: { gremium: "AfXY", role: "Vorberatung", date: "2025-03-04", result: "Zustimmung" }, confidence: "low",
      source: "Zustimmung im AfXY am 04.03.", note: "Jahr nicht angegeben, 2025 aus dem Zusammenhang ergänzt; Gremium „AfXY“ steht nicht im Verzeichnis",
    }]);
    expect(parseAnnotation("nach Beratung im AfKSuE am 04.03.", registry, null)).toMatchObject([{ value: { date: null }, confidence: "low", note: "Datum „04.03.“ ohne Jahr nicht übernommen" }]);
  });

  it("finds nothing in ordinary prose", () => {
    expect(parseAnnotation("Der Kreis unterstützt Vereine und Verbände.", registry, 2025)).toEqual([]);
    expect(parseAnnotation("Der Vorschlag ist gut, der Antrag wird im Ausschuss beraten.", registry, 2025)).toEqual([]);
  });
});

describe("the registries", () => {
  it.each([["built in", DEFAULT_REGISTRY], ["of the example configuration", registry]])("%s: valid, each proposer name once, the statuses of SPEC §2.2", (_, r) => {
    expect(RegistrySchema.parse(r)).toEqual(r);
    const names = [...r.proposers.flatMap((p) => [p.name, ...p.aliases])].map(normalizeName);
    expect(new Set(names).size).toBe(names.length);
    expect(r.statuses.map((s) => s.name)).toEqual(["eingereicht", "in Beratung", "angenommen", "angenommen mit Änderungen", "abgelehnt", "zurückgezogen", "erledigt", "zur Kenntnis genommen", "vertagt", "offen"]);
  });

  it("built in: no county's committees; the example configuration: the Kreis Coesfeld's", () => {
    expect(DEFAULT_REGISTRY.committees).toEqual([]);
    expect(findCommittee("AfASSuG", DEFAULT_REGISTRY)).toBeNull();
    expect(findCommittee("Ausschuss für Arbeit, Soziales, Senioren und Gesundheit", registry)?.short).toBe("AfASSuG");
  });
});

describe("normalizeProposer", () => {
  it("matches names, aliases, genitives and near misses with falling confidence", () => {
    expect(normalizeProposer("Bündnis 90/Die Grünen", registry)).toEqual({ name: "Bündnis 90/Die Grünen", match: "exact", confidence: "high" });
    expect(normalizeProposer("B90/ Die Grünen", registry)).toMatchObject({ name: "Bündnis 90/Die Grünen", match: "alias" });
    expect(normalizeProposer("Grüne", registry).name).toBe("Bündnis 90/Die Grünen");
    expect(normalizeProposer("der Kreisverwaltung", registry).name).toBe("Verwaltung");
    expect(normalizeProposer("Teilhabebeirats", registry)).toMatchObject({ name: "Teilhabebeirat", confidence: "medium" });
    expect(normalizeProposer("SPD-Kreistagsfraktoin", registry)).toMatchObject({ name: "SPD-Kreistagsfraktion", match: "fuzzy" });
    expect(normalizeProposer("Musterverein", registry)).toEqual({ name: null, match: "none", confidence: "low" });
  });
});

describe("dates", () => {
  it("parses the German forms and checks the calendar", () => {
    expect(parseGermanDate("1. März 2024", null)).toMatchObject({ value: "2024-03-01", confidence: "high" });
    expect(parseGermanDate("04.03.", null)).toBeNull();
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2025-02-29")).toBe(false);
  });
});
