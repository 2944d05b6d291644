import { createWordSimulator, SimError } from "../../src/simulator";
import { satzung } from "./models";

describe("the simulator follows Word's proxy rules", () => {
  it("throws PropertyNotLoaded for a property not loaded, and before sync", async () => {
    const sim = createWordSimulator(satzung());
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(SimError);
      paragraphs.load("items/text");
      expect(() => paragraphs.items).toThrow(/not available/);
      await context.sync();
      expect(paragraphs.items[0].text).toBe("§ 1 Geltungsbereich");
      expect(() => paragraphs.items[0].styleBuiltIn).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("loads object-form options and nested items paths, counts syncs and operations", async () => {
    const sim = createWordSimulator(satzung());
    await sim.Word.run(async (context) => {
      const comments = context.document.body.getComments().load({ select: "id", expand: "replies/items/content" });
      const first = context.document.body.paragraphs.getFirst().load({ select: "styleBuiltIn,outlineLevel" });
      await context.sync();
      expect(comments.items[0].replies.items.map((r) => r.content)).toEqual(["Geprüft."]);
      expect([first.styleBuiltIn, first.outlineLevel]).toEqual(["Heading1", 1]);
    });
    // The request: two actions of 60 bytes each with their load paths.
    expect(sim.stats).toEqual({ syncs: 1, operations: 2, writes: 0, largestRequestBytes: 2 * 60 + "id,replies/items/content".length + "styleBuiltIn,outlineLevel".length });
  });

  it("gives null objects instead of errors for *OrNullObject", async () => {
    const sim = createWordSimulator(satzung());
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/isListItem");
      await context.sync();
      const none = paragraphs.items[0].listItemOrNullObject.load("listString");
      const some = paragraphs.items[1].listItemOrNullObject.load("listString");
      const missing = context.document.getBookmarkRangeOrNullObject("gibtsnicht").load("text");
      await context.sync();
      expect([none.isNullObject, some.isNullObject, some.listString, missing.isNullObject]).toEqual([true, false, "1.", true]);
    });
  });

  it("reports highlights as Word does (#FF00FF for pink, null when mixed)", async () => {
    const model = satzung();
    model.paragraphs[3].runs[0].format.highlight = "magenta";
    const sim = createWordSimulator(model);
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/font/highlightColor");
      await context.sync();
      expect(paragraphs.items[3].font.highlightColor).toBe("#FF00FF");
      expect(paragraphs.items[0].font.highlightColor).toBeNull();
    });
  });

  it("answers isSetSupported by version", () => {
    const sim = createWordSimulator(satzung(), { requirementSets: { WordApi: "1.5" } });
    const r = sim.Office.context.requirements;
    expect([r.isSetSupported("WordApi", "1.4"), r.isSetSupported("WordApi", "1.5"), r.isSetSupported("WordApi", "1.6"), r.isSetSupported("WordApiDesktop", "1.1")])
      .toEqual([true, true, false, false]);
  });

  it("getFirst on an empty collection fails with ItemNotFound", async () => {
    const sim = createWordSimulator({ ...satzung(), comments: [] });
    const run = sim.Word.run(async (context) => {
      context.document.body.getComments().getFirst().load("id");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("the simulator's selection and tracked Replace", () => {
  it("getSelection is a proxy like any range: text only after load and sync", async () => {
    const sim = createWordSimulator(satzung());
    sim.state.selection = { start: { paragraph: 3, offset: 4 }, end: { paragraph: 3, offset: 13 } };
    await sim.Word.run(async (context) => {
      const selection = context.document.getSelection();
      expect(() => selection.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      selection.load("text");
      const last = selection.paragraphs.getLast().load("text");
      await context.sync();
      expect([selection.text, last.text]).toEqual(["Sitzungen", "Die Sitzungen sind öffentlich."]);
    });
  });

  it("Replace under TrackAll is a tracked deletion and insertion, reported in document order", async () => {
    const sim = createWordSimulator(satzung(), { author: "Frau Beispiel", now: () => new Date("2025-05-02T10:00:00Z") });
    await sim.Word.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
      const hits = context.document.body.search("Kreishaus").load("items/text");
      await context.sync();
      const inserted = hits.items[0].insertText("Rathaus", "Replace").load("text");
      await context.sync();
      expect(inserted.text).toBe("Rathaus");
    });
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const changes = paragraphs.items[2].getTrackedChanges().load("items/type,items/text,items/author");
      await context.sync();
      expect(changes.items.map((c) => [c.type, c.text, c.author])).toEqual([
        ["Added", "monatlich", "Herr Muster"], ["Deleted", "vierteljährlich", "Herr Muster"],
        ["Deleted", "Kreishaus", "Frau Beispiel"], ["Added", "Rathaus", "Frau Beispiel"],
      ]);
      expect(paragraphs.items[2].text).toBe("Der Kreistag tagt monatlich im Rathaus.");
    });
  });
});
