/**
 * Two panes on one document (co-authors, joinWordSimulator): one document, one tracking mode, each pane with its own
 * selection, user, syncs and failures; each pane's edits move the other's selection and live ranges, and show in its
 * next load, also between the syncs of one of its batches.
 */
import { createWordSimulator, joinWordSimulator } from "../../src/simulator";
import { satzung } from "./models";

const range = (paragraph: number, start: number, end: number) => ({ start: { paragraph, offset: start }, end: { paragraph, offset: end } });

describe("joinWordSimulator", () => {
  it("shares the document and its tracking mode; keeps user, selection, syncs and failures apart", async () => {
    const a = createWordSimulator(satzung(), { author: "Stabsstelle" });
    const b = joinWordSimulator(a, { author: "Kämmerei", failures: { insertComment: "NotAllowed" } });
    a.state.selection = range(3, 4, 13);
    await a.Word.run(async (context) => {
      context.document.getSelection().insertComment("Öffentlich auch online?");
      context.document.changeTrackingMode = "TrackAll";
      await context.sync();
    });
    expect(b.state.model.comments.map((c) => [c.author, c.text])).toContainEqual(["Stabsstelle", "Öffentlich auch online?"]);
    expect(b.state.changeTrackingMode).toBe("TrackAll");
    expect(b.state.selection).toBeNull();
    expect([a.stats.syncs, b.stats.syncs]).toEqual([1, 0]);
    b.state.selection = range(1, 0, 5);
    await expect(b.Word.run(async (context) => {
      context.document.getSelection().insertComment("Nicht erlaubt");
      await context.sync();
    })).rejects.toMatchObject({ code: "NotAllowed" });
    await b.Word.run(async (context) => {
      context.document.getSelection().insertText("Vorstehende ", "Start");
      await context.sync();
    });
    // B's insertion is tracked (A switched tracking on for the document), as B's; A's selection elsewhere stays.
    expect(a.state.model.trackedChanges.filter((c) => c.author === "Kämmerei").map((c) => [c.kind, c.text])).toEqual([["insertion", "Vorstehende "]]);
    expect(a.state.selection).toEqual(range(3, 4, 13));
  });

  it("moves the other pane's selection and live ranges with an edit, also between the syncs of its batch", async () => {
    const a = createWordSimulator(satzung(), { author: "Stabsstelle" });
    const b = joinWordSimulator(a, { author: "Kämmerei" });
    a.state.selection = range(3, 4, 13); // „Sitzungen“
    await a.Word.run(async (context) => {
      const sitzungen = context.document.getSelection();
      const comments = context.document.body.paragraphs.getLast().getComments().load("items/content");
      sitzungen.load("text");
      await context.sync();
      expect([sitzungen.text, comments.items.length]).toEqual(["Sitzungen", 0]);
      // The co-author inserts text before A's range and comments on the paragraph, while A's batch runs.
      b.state.selection = range(3, 0, 3);
      await b.Word.run(async (other) => {
        const start = other.document.getSelection();
        start.insertText("Alle ", "Before");
        start.insertComment("Bitte „Alle“ prüfen.");
        await other.sync();
      });
      sitzungen.load("text");
      comments.load("items/content");
      const again = context.document.body.paragraphs.getLast().getComments().load("items/content");
      await context.sync();
      expect(sitzungen.text).toBe("Sitzungen");
      expect(again.items.map((c) => c.content)).toEqual(["Bitte „Alle“ prüfen."]);
    });
    expect(a.state.model.paragraphs[3].text).toBe("Alle Die Sitzungen sind öffentlich.");
    expect(a.state.selection).toEqual(range(3, 9, 18));
  });
});
