import fc from "fast-check";
import { formatCommentLine, parseCommentLine, stripCommentLine, type LineMetadata } from "../../src/amendments/comment-line";

const empty: LineMetadata = { antragsteller: null, datum: null, beratungsfolge: [], status: null, statusDatum: null, statusGremium: null };

describe("the readable comment line", () => {
  it("formats the example of the specification", () => {
    const m: LineMetadata = { ...empty, antragsteller: "SPD-Kreistagsfraktion", datum: "2025-03-14", beratungsfolge: [{ gremium: "AfASSuG", role: "Vorberatung", date: null, result: "Zustimmung" }] };
    expect(formatCommentLine(m)).toBe("Antrag: SPD-Kreistagsfraktion · 14.03.2025 · AfASSuG: Zustimmung");
  });

  it("writes roles, dates and status only where needed, and reads them back", () => {
    const m: LineMetadata = {
      antragsteller: null, datum: null,
      beratungsfolge: [{ gremium: "Teilhabebeirat", role: "Anhörung", date: "2025-03-11", result: null }, { gremium: "Kreistag", role: "Entscheidung", date: "2025-06-24", result: "angenommen" }],
      status: "angenommen mit Änderungen", statusDatum: "2025-06-24", statusGremium: "Kreistag",
    };
    const line = formatCommentLine(m);
    expect(line).toBe("Antrag: ohne Antragsteller · Teilhabebeirat (Anhörung) 11.03.2025 · Kreistag 24.06.2025: angenommen · Status: angenommen mit Änderungen 24.06.2025 (Kreistag)");
    expect(parseCommentLine(`Bitte prüfen.\n${line}`)).toEqual(m);
    expect(stripCommentLine(`Bitte prüfen.\n${line}`)).toBe("Bitte prüfen.");
  });

  it("leaves text that merely starts like the line alone", () => {
    expect(parseCommentLine("Antrag: Ist das so gewollt?")).toBeNull();
    expect(parseCommentLine("Antrag: bitte bis Freitag · danke")).toBeNull();
    expect(stripCommentLine("Antrag: Ist das so gewollt?")).toBe("Antrag: Ist das so gewollt?");
  });

  it("parse(format(m)) = m for names without the separators", () => {
    const name = fc.string({ minLength: 1, maxLength: 20 }).map((s) => "K" + s).filter((s) => !/[·:()?!\n\r]/.test(s) && s.trim() === s && !/^\d{2}\.\d{2}\.\d{4}$/.test(s) && !s.startsWith("Status") && s !== "ohne Antragsteller" && !/ \d{2}\.\d{2}\.\d{4}$/.test(s));
    const date = fc.date({ min: new Date("1990-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const step = fc.record({ gremium: name, role: fc.constantFrom("Vorberatung", "Anhörung", "Entscheidung", "Kenntnisnahme" as const), date: fc.option(date, { nil: null }), result: fc.option(name, { nil: null }) });
    const meta = fc.record({
      antragsteller: fc.option(name, { nil: null }), datum: fc.option(date, { nil: null }), beratungsfolge: fc.array(step, { maxLength: 3 }),
      status: fc.option(name, { nil: null }), statusDatum: fc.option(date, { nil: null }), statusGremium: fc.option(name, { nil: null }),
    }).map((m) => (m.status ? m : { ...m, statusDatum: null, statusGremium: null }));
    fc.assert(fc.property(meta, (m) => {
      expect(parseCommentLine(formatCommentLine(m))).toEqual(m);
    }));
  });
});
