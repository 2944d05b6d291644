/**
 * Properties of the free-text annotation parser (fast-check): it reads what the drafts write — any proposer of
 * the registry under any of its spellings, any date in the forms the drafts use, any committee's outcome — amid
 * arbitrary surrounding words, and on hostile text it never throws, invents nothing it did not read, and stays
 * linear on long runs of words.
 */
import fc from "fast-check";
import { parseAnnotation } from "../../src/amendments/legacy-import";
import { COESFELD } from "../config/county";
import type { ImportedField } from "../../src/amendments/types";

const registry = COESFELD.registry;
const pad = (n: number) => String(n).padStart(2, "0");

/** A calendar date and the ways the drafts write it. */
const date = fc.record({ y: fc.integer({ min: 2000, max: 2039 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .chain(({ y, m, d }) => fc.constantFrom(`${pad(d)}.${pad(m)}.${y}`, `${d}.${m}.${y}`, `${d}. ${pad(m)}.${y}`)
    .map((written) => ({ written, iso: `${y}-${pad(m)}-${pad(d)}` })));

/** A proposer under its name or one of its aliases. */
const proposer = fc.constantFrom(...registry.proposers.filter((p) => p.kind !== "Abteilung"))
  .chain((p) => fc.constantFrom(p.name, ...p.aliases).map((written) => ({ written, name: p.name })));

const motion = fc.constantFrom("Antrag der", "Änderungsantrag", "Ergänzungsantrag der", "Antrag von", "Formulierungsvorschlag der");
const committee = fc.constantFrom(...registry.committees.map((c) => c.short));

/** Words without a motion, outcome, date or preposition the parser reads. */
const filler = fc.array(fc.constantFrom("Die", "Zielsetzung", "wird", "ergänzt", "Kreis", "Musterland", "Teilhabe", "2030", "–", "Seite", "3"), { maxLength: 6 })
  .map((words) => words.join(" "));

const HOSTILE = ["\u202E", "\u200B", "\u00A0", "\u0000", "<w:t>", "&amp;", "]]>", "😀", "\r\n", "\t", "(", ")", ",", ";", "/", "vom", "am", "im"];
const hostile = fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }), fc.constantFrom(...HOSTILE), motion, proposer.map((p) => p.written), date.map((d) => d.written)), { maxLength: 12 })
  .map((parts) => parts.join(" "));

const normalized = (text: string) => text.replace(/\s+/g, " ").trim();

function checkShape(text: string, fields: ImportedField[]) {
  const t = normalized(text);
  for (const f of fields) {
    expect(t).toContain(f.source);
    expect(["high", "medium", "low"]).toContain(f.confidence);
    if (f.field === "datum" || f.field === "statusDatum") expect(f.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (f.field === "beratungsfolge" && f.value.date !== null) expect(f.value.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (f.field === "antragsteller") expect(f.value.trim()).not.toBe("");
  }
}

describe("parseAnnotation (fast-check)", () => {
  it("reads a proposer under any of its spellings and the date of the motion, amid other words", () => {
    fc.assert(fc.property(filler, motion, proposer, date, filler, (before, m, p, d, after) => {
      const text = `${before}${before ? ". " : ""}${m} ${p.written} vom ${d.written}${after ? `, ${after}` : ""}`;
      const fields = parseAnnotation(text, registry, null);
      checkShape(text, fields);
      expect(fields.filter((f) => f.field === "antragsteller")).toEqual([expect.objectContaining({ value: p.name })]);
      expect(fields.filter((f) => f.field === "datum").map((f) => f.value)).toEqual([d.iso]);
    }), { numRuns: 300 });
  });

  it("reads a committee's outcome as a step of the Beratungsfolge with its date", () => {
    fc.assert(fc.property(filler, fc.constantFrom("Zustimmung im", "Ablehnung im", "abgelehnt im", "Beratung im"), committee, date, (before, outcome, c, d) => {
      const text = `${before}${before ? ", " : ""}${outcome} ${c} am ${d.written}`;
      const fields = parseAnnotation(text, registry, null);
      checkShape(text, fields);
      const steps = fields.flatMap((f) => (f.field === "beratungsfolge" ? [f.value] : []));
      expect(steps).toEqual([expect.objectContaining({ gremium: c, date: d.iso })]);
    }), { numRuns: 300 });
  });

  it("never throws on hostile text and only reports what stands in it", () => {
    fc.assert(fc.property(hostile, fc.option(fc.integer({ min: 1990, max: 2040 }), { nil: null }), (text, year) => {
      checkShape(text, parseAnnotation(text, registry, year));
    }), { numRuns: 500 });
  });

  it("keeps long runs of words after a motion linear: a proposer's name has a bounded length", () => {
    fc.assert(fc.property(fc.constantFrom("Fraktion ", "a", "Bürgerinnen und ", "x-"), fc.integer({ min: 20_000, max: 60_000 }), (unit, n) => {
      const text = `Antrag der ${unit.repeat(n)}`;
      const fields = parseAnnotation(text, registry, 2025);
      checkShape(text, fields);
      expect(fields.filter((f) => f.field === "antragsteller")).toEqual([]);
    }), { numRuns: 8 });
  });
});
