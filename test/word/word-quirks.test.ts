/**
 * Behaviour of real Word that the Word layer must live with (audit against the Office.js docs and issues):
 * `Range.text` including tracked deletions, "^" as Word's search escape and the 255-character search limit.
 */
import type { DocumentModel } from "../../src/model/document";
import { createWordSimulator } from "../../src/simulator";
import { getSelection, insertComment, readDocument, replaceAllTracked, replaceTrackedText, selectParagraph } from "../../src/word";
import { escapeSearch, searchableHead, searchableTail } from "../../src/word/locate";
import { emptyModel, paragraph, READ_PARTS, satzung } from "./models";

const simOf = (model: DocumentModel, options: Parameters<typeof createWordSimulator>[1] = {}) =>
  createWordSimulator(structuredClone(model), { author: "Frau Beispiel", ...options });
const range = (p: number, start: number, end: number) => ({ start: { paragraph: p, offset: start }, end: { paragraph: p, offset: end } });

describe("Range.text with tracked deletions (Word on the web, Windows with revisions inline)", () => {
  it("the simulator reports the deleted text where it stands, in paragraphs and in ranges around it", async () => {
    const sim = simOf(satzung(), { deletedTextInRanges: true });
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const around = paragraphs.items[2].search("monatlichvierteljährlich im").load("items/text");
      const across = paragraphs.items[2].search("tagt monatlich im").load("items/text");
      const deleted = paragraphs.items[2].search("vierteljährlich").load("items/text,items/isEmpty");
      await context.sync();
      expect(paragraphs.items[2].text).toBe("Der Kreistag tagt monatlichvierteljährlich im Kreishaus.");
      expect(around.items.map((r) => r.text)).toEqual(["monatlichvierteljährlich im"]);
      expect(across.items).toHaveLength(0);
      expect(deleted.items.map((r) => r.isEmpty)).toEqual([true]);
    });
  });

  it("a located edit in a paragraph with a tracked deletion is not refused as 'document changed'", async () => {
    const model = satzung();
    const fresh = () => simOf(model, { deletedTextInRanges: true });
    const sim = fresh();
    await replaceTrackedText(sim, model, range(2, 31, 40), "Sitzungssaal");
    expect(sim.state.model.paragraphs[2].text).toBe("Der Kreistag tagt monatlich im Sitzungssaal.");
    const commented = fresh();
    await insertComment(commented, model, range(2, 4, 12), "Bitte prüfen.");
    expect(commented.state.model.comments.map((c) => c.anchorText)).toContain("Kreistag");
    const shown = fresh();
    await selectParagraph(shown, model, 2);
    expect(shown.state.selection).toEqual(range(2, 0, model.paragraphs[2].text.length));
  });

  it("several replacements after an earlier tracked edit of the same paragraph still go through", async () => {
    const model = emptyModel([paragraph(0, "Der Landkreis Musterland und der Landkreis Beispiel.")]);
    const sim = simOf(model, { deletedTextInRanges: true });
    await replaceTrackedText(sim, model, range(0, 4, 13), "Kreis");
    const { model: reread } = await readDocument(sim, READ_PARTS);
    expect(reread.paragraphs[0].text).toBe("Der Kreis Musterland und der Landkreis Beispiel.");
    await replaceAllTracked(sim, reread, [{ paragraph: 0, start: 29, end: 38, replacement: "Kreis" }]);
    expect(sim.state.model.paragraphs[0].text).toBe("Der Kreis Musterland und der Kreis Beispiel.");
  });

  it("text across a tracked deletion, which such a Word does not find in one search, is found in two and replaced", async () => {
    const model = satzung();
    const sim = simOf(model, { deletedTextInRanges: true });
    await replaceTrackedText(sim, model, range(2, 13, 30), "tagt zweimonatlich im");
    expect(sim.state.model.paragraphs[2].text).toBe("Der Kreistag tagt zweimonatlich im Kreishaus.");
  });

  it("the selection in such a paragraph is measured in the final view", async () => {
    const model = satzung();
    const sim = simOf(model, { deletedTextInRanges: true });
    sim.state.selection = range(2, 31, 40);
    await expect(getSelection(sim, model)).resolves.toEqual(range(2, 31, 40));
  });

  it("reads comments and bookmarks over a tracked deletion as in the final view", async () => {
    const model = satzung();
    model.paragraphs[1].runs[0].commentIds = [];
    model.comments[0].anchor = range(2, 13, 30);
    model.comments[0].anchorText = "tagt monatlich im";
    model.bookmarks[0].range = range(2, 4, 41);
    const { model: finalView } = await readDocument(simOf(model), READ_PARTS);
    const { model: inline } = await readDocument(simOf(model, { deletedTextInRanges: true }), READ_PARTS);
    expect(inline.comments.map((c) => [c.anchor, c.anchorText])).toEqual([[range(2, 13, 30), "tagt monatlich im"]]);
    expect(inline.bookmarks.map((b) => b.range)).toEqual([range(2, 4, 41)]);
    expect(inline).toEqual(finalView);
  });

  it("a paragraph whose text differs in both views is still refused", async () => {
    const model = satzung();
    const sim = simOf(model, { deletedTextInRanges: true });
    sim.state.model.paragraphs[2].text = "Der Kreistag tagt monatlich im Rathaus.";
    await expect(selectParagraph(sim, model, 2)).rejects.toMatchObject({ kind: "changed" });
  });
});

describe("Word's search syntax: '^' escapes and the 255-character limit", () => {
  it("the simulator finds a caret only as '^^' and rejects special-character codes it does not simulate", async () => {
    const sim = simOf(emptyModel([paragraph(0, "Fläche 10^3 m² (Tabelle ^p)")]));
    await sim.Word.run(async (context) => {
      const carets = context.document.body.search("^^", { matchCase: true }).load("items/text");
      await context.sync();
      expect(carets.items.map((r) => r.text)).toEqual(["^", "^"]);
      context.document.body.search("^p", { matchCase: true }).load("items/text");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("text with a caret is located and edited", async () => {
    const model = emptyModel([paragraph(0, "Die Fläche beträgt 10^3 m² laut Plan.")]);
    const sim = simOf(model);
    await replaceTrackedText(sim, model, range(0, 19, 26), "1.000 m²");
    expect(sim.state.model.paragraphs[0].text).toBe("Die Fläche beträgt 1.000 m² laut Plan.");
  });

  it("a range whose text fits 255 characters only before escaping is split into a head and a tail search", async () => {
    const text = `${"Ab^".repeat(80)}Ende.`;
    expect(text.length).toBeLessThanOrEqual(255);
    expect(escapeSearch(text).length).toBeGreaterThan(255);
    const model = emptyModel([paragraph(0, text)]);
    const sim = simOf(model);
    await replaceTrackedText(sim, model, range(0, 0, text.length), "Neu gefasst.");
    expect(sim.state.model.paragraphs[0].text).toBe("Neu gefasst.");
  });

  it("head and tail stay within 255 escaped characters and never split a surrogate pair", () => {
    const carets = "^".repeat(200);
    expect(escapeSearch(searchableHead(carets)).length).toBeLessThanOrEqual(255);
    expect(searchableHead(carets)).toHaveLength(127);
    expect(searchableTail(`x${carets}`)).toHaveLength(127);
    const emoji = `${"a".repeat(254)}😀b`;
    expect(searchableHead(emoji)).toBe("a".repeat(254));
    const tailEmoji = `a😀${"b".repeat(254)}`;
    expect(searchableTail(tailEmoji)).toBe("b".repeat(254));
    expect(searchableHead("kurz")).toBe("kurz");
  });
});

describe("batch size of a read", () => {
  it("queues no per-paragraph queries for a document without tracked changes, comments or special paragraphs", async () => {
    const plain = (n: number) => emptyModel(Array.from({ length: n }, (_, i) => paragraph(i, `Absatz ${i + 1} des Kreises Musterland.`)));
    const small = simOf(plain(20));
    const big = simOf(plain(2000));
    await readDocument(small, READ_PARTS);
    await readDocument(big, READ_PARTS);
    expect(big.stats.operations).toBe(small.stats.operations);
  });
});
