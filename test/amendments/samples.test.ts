/** The samples through the .docx reader: import field by field, then write → read back, LibreOffice, the line alone. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CommentRangeEnd, CommentRangeStart, CommentReference, Document, InsertedTextRun, Packer, Paragraph, TextRun } from "docx";
import { checkAmendments, collectAmendments, setField, type Amendment } from "../../src/amendments";
import { readDocx } from "../../src/docx";
import { planImport, planPackageSave } from "../../src/app";
import { writePackage } from "../../src/docx/metadata-writer";
import type { DocumentModel } from "../../src/model/document";
import { COESFELD } from "../config/county";
import { convertWithLibreOffice, needs } from "../support/programs";

const samples = path.resolve(__dirname, "../../../shared/samples");
const read = (name: string) => new Uint8Array(readFileSync(path.join(samples, name)));

function textOf(model: DocumentModel, a: Amendment): string {
  return a.location ? model.paragraphs[a.location.start.paragraph].text : "";
}

describe("strategie-entwurf1.docx", () => {
  const model = readDocx(read("strategie-entwurf1.docx"));
  const { amendments, imported, registry } = collectAmendments(model, COESFELD.registry);
  const fieldsOf = (a: Amendment) => imported.filter((p) => p.amendmentKey === a.key).flatMap((p) => p.fields);

  it("finds the six Anträge in document order", () => {
    expect(amendments.map((a) => [a.kind, a.changeIds.length, a.commentIds.length, a.source])).toEqual([
      ["insertion", 1, 1, "imported"], ["replacement", 5, 0, "imported"], ["insertion", 2, 0, "imported"],
      ["comment", 0, 1, "none"], ["insertion", 0, 0, "imported"], ["insertion", 0, 0, "imported"],
    ]);
    expect(amendments.map((a) => a.category)).toEqual(["antrag", "antrag", "antrag", "comment", "antrag", "antrag"]);
  });

  it("reads the SPD motion from its comment", () => {
    const spd = amendments[0];
    expect(spd.inserted).toMatch(/^Der Kreis Coesfeld wirkt an der Verwirklichung eines vereinten Europas/);
    expect(spd.metadata).toMatchObject({ antragsteller: "SPD-Kreistagsfraktion", datum: "2025-03-14", beratungsfolge: [], status: null });
    expect(fieldsOf(spd).map((f) => [f.field, f.confidence])).toEqual([["antragsteller", "medium"], ["datum", "high"]]);
  });

  it("reads the Verwaltung's wording with the AfKSuE consultation, year completed with low confidence", () => {
    const ehrenamt = amendments[1];
    expect([ehrenamt.removed, ehrenamt.inserted]).toEqual(["Der Kreis Coesfeld", "Der Kreis Coesfeld unterstützt das Ehrenamt und die Strukturen bürgerschaftliche Engagements. … gleichzeitig … Hierbei … er"]);
    expect(ehrenamt.metadata).toMatchObject({ antragsteller: "Verwaltung", beratungsfolge: [{ gremium: "AfKSuE", role: "Vorberatung", date: "2025-03-04", result: "beraten" }] });
    expect(fieldsOf(ehrenamt).find((f) => f.field === "beratungsfolge")).toMatchObject({ confidence: "low", note: "Jahr nicht angegeben, 2025 aus dem Zusammenhang ergänzt" });
  });

  it("reads the inline B90 annotation and reports its date order", () => {
    const gruene = amendments[2];
    expect(gruene.inserted).toBe("im In- und Ausland … (Änderungsantrag B90/ Die Grünen vom 09.03.2025, Zustimmung im AfASSuG vom 05.03.2025)");
    expect(gruene.metadata).toMatchObject({
      antragsteller: "Bündnis 90/Die Grünen", datum: "2025-03-09",
      beratungsfolge: [{ gremium: "AfASSuG", role: "Vorberatung", date: "2025-03-05", result: "Zustimmung" }],
    });
    const findings = checkAmendments(amendments, registry, model);
    expect(findings.map((f) => [f.rule, f.data?.key])).toEqual([["meta/date-order", gruene.key]]);
  });

  it("takes the Teilhabebeirat's question as a comment, no Antrag: nothing is imported from it", () => {
    expect(amendments[3]).toMatchObject({ category: "comment", number: null, source: "none" });
    expect(amendments[3].metadata).toMatchObject({ antragsteller: null, status: null, begruendung: null });
    expect(imported.map((p) => p.amendmentKey)).not.toContain(amendments[3].key);
    expect(textOf(model, amendments[3])).toMatch(/^Digitale Dienstleistungen werden barrierefrei/);
  });

  it("reads the annotations of paragraphs already taken over", () => {
    const [abt62, schule] = amendments.slice(4);
    expect(abt62.metadata.antragsteller).toBe("Abt. 62");
    expect(abt62.inserted).toMatch(/Bürgerinnen und Bürger bereitgestellt\.$/);
    expect(schule.metadata).toMatchObject({ antragsteller: "Bündnis 90/Die Grünen", datum: "2025-03-09" });
  });
});

describe("beschlussvorlage-digitalagentur.docx", () => {
  const model = readDocx(read("beschlussvorlage-digitalagentur.docx"));
  const { amendments } = collectAmendments(model, COESFELD.registry);

  it("groups the Personalamt's replacement with its comment thread", () => {
    expect(amendments.map((a) => [a.kind, a.removed, a.inserted, a.author])).toEqual([
      ["replacement", "EG 12", "EG 13", "Personalamt"],
      ["comment", "", "", "Kämmerei"],
    ]);
    const thread = model.comments.filter((c) => amendments[0].commentIds.includes(c.id));
    expect(thread.map((c) => [c.author, c.replies.map((r) => r.text)])).toEqual([["Personalamt", ["Übernommen."]]]);
    expect(amendments[0].metadata).toMatchObject({ antragsteller: "Personalrat", datum: "2020-11-20" });
    // The Kämmerei's question is a comment: its author is no proposer, its question no Begründung.
    expect(amendments.map((a) => a.category)).toEqual(["antrag", "comment"]);
    expect(amendments[1]).toMatchObject({ source: "none", metadata: expect.objectContaining({ antragsteller: null, begruendung: null }) });
  });
});

describe("write → read back", () => {
  const bytes = read("strategie-entwurf1.docx");
  const model = readDocx(bytes);
  const { write, amendments: all } = planImport(model, { by: "beschlussreif import", at: "2025-04-01T10:00:00Z" }, COESFELD.registry);
  const written = writePackage(bytes, write);
  // The Beirat's question is a comment, no Antrag: nothing to confirm there.
  const antraege = (amendments: Amendment[]) => amendments.filter((a) => a.category === "antrag");
  const confirmed = antraege(all);
  const metadataOf = (amendments: Amendment[]) => antraege(amendments).map((a) => [a.key, a.metadata]);

  it("confirms every recognised Antrag with a history entry", () => {
    expect(confirmed.map((a) => [a.source, a.metadata.history])).toEqual(confirmed.map(() => ["metadata", [{ at: "2025-04-01T10:00:00Z", by: "beschlussreif import", field: "import", from: null, to: "bestätigt" }]]));
    expect(collectAmendments(model, COESFELD.registry).amendments.map((a) => a.key)).toEqual(all.map((a) => a.key));
    expect(all.filter((a) => a.category === "comment").map((a) => a.source)).toEqual(["none"]);
  });

  it("numbers the five Anträge 1 to 5 in document order as they are first stored", () => {
    expect(confirmed).toHaveLength(5);
    expect(confirmed.map((a) => a.number)).toEqual([null, null, null, null, null]);
    const again = collectAmendments(readDocx(written), COESFELD.registry).amendments;
    expect(again.map((a) => [a.category, a.number])).toEqual([["antrag", 1], ["antrag", 2], ["antrag", 3], ["comment", null], ["antrag", 4], ["antrag", 5]]);
  });

  it("reads every field back identically", () => {
    const again = collectAmendments(readDocx(written), COESFELD.registry);
    expect(again.storageProblem).toBeNull();
    expect(antraege(again.amendments).every((a) => a.source === "metadata" && a.found)).toBe(true);
    expect(metadataOf(again.amendments)).toEqual(metadataOf(confirmed));
    expect(again.imported).toEqual([]);
  });

  it("rebuilds the line's fields from the comments alone when the part is lost", () => {
    const lost = readDocx(written);
    lost.customXmlParts = [];
    const again = collectAmendments(lost, COESFELD.registry).amendments.filter((a) => a.source === "metadata");
    const lineFields = (m: Amendment["metadata"]) => [m.antragsteller, m.datum, m.beratungsfolge, m.status, m.statusDatum, m.statusGremium];
    expect(again.map((a) => lineFields(a.metadata))).toEqual(confirmed.map((a) => lineFields(a.metadata)));
  });

  needs("soffice").it("keeps every field through a LibreOffice round trip", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "br-lo-"));
    try {
      const file = path.join(dir, "entwurf.docx");
      writeFileSync(file, written);
      const [converted] = convertWithLibreOffice([file], "docx", path.join(dir, "out"));
      const again = collectAmendments(readDocx(new Uint8Array(readFileSync(converted))), COESFELD.registry);
      expect(antraege(again.amendments).every((a) => a.source === "metadata" && a.found)).toBe(true);
      expect(metadataOf(again.amendments)).toEqual(metadataOf(confirmed));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("hostile text through write → read", () => {
  it("survives as text in the part; the comment line shows it with controls replaced", async () => {
    const date = "2025-03-14T15:20:00.000Z";
    const doc = new Document({
      comments: { children: [{ id: 1, author: "Kreisverwaltung <Muster>", date: new Date(date), children: [new Paragraph("Antrag der Wählergruppe <Muster> & Söhne vom 01.02.2025")] }] },
      sections: [{ children: [
        new Paragraph({ children: [new TextRun("Der Kreis Musterland "), new InsertedTextRun({ text: "fördert <Vereine> ]]> \u202Eevil\u202C", id: 10, author: "Fraktion <X>", date })] }),
        new Paragraph({ children: [new CommentRangeStart(1), new TextRun("Vereine & Verbände"), new CommentRangeEnd(1), new TextRun({ children: [new CommentReference(1)] })] }),
      ] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const model = readDocx(bytes);
    const collection = collectAmendments(model, COESFELD.registry);
    expect(collection.amendments.map((a) => [a.kind, a.metadata.antragsteller, a.metadata.datum])).toEqual([
      ["insertion", null, null], ["comment", "Wählergruppe <Muster> & Söhne", "2025-02-01"],
    ]);
    const hostile = "<w:t>]]></w:t> &amp; \u202Eevil\u202C \u0001\u0008\r\n\\x0001; ".repeat(2000); // within the 1 MB a part may have
    const edited = collection.amendments.map((a, i) => setField(setField(a, "begruendung", hostile, "M. <Muster>", "2025-04-01T10:00:00Z"), "antragsteller", i === 0 ? "Fraktion <X>\u0001" : a.metadata.antragsteller, "M. <Muster>", "2025-04-01T10:00:00Z"));
    const written = writePackage(bytes, planPackageSave(model, collection, edited, { by: "M. <Muster>", at: "2025-04-01T10:00:00Z" }));
    const again = collectAmendments(readDocx(written), COESFELD.registry);
    expect(again.amendments.map((a) => [a.key, a.source, a.metadata])).toEqual(edited.map((a) => [a.key, "metadata", a.metadata]));
    const lines = readDocx(written).comments.map((c) => c.text.split("\n").pop());
    expect(lines).toEqual(["Antrag: Wählergruppe <Muster> & Söhne · 01.02.2025", "Antrag: Fraktion <X>\uFFFD"]);
  });
});
