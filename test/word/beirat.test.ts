import { analyzeDocument } from "../../src/analysis";
import { planBeiratAction } from "../../src/app";
import { collectBeiratItems, planAnswer, planProposal, planQuestion, planResolve, type PlanResult } from "../../src/beirat";
import type { DocumentModel, TextRange } from "../../src/model/document";
import { createWordSimulator, type WordSimulator } from "../../src/simulator";
import { applyEditPlan, getSelection, readDocument, type EditPlan } from "../../src/word";
import { READ_PARTS, satzung } from "./models";

const NOW = new Date("2025-05-02T10:00:00Z");
const CTX = { today: "2025-05-02", by: "Teilhabebeirat" };
const range = (paragraph: number, start: number, end: number): TextRange => ({ start: { paragraph, offset: start }, end: { paragraph, offset: end } });
const simOf = (model: DocumentModel, options: Parameters<typeof createWordSimulator>[1] = {}) =>
  createWordSimulator(structuredClone(model), { now: () => NOW, author: "Teilhabebeirat", ...options });
/** The Word edits of a Beirat action, as src/app plans them on the model the pane last read. */
const plan = (model: DocumentModel, r: PlanResult): EditPlan => planBeiratAction(analyzeDocument(model), r, { by: "Teilhabebeirat", at: NOW.toISOString() }).edit;
const applyBeiratPlan = (sim: WordSimulator, model: DocumentModel, edit: (m: DocumentModel) => EditPlan) => applyEditPlan(sim, model, edit(model));
const reread = async (sim: WordSimulator) => (await readDocument(sim, READ_PARTS)).model;

describe("getSelection", () => {
  it("gives the selection in model coordinates in one sync", async () => {
    const model = satzung();
    const sim = simOf(model);
    sim.state.selection = range(3, 4, 13);
    expect(await getSelection(sim, model)).toEqual(range(3, 4, 13));
    expect(sim.stats.syncs).toBe(1);
  });

  it("measures in the final view, across paragraphs and for a cursor", async () => {
    const model = satzung();
    const sim = simOf(model);
    // Paragraph 2 holds the deleted „vierteljährlich“ before „ im Kreishaus“; the final-view offset ignores it.
    const across = { start: { paragraph: 1, offset: 6 }, end: { paragraph: 2, offset: 30 } };
    sim.state.selection = across;
    expect(await getSelection(sim, model)).toEqual(across);
    sim.state.selection = range(2, 27, 27);
    expect(await getSelection(sim, model)).toEqual(range(2, 27, 27));
  });

  it("refuses a changed document", async () => {
    const model = satzung();
    const sim = simOf(model);
    sim.state.model.paragraphs[3].text = "Die Sitzungen sind nicht öffentlich.";
    sim.state.selection = range(3, 4, 13);
    await expect(getSelection(sim, model)).rejects.toMatchObject({ kind: "changed" });
  });

  it("needs WordApi 1.6", async () => {
    const model = satzung();
    await expect(getSelection(simOf(model, { requirementSets: { WordApi: "1.5" } }), model)).rejects.toMatchObject({ kind: "unsupported" });
  });
});

describe("the Teilhabebeirat's actions through Word (planned by src/app, executed by applyEditPlan)", () => {
  it("asks, is answered and resolved: offen → beantwortet → erledigt", async () => {
    const model = satzung();
    const sim = simOf(model);
    sim.state.selection = range(3, 4, 13);
    const { commentId } = await applyBeiratPlan(sim, model, (m) => plan(m, planQuestion("Sind die Sitzungen barrierefrei zugänglich?", CTX)));
    expect(commentId).not.toBeNull();
    // Locate; highlight and comment; the question's record composed from the new comment and stored with its line.
    expect(sim.stats.syncs).toBe(3);

    const p3 = sim.state.model.paragraphs[3];
    expect(p3.runs.filter((r) => r.format.highlight === "magenta").map((r) => r.text)).toEqual(["Sitzungen"]);
    let read = await reread(sim);
    const comment = read.comments.find((c) => c.id === commentId)!;
    expect([comment.author, comment.text, comment.anchorText]).toEqual(["Teilhabebeirat", "Sind die Sitzungen barrierefrei zugänglich?", "Sitzungen"]);
    const question = () => collectBeiratItems(read).filter((i) => i.commentId === commentId);
    expect(question().map((i) => [i.kind, i.marking, i.text, i.state])).toEqual([["question", "highlight", "Sitzungen", "offen"]]);

    sim.state.author = "Kreisverwaltung Musterland";
    expect(await applyBeiratPlan(sim, read, (m) => plan(m, planAnswer(commentId!, "Ja, der Sitzungssaal ist stufenlos erreichbar.", CTX)))).toEqual({ commentId: null });
    read = await reread(sim);
    expect(question()[0].state).toBe("beantwortet");
    expect(question()[0].answers.map((a) => [a.author, a.text])).toEqual([["Kreisverwaltung Musterland", "Ja, der Sitzungssaal ist stufenlos erreichbar."]]);

    await applyBeiratPlan(sim, read, (m) => plan(m, planResolve(commentId!, CTX)));
    read = await reread(sim);
    expect(question()[0].state).toBe("erledigt");
  });

  it("refuses a question on an empty selection, in German, without writing", async () => {
    const model = satzung();
    const sim = simOf(model);
    sim.state.selection = range(3, 4, 4);
    const before = structuredClone(sim.state.model);
    await expect(applyBeiratPlan(sim, model, (m) => plan(m, planQuestion("Warum?", CTX))))
      .rejects.toThrow("Bitte markieren Sie zuerst die Textstelle, zu der Sie fragen möchten.");
    expect(sim.state.model).toEqual(before);
  });

  it("proposes an addition as a tracked insertion in pink, with the reason as a comment on it", async () => {
    const model = satzung();
    const sim = simOf(model);
    sim.state.selection = range(3, 29, 29);
    const result = await applyBeiratPlan(sim, model, (m) => plan(m, planProposal("addition", "und barrierefrei", CTX, "Teilhabe aller Bürgerinnen und Bürger.")));
    const p = sim.state.model.paragraphs[3];
    expect([p.text, p.originalText]).toEqual(["Die Sitzungen sind öffentlich und barrierefrei.", "Die Sitzungen sind öffentlich."]);
    const inserted = p.runs.find((r) => r.revision.kind === "inserted")!;
    expect([inserted.text, inserted.format.color]).toEqual([" und barrierefrei", "FF00FF"]);
    const change = sim.state.model.trackedChanges.find((c) => c.location?.start.paragraph === 3)!;
    expect([change.kind, change.author, change.text]).toEqual(["insertion", "Teilhabebeirat", " und barrierefrei"]);
    const comment = sim.state.model.comments.find((c) => c.id === result.commentId)!;
    expect([comment.text, comment.anchorText]).toEqual(["Teilhabe aller Bürgerinnen und Bürger.", " und barrierefrei"]);
    expect(sim.state.changeTrackingMode).toBe("Off");
    expect(collectBeiratItems(sim.state.model).map((i) => [i.kind, i.marking, i.text, i.comment])).toEqual([
      // The item is the marked words, without the space before them (src/beirat: spaces at a marking's edges).
      ["addition", "color", "und barrierefrei", "Teilhabe aller Bürgerinnen und Bürger."],
    ]);
  });

  it("an addition read back through Word is found as the Beirat's addition", async () => {
    const model = satzung();
    const sim = simOf(model);
    sim.state.selection = range(3, 30, 30);
    await applyBeiratPlan(sim, model, (m) => plan(m, planProposal("addition", "Gäste sind willkommen.", CTX)));
    const read = await reread(sim);
    expect(read.paragraphs[3].text).toBe("Die Sitzungen sind öffentlich. Gäste sind willkommen.");
    expect(collectBeiratItems(read).map((i) => [i.kind, i.marking, i.text, i.author, i.datum])).toEqual([
      ["addition", "color", "Gäste sind willkommen.", "Teilhabebeirat", "2025-05-02"],
    ]);
  });

  it("a question on several words is one item after reading back", async () => {
    const model = satzung();
    const sim = simOf(model);
    // Whole words: the reader reads mixed formatting word by word (a word half highlighted is not seen).
    sim.state.selection = range(3, 4, 30);
    const { commentId } = await applyBeiratPlan(sim, model, (m) => plan(m, planQuestion("Auch online?", CTX)));
    const items = collectBeiratItems(await reread(sim));
    expect(items.map((i) => [i.text, i.commentId, i.state])).toEqual([["Sitzungen sind öffentlich.", commentId, "offen"]]);
  });

  it("proposes a change as a tracked replacement in pink", async () => {
    const model = satzung();
    const sim = simOf(model);
    sim.state.selection = range(3, 19, 29);
    expect(await applyBeiratPlan(sim, model, (m) => plan(m, planProposal("change", "für alle zugänglich", CTX)))).toEqual({ commentId: null });
    const p = sim.state.model.paragraphs[3];
    expect([p.text, p.originalText]).toEqual(["Die Sitzungen sind für alle zugänglich.", "Die Sitzungen sind öffentlich."]);
    expect(p.runs.filter((r) => r.revision.kind !== "none").map((r) => [r.revision.kind, r.text, r.format.color]))
      .toEqual([["deleted", "öffentlich", null], ["inserted", "für alle zugänglich", "FF00FF"]]);
  });

  it("applies a plan to a known range without a selection", async () => {
    const model = satzung();
    const sim = simOf(model);
    const q = (m: DocumentModel) => plan(m, planQuestion("Gilt das auch für Ausschüsse?", { ...CTX, target: { kind: "range", range: range(3, 4, 13) } }));
    const { commentId } = await applyBeiratPlan(sim, model, q);
    expect(sim.state.model.comments.find((c) => c.id === commentId)?.anchor).toEqual(range(3, 4, 13));
  });

  it("NotAllowed on insertComment: a German error and the document unchanged (no highlight either)", async () => {
    const model = satzung();
    const sim = simOf(model, { failures: { insertComment: "NotAllowed" } });
    sim.state.selection = range(3, 4, 13);
    const before = structuredClone(sim.state.model);
    await expect(applyBeiratPlan(sim, model, (m) => plan(m, planQuestion("Warum?", CTX))))
      .rejects.toMatchObject({ kind: "not-allowed", message: expect.stringContaining("„Frage stellen“") });
    expect(sim.state.model).toEqual(before);
  });

  it("a question whose comment is gone: kind changed, nothing written", async () => {
    const model = satzung();
    const sim = simOf(model);
    await expect(applyBeiratPlan(sim, model, (m) => plan(m, planAnswer("99", "Antwort", CTX)))).rejects.toMatchObject({ kind: "changed" });
    expect(sim.stats.syncs).toBe(1);
  });
});
