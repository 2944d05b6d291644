/**
 * Properties of the annotation parser (fast-check), with the corpus's invented county as registry: it reads any
 * proposer under any of its spellings, any date in the forms people write, any committee under its short form, long
 * name or alias — commas in the name included — amid arbitrary words and in any number of steps; on hostile text it
 * never throws, reports only what stands in the text (each value's span is its source), and stays linear on long runs.
 */
import fc from "fast-check";
import { bracketed } from "../../src/amendments/annotations";
import { tokenize } from "../../src/amendments/annotations/text";
import type { ImportedField } from "../../src/amendments/types";
import { HASELBRUECK as registry, read } from "./annotations/read";

const pad = (n: number) => String(n).padStart(2, "0");
const MONTH = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

/** A calendar date and the ways people write it. */
const date = fc.record({ y: fc.integer({ min: 2000, max: 2039 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .chain(({ y, m, d }) => fc.constantFrom(`${pad(d)}.${pad(m)}.${y}`, `${d}.${m}.${y}`, `${d}. ${pad(m)}.${y}`, `${d}. ${MONTH[m - 1]} ${y}`, `${y}-${pad(m)}-${pad(d)}`)
    .map((written) => ({ written, iso: `${y}-${pad(m)}-${pad(d)}` })));

/** A proposer under its name or one of its aliases. */
const proposer = fc.constantFrom(...registry.proposers).chain((p) => fc.constantFrom(p.name, ...p.aliases).map((written) => ({ written, name: p.name })));
const motion = fc.constantFrom("Antrag der", "Änderungsantrag", "Ergänzungsantrag der", "Antrag von", "Formulierungsvorschlag der", "ÄA", "Vorschlag");
/** A committee under its short form, long name or an alias. */
const committee = fc.constantFrom(...registry.committees).chain((c) => fc.constantFrom(c.short, c.name, ...c.aliases).map((written) => ({ written, short: c.short })));

/** Words without a motion, outcome, date, preposition or name the parser reads. */
const filler = fc.array(fc.constantFrom("Die", "Zielsetzung", "wird", "ergänzt", "Kreis", "Musterland", "Teilhabe", "2030", "–", "Seite", "3"), { maxLength: 6 })
  .map((words) => words.join(" "));

const HOSTILE = ["\u202E", "\u200B", "\u00A0", "\u00AD", "\u0000", "<w:t>", "&amp;", "]]>", "😀", "\r\n", "\t", "(", ")", "[", ",", ";", ":", "/", "–", "vom", "am", "im", "Status:", "verwiesen an"];
const hostile = fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }), fc.constantFrom(...HOSTILE), motion, proposer.map((p) => p.written),
  committee.map((c) => c.written), date.map((d) => d.written), fc.constantFrom("einstimmig beschlossen", "abgelehnt", "Zustimmung", "vertagt")), { maxLength: 14 })
  .map((parts) => parts.join(" "));

function checkShape(text: string, fields: ImportedField[]) {
  for (const f of fields) {
    expect(f.span.end).toBeGreaterThan(f.span.start);
    expect(f.source).toBe(text.slice(f.span.start, f.span.end).replace(/\s+/g, " ").trim());
    expect(["high", "medium", "low"]).toContain(f.confidence);
    if (f.field === "datum" || f.field === "statusDatum") expect(f.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (f.field === "beratungsfolge" && f.value.date !== null) expect(f.value.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (f.field === "antragsteller") expect(f.value.trim()).not.toBe("");
  }
}

const steps = (fields: ImportedField[]) => fields.flatMap((f) => (f.field === "beratungsfolge" ? [f.value] : []));

describe("annotation parser (fast-check)", () => {
  it("reads a proposer under any of its spellings and the date of the motion, amid other words", () => {
    fc.assert(fc.property(filler, motion, proposer, date, filler, (before, m, p, d, after) => {
      const text = `${before}${before ? ". " : ""}${m} ${p.written} vom ${d.written}${after ? `, ${after}` : ""}`;
      const fields = read(text, registry);
      checkShape(text, fields);
      expect(fields.filter((f) => f.field === "antragsteller").map((f) => f.value)).toEqual([p.name]);
      expect(fields.filter((f) => f.field === "datum").map((f) => f.value)).toEqual([d.iso]);
    }), { numRuns: 400 });
  });

  it("reads a committee's outcome under any of its names, commas included, as a step with its date", () => {
    fc.assert(fc.property(filler, fc.constantFrom("Zustimmung im", "Ablehnung im", "abgelehnt im", "Beratung im", "Vorberatung im", "vertagt im"), committee, date, (before, outcome, c, d) => {
      const text = `${before}${before ? ", " : ""}${outcome} ${c.written} am ${d.written}`;
      const fields = read(text, registry);
      checkShape(text, fields);
      expect(steps(fields)).toEqual([expect.objectContaining({ gremium: c.short, date: d.iso })]);
    }), { numRuns: 400 });
  });

  it("reads every step of a Beratungsfolge in the colon form, in the order of the sessions", () => {
    const step = fc.record({ c: committee, d: date, r: fc.constantFrom("Zustimmung", "ungeändert beschlossen", "einstimmig abgelehnt", "vertagt", "zur Kenntnis genommen") });
    fc.assert(fc.property(proposer, fc.uniqueArray(step, { minLength: 1, maxLength: 4, selector: (s) => s.d.iso }), fc.constantFrom("; ", " / ", "\n", " – "), (p, list, separator) => {
      const text = `Antrag ${p.written} – ${list.map((s) => `${s.c.written} ${s.d.written}: ${s.r}`).join(separator)}`;
      const fields = read(text, registry);
      checkShape(text, fields);
      const expected = [...list].sort((a, b) => a.d.iso.localeCompare(b.d.iso));
      expect(steps(fields).map((s) => [s.gremium, s.date])).toEqual(expected.map((s) => [s.c.short, s.d.iso]));
    }), { numRuns: 300 });
  });

  it("never throws on hostile text and only reports what stands in it", () => {
    fc.assert(fc.property(hostile, fc.option(fc.constantFrom("2025-04-15", "1999-12-31", "2040-01-01"), { nil: null }), (text, reference) => {
      checkShape(text, read(text, registry, reference));
    }), { numRuns: 500 });
  });

  it("keeps long runs of words after a motion linear: a proposer's name has a bounded length", () => {
    fc.assert(fc.property(fc.constantFrom("Fraktion ", "a", "Bürgerinnen und ", "x-", "Stadt "), fc.integer({ min: 20_000, max: 60_000 }), (unit, n) => {
      const text = `Antrag der ${unit.repeat(n)}`;
      const fields = read(text, registry);
      checkShape(text, fields);
      expect(fields.filter((f) => f.field === "antragsteller")).toEqual([]);
    }), { numRuns: 8 });
  });

  it("finds each bracket of a text with its exact range, nested brackets inside", () => {
    const note = fc.constantFrom("Antrag der CDU vom 3.2.2025", "Änderungsantrag SPD (Schreiben vom 4.2.2025), KA 24.03.2025: Zustimmung", "Vorschlag Abt. 62");
    fc.assert(fc.property(filler, note, filler, fc.constantFrom("()", "[]"), (before, inner, after, [open, close]) => {
      const text = `${before} ${open}${inner}${close} ${after}`;
      const start = before.length + 1;
      expect(bracketed(text)).toEqual([{ start, end: start + inner.length + 2 }]);
    }), { numRuns: 200 });
  });

  it("reads the opening tokens of a text exactly as the whole text's first ones (a note paragraph is only looked at)", () => {
    fc.assert(fc.property(hostile, fc.integer({ min: 1, max: 12 }), (text, limit) => {
      expect(tokenize(text, limit)).toEqual(tokenize(text).slice(0, limit));
    }), { numRuns: 500 });
  });
});
