import { checkTerminology, replacementsFor } from "../../src/checks/terminology";
import type { DocumentModel } from "../../src/model/document";
import { createWordSimulator } from "../../src/simulator";
import { readDocument, replaceAllTracked, replaceTrackedText } from "../../src/word";
import { emptyModel, paragraph, READ_PARTS, satzung } from "./models";

const NOW = new Date("2025-05-02T10:00:00Z");
const simOf = (model: DocumentModel, options: Parameters<typeof createWordSimulator>[1] = {}) =>
  createWordSimulator(structuredClone(model), { now: () => NOW, author: "Frau Beispiel", ...options });
const range = (paragraph: number, start: number, end: number) => ({ start: { paragraph, offset: start }, end: { paragraph, offset: end } });

describe("replaceTrackedText", () => {
  it("records a tracked deletion and a tracked insertion, final and original view right", async () => {
    const model = satzung();
    const sim = simOf(model);
    await replaceTrackedText(sim, model, range(3, 19, 29), "nicht öffentlich");
    const p = sim.state.model.paragraphs[3];
    expect([p.text, p.originalText]).toEqual(["Die Sitzungen sind nicht öffentlich.", "Die Sitzungen sind öffentlich."]);
    expect(p.runs.map((r) => [r.text, r.revision.kind, r.finalOffset, r.originalOffset])).toEqual([
      ["Die Sitzungen sind ", "none", 0, 0],
      ["öffentlich", "deleted", 19, 19],
      ["nicht öffentlich", "inserted", 19, 29],
      [".", "none", 35, 29],
    ]);
    const mine = sim.state.model.trackedChanges.filter((c) => c.location?.start.paragraph === 3);
    expect(mine.map((c) => [c.kind, c.author, c.date, c.text])).toEqual([
      ["deletion", "Frau Beispiel", "2025-05-02T10:00:00.000Z", "öffentlich"],
      ["insertion", "Frau Beispiel", "2025-05-02T10:00:00.000Z", "nicht öffentlich"],
    ]);
    expect(sim.state.changeTrackingMode).toBe("Off");
    expect(sim.stats.syncs).toBe(2);
  });

  it("reads back through Word as the same tracked changes", async () => {
    const model = satzung();
    const sim = simOf(model);
    await replaceTrackedText(sim, model, range(3, 4, 13), "Beratungen");
    const { model: read } = await readDocument(sim, READ_PARTS);
    expect([read.paragraphs[3].text, read.paragraphs[3].originalText]).toEqual(["Die Beratungen sind öffentlich.", "Die Sitzungen sind öffentlich."]);
    expect(read.trackedChanges.filter((c) => c.location?.start.paragraph === 3).map((c) => [c.kind, c.text, c.location]))
      .toEqual([["deletion", "Sitzungen", range(3, 4, 4)], ["insertion", "Beratungen", range(3, 4, 14)]]);
  });

  it("replacing a pending insertion removes it rather than deleting it", async () => {
    const model = satzung();
    const sim = simOf(model);
    await replaceTrackedText(sim, model, range(2, 18, 27), "jährlich");
    const p = sim.state.model.paragraphs[2];
    expect([p.text, p.originalText]).toEqual(["Der Kreistag tagt jährlich im Kreishaus.", "Der Kreistag tagt vierteljährlich im Kreishaus."]);
    expect(sim.state.model.trackedChanges.filter((c) => c.location?.start.paragraph === 2).map((c) => [c.kind, c.text]))
      .toEqual([["deletion", "vierteljährlich"], ["insertion", "jährlich"]]);
    const { model: read } = await readDocument(sim, READ_PARTS);
    expect(read.paragraphs[2].originalText).toBe(p.originalText);
  });

  it("keeps the user's mode when tracking was already on", async () => {
    const model = satzung();
    const sim = simOf({ ...model, trackRevisions: true });
    await replaceTrackedText(sim, model, range(3, 4, 13), "Beratungen");
    expect(sim.state.changeTrackingMode).toBe("TrackAll");
  });

  it("an untracked Replace (tracking off, directly through the simulator) changes both views", async () => {
    const sim = simOf(satzung());
    await sim.Word.run(async (context) => {
      const hits = context.document.body.search("Sitzungen").load("items/text");
      await context.sync();
      hits.items[0].insertText("Beratungen", "Replace");
      await context.sync();
    });
    const p = sim.state.model.paragraphs[3];
    expect([p.text, p.originalText]).toEqual(["Die Beratungen sind öffentlich.", "Die Beratungen sind öffentlich."]);
    expect(sim.state.model.bookmarks[0].range).toEqual(range(3, 4, 4));
  });

  it("fails as a whole and restores the mode", async () => {
    const model = satzung();
    const sim = simOf(model, { failures: { insertText: "NotAllowed" } });
    const before = structuredClone(sim.state.model);
    await expect(replaceTrackedText(sim, model, range(3, 4, 13), "Beratungen")).rejects.toMatchObject({ kind: "not-allowed" });
    expect(sim.state.model).toEqual(before);
    expect(sim.state.changeTrackingMode).toBe("Off");
  });
});

/** A Konzept with both spellings of Potenzial, inflected. */
function konzept(): DocumentModel {
  return emptyModel([
    paragraph(0, "Digitalisierungskonzept des Kreises Musterland", { builtInStyle: "Heading1", outlineLevel: 1 }),
    paragraph(1, "Das Potenzial der Verwaltung wird geprüft; die Potentiale der Schulen ebenso."),
    paragraph(2, "Der Kreis nutzt das Potential der Region und die Potenziale der Gemeinden."),
    paragraph(3, "Ein weiteres Potential liegt im Ehrenamt."),
  ]);
}

const potenzialGroup = (model: DocumentModel) => checkTerminology(model).groups.find((g) => g.variants.some((v) => /^Potent/.test(v.form)));

describe("replaceAllTracked: „alle ersetzen“ of the terminology check", () => {
  it("replaces every variant in one Word.run and a re-check finds the group resolved", async () => {
    const model = konzept();
    const group = potenzialGroup(model)!;
    expect(group.suggested).toBe("Potenzial");
    const replacements = replacementsFor(group, group.suggested);
    expect(replacements.map((r) => r.replacement)).toEqual(["Potenziale", "Potenzial", "Potenzial"]);
    const sim = simOf(model);
    await replaceAllTracked(sim, model, replacements);
    expect(sim.stats.syncs).toBe(2);

    const { model: read } = await readDocument(sim, READ_PARTS);
    expect(read.paragraphs.map((p) => p.text).slice(1)).toEqual([
      "Das Potenzial der Verwaltung wird geprüft; die Potenziale der Schulen ebenso.",
      "Der Kreis nutzt das Potenzial der Region und die Potenziale der Gemeinden.",
      "Ein weiteres Potenzial liegt im Ehrenamt.",
    ]);
    expect(read.paragraphs.map((p) => p.originalText)).toEqual(model.paragraphs.map((p) => p.text));
    expect(potenzialGroup(read)).toBeUndefined();
    expect(read.trackedChanges.map((c) => [c.kind, c.text, c.location?.start.paragraph, c.author])).toEqual([
      ["deletion", "Potentiale", 1, "Frau Beispiel"], ["insertion", "Potenziale", 1, "Frau Beispiel"],
      ["deletion", "Potential", 2, "Frau Beispiel"], ["insertion", "Potenzial", 2, "Frau Beispiel"],
      ["deletion", "Potential", 3, "Frau Beispiel"], ["insertion", "Potenzial", 3, "Frau Beispiel"],
    ]);
    expect(sim.state.changeTrackingMode).toBe("Off");
  });

  it("keeps offsets valid for several replacements in one paragraph", async () => {
    const model = emptyModel([paragraph(0, "Potential, Potentiale und Potentials.")]);
    const sim = simOf(model);
    await replaceAllTracked(sim, model, [
      { paragraph: 0, start: 0, end: 9, replacement: "Potenzial" },
      { paragraph: 0, start: 11, end: 21, replacement: "Potenziale" },
      { paragraph: 0, start: 26, end: 36, replacement: "Potenzials" },
    ]);
    const p = sim.state.model.paragraphs[0];
    expect([p.text, p.originalText]).toEqual(["Potenzial, Potenziale und Potenzials.", "Potential, Potentiale und Potentials."]);
    expect(p.runs.filter((r) => r.revision.kind === "deleted").map((r) => [r.text, r.finalOffset])).toEqual([["Potential", 0], ["Potentiale", 11], ["Potentials", 26]]);
  });

  it("locates every range before writing: a changed place means nothing is replaced", async () => {
    const model = konzept();
    const replacements = replacementsFor(potenzialGroup(model)!, "Potenzial");
    const sim = simOf(model);
    sim.state.model.paragraphs[3].text = "Ein weiteres Potential liegt im Sport.";
    const before = structuredClone(sim.state.model);
    await expect(replaceAllTracked(sim, model, replacements)).rejects.toMatchObject({ kind: "changed" });
    expect(sim.state.model).toEqual(before);
    expect(sim.stats.syncs).toBe(1);
  });

  it("a refusal by Word leaves the document unchanged and the mode restored", async () => {
    const model = konzept();
    const sim = simOf(model, { failures: { insertText: "NotAllowed" } });
    const before = structuredClone(sim.state.model);
    await expect(replaceAllTracked(sim, model, replacementsFor(potenzialGroup(model)!, "Potenzial"))).rejects.toMatchObject({ kind: "not-allowed" });
    expect(sim.state.model).toEqual(before);
    expect(sim.state.changeTrackingMode).toBe("Off");
  });

  it("refuses overlapping or out-of-range replacements without calling Word", async () => {
    const model = konzept();
    const sim = simOf(model);
    await expect(replaceAllTracked(sim, model, [
      { paragraph: 1, start: 4, end: 13, replacement: "x" }, { paragraph: 1, start: 10, end: 14, replacement: "y" },
    ])).rejects.toThrow(/überschneiden sich/);
    await expect(replaceAllTracked(sim, model, [{ paragraph: 9, start: 0, end: 1, replacement: "x" }])).rejects.toThrow(/außerhalb/);
    expect(sim.stats.syncs).toBe(0);
  });
});
