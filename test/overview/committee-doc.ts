/**
 * A draft as a Kreisverwaltung hands it to the committee (fictional Kreis Musterland, Mobilitätskonzept), written
 * by the `docx` package (an independent Word-compatible writer): an Antrag whose proposer stands inline in the
 * text as clerks write it, an Antrag with a comment thread whose metadata — Begründung and Stellungnahme included —
 * was saved by the add-in (which adds its readable "Antrag: …" line to the comment), and a question of the
 * Teilhabebeirat as a comment without a change.
 */
import {
  CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel, InsertedTextRun,
  Packer, Paragraph, TextRun,
} from "docx";
import { collectAmendments, setField } from "../../src/amendments";
import { planPackageSave } from "../../src/app";
import { readDocx } from "../../src/docx";
import { writePackage } from "../../src/docx/metadata-writer";

const CLERK = "Kreisverwaltung Musterland";
const CLERK_DATE = "2025-03-10T09:15:00Z";
export const ANNOTATION = " (Änderungsantrag B90/ Die Grünen vom 09.03.2025, Zustimmung im AfASSuG vom 05.03.2025)";
export const BEGRUENDUNG = "Ein Halbstundentakt macht den Bus für Pendlerinnen und Pendler zur echten Alternative zum Auto.";
export const STELLUNGNAHME = "Die Verwaltung empfiehlt die Annahme; die Mehrkosten von rund 180.000 € jährlich sind im Nahverkehrsplan 2026 eingeplant.";

function comment(id: number, author: string, text: string, date: string, parentId?: number) {
  return { id, author, initials: author.slice(0, 2).toUpperCase(), date: new Date(date), parentId, children: [new Paragraph(text)] };
}

async function draft(): Promise<Uint8Array> {
  const doc = new Document({
    creator: CLERK,
    title: "Mobilitätskonzept Kreis Musterland",
    comments: {
      children: [
        comment(1, "Kämmerei", "Die Mehrkosten sind im Haushalt 2026 bisher nicht veranschlagt.", "2025-03-11T14:00:00Z"),
        comment(2, "Stabsstelle Kreisentwicklung", "Sie werden über den Nahverkehrsplan finanziert.", "2025-03-12T08:30:00Z", 1),
        comment(3, "Teilhabebeirat", "Gilt das auch für die Haltestellen im ländlichen Raum?", "2025-03-13T16:45:00Z"),
      ],
    },
    sections: [{
      children: [
        new Paragraph({ text: "Mobilitätskonzept Kreis Musterland", heading: HeadingLevel.TITLE }),
        new Paragraph({ text: "A. Ziele", heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: "I. Radverkehr", heading: HeadingLevel.HEADING_2 }),
        new Paragraph({
          children: [
            new TextRun("Der Kreis baut das Alltagsradnetz aus"),
            new InsertedTextRun({ text: " und schließt Lücken zwischen den Ortsteilen", id: 10, author: CLERK, date: CLERK_DATE }),
            new TextRun("."),
            new InsertedTextRun({ text: ANNOTATION, id: 11, author: CLERK, date: CLERK_DATE }),
          ],
        }),
        new Paragraph({ text: "II. Busverkehr", heading: HeadingLevel.HEADING_2 }),
        new Paragraph({
          children: [
            new TextRun("Die Buslinien fahren "),
            new CommentRangeStart(1),
            new DeletedTextRun({ text: "im Stundentakt", id: 20, author: CLERK, date: "2025-03-11T10:00:00Z" }),
            new InsertedTextRun({ text: "mindestens im Halbstundentakt", id: 21, author: CLERK, date: "2025-03-11T10:00:00Z" }),
            new CommentRangeEnd(1),
            new TextRun({ children: [new CommentReference(1)] }),
            new TextRun(", auch am Wochenende."),
          ],
        }),
        new Paragraph({
          children: [
            new CommentRangeStart(3),
            new TextRun("Haltestellen werden barrierefrei ausgebaut."),
            new CommentRangeEnd(3),
            new TextRun({ children: [new CommentReference(3)] }),
          ],
        }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** The draft after a clerk saved the Busverkehr Antrag's metadata in the pane: stored part and readable line. */
export async function committeeDraft(): Promise<Uint8Array> {
  const bytes = await draft();
  const model = readDocx(bytes);
  const collection = collectAmendments(model);
  const at = "2025-03-14T11:00:00Z", by = "M. Muster";
  const amendments = collection.amendments.map((a) => {
    if (!a.changeIds.length || !a.commentIds.length) return a;
    let edited = setField(a, "antragsteller", "CDU-Kreistagsfraktion", by, at);
    edited = setField(edited, "datum", "2025-02-27", by, at);
    edited = setField(edited, "beratungsfolge", [{ gremium: "AfMIuK", role: "Vorberatung", date: "2025-03-06", result: "Zustimmung" }], by, at);
    edited = setField(edited, "status", "in Beratung", by, at);
    edited = setField(edited, "begruendung", BEGRUENDUNG, by, at);
    return setField(edited, "stellungnahme", STELLUNGNAHME, by, at);
  });
  return writePackage(bytes, { ...planPackageSave(model, collection, amendments, { by, at }), author: by });
}
