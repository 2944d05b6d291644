/**
 * An overview the add-in inserted is marked by a hidden bookmark and left out of every check: read from a .docx
 * (written with the docx library, a Word-compatible writer) and from Word (the simulator), the same findings.
 */
import fs from "fs";
import path from "path";
import { Bookmark, Document, Packer, Paragraph, TextRun } from "docx";
import { analyzeDocument } from "../../src/analysis";
import { overviewData } from "../../src/overview";
import { readDocx } from "../../src/docx";
import { createWordSimulator } from "../../src/simulator";
import { createWordHost } from "../../src/taskpane/word-host";

async function draft(bookmark: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph("Das Potenzial der Region wird gemeinsam genutzt."),
        new Paragraph({ children: [new Bookmark({ id: bookmark, children: [new TextRun("Das Potential der Schulen wird gestärkt; Rückfragen per Email.")] })] }),
        new Paragraph("Die Verwaltung berichtet jährlich."),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The findings about the text (a TOC is not what this draft is about). */
const rules = (bytes: Uint8Array) => analyzeDocument(readDocx(bytes)).findings.filter((f) => f.rule !== "toc/not-found").map((f) => [f.rule, f.location.paragraph]);

describe("inserted overviews are not the draft's text", () => {
  it("a .docx paragraph inside the hidden bookmark _Beschlussreif_Tabelle_1 raises no finding; inside any other bookmark it does", async () => {
    // "Potential" beside "Potenzial" is a variant finding at paragraph 1 when the paragraph is the draft's own.
    expect(rules(await draft("Zitat"))).toContainEqual(["term/glossary", 1]);
    expect(rules(await draft("_Beschlussreif_Tabelle_1"))).toEqual([]);
  });

  it("an overview inserted at the cursor through Word leaves the findings as they were, and carries its notes", async () => {
    const model = readDocx(new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../assets/demo/demo-strategie.docx"))));
    const sim = createWordSimulator(model);
    const host = createWordHost(sim);
    const before = await host.refresh();
    const messages = (r: typeof before) => r.findings.map((f) => `${f.rule}: ${f.message}`);
    // The cursor in "A. Einleitung"'s first paragraph (13, scripts/make-demo-doc.js).
    sim.state.selection = { start: { paragraph: 13, offset: 5 }, end: { paragraph: 13, offset: 5 } };
    const data = overviewData({ model: before.model, amendments: before.amendments, beirat: before.beirat }, { kind: "amendments", date: "2025-03-20" });
    await host.actions.createOverview!(data, "docx", "cursor");
    const after = await host.refresh();
    expect(messages(after)).toEqual(messages(before));
    expect(after.amendments.amendments).toHaveLength(before.amendments.amendments.length);
    const mark = after.model.bookmarks.find((b) => b.name === "_Beschlussreif_Tabelle_1")!;
    expect(mark.hidden).toBe(true);
    expect(after.model.paragraphs[14].text).toBe("Nr.");
    // The marked range ends with the table's notes (on "¹" and on the provisional numbers); after it the draft again.
    const marked = after.model.paragraphs.slice(mark.range!.start.paragraph, mark.range!.end.paragraph + 1).map((p) => p.text);
    expect(marked.slice(-2)).toEqual([expect.stringMatching(/^¹ aus einem Vermerk übernommen/), expect.stringMatching(/^neu: noch nicht gespeichert/)]);
    expect(after.model.paragraphs[mark.range!.end.paragraph + 1].text).toMatch(/^Jedes Ziel beginnt/);
    // A second table gets the next name.
    await host.actions.createOverview!(data, "docx", "cursor");
    expect((await host.refresh()).model.bookmarks.map((b) => b.name).filter((n) => n.startsWith("_Beschlussreif"))).toEqual(["_Beschlussreif_Tabelle_1", "_Beschlussreif_Tabelle_2"]);
  });
});
