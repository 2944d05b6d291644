import { checkAmendments } from "../../src/amendments/validation";
import { buildAmendment, emptyMetadata } from "../../src/amendments/grouping";
import { COESFELD } from "../config/county";
import type { Amendment, AntragMetadata } from "../../src/amendments/types";
import { ModelBuilder } from "./builder";

const model = new ModelBuilder().paragraph(["Der Kreis Musterland ", { ins: "fördert Vereine", id: "1" }, "."]).model;

function amendment(metadata: Partial<AntragMetadata>, extra: Partial<Amendment> = {}): Amendment {
  return { ...buildAmendment(model, ["1"], []), metadata: { ...emptyMetadata(), ...metadata }, source: "metadata", ...extra };
}

const rules = (a: Amendment) => checkAmendments([a], COESFELD.registry).map((f) => [f.rule, f.severity, f.message]);

describe("checkAmendments", () => {
  it("is silent for complete, consistent metadata", () => {
    expect(rules(amendment({
      antragsteller: "FDP", datum: "2025-03-01", status: "angenommen", statusDatum: "2025-06-24", statusGremium: "Kreistag",
      beratungsfolge: [{ gremium: "AfASSuG", role: "Vorberatung", date: "2025-03-05", result: "Zustimmung" }],
    }))).toEqual([]);
  });

  it("reports a missing proposer, but not on plain comments, editorial changes or records no longer found", () => {
    expect(rules(amendment({}))).toEqual([["meta/missing", "warning", "Für diesen Antrag ist kein Antragsteller angegeben."]]);
    expect(rules(amendment({}, { kind: "comment", category: "comment" }))).toEqual([]);
    // A comment that proposes wording is an Antrag: it needs its proposer.
    expect(rules(amendment({}, { kind: "comment", category: "antrag" }))).toHaveLength(1);
    expect(rules(amendment({ status: "redaktionell geändert" }, { category: "editorial" }))).toEqual([]);
    expect(rules(amendment({}, { found: false, location: null }))).toEqual([]);
  });

  it("reports impossible dates, unknown status values and a status without its date", () => {
    expect(rules(amendment({ antragsteller: "FDP", datum: "2025-02-30", status: "abgelehnt" }))).toEqual([
      ["meta/invalid", "error", "Das Datum „30.02.2025“ gibt es nicht."],
      ["meta/invalid", "warning", "Der Status „abgelehnt“ braucht ein Datum."],
    ]);
    expect(rules(amendment({ antragsteller: "FDP", status: "vielleicht" }))).toEqual([["meta/invalid", "warning", "Der Status „vielleicht“ steht nicht im Verzeichnis der Statuswerte."]]);
  });

  it("reports committees missing from the registry", () => {
    expect(rules(amendment({ antragsteller: "FDP", beratungsfolge: [{ gremium: "AfXY", role: "Vorberatung", date: null, result: null }], status: "vertagt", statusDatum: "2025-01-01", statusGremium: "Bauausschuss" })))
      .toEqual([
        ["meta/unknown-committee", "warning", "Das Gremium „AfXY“ steht nicht im Verzeichnis der Gremien."],
        ["meta/unknown-committee", "warning", "Das Gremium „Bauausschuss“ steht nicht im Verzeichnis der Gremien."],
      ]);
  });

  it("reports an unknown committee once, however often the Antrag names it", () => {
    // "Zustimmung im AfHuK vom 05.03.2025" as a step, the same committee deciding as the status, and a second session.
    expect(rules(amendment({
      antragsteller: "FDP", status: "angenommen", statusDatum: "2025-03-20", statusGremium: "AfHuK",
      beratungsfolge: [
        { gremium: "AfHuK", role: "Vorberatung", date: "2025-03-05", result: "vertagt" },
        { gremium: "afhuk", role: "Vorberatung", date: "2025-03-20", result: "Zustimmung" },
        { gremium: "AfXY", role: "Vorberatung", date: null, result: null },
      ],
    }))).toEqual([
      ["meta/unknown-committee", "warning", "Das Gremium „AfHuK“ steht nicht im Verzeichnis der Gremien."],
      ["meta/unknown-committee", "warning", "Das Gremium „AfXY“ steht nicht im Verzeichnis der Gremien."],
    ]);
  });

  it("reports consent and status dated before the motion", () => {
    const findings = checkAmendments([amendment({ antragsteller: "FDP", datum: "2025-03-09", status: "angenommen", statusDatum: "2025-03-01", statusGremium: "Kreistag",
      beratungsfolge: [{ gremium: "AfASSuG", role: "Vorberatung", date: "2025-03-05", result: null }] })], COESFELD.registry, model);
    expect(findings.map((f) => [f.rule, f.message, f.location])).toEqual([
      ["meta/date-order", "Die Beratung im AfASSuG am 05.03.2025 liegt vor dem Antragsdatum 09.03.2025.", { paragraph: 0, section: null, note: null, text: "fördert Vereine" }],
      ["meta/date-order", "Das Statusdatum 01.03.2025 liegt vor dem Antragsdatum 09.03.2025.", { paragraph: 0, section: null, note: null, text: "fördert Vereine" }],
    ]);
  });
});
