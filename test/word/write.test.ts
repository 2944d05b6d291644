import { createWordSimulator } from "../../src/simulator";
import {
  insertComment, insertTable, insertTrackedText, openNewDocument, readDocument, replyToComment,
  selectParagraph, selectRange, setCommentResolved, setFontColor, setHighlight, WordError,
} from "../../src/word";
import { READ_PARTS, satzung } from "./models";

const NOW = new Date("2025-05-02T10:00:00Z");
const setup = (options: Parameters<typeof createWordSimulator>[1] = {}) => {
  const model = satzung();
  return { model, sim: createWordSimulator(structuredClone(model), { now: () => NOW, author: "Frau Beispiel", ...options }) };
};
const range = (paragraph: number, start: number, end: number) => ({ start: { paragraph, offset: start }, end: { paragraph, offset: end } });

describe("writing primitives", () => {
  it("selects a paragraph and a range", async () => {
    const { model, sim } = setup();
    await selectParagraph(sim, model, 3);
    expect(sim.state.selection).toEqual(range(3, 0, 30));
    await selectRange(sim, model, range(2, 18, 27));
    expect(sim.state.selection).toEqual(range(2, 18, 27));
  });

  it("finds the right occurrence of a repeated text", async () => {
    const { model, sim } = setup();
    // "Kreis" occurs in paragraph 1 ("Kreis Musterland") and twice in paragraph 2 ("Kreistag", "Kreishaus").
    await selectRange(sim, model, range(2, 31, 36));
    expect(sim.state.selection).toEqual(range(2, 31, 36));
  });

  it("locates a range across paragraphs and a point at a paragraph's start", async () => {
    const { model, sim } = setup();
    const across = { start: { paragraph: 1, offset: 6 }, end: { paragraph: 2, offset: 12 } };
    await selectRange(sim, model, across);
    expect(sim.state.selection).toEqual(across);
    await insertTrackedText(sim, model, { paragraph: 3, offset: 0 }, "Alle ");
    expect(sim.state.model.paragraphs[3].text).toBe("Alle Die Sitzungen sind öffentlich.");
  });

  it("inserts a comment that a re-read sees, anchored where asked", async () => {
    const { model, sim } = setup();
    const id = await insertComment(sim, model, range(3, 4, 13), "Öffentlichkeit klären.");
    const { model: read } = await readDocument(sim, READ_PARTS);
    const c = read.comments.find((x) => x.id === id)!;
    expect([c.text, c.author, c.anchorText, c.date]).toEqual(["Öffentlichkeit klären.", "Frau Beispiel", "Sitzungen", "2025-05-02T10:00:00Z"]);
    expect(c.anchor).toEqual(range(3, 4, 13));
  });

  it("replies to and resolves a comment", async () => {
    const { sim } = setup();
    await replyToComment(sim, "5", "Nochmals geprüft.");
    await setCommentResolved(sim, "5", false);
    const { model: read } = await readDocument(sim, READ_PARTS);
    expect(read.comments[0].replies.map((r) => r.text)).toEqual(["Geprüft.", "Nochmals geprüft."]);
    expect(read.comments[0].resolved).toBe(false);
  });

  it("sets a pink highlight and a font colour on exactly the range", async () => {
    const { model, sim } = setup();
    await setHighlight(sim, model, range(3, 4, 13), "magenta");
    await setFontColor(sim, model, range(3, 0, 3), "c00000");
    const runs = sim.state.model.paragraphs[3].runs.map((r) => [r.text, r.format.highlight, r.format.color]);
    expect(runs).toEqual([["Die", null, "C00000"], [" ", null, null], ["Sitzungen", "magenta", null], [" sind öffentlich.", null, null]]);
  });

  it("inserts text as a tracked change and restores the tracking mode", async () => {
    const { model, sim } = setup();
    await insertTrackedText(sim, model, { paragraph: 3, offset: 29 }, " und barrierefrei");
    const { model: read } = await readDocument(sim, READ_PARTS);
    expect(read.paragraphs[3].text).toBe("Die Sitzungen sind öffentlich und barrierefrei.");
    expect(read.paragraphs[3].originalText).toBe("Die Sitzungen sind öffentlich.");
    expect(read.trackedChanges.filter((c) => c.location?.start.paragraph === 3).map((c) => [c.kind, c.author, c.text]))
      .toEqual([["insertion", "Frau Beispiel", " und barrierefrei"]]);
    expect(read.trackRevisions).toBe(false);
    expect(sim.state.changeTrackingMode).toBe("Off");
  });

  it("restores the tracking mode when the insertion fails", async () => {
    const { model, sim } = setup({ failures: { insertText: "GeneralException" } });
    await expect(insertTrackedText(sim, model, { paragraph: 3, offset: 0 }, "Alle ")).rejects.toMatchObject({ kind: "general" });
    expect(sim.state.changeTrackingMode).toBe("Off");
    expect(sim.state.model.paragraphs[3].text).toBe(model.paragraphs[3].text);
  });

  it("inserts a table after the cursor's paragraph, with a header row", async () => {
    const { sim } = setup();
    const after = 0;
    sim.state.selection = { start: { paragraph: after, offset: 0 }, end: { paragraph: after, offset: 0 } };
    const followingText = sim.state.model.paragraphs[after + 1]?.text;
    const note = "¹ aus einem Vermerk übernommen, noch nicht bestätigt";
    await insertTable(sim, { header: ["Nr.", "Antrag"], rows: [["1", "Sitzungsrhythmus"]], notes: [note] }, "_Beschlussreif_Tabelle_1");
    const { model: read } = await readDocument(sim, READ_PARTS);
    expect(read.paragraphs.slice(after + 1, after + 6).map((p) => [p.text, p.table?.row, p.table?.cell])).toEqual([
      ["Nr.", 0, 0], ["Antrag", 0, 1], ["1", 1, 0], ["Sitzungsrhythmus", 1, 1], [note, undefined, undefined],
    ]);
    expect(read.paragraphs[after + 6]?.text).toBe(followingText);
    // The hidden bookmark spans table and note, as Word reports it back.
    expect(read.bookmarks).toContainEqual({
      name: "_Beschlussreif_Tabelle_1", hidden: true,
      range: { start: { paragraph: after + 1, offset: 0 }, end: { paragraph: after + 5, offset: note.length } },
    });
  });

  it("refuses a bookmark name Word would refuse, inserting nothing", async () => {
    const { sim } = setup();
    const before = sim.state.model.paragraphs.length;
    await expect(insertTable(sim, { header: ["Nr."], rows: [["1"]], notes: [] }, "1 Tabelle")).rejects.toMatchObject({ kind: "general" });
    expect(sim.state.model.paragraphs.length).toBe(before);
  });

  it("opens a generated document", async () => {
    const { sim } = setup();
    await openNewDocument(sim, "UEsDBA==");
    expect(sim.state.openedDocuments).toEqual(["UEsDBA=="]);
  });
});

describe("errors become German messages and leave nothing half-written", () => {
  it("NotAllowed on insertComment: kind not-allowed, no comment, no split runs", async () => {
    const { model, sim } = setup({ failures: { insertComment: "NotAllowed" } });
    const before = structuredClone(sim.state.model);
    const error = await insertComment(sim, model, range(3, 4, 13), "Text").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordError);
    expect(error).toMatchObject({ kind: "not-allowed", code: "NotAllowed" });
    expect((error as Error).message).toMatch(/nicht \(z\. B\. schreibgeschützt/);
    expect(sim.state.model).toEqual(before);
  });

  it("GeneralException on reply: kind general", async () => {
    const { sim } = setup({ failures: { reply: "GeneralException" } });
    await expect(replyToComment(sim, "5", "x")).rejects.toMatchObject({ kind: "general", code: "GeneralException" });
    expect(sim.state.model.comments[0].replies).toHaveLength(1);
  });

  it("a changed document: kind changed, nothing written", async () => {
    const { model, sim } = setup();
    sim.state.model.paragraphs[3].text = "Die Sitzungen sind nicht öffentlich.";
    await expect(setHighlight(sim, model, range(3, 4, 13), "magenta")).rejects.toMatchObject({ kind: "changed" });
    await expect(replyToComment(sim, "99", "x")).rejects.toMatchObject({ kind: "changed" });
    expect(sim.state.model.paragraphs[3].runs.every((r) => r.format.highlight === null)).toBe(true);
  });

  it("an old Word: kind unsupported, without calling Word", async () => {
    const { model, sim } = setup({ requirementSets: { WordApi: "1.3" } });
    await expect(insertComment(sim, model, range(3, 4, 13), "x")).rejects.toMatchObject({ kind: "unsupported" });
    expect(sim.stats.syncs).toBe(0);
  });

  it("writes need at most two syncs", async () => {
    const { model, sim } = setup();
    await insertComment(sim, model, range(3, 4, 13), "x");
    expect(sim.stats.syncs).toBe(2);
  });
});
