/** The outline check's repairs in Word (src/word/toc.ts) on the simulator, with documents written by `docx`. */
import { checkOutline, type OutlineFix } from "../../src/checks/outline";
import { readDocx } from "../../src/docx";
import type { DocumentModel } from "../../src/model/document";
import { createWordSimulator } from "../../src/simulator";
import { insertParagraphAfter, insertParagraphBefore, readDocument, replaceParagraphText, updateTocField, WordError } from "../../src/word";
import { buildDocx, ROMAN, typedToc, type Block } from "../checks/outline/docx-builder";
import { READ_PARTS, satzung } from "./models";

const GOALS = ["Wirtschaft und Arbeit", "Familie und Jugend", "Bildung und Ausbildung", "Mobilität und Verkehr", "Wohnen und Infrastruktur"];
const NOW = () => new Date("2025-04-01T09:00:00Z");

function body(names: readonly string[]): Block[] {
  return [
    { kind: "heading", level: 1, text: "A. Grundsätze" },
    { kind: "text", text: "Der Kreis Musterland handelt bürgernah und wirtschaftlich." },
    { kind: "heading", level: 1, text: "B. Strategische Ziele" },
    ...names.flatMap((g, i): Block[] => [
      { kind: "heading", level: 2, text: `${ROMAN[i]}. ${g}` },
      { kind: "text", text: `Im Bereich ${g} setzt sich der Kreis Musterland messbare Ziele.` },
      { kind: "bullet", text: "Die Maßnahmen werden mit den Gemeinden abgestimmt." },
    ]),
  ];
}


const staleField = (): Block => ({
  kind: "tocField",
  entries: [{ level: 1, title: "A. Grundsätze", page: 1 }, { level: 1, title: "B. Strategische Ziele", page: 2 },
    ...GOALS.slice(0, 3).map((g, i) => ({ level: 2, title: `${ROMAN[i]}. ${g}`, page: i + 2 }))],
});

async function model(blocks: Block[]): Promise<DocumentModel> {
  return readDocx(await buildDocx(blocks));
}

const fixOf = (m: DocumentModel, rule: string) => checkOutline(m).findings.find((f) => f.rule === rule)?.data?.fix as OutlineFix | undefined;
const tocRules = (m: DocumentModel) => checkOutline(m).findings.map((f) => f.rule).filter((r) => r.startsWith("toc/"));

describe("inserting a missing line into a typed TOC", () => {
  it("adds the line after the previous entry as a tracked insertion in style Toc2, and restores tracking", async () => {
    const m = await model([...typedToc(GOALS.filter((g) => g !== "Mobilität und Verkehr")), ...body(GOALS)]);
    const fix = fixOf(m, "toc/missing-in-toc");
    expect(fix).toMatchObject({ kind: "insert-toc-entry", text: "IV.\tMobilität und Verkehr\t", style: "Toc2" });
    if (fix?.kind !== "insert-toc-entry" || fix.afterParagraph === null) throw new Error("no insert fix");
    const sim = createWordSimulator(m, { now: NOW, author: "Stabsstelle" });
    const count = m.paragraphs.length;
    await insertParagraphAfter(sim, m, fix.afterParagraph, fix.text, "Toc2");

    const added = sim.state.model.paragraphs[fix.afterParagraph + 1];
    expect(sim.state.model.paragraphs).toHaveLength(count + 1);
    expect(added).toMatchObject({ text: "IV.\tMobilität und Verkehr\t", originalText: "", builtInStyle: "Toc2", index: fix.afterParagraph + 1 });
    expect(added.markInserted).not.toBeNull();
    expect(added.runs.map((r) => r.revision.kind)).toEqual(["inserted"]);
    expect(sim.state.model.trackedChanges).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: "insertion", text: "IV.\tMobilität und Verkehr\t", author: "Stabsstelle" }),
      expect.objectContaining({ kind: "paragraphInsertion", id: added.markInserted }),
    ]));
    expect(sim.state.changeTrackingMode).toBe("Off");
    // The cause is repaired; the later line still carries the shifted number, which the check now names by itself.
    const after = checkOutline(sim.state.model).findings.filter((f) => f.rule.startsWith("toc/"));
    expect(after.map((f) => [f.rule, f.location.section])).toEqual([["toc/number-mismatch", "B.V"]]);
    // Read back through Word: the same result, the line a tracked insertion.
    const { model: read } = await readDocument(sim, READ_PARTS);
    expect(tocRules(read)).toEqual(["toc/number-mismatch"]);
    expect(read.paragraphs[fix.afterParagraph + 1].markInserted).not.toBeNull();
  });

  it("before the first entry, and refused when the anchor's text changed", async () => {
    const m = await model([...typedToc(GOALS), ...body(GOALS)]);
    const first = m.paragraphs.findIndex((p) => p.builtInStyle === "Toc1");
    const sim = createWordSimulator(m, { now: NOW });
    const stale = structuredClone(m);
    stale.paragraphs[first].text = "A.\tGrundsätze des Handelns\t1";
    await expect(insertParagraphBefore(sim, stale, first, "Vorwort\t1", "Toc1")).rejects.toMatchObject({ kind: "changed" });
    expect(sim.state.model.paragraphs).toHaveLength(stale.paragraphs.length);
    expect(sim.state.changeTrackingMode).toBe("Off");

    await insertParagraphBefore(sim, m, first, "Vorwort\t1", "Toc1");
    expect(sim.state.model.paragraphs[first]).toMatchObject({ text: "Vorwort\t1", builtInStyle: "Toc1" });
    expect(sim.state.model.paragraphs[first + 1].text).toBe("A.\tGrundsätze\t1");
  });

  it("moves what points behind the new paragraph: comment anchors, tracked changes, bookmarks", async () => {
    const m = satzung();
    const before = structuredClone(m);
    const sim = createWordSimulator(m, { now: NOW });
    await insertParagraphAfter(sim, m, 0, "§ 1a Begriffe", null);
    const shifted = (r: { start: { paragraph: number } } | null) => r?.start.paragraph;
    expect(m.comments.map((c) => shifted(c.anchor))).toEqual(before.comments.map((c) => (shifted(c.anchor) ?? 0) + 1));
    expect(m.bookmarks.map((b) => shifted(b.range))).toEqual(before.bookmarks.map((b) => (shifted(b.range) ?? 0) + 1));
    expect(m.trackedChanges.slice(0, before.trackedChanges.length).map((c) => shifted(c.location)))
      .toEqual(before.trackedChanges.map((c) => (shifted(c.location) ?? 0) + 1));
    expect(m.paragraphs.map((p) => p.index)).toEqual(m.paragraphs.map((_, i) => i));
    // Without a style the new paragraph keeps its neighbour's.
    expect(m.paragraphs[1]).toMatchObject({ text: "§ 1a Begriffe", builtInStyle: "Heading1" });
  });
});

describe("correcting a line of a typed TOC", () => {
  it("replaces the differing words as a tracked change; number and page stay", async () => {
    const renamed = GOALS.map((g) => (g === "Familie und Jugend" ? "Familie, Kinder und Jugend" : g));
    const m = await model([...typedToc(GOALS), ...body(renamed)]);
    const fix = fixOf(m, "toc/title-mismatch");
    if (fix?.kind !== "replace-toc-entry") throw new Error("no replace fix");
    expect(fix.text).toBe("II.\tFamilie, Kinder und Jugend\t3");
    const sim = createWordSimulator(m, { now: NOW });
    await replaceParagraphText(sim, m, fix.paragraph, fix.text);
    const line = sim.state.model.paragraphs[fix.paragraph];
    expect(line.text).toBe("II.\tFamilie, Kinder und Jugend\t3");
    expect(line.originalText).toBe("II.\tFamilie und Jugend\t3");
    expect(sim.state.model.trackedChanges.map((c) => [c.kind, c.text])).toEqual([["deletion", "Familie"], ["insertion", "Familie, Kinder"]]);
    expect(tocRules(sim.state.model)).toEqual([]);
  });
});

describe("updating a TOC field", () => {
  it("rebuilds a stale field from the headings: no outdated-field afterwards", async () => {
    const m = await model([staleField(), ...body(GOALS)]);
    expect(fixOf(m, "toc/outdated-field")).toEqual({ kind: "update-field", fieldIndex: 0 });
    const sim = createWordSimulator(m, { now: NOW });
    await updateTocField(sim, 0);
    expect(m.tocFields[0].entries.map((e) => [e.level, e.text])).toEqual([
      [1, "A.\tGrundsätze"], [1, "B.\tStrategische Ziele"], ...GOALS.map((g, i) => [2, `${ROMAN[i]}.\t${g}`]),
    ]);
    expect(m.tocFields[0].entries.every((e) => m.paragraphs[e.paragraph].text === e.text)).toBe(true);
    expect(tocRules(m)).toEqual([]);
    const { model: read } = await readDocument(sim, READ_PARTS);
    expect(tocRules(read)).toEqual([]);
  });

  it("is refused before WordApi 1.5 with the way to do it by hand, and changes nothing", async () => {
    const m = await model([staleField(), ...body(GOALS)]);
    const sim = createWordSimulator(m, { requirementSets: { WordApi: "1.4" } });
    const texts = m.paragraphs.map((p) => p.text);
    const error = await updateTocField(sim, 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordError);
    expect(error).toMatchObject({ kind: "unsupported" });
    expect((error as WordError).message).toContain("„Felder aktualisieren“ (oder drücken Sie F9)");
    expect(m.paragraphs.map((p) => p.text)).toEqual(texts);
  });

  it("names the way by hand when Word refuses the update (fields are mainly read-only in Word on the web)", async () => {
    const m = await model([staleField(), ...body(GOALS)]);
    const sim = createWordSimulator(m, { failures: { updateField: "NotAllowed" } });
    const error = await updateTocField(sim, 0).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "not-allowed", code: "NotAllowed" });
    expect((error as WordError).message).toMatch(/Es wurde nichts geändert\. Sie können das Verzeichnis auch selbst aktualisieren: .*F9/);
    expect(m.tocFields[0].entries).toHaveLength(5);
  });

  it("reports a field that is gone as a changed document", async () => {
    const m = await model([staleField(), ...body(GOALS)]);
    await expect(updateTocField(createWordSimulator(m), 1)).rejects.toMatchObject({ kind: "changed" });
  });
});
