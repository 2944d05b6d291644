/**
 * Footnotes and endnotes in Word (WordApi 1.5): the simulator holds them as Word does — the note reference mark a
 * character (U+0002) of the text in the body and at the start of the note, each note a body of its own, all footnotes
 * one body (`Document.getFootnoteBody`) — and the Word layer reads and writes them (fictional Kreis Musterland).
 */
import { readDocx } from "../../src/docx";
import type { DocumentModel } from "../../src/model/document";
import { createWordSimulator } from "../../src/simulator";
import { getSelection, readDocument, replaceAllTracked, selectParagraph } from "../../src/word";
import { storyDocx } from "../docx/helpers";

const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (...inline: string[]) => `<w:p>${inline.join("")}</w:p>`;
const ref = (kind: "footnote" | "endnote", id: number) => `<w:r><w:${kind}Reference w:id="${id}"/></w:r>`;
const own = (kind: "footnote" | "endnote", text: string) => p(`<w:r><w:${kind}Ref/></w:r>`, t(` ${text}`));

/** Two body paragraphs; footnote 1 with a comment, footnote 2 of two paragraphs; an endnote. */
function document(): DocumentModel {
  return readDocx(storyDocx(
    p(t("Der Kreis baut das Radwegenetz"), ref("footnote", 1), t(" aus.")) + p(t("Der Fußverkehr"), ref("endnote", 1), t(" wird gestärkt"), ref("footnote", 2), t(".")),
    {
      footnotes: [
        p(`<w:r><w:footnoteRef/></w:r>`, t(" Laut "), `<w:commentRangeStart w:id="7"/>`, t("Mobilitätskonzept"), `<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>`, t(" 2024.")),
        own("footnote", "Beschluss des Kreistags.") + p(t("Siehe Anlage 2.")),
      ],
      endnotes: [own("endnote", "Fußverkehrscheck 2025.")],
      comments: `<w:comment w:id="7" w:author="Teilhabebeirat" w:initials="TB" w:date="2025-03-10T09:00:00Z">${p(t("Barrierefrei?"))}</w:comment>`,
    },
  ));
}

const NOW = new Date("2025-05-02T10:00:00Z");
const simOf = (model: DocumentModel, options: Parameters<typeof createWordSimulator>[1] = {}) =>
  createWordSimulator(structuredClone(model), { now: () => NOW, author: "Frau Beispiel", ...options });

describe("the simulator holds notes as Word does", () => {
  it("shows each reference as a character of the body's text and of the note's, and keeps notes out of the body", async () => {
    const sim = simOf(document());
    await sim.Word.run(async (context) => {
      const body = context.document.body.paragraphs.load("items/text");
      const footnotes = context.document.body.footnotes.load("items/type,items/body/paragraphs/items/text");
      const endnotes = context.document.body.endnotes.load("items/type");
      const allFootnotes = context.document.getFootnoteBody().paragraphs.load("items/text");
      const inSecond = context.document.body.paragraphs.getLast().footnotes.load("items/type");
      await context.sync();
      expect(body.items.map((x) => x.text)).toEqual(["Der Kreis baut das Radwegenetz\u0002 aus.", "Der Fußverkehr\u0002 wird gestärkt\u0002."]);
      expect(footnotes.items.map((n) => [n.type, n.body.paragraphs.items.map((x) => x.text)])).toEqual([
        ["Footnote", ["\u0002 Laut Mobilitätskonzept 2024."]],
        ["Footnote", ["\u0002 Beschluss des Kreistags.", "Siehe Anlage 2."]],
      ]);
      expect(endnotes.items.map((n) => n.type)).toEqual(["Endnote"]);
      expect(allFootnotes.items).toHaveLength(3);
      expect(inSecond.items).toHaveLength(1);
      const next = footnotes.items[0].getNext().load("type");
      const after = footnotes.items[1].getNextOrNullObject().load("type");
      await context.sync();
      expect([next.type, after.isNullObject]).toEqual(["Footnote", true]);
    });
  });

  it("finds no text across a reference mark, as Word's search does not", async () => {
    const sim = simOf(document());
    await sim.Word.run(async (context) => {
      const across = context.document.body.search("Radwegenetz aus").load("items/text");
      const before = context.document.body.search("Radwegenetz").load("items/text");
      await context.sync();
      expect([across.items.length, before.items.length]).toEqual([0, 1]);
    });
  });
});

describe("the Word reader reads the notes", () => {
  it("puts each note's paragraphs after the body, places its reference and reads a comment in a note, in three syncs", async () => {
    const model = document();
    const sim = simOf(model);
    const { model: read } = await readDocument(sim, []);
    expect(read.paragraphs.map((x) => [x.note && `${x.note.kind} ${x.note.number}`, x.text])).toEqual([
      [null, "Der Kreis baut das Radwegenetz aus."], [null, "Der Fußverkehr wird gestärkt."],
      ["footnote 1", " Laut Mobilitätskonzept 2024."], ["footnote 2", " Beschluss des Kreistags."], ["footnote 2", "Siehe Anlage 2."],
      ["endnote 1", " Fußverkehrscheck 2025."],
    ]);
    expect(read.notes.map((n) => [n.kind, n.number, n.reference])).toEqual([
      ["footnote", 1, { paragraph: 0, offset: 30 }], ["footnote", 2, { paragraph: 1, offset: 28 }], ["endnote", 1, { paragraph: 1, offset: 14 }],
    ]);
    expect(read.comments.map((c) => [c.author, c.anchorText, c.anchor])).toEqual([
      ["Teilhabebeirat", "Mobilitätskonzept", { start: { paragraph: 2, offset: 6 }, end: { paragraph: 2, offset: 23 } }],
    ]);
    expect(read.comments).toHaveLength(model.comments.length);
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("says so in German where Word lacks WordApi 1.5, and reads the body", async () => {
    const sim = simOf(document(), { requirementSets: { WordApi: "1.4" } });
    const { model, capabilities } = await readDocument(sim, []);
    expect(capabilities.features.notes).toBe(false);
    expect(capabilities.limitations.join(" ")).toMatch(/Fuß- und Endnoten nicht lesen \(WordApi 1\.5 fehlt\)/);
    expect(model.notes).toEqual([]);
    expect(model.paragraphs.map((x) => x.text)).toEqual(["Der Kreis baut das Radwegenetz aus.", "Der Fußverkehr wird gestärkt."]);
  });
});

describe("the Word layer writes in notes", () => {
  it("replaces a word of a footnote as a tracked change of the footnote, and one of the body beside it", async () => {
    const model = document();
    const sim = simOf(model);
    await replaceAllTracked(sim, model, [
      { paragraph: 2, start: 6, end: 23, replacement: "Nahmobilitätskonzept" },
      { paragraph: 0, start: 19, end: 30, replacement: "Radverkehrsnetz" },
    ]);
    const [body, note] = [sim.state.model.paragraphs[0], sim.state.model.paragraphs[2]];
    expect([body.text, note.text, note.originalText]).toEqual([
      "Der Kreis baut das Radverkehrsnetz aus.", " Laut Nahmobilitätskonzept 2024.", " Laut Mobilitätskonzept 2024.",
    ]);
    expect(sim.state.model.trackedChanges.filter((c) => c.author === "Frau Beispiel").map((c) => [c.story, c.kind, c.text])).toEqual([
      ["footnotes", "deletion", "Mobilitätskonzept"], ["footnotes", "insertion", "Nahmobilitätskonzept"],
      ["body", "deletion", "Radwegenetz"], ["body", "insertion", "Radverkehrsnetz"],
    ]);
    // The reference stays behind the word it belongs to.
    expect(sim.state.model.notes[0].reference).toEqual({ paragraph: 0, offset: 34 });
  });

  it("shows a note's paragraph and reads a selection in a note", async () => {
    const model = document();
    const sim = simOf(model);
    await selectParagraph(sim, model, 4);
    expect(sim.state.selection).toEqual({ start: { paragraph: 4, offset: 0 }, end: { paragraph: 4, offset: 15 } });
    sim.state.selection = { start: { paragraph: 3, offset: 1 }, end: { paragraph: 3, offset: 10 } };
    expect(await getSelection(sim, model)).toEqual({ start: { paragraph: 3, offset: 1 }, end: { paragraph: 3, offset: 10 } });
  });

  it("refuses a write when a note changed since the check", async () => {
    const model = document();
    const sim = simOf(model);
    sim.state.model.paragraphs[2].text = " Laut Verkehrskonzept 2024.";
    await expect(replaceAllTracked(sim, model, [{ paragraph: 2, start: 6, end: 23, replacement: "Nahmobilitätskonzept" }]))
      .rejects.toMatchObject({ kind: "changed" });
  });
});
