/** Small hand-built DocumentModels for the Word layer's tests (fictional "Kreis Musterland"). */
import { ANALYSIS_PARTS } from "../../src/analysis";
import { createDocumentModel, type BodyParagraph, type DocumentModel, type Paragraph, type Run, type RunFormat } from "../../src/model/document";

/** The custom XML part the hand-built Satzung carries (not one of the product's). */
const SATZUNG_PART = "urn:musterland:antraege";
/** What the tests ask the Word reader for: the product's parts and the Satzung's. */
export const READ_PARTS: readonly string[] = [...ANALYSIS_PARTS, SATZUNG_PART];

export const PLAIN: RunFormat = { highlight: null, shading: null, color: null, bold: false, italic: false, strike: false };

export function run(text: string, finalOffset: number, originalOffset = finalOffset, revision: Run["revision"] = { kind: "none" }): Run {
  return { text, revision, format: { ...PLAIN }, finalOffset, originalOffset, commentIds: [] };
}

export function paragraph(index: number, text: string, extra: Partial<BodyParagraph> = {}): Paragraph {
  return {
    index, text, originalText: text, runs: text ? [run(text, 0)] : [], styleId: null, styleName: null,
    builtInStyle: "Normal", note: null, outlineLevel: null, list: null, table: null, markInserted: null, markDeleted: null, paraId: null,
    ...extra,
  };
}

export function emptyModel(paragraphs: Paragraph[]): DocumentModel {
  return createDocumentModel({ paragraphs });
}

/** A Satzung with a heading, a numbered list, a tracked insertion and deletion, a comment with a reply and a bookmark. */
export function satzung(): DocumentModel {
  const changed = paragraph(2, "Der Kreistag tagt monatlich im Kreishaus.", {
    originalText: "Der Kreistag tagt vierteljährlich im Kreishaus.",
    runs: [
      run("Der Kreistag tagt ", 0),
      run("monatlich", 18, 18, { kind: "inserted", changeId: "11" }),
      run("vierteljährlich", 27, 18, { kind: "deleted", changeId: "12" }),
      run(" im Kreishaus.", 27, 33),
    ],
  });
  const model = emptyModel([
    paragraph(0, "§ 1 Geltungsbereich", { builtInStyle: "Heading1", outlineLevel: 1, styleName: "Überschrift 1" }),
    paragraph(1, "Diese Satzung gilt für den Kreis Musterland.", {
      list: { numId: "3", level: 0, label: "1.", format: "decimal" }, builtInStyle: "ListParagraph", styleName: "Listenabsatz",
    }),
    changed,
    paragraph(3, "Die Sitzungen sind öffentlich.", { table: { depth: 1, table: 0, row: 0, cell: 1 } }),
  ]);
  model.paragraphs[1].runs[0].commentIds.push("5");
  model.comments.push({
    id: "5", author: "Frau Beispiel", initials: "FB", date: "2025-03-14T15:20:00Z", text: "Bitte Geltungsbereich prüfen.",
    anchor: { start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 13 } }, anchorText: "Diese Satzung",
    replies: [{ id: "6", author: "Herr Muster", initials: null, date: "2025-03-15T09:00:00Z", text: "Geprüft.", durableId: null, paraId: null }],
    resolved: true, durableId: null, paraId: null,
  });
  model.trackedChanges.push(
    { id: "11", kind: "insertion", author: "Herr Muster", date: "2025-03-16T10:00:00Z", text: "monatlich", story: "body",
      location: { start: { paragraph: 2, offset: 18 }, end: { paragraph: 2, offset: 27 } } },
    { id: "12", kind: "deletion", author: "Herr Muster", date: "2025-03-16T10:00:00Z", text: "vierteljährlich", story: "body",
      location: { start: { paragraph: 2, offset: 27 }, end: { paragraph: 2, offset: 27 } } },
  );
  model.bookmarks.push({ name: "Sitzungen", range: { start: { paragraph: 3, offset: 4 }, end: { paragraph: 3, offset: 13 } }, hidden: false });
  model.tocFields.push({ instruction: 'TOC \\o "1-3"', entries: [], inContentControl: false, dirty: false, isCaptionList: false });
  model.customXmlParts.push({ id: "customXml/item1.xml", namespaceUri: SATZUNG_PART, xml: `<a xmlns="${SATZUNG_PART}"/>` });
  return model;
}

/** A generated document of `n` paragraphs (headings every tenth, pink highlights, some tracked insertions). */
export function bigModel(n: number): DocumentModel {
  const paragraphs: Paragraph[] = [];
  const model = emptyModel(paragraphs);
  for (let i = 0; i < n; i++) {
    if (i % 10 === 0) {
      paragraphs.push(paragraph(i, `Abschnitt ${i / 10 + 1}`, { builtInStyle: "Heading2", outlineLevel: 2 }));
    } else if (i % 7 === 0) {
      const id = String(1000 + i);
      paragraphs.push(paragraph(i, `Absatz ${i} neu ergänzt.`, {
        originalText: `Absatz ${i} ergänzt.`,
        runs: [run(`Absatz ${i} `, 0), run("neu ", `Absatz ${i} `.length, `Absatz ${i} `.length, { kind: "inserted", changeId: id }), run("ergänzt.", `Absatz ${i} neu `.length, `Absatz ${i} `.length)],
      }));
      const start = `Absatz ${i} `.length;
      model.trackedChanges.push({ id, kind: "insertion", author: "Frau Beispiel", date: "2025-04-01T08:00:00Z", text: "neu ", story: "body",
        location: { start: { paragraph: i, offset: start }, end: { paragraph: i, offset: start + 4 } } });
    } else if (i % 13 === 0) {
      // A Teilhabebeirat question highlighted pink inside the paragraph.
      const lead = `Absatz ${i} fragt: `;
      const question = "Ist das barrierefrei?";
      const pink = run(question, lead.length);
      pink.format.highlight = "magenta";
      paragraphs.push(paragraph(i, lead + question, { runs: [run(lead, 0), pink] }));
    } else {
      paragraphs.push(paragraph(i, `Absatz ${i} des Kreises Musterland mit etwas Text.`));
    }
  }
  return model;
}
