/**
 * The simulator answers Range.getComments / getTrackedChanges / getBookmarks from a per-paragraph lookup
 * (src/simulator/lookup.ts). These tests read, write through the simulated API, and read again in the same batch
 * (and across batches), comparing with a scan of the whole model: a lookup kept across a write fails them.
 */
import type { DocumentModel, TextPosition, TextRange, TrackedChange } from "../../src/model/document";
import { createWordSimulator, type WordSimulator } from "../../src/simulator";
import { satzung } from "./models";

interface Seen {
  comments: string[];
  changes: string[];
  bookmarks: string[];
}

const key = (p: TextPosition) => p.paragraph * 1e9 + p.offset;
const touches = (a: TextRange | null, b: TextRange): a is TextRange => a !== null && key(a.start) <= key(b.end) && key(a.end) >= key(b.start);
const TYPE: Partial<Record<TrackedChange["kind"], string>> = {
  insertion: "Added", moveTo: "Added", paragraphInsertion: "Added",
  deletion: "Deleted", moveFrom: "Deleted", paragraphDeletion: "Deleted", runFormatting: "Formatted", paragraphFormatting: "Formatted",
};

/** The reference: for each paragraph, every list scanned from scratch, with Word's order for tracked changes. */
function scan(model: DocumentModel): Seen[] {
  return model.paragraphs.map((p) => {
    const whole: TextRange = { start: { paragraph: p.index, offset: 0 }, end: { paragraph: p.index, offset: p.text.length } };
    const runOf = (c: TrackedChange) => {
      const i = model.paragraphs[c.location!.start.paragraph].runs.findIndex((r) => r.revision.kind !== "none" && r.revision.changeId === c.id);
      return i < 0 ? Infinity : i;
    };
    const changes = model.trackedChanges
      .filter((c) => c.story === "body" && TYPE[c.kind] && touches(c.location, whole))
      .sort((a, b) => key(a.location!.start) - key(b.location!.start) || runOf(a) - runOf(b));
    return {
      comments: model.comments.filter((c) => touches(c.anchor, whole)).map((c) => c.id),
      changes: changes.map((c) => `${TYPE[c.kind]} ${c.kind.startsWith("paragraph") ? "¶" : c.text}`),
      bookmarks: model.bookmarks.filter((b) => touches(b.range, whole)).map((b) => b.name),
    };
  });
}

/** What the simulated Word reports for every paragraph, read in the given batch (two syncs). */
async function readEvery(context: Word.RequestContext): Promise<Seen[]> {
  const paragraphs = context.document.body.paragraphs.load("items/text");
  await context.sync();
  const asked = paragraphs.items.map((p) => ({
    comments: p.getComments().load("items/id"),
    changes: p.getTrackedChanges().load("items/type,items/text"),
    bookmarks: p.getRange("Whole").getBookmarks(true, false),
  }));
  await context.sync();
  return asked.map((a) => ({
    comments: a.comments.items.map((c) => c.id),
    changes: a.changes.items.map((c) => `${c.type} ${c.text === "\r" ? "¶" : c.text}`),
    bookmarks: a.bookmarks.value,
  }));
}

/**
 * The first occurrence of `text`, searched in freshly loaded paragraph proxies: the simulator binds a proxy's range
 * (body, paragraph) when it is first used, so proxies from before a paragraph insertion keep their old range.
 */
async function at(context: Word.RequestContext, text: string): Promise<Word.Range> {
  const paragraphs = context.document.body.paragraphs.load("items/text");
  await context.sync();
  const paragraph = paragraphs.items.find((p) => p.text.includes(text));
  if (!paragraph) throw new Error(`"${text}" fehlt`);
  return paragraph.search(text).getFirst();
}

/** Writes through the simulated API, each one changing what some paragraph reports. */
const WRITES: Array<[string, (context: Word.RequestContext) => Promise<unknown>]> = [
  ["insertComment", async (c) => (await at(c, "Sitzungen")).insertComment("Bitte Öffentlichkeit prüfen.")],
  ["tracked insertText", async (c) => { c.document.changeTrackingMode = "TrackAll"; (await at(c, "Kreishaus")).insertText(" Musterland", "End"); }],
  ["tracked Replace", async (c) => (await at(c, "monatlich")).insertText("wöchentlich", "Replace")],
  ["insertParagraph before the commented paragraph", async (c) => c.document.body.paragraphs.getFirst().insertParagraph("Präambel des Kreises", "After")],
  ["insertTable before it", async (c) => (await at(c, "Diese Satzung")).insertTable(1, 2, "Before", [["Spalte A", "Spalte B"]])],
  ["tracked deletion", async (c) => (await at(c, "Die ")).insertText("", "Replace")],
  ["deleting one's own insertion", async (c) => (await at(c, "wöchentlich")).insertText("", "Replace")],
  ["untracked deletion over a bookmark, then a paragraph before all", async (c) => {
    c.document.changeTrackingMode = "Off";
    (await at(c, "Sitzungen sind")).insertText("", "Replace");
    c.document.body.paragraphs.getFirst().insertParagraph("Entwurf", "Before");
  }],
];

describe("the simulator's per-paragraph lookup is never stale", () => {
  it("after each write of one batch, every paragraph reports what a scan of the whole model finds", async () => {
    const sim = createWordSimulator(satzung());
    const history: Seen[][] = [];
    await sim.Word.run(async (context) => {
      history.push(await readEvery(context));
      expect(history[0]).toEqual(scan(sim.state.model));
      for (const [name, write] of WRITES) {
        await write(context);
        await context.sync();
        const seen = await readEvery(context);
        expect({ name, seen }).toEqual({ name, seen: scan(sim.state.model) });
        // Each write changes some paragraph's answer, so an answer kept from before it would show.
        expect({ name, same: seen }).not.toEqual({ name, same: history[history.length - 1] });
        history.push(seen);
      }
    });
    expect(sim.stats.writes).toBe(11);
    // Spot checks of the end state: the comment moved with its paragraph behind the new paragraph and table cells.
    const final = history[history.length - 1];
    const texts = sim.state.model.paragraphs.map((p) => p.text);
    expect(texts).toEqual([
      "Entwurf", "§ 1 Geltungsbereich", "Präambel des Kreises", "Spalte A", "Spalte B", "Diese Satzung gilt für den Kreis Musterland.",
      "Der Kreistag tagt  im Kreishaus Musterland.", " öffentlich.",
    ]);
    expect(final[5].comments).toEqual(["5"]);
    expect(final[2].changes).toEqual(["Added Präambel des Kreises", "Added ¶"]);
    expect(final[6].changes).toEqual(["Deleted vierteljährlich", "Added  Musterland"]);
    expect(final[7]).toEqual({ comments: ["6"], changes: ["Deleted Die "], bookmarks: ["Sitzungen"] });
  });

  it("a write whose target is found through the lookup leaves no stale lookup behind", async () => {
    const sim = createWordSimulator(satzung());
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      context.document.changeTrackingMode = "TrackAll";
      // Resolving the change's range builds the lookup inside the write, before the new insertion exists.
      paragraphs.items[2].getTrackedChanges().getFirst().getRange().insertText("nun ", "Before");
      await context.sync();
      const seen = await readEvery(context);
      expect(seen[2].changes).toEqual(["Added nun ", "Added monatlich", "Deleted vierteljährlich"]);
      expect(seen).toEqual(scan(sim.state.model));
    });
  });

  it("answers the same before and after writes as a fresh batch, and keeps the sync count", async () => {
    const sim = createWordSimulator(satzung());
    await sim.Word.run(async (context) => {
      for (const [, write] of WRITES.slice(0, 5)) {
        await write(context);
        await context.sync();
      }
    });
    const syncs = sim.stats.syncs;
    const fresh = await sim.Word.run(readEvery);
    expect(sim.stats.syncs - syncs).toBe(2);
    expect(fresh).toEqual(scan(sim.state.model));
  });

  it("a batch that waits sees the writes another batch made meanwhile", async () => {
    const sim = createWordSimulator(satzung());
    let release = () => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    let started = () => {};
    const read = new Promise<void>((resolve) => { started = resolve; });
    const waiting = sim.Word.run(async (context) => {
      const before = await readEvery(context);
      started();
      await gate;
      return [before, await readEvery(context)];
    });
    await read;
    await sim.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph("Vorbemerkung", "Before");
      await context.sync();
      (await at(context, "Kreistag")).insertComment("Welcher Kreistag?");
      await context.sync();
    });
    release();
    const [before, after] = await waiting;
    expect(before.map((s) => s.comments)).toEqual([[], ["5"], [], []]);
    expect(after.map((s) => s.comments)).toEqual([[], [], ["5"], ["6"], []]);
    expect(after).toEqual(scan(sim.state.model));
  });

  it("sees edits of the model made between batches, by name too", async () => {
    const sim: WordSimulator = createWordSimulator(satzung());
    const bookmarks = async () => sim.Word.run(async (context) => {
      const named = context.document.getBookmarkRangeOrNullObject("PRÄAMBEL").load("text");
      const every = await readEvery(context);
      return { named: named.isNullObject ? null : named.text, every: every.map((s) => s.bookmarks) };
    });
    expect(await bookmarks()).toEqual({ named: null, every: [[], [], [], ["Sitzungen"]] });
    sim.state.model.bookmarks.push({ name: "Präambel", range: { start: { paragraph: 0, offset: 0 }, end: { paragraph: 1, offset: 5 } }, hidden: false });
    expect(await bookmarks()).toEqual({ named: "§ 1 Geltungsbereich\rDiese", every: [["Präambel"], ["Präambel"], [], ["Sitzungen"]] });
  });
});
