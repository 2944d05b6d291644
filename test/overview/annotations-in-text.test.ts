/**
 * Annotations in the text are no wording: the Änderungsübersicht and the Synopse leave out the parentheses the import
 * reads (with the blank before them), for unconfirmed and confirmed Anträge alike, and the annotations the add-in
 * removed as tracked deletions — while a bracket that says nothing about an Antrag stays, and a deleted parenthesis
 * that names no proposer stays an Antrag. On a draft written by the `docx` package and on the seeds-derived sample;
 * the expected wording is written out by hand.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun } from "docx";
import { collectAmendments, confirmImport } from "../../src/amendments";
import { planPackageSave } from "../../src/app";
import { readDocx } from "../../src/docx";
import { writePackage } from "../../src/docx/metadata-writer";
import type { DocumentModel } from "../../src/model/document";
import { overviewData, plain, type OverviewRequest } from "../../src/overview";

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
const CLERK = "Kreisverwaltung Musterland";
const WHEN = "2025-03-17T10:00:00Z";
const LATER = { author: "Stabsstelle Kreisentwicklung", date: "2025-03-25T08:00:00Z" };

const ins = (text: string, id: number) => new InsertedTextRun({ text, id, author: CLERK, date: WHEN });

/** A Klimaschutzkonzept as clerks annotate it: round and square brackets, a bracket that is text, one already removed. */
async function draft(): Promise<Uint8Array> {
  const doc = new Document({
    title: "Klimaschutzkonzept Kreis Musterland",
    sections: [{
      children: [
        new Paragraph({ text: "Klimaschutzkonzept Kreis Musterland", heading: HeadingLevel.TITLE }),
        new Paragraph({ text: "A. Energie", heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [
          new TextRun("Der Kreis stellt seine Liegenschaften bis 2030 auf Ökostrom um"),
          ins(" und belegt alle geeigneten Dächer mit Photovoltaik", 1),
          new TextRun(". (Änderungsantrag CDU vom 03.03.2025, Zustimmung im Kreisausschuss vom 10.03.2025)"),
        ] }),
        new Paragraph({ children: [
          new TextRun("Die Förderrichtlinie (siehe Anlage 2) wird "),
          ins("bis Ende 2025 ", 2),
          new TextRun("angepasst."),
          ins(" [Antrag der FDP vom 12.03.2025]", 3),
        ] }),
        new Paragraph({ text: "B. Mobilität", heading: HeadingLevel.HEADING_1 }),
        new Paragraph("Der Kreis richtet an allen Bahnhöfen sichere Fahrradabstellanlagen ein. (Formulierungsvorschlag der Verwaltung, Abt. 62)"),
        new Paragraph({ children: [
          new TextRun("Carsharing wird in allen Städten und Gemeinden angeboten."),
          new DeletedTextRun({ text: " (Änderungsantrag Bündnis 90/Die Grünen vom 09.03.2025)", id: 4, ...LATER }),
        ] }),
        new Paragraph({ children: [
          new TextRun("Der Busverkehr wird ausgebaut"),
          new DeletedTextRun({ text: " (vorbehaltlich der Haushaltsmittel)", id: 5, ...LATER }),
          new TextRun("."),
        ] }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function tables(model: DocumentModel, extra: Partial<OverviewRequest> = {}) {
  const source = { model, amendments: collectAmendments(model), beirat: [] };
  const amendments = overviewData(source, { kind: "amendments", date: "2025-03-28", ...extra });
  const synopse = overviewData(source, { kind: "synopse", date: "2025-03-28" });
  return {
    rows: amendments.kind === "amendments" ? amendments.rows.map((r) => [plain(r.before), plain(r.after)]) : [],
    synopse: synopse.kind === "synopse" ? synopse.synopse.sections.flatMap((s) => s.rows) : [],
  };
}

const ENERGIE_BEFORE = "Der Kreis stellt seine Liegenschaften bis 2030 auf Ökostrom um.";
const ENERGIE_AFTER = "Der Kreis stellt seine Liegenschaften bis 2030 auf Ökostrom um und belegt alle geeigneten Dächer mit Photovoltaik.";
const FOERDER_BEFORE = "Die Förderrichtlinie (siehe Anlage 2) wird angepasst.";
const FOERDER_AFTER = "Die Förderrichtlinie (siehe Anlage 2) wird bis Ende 2025 angepasst.";
const RAD = "Der Kreis richtet an allen Bahnhöfen sichere Fahrradabstellanlagen ein.";
const BUS = ["Der Busverkehr wird ausgebaut (vorbehaltlich der Haushaltsmittel).", "Der Busverkehr wird ausgebaut."];
const CARSHARING = "Carsharing wird in allen Städten und Gemeinden angeboten.";

describe("annotations in the text of a draft written by the docx package", () => {
  let bytes: Uint8Array;
  let model: DocumentModel;
  beforeAll(async () => {
    bytes = await draft();
    model = readDocx(bytes);
  });

  it("reads each annotation into its Antrag; the removed one and the plain bracket are none", () => {
    const collection = collectAmendments(model);
    expect(collection.amendments.map((a) => a.metadata.antragsteller)).toEqual(["CDU", "FDP", "Abt. 62", null]);
    expect(collection.inlineAnnotations.map((a) => a.text)).toEqual([
      "(Änderungsantrag CDU vom 03.03.2025, Zustimmung im Kreisausschuss vom 10.03.2025)", "[Antrag der FDP vom 12.03.2025]",
      "(Formulierungsvorschlag der Verwaltung, Abt. 62)",
    ]);
    expect(collection.removedAnnotations).toHaveLength(1);
  });

  it("leaves the annotations out of both wording columns; the bracket that is text and the deleted reservation stay", () => {
    expect(tables(model).rows).toEqual([[ENERGIE_BEFORE, ENERGIE_AFTER], [FOERDER_BEFORE, FOERDER_AFTER], [RAD, RAD], BUS]);
  });

  it("leaves them out of the Synopse: changed paragraphs without them, the removed one's paragraph unchanged", () => {
    const { synopse } = tables(model);
    const changed = synopse.flatMap((r) => (r.kind === "changed" ? [[plain(r.before), plain(r.after)]] : []));
    expect(changed).toEqual([[ENERGIE_BEFORE, ENERGIE_AFTER], [FOERDER_BEFORE, FOERDER_AFTER], BUS]);
    const unchanged = synopse.flatMap((r) => (r.kind === "unchanged" ? r.texts : []));
    expect(unchanged).toEqual(expect.arrayContaining([RAD, CARSHARING]));
  });

  it("leaves them out once the Anträge are confirmed and stored, too", () => {
    const collection = collectAmendments(model);
    const at = "2025-03-20T09:00:00Z", by = "M. Muster";
    const confirmed = collection.amendments.map((a) => confirmImport(a, by, at));
    const saved = readDocx(writePackage(bytes, { ...planPackageSave(model, collection, confirmed, { by, at }), author: by }));
    const again = collectAmendments(saved);
    expect(again.amendments.map((a) => a.source)).toEqual(["metadata", "metadata", "metadata", "none"]);
    expect(again.inlineAnnotations.map((a) => a.amendmentKey)).toEqual(again.amendments.slice(0, 3).map((a) => a.key));
    expect(tables(saved).rows).toEqual([[ENERGIE_BEFORE, ENERGIE_AFTER], [FOERDER_BEFORE, FOERDER_AFTER], [RAD, RAD], BUS]);
  });
});

describe("the seeds-derived sample draft", () => {
  it("strategie-entwurf1.docx: no annotation in the wording, the amended sentences complete", () => {
    const model = readDocx(new Uint8Array(readFileSync(path.join(SAMPLES, "strategie-entwurf1.docx"))));
    const { rows, synopse } = tables(model);
    const after = rows.map((r) => r[1]);
    for (const note of ["(Änderungsantrag", "(Formulierungsvorschlag"]) expect({ note, in: after.filter((t) => t.includes(note)) }).toEqual({ note, in: [] });
    expect(after).toEqual(expect.arrayContaining([
      "Beratung, Information und Vernetzung von Unternehmen bei der Fachkräftegewinnung im In- und Ausland zur Stärkung der Wettbewerbsfähigkeit auf dem Arbeitsmarkt.",
      "Geodaten werden bedarfsgerecht zur Nutzung in Digitalen Zwillingen entsprechend den Anforderungen von Wirtschaft, Verwaltung, Recht und Wissenschaft sowie der Bürgerinnen und Bürger bereitgestellt.",
    ]));
    const texts = synopse.flatMap((r) => (r.kind === "unchanged" ? r.texts : r.kind === "removed" ? [plain(r.before)] : r.kind === "added" ? [plain(r.after)] : [plain(r.before), plain(r.after)]));
    expect(texts.filter((t) => /\((Änderungsantrag|Formulierungsvorschlag)/.test(t))).toEqual([]);
  });
});
