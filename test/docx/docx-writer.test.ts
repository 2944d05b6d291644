/** Documents written by the `docx` package (a second, independent writer) read as written. */
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel,
  InsertedTextRun, LevelFormat, Packer, Paragraph, TextRun,
} from "docx";
import { readDocx } from "../../src/docx";
import type { DocumentModel } from "../../src/model/document";

async function build(): Promise<DocumentModel> {
  const date = new Date("2025-06-02T08:30:00Z");
  const doc = new Document({
    creator: "Kreis Musterland",
    title: "Entwurf Mobilitätskonzept",
    comments: {
      children: [
        { id: 1, author: "Teilhabebeirat", initials: "TB", date, children: [new Paragraph("Sind die Haltestellen stufenlos erreichbar?")] },
        { id: 2, author: "Fachdienst Verkehr", initials: "FV", date, parentId: 1, resolved: true, children: [new Paragraph("Ja, bis 2027.")] },
      ],
    },
    numbering: {
      config: [{
        reference: "gliederung",
        levels: [
          { level: 0, format: LevelFormat.UPPER_LETTER, text: "%1.", alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.UPPER_ROMAN, text: "%2.", alignment: AlignmentType.LEFT },
        ],
      }],
    },
    sections: [{
      children: [
        new Paragraph({ text: "Ziele", heading: HeadingLevel.HEADING_1, numbering: { reference: "gliederung", level: 0 } }),
        new Paragraph({ text: "Bus und Bahn", heading: HeadingLevel.HEADING_2, numbering: { reference: "gliederung", level: 1 } }),
        new Paragraph({
          children: [
            new TextRun("Alle Haltestellen werden "),
            new CommentRangeStart(1),
            new TextRun({ text: "barrierefrei", highlight: "magenta" }),
            new CommentRangeEnd(1),
            new TextRun({ children: [new CommentReference(1)] }),
            new TextRun(" ausgebaut, "),
            new DeletedTextRun({ text: "bis 2030", id: 10, author: "Fraktion B", date: "2025-06-01T10:00:00Z" }),
            new InsertedTextRun({ text: "bis 2028", id: 11, author: "Fraktion B", date: "2025-06-01T10:00:00Z" }),
            new TextRun("."),
          ],
        }),
        new Paragraph({ text: "Radverkehr", heading: HeadingLevel.HEADING_2, numbering: { reference: "gliederung", level: 1 } }),
        new Paragraph({ text: "Finanzen", heading: HeadingLevel.HEADING_1, numbering: { reference: "gliederung", level: 0 } }),
        new Paragraph({ text: "Förderung", heading: HeadingLevel.HEADING_2, numbering: { reference: "gliederung", level: 1 } }),
      ],
    }],
  });
  return readDocx(new Uint8Array(await Packer.toBuffer(doc)));
}

describe("a document written by the docx package", () => {
  let m: DocumentModel;
  beforeAll(async () => {
    m = await build();
  });

  it("reads headings with Word's numbering labels, restarting level 2 under each level 1", () => {
    expect(m.paragraphs.filter((p) => p.outlineLevel !== null).map((p) => [p.outlineLevel, p.list?.label, p.text])).toEqual([
      [1, "A.", "Ziele"], [2, "I.", "Bus und Bahn"], [2, "II.", "Radverkehr"], [1, "B.", "Finanzen"], [2, "I.", "Förderung"],
    ]);
  });

  it("reads the comment thread with the resolved reply", () => {
    expect(m.comments).toHaveLength(1);
    expect(m.comments[0]).toMatchObject({ author: "Teilhabebeirat", initials: "TB", anchorText: "barrierefrei", resolved: true });
    expect(m.comments[0].replies.map((r) => [r.author, r.text])).toEqual([["Fachdienst Verkehr", "Ja, bis 2027."]]);
  });

  it("reads the highlight and the tracked replacement", () => {
    const p = m.paragraphs.find((x) => x.text.startsWith("Alle Haltestellen"))!;
    expect(p.text).toBe("Alle Haltestellen werden barrierefrei ausgebaut, bis 2028.");
    expect(p.originalText).toBe("Alle Haltestellen werden barrierefrei ausgebaut, bis 2030.");
    expect(p.runs.find((r) => r.text === "barrierefrei")!.format.highlight).toBe("magenta");
    expect(m.trackedChanges.map((t) => [t.kind, t.author, t.text])).toEqual([["deletion", "Fraktion B", "bis 2030"], ["insertion", "Fraktion B", "bis 2028"]]);
    expect(m.properties).toMatchObject({ creator: "Kreis Musterland", title: "Entwurf Mobilitätskonzept" });
  });
});
