/** The outline check on real .docx files: the samples, corpus files with a TOC field, and documents written with `docx`. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkOutline, referenceFromModel, type OutlineReport } from "../../../src/checks/outline";
import { readDocx } from "../../../src/docx";
import type { RuleId } from "../../../src/model/findings";
import { buildDocx, ROMAN, typedToc, type Block } from "./docx-builder";

const shared = (...p: string[]) => path.resolve(__dirname, "../../../../shared", ...p);
const read = (file: string) => readDocx(new Uint8Array(readFileSync(file)));
const rules = (r: OutlineReport, rule: RuleId) => r.findings.filter((f) => f.rule === rule);
const errors = (r: OutlineReport) => r.findings.filter((f) => f.severity === "error");

describe("samples", () => {
  it("strategie-entwurf1: the typed TOC lists 14 goals, the body has B.I and B.XII — twelve missing sections, no separate gap", () => {
    const r = checkOutline(read(shared("samples/strategie-entwurf1.docx")));
    expect(r.tocSource).toBe("typed");
    expect(r.toc.filter((e) => e.path.startsWith("B."))).toHaveLength(14);
    expect(r.headings.filter((h) => h.path.startsWith("B.")).map((h) => h.path)).toEqual(["B.I", "B.XII"]);
    const missing = rules(r, "toc/missing-in-body");
    expect(missing.map((f) => f.location.section)).toEqual(["B.II", "B.III", "B.IV", "B.V", "B.VI", "B.VII", "B.VIII", "B.IX", "B.X", "B.XI", "B.XIII", "B.XIV"]);
    expect(missing[8].message).toBe("Im Text fehlt der Abschnitt „X. Mobilität und Verkehr“, den das Inhaltsverzeichnis aufführt.");
    expect(rules(r, "numbering/gap")).toEqual([]);
    expect(rules(r, "toc/number-mismatch")).toEqual([]);
    expect(rules(r, "toc/missing-in-toc")).toEqual([]);
  });

  it("beschlussvorlage-digitalagentur: a TOC field over Word-numbered headings with German style ids — no error", () => {
    const r = checkOutline(read(shared("samples/beschlussvorlage-digitalagentur.docx")));
    expect(r.tocSource).toBe("field");
    expect(r.toc.map((e) => [e.level, e.label, e.title])).toEqual([
      [2, "I", "Sachdarstellung"], [2, "II", "Entscheidungsalternativen"],
      [2, "III", "Auswirkungen / Zusammenhänge (Finanzen, Personal, IT, Klima)"], [2, "IV", "Zuständigkeit für die Entscheidung"],
    ]);
    expect(r.headings.map((h) => h.path)).toEqual(["I", "II", "III", "IV"]);
    expect(errors(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith("toc/") || f.rule.startsWith("numbering/"))).toEqual([]);
  });
});

describe("corpus files with a TOC field", () => {
  it("docx4j__toc: an up-to-date field in a content control, unnumbered articles", () => {
    const r = checkOutline(read(shared("corpus/docx4j__toc.docx")));
    expect(r.tocSource).toBe("field");
    expect(r.toc.map((e) => e.title)).toEqual(Array.from({ length: 11 }, (_, i) => `Article ${i + 1}`));
    expect(r.toc[0]).toMatchObject({ level: 1, label: "", page: "92" });
    expect(r.findings.filter((f) => f.rule.startsWith("toc/"))).toEqual([]);
  });

  it("oxpt__HC031: a stale field that lists four of ten headings", () => {
    const r = checkOutline(read(shared("corpus/oxpt__HC031-Complicated-Document.docx")));
    expect(r.tocSource).toBe("field");
    expect(r.toc.map((e) => e.title)).toEqual(["Heading 1", "Heading 2", "Heading 1 again", "Heading 2 again"]);
    const outdated = rules(r, "toc/outdated-field");
    expect(outdated).toHaveLength(1);
    expect(outdated[0].data!.fix).toEqual({ kind: "update-field", fieldIndex: 0 });
    const differences = outdated[0].data!.differences as { rule: string; location: { text: string } }[];
    expect(differences.map((d) => [d.rule, d.location.text])).toEqual([
      ["toc/missing-in-toc", "Heading1"], ["toc/missing-in-toc", "Heading 2"],
      ["toc/missing-in-toc", "Heading 1"], ["toc/missing-in-toc", "This is Heading 2"],
      ["toc/missing-in-toc", "Second Heading 1"], ["toc/missing-in-toc", "More Info"],
    ]);
    expect(rules(r, "toc/missing-in-toc")).toEqual([]);
  });
});

const GOALS = ["Wirtschaft und Arbeit", "Familie und Jugend", "Bildung und Ausbildung", "Mobilität und Verkehr", "Wohnen und Infrastruktur", "Kultur und Tourismus"];

function goals(names: readonly string[], only?: (i: number) => boolean): Block[] {
  return names.flatMap((g, i): Block[] => (only && !only(i) ? [] : [
    { kind: "heading", level: 2, text: `${ROMAN[i]}. ${g}` },
    { kind: "text", text: `Der Kreis Musterland verfolgt im Bereich ${g} klare Ziele für die nächsten Jahre.` },
    { kind: "bullet", text: "Angebote werden gemeinsam mit den Städten und Gemeinden weiterentwickelt." },
    { kind: "bullet", text: "Die Fortschritte werden jährlich im Fachausschuss berichtet." },
  ]));
}

/** Part A before the goals, so that the parts' numbering starts at A. */
const PART_A: Block[] = [
  { kind: "heading", level: 1, text: "A. Grundsätze" },
  { kind: "text", text: "Der Kreis Musterland handelt bürgernah, nachhaltig und wirtschaftlich." },
];


it("oxsdk__complex2005: a field whose numbers the headings no longer carry — one finding for the whole field", () => {
  const r = checkOutline(read(shared("corpus/oxsdk__complex2005_12rtm.docx")));
  expect(r.toc.slice(0, 2).map((e) => [e.level, e.label, e.title, e.page])).toEqual([[1, "1", "Introduction", "9"], [2, "1.1", "Motivation", "9"]]);
  // MANIFEST.md counts 29 headings; the field lists each of them.
  expect(r.headings).toHaveLength(29);
  expect(r.toc).toHaveLength(29);
  const outdated = rules(r, "toc/outdated-field");
  expect(outdated).toHaveLength(1);
  const differences = outdated[0].data!.differences as { rule: string; message: string }[];
  expect(new Set(differences.map((d) => d.rule))).toEqual(new Set(["toc/number-mismatch"]));
  expect(differences[0].message).toBe("Im Inhaltsverzeichnis trägt „Introduction“ die Nummer 1, im Text ist die Überschrift nicht nummeriert.");
  expect(r.findings.filter((f) => f.rule.startsWith("toc/")).length).toBe(1);
});

describe("documents written with docx", () => {
  it("a typed TOC missing one goal in the middle: one cause, the shifted numbers in its data", async () => {
    const toc = GOALS.filter((g) => g !== "Mobilität und Verkehr");
    const r = checkOutline(readDocx(await buildDocx([...typedToc(toc), ...PART_A, { kind: "heading", level: 1, text: "B. Strategische Ziele" }, ...goals(GOALS)])));
    expect(r.tocSource).toBe("typed");
    expect(r.findings.map((f) => f.rule)).toEqual(["toc/missing-in-toc"]);
    expect(r.findings[0].message).toBe("Im Inhaltsverzeichnis fehlt „IV. Mobilität und Verkehr“; deshalb sind die Nummern der 2 folgenden Einträge verschoben.");
    expect((r.findings[0].data!.shifted as unknown[]).length).toBe(2);
    expect(r.findings[0].data!.fix).toMatchObject({ kind: "insert-toc-entry", text: "IV.\tMobilität und Verkehr\t", style: "Toc2" });
  });

  it("a renamed heading", async () => {
    const body = GOALS.map((g) => (g === "Familie und Jugend" ? "Familie, Kinder und Jugend" : g));
    const r = checkOutline(readDocx(await buildDocx([...typedToc(GOALS), ...PART_A, { kind: "heading", level: 1, text: "B. Strategische Ziele" }, ...goals(body)])));
    expect(r.findings.map((f) => [f.rule, f.location.section])).toEqual([["toc/title-mismatch", "B.II"]]);
  });

  it("a tracked-deleted heading is gone from the final view, and the finding says so", async () => {
    const blocks: Block[] = [...typedToc(GOALS), ...PART_A, { kind: "heading", level: 1, text: "B. Strategische Ziele" }, ...goals(GOALS, (i) => i !== 2)];
    blocks.splice(blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith("IV.")), 0, { kind: "heading", level: 2, text: "III. Bildung und Ausbildung", deletedBy: "Fraktion A" });
    const model = readDocx(await buildDocx(blocks));
    const r = checkOutline(model);
    expect(r.headings.map((h) => h.label)).toEqual(["A", "B", "I", "II", "IV", "V", "VI"]);
    const missing = rules(r, "toc/missing-in-body");
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("als Änderung gelöscht, die noch nicht angenommen ist");
    expect(rules(r, "numbering/gap")).toEqual([]);
  });

  it("a stale TOC field", async () => {
    const entries = [{ level: 1, title: "A. Grundsätze", page: 1 }, { level: 1, title: "B. Strategische Ziele", page: 2 }, ...GOALS.slice(0, 5).map((g, i) => ({ level: 2, title: `${ROMAN[i]}. ${g}`, page: i + 2 }))];
    const r = checkOutline(readDocx(await buildDocx([{ kind: "tocField", entries }, ...PART_A, { kind: "heading", level: 1, text: "B. Strategische Ziele" }, ...goals(GOALS)])));
    expect(r.tocSource).toBe("field");
    expect(r.findings.map((f) => f.rule)).toEqual(["toc/outdated-field"]);
    expect(r.findings[0].data!.differences).toEqual([expect.objectContaining({ rule: "toc/missing-in-toc", location: expect.objectContaining({ section: "B.VI" }) })]);
  });

  it("a fresh TOC field, and the same document as reference outline", async () => {
    const entries = [{ level: 1, title: "A. Grundsätze", page: 1 }, { level: 1, title: "B. Strategische Ziele", page: 2 }, ...GOALS.map((g, i) => ({ level: 2, title: `${ROMAN[i]}. ${g}`, page: i + 2 }))];
    const model = readDocx(await buildDocx([{ kind: "tocField", entries }, ...PART_A, { kind: "heading", level: 1, text: "B. Strategische Ziele" }, ...goals(GOALS)]));
    expect(checkOutline(model, { reference: referenceFromModel(model) }).findings).toEqual([]);
  });

  it("duplicate and skipped numbers, decimal and roman", async () => {
    const r = checkOutline(readDocx(await buildDocx([
      { kind: "heading", level: 1, text: "1. Einleitung" }, { kind: "text", text: "Text." },
      { kind: "heading", level: 1, text: "2. Ziele" },
      { kind: "heading", level: 2, text: "I. Bildung" }, { kind: "text", text: "Text." },
      { kind: "heading", level: 2, text: "III. Umwelt" }, { kind: "text", text: "Text." },
      { kind: "heading", level: 1, text: "2. Umsetzung" }, { kind: "text", text: "Text." },
      { kind: "heading", level: 1, text: "4. Finanzen" }, { kind: "text", text: "Text." },
    ])));
    expect(r.findings.map((f) => [f.rule, f.location.section])).toEqual([
      ["toc/not-found", null], ["numbering/gap", "2.III"], ["numbering/duplicate", "2"], ["numbering/gap", "4"],
    ]);
  });
});
