/**
 * Proxies follow their content within one Word.run, as Word's do: paragraphs stay the same paragraph, ranges move
 * with insertions and deletions before them, grow only by text inserted strictly inside, and the body is always
 * the whole body.
 */
import { createWordSimulator } from "../../src/simulator";
import { satzung } from "./models";

describe("proxies follow edits made earlier in the same Word.run", () => {
  it("old paragraph proxies keep their paragraph, with its comments, tracked changes and bookmarks, after a paragraph is inserted", async () => {
    const sim = createWordSimulator(satzung());
    sim.state.selection = { start: { paragraph: 3, offset: 4 }, end: { paragraph: 3, offset: 13 } };
    await sim.Word.run(async (context) => {
      const body = context.document.body.load("text");
      const paragraphs = context.document.body.paragraphs.load("items/text,items/uniqueLocalId");
      await context.sync();
      // `body.paragraphs` is one proxy, as in Office.js: loading it again below replaces its items.
      const old = paragraphs.items;
      const [, second, third, fourth] = old;
      const ids = old.map((p) => p.uniqueLocalId);
      const wholeFourth = fourth.getRange("Whole");
      second.insertParagraph("Sie tritt am Tag nach der Bekanntmachung in Kraft.", "Before");
      await context.sync();

      for (const p of old) p.load("text,uniqueLocalId");
      body.load("text");
      wholeFourth.load("text");
      const comments = second.getComments().load("items/content");
      const changes = third.getTrackedChanges().load("items/type,items/text");
      const bookmarks = fourth.getRange("Whole").getBookmarks();
      const selection = context.document.getSelection().load("text");
      const all = paragraphs.load("items/text");
      await context.sync();

      expect(old.map((p) => p.text)).toEqual([
        "§ 1 Geltungsbereich", "Diese Satzung gilt für den Kreis Musterland.", "Der Kreistag tagt monatlich im Kreishaus.", "Die Sitzungen sind öffentlich.",
      ]);
      expect(old.map((p) => p.uniqueLocalId)).toEqual(ids);
      expect(body.text).toBe([
        "§ 1 Geltungsbereich", "Sie tritt am Tag nach der Bekanntmachung in Kraft.", "Diese Satzung gilt für den Kreis Musterland.",
        "Der Kreistag tagt monatlich im Kreishaus.", "Die Sitzungen sind öffentlich.",
      ].join("\r"));
      expect(all.items).toHaveLength(5);
      expect(wholeFourth.text).toBe("Die Sitzungen sind öffentlich.");
      expect(comments.items.map((c) => c.content)).toEqual(["Bitte Geltungsbereich prüfen."]);
      expect(changes.items.map((c) => [c.type, c.text])).toEqual([["Added", "monatlich"], ["Deleted", "vierteljährlich"]]);
      expect(bookmarks.value).toEqual(["Sitzungen"]);
      expect(selection.text).toBe("Sitzungen");
    });
  });

  it("the body takes in a paragraph inserted after its last one", async () => {
    const sim = createWordSimulator(satzung());
    await sim.Word.run(async (context) => {
      const body = context.document.body;
      const last = body.paragraphs.getLast();
      body.load("text");
      await context.sync();
      last.insertParagraph("Die Niederschrift ist zu veröffentlichen.", "After");
      const end = body.getRange("End").insertText(" (Ende)", "Before").load("text");
      body.load("text");
      await context.sync();
      expect(body.text.split("\r").slice(-2)).toEqual(["Die Sitzungen sind öffentlich.", "Die Niederschrift ist zu veröffentlichen. (Ende)"]);
      expect(end.text).toBe(" (Ende)");
    });
  });

  it("a found range keeps its words when text is inserted before it, at its start and at its end, and grows by text inserted inside", async () => {
    const sim = createWordSimulator(satzung());
    await sim.Word.run(async (context) => {
      const house = context.document.body.search("Kreishaus");
      const stretch = context.document.body.search("tagt monatlich im");
      const monthly = context.document.body.search("monatlich");
      const dot = context.document.body.search("Kreishaus.");
      for (const c of [house, stretch, monthly, dot]) c.load("items/text");
      await context.sync();

      const line = house.items[0].paragraphs.getFirst();
      line.getRange("Start").insertText("Seit 2025: ", "Before");
      house.items[0].getRange("Start").insertText("großen ", "After");
      dot.items[0].getRange("End").insertText(" Am Markt.", "Before");
      dot.items[0].search(".").getFirst().insertText(" Nord", "Before");
      monthly.items[0].insertText(" und öffentlich", "After");
      for (const r of [house.items[0], stretch.items[0], monthly.items[0], line]) r.load("text");
      await context.sync();

      expect(line.text).toBe("Seit 2025: Der Kreistag tagt monatlich und öffentlich im großen Kreishaus Nord. Am Markt.");
      expect(house.items[0].text).toBe("Kreishaus");
      expect(monthly.items[0].text).toBe("monatlich");
      expect(stretch.items[0].text).toBe("tagt monatlich und öffentlich im");
    });
  });

  it("the range an insertText is called on takes in Start, End and Replace text, not Before and After text", async () => {
    const sim = createWordSimulator(satzung());
    await sim.Word.run(async (context) => {
      const search = (text: string) => context.document.body.search(text).getFirst();
      const start = search("Kreistag");
      const end = search("Kreishaus");
      const replaced = search("Sitzungen");
      const before = search("Satzung");
      const after = search("Musterland");
      start.insertText("Der neue ", "Start");
      end.insertText(" am Markt", "End");
      replaced.insertText("Beratungen", "Replace");
      before.insertText("geänderte ", "Before");
      after.insertText("-Nord", "After");
      for (const r of [start, end, replaced, before, after]) r.load("text");
      await context.sync();
      expect([start.text, end.text, replaced.text, before.text, after.text])
        .toEqual(["Der neue Kreistag", "Kreishaus am Markt", "Beratungen", "Satzung", "Musterland"]);
    });
  });

  it.each(["Off", "TrackAll"] as const)("with change tracking %s, a range after deleted text moves left and one inside it collapses", async (mode) => {
    const sim = createWordSimulator(satzung());
    await sim.Word.run(async (context) => {
      context.document.changeTrackingMode = mode;
      const paragraph = context.document.body.paragraphs.getLast();
      const publicly = paragraph.search("öffentlich").getFirst();
      const inside = paragraph.search("Sitz").getFirst();
      const before = paragraph.search("Die").getFirst();
      for (const r of [publicly, inside, before]) r.load("text");
      await context.sync();
      paragraph.search("Sitzungen ").getFirst().insertText("", "Replace");
      for (const r of [publicly, inside, before, paragraph]) r.load("text,isEmpty");
      await context.sync();
      expect([publicly.text, inside.text, inside.isEmpty, before.text, paragraph.text]).toEqual(["öffentlich", "", true, "Die", "Die sind öffentlich."]);
      publicly.insertText("nicht ", "Start");
      inside.insertText("Beratungen ", "End");
      await context.sync();
    });
    expect(sim.state.model.paragraphs[3].text).toBe("Die Beratungen sind nicht öffentlich.");
  });

  it("a paragraph proxy whose paragraph was removed is not found any more", async () => {
    const model = satzung();
    model.tocFields[0].entries = [{ paragraph: 3, level: 1, text: "Die Sitzungen sind öffentlich." }];
    const sim = createWordSimulator(model);
    const run = sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      context.document.body.fields.getByTypes(["TOC" as Word.FieldType]).getFirst().updateResult();
      await context.sync();
      paragraphs.items[3].load("text");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
