/** The samples through the .docx reader and amendment collection: rows and Synopse against the document's two views. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { collectAmendments } from "../../src/amendments";
import { readDocx } from "../../src/docx";
import type { DocumentModel } from "../../src/model/document";
import { inView } from "../../src/model/outline";
import { collectBeiratItems } from "../../src/beirat";
import { numberLabel } from "../../src/amendments/numbering";
import { amendmentRows, beiratRows, buildSynopse, plain, type Synopse } from "../../src/overview";
import { COESFELD } from "../config/county";

const samples = path.resolve(__dirname, "../../../shared/samples");
const read = (name: string) => readDocx(new Uint8Array(readFileSync(path.join(samples, name))));

describe("strategie-entwurf1.docx", () => {
  const model = read("strategie-entwurf1.docx");
  const rows = amendmentRows(model, collectAmendments(model, COESFELD.registry).amendments);

  it("places each Antrag in its section and paragraph", () => {
    // Nothing is stored yet: provisional numbers; the Beirat's question is a comment, counted on its own.
    expect(rows.map((r) => [numberLabel(r.nr), r.kind, r.sectionPath, r.sectionTitle, r.fundstelle])).toEqual([
      ["neu 1", "insertion", "A.I", "Demokratie und Rechtmäßigkeit", "Absatz 1"],
      ["neu 2", "replacement", "A.II", "Bürgerorientierung", "Absatz 1"],
      ["neu 3", "insertion", "B.I", "Wirtschaft und Arbeit", "Absatz 3, Aufzählungspunkt 4"],
      ["Kommentar 1", "comment", "B.XII", "Digitalisierung und Smart Region", "Absatz 2, Aufzählungspunkt 4"],
      ["neu 4", "insertion", "B.XII", "Digitalisierung und Smart Region", "Absatz 2, Aufzählungspunkt 6"],
      ["neu 5", "insertion", "B.XII", "Digitalisierung und Smart Region", "Absatz 2, Aufzählungspunkt 7"],
    ]);
    expect(rows[2].section).toBe("B.I Wirtschaft und Arbeit");
  });

  it("shows the sentences around the changes with the changed words marked", () => {
    expect(rows[0].before).toEqual([]);
    expect(rows[0].after).toHaveLength(1);
    expect(rows[0].after[0]).toMatchObject({ mark: "inserted", text: expect.stringMatching(/^Der Kreis Coesfeld wirkt an der Verwirklichung eines vereinten Europas.*mit\.$/) });
    expect(rows[1].before.filter((s) => s.mark === "deleted").map((s) => s.text)).toEqual(["Der Kreis Coesfeld"]);
    expect(rows[1].after.filter((s) => s.mark === "inserted").map((s) => s.text))
      .toEqual(["Der Kreis Coesfeld unterstützt das Ehrenamt und die Strukturen bürgerschaftliche Engagements.", "gleichzeitig", "Hierbei", "er"]);
    expect(rows[2].after.filter((s) => s.mark === "inserted").map((s) => s.text))
      .toEqual(["im In- und Ausland", "(Änderungsantrag B90/ Die Grünen vom 09.03.2025, Zustimmung im AfASSuG vom 05.03.2025)"]);
    expect(plain(rows[2].before)).toMatch(/^Beratung, Information und Vernetzung von Unternehmen bei der Fachkräftegewinnung +zur Stärkung der Wettbewerbsfähigkeit auf dem Arbeitsmarkt\.$/);
    expect(plain(rows[3].after)).toMatch(/^Digitale Dienstleistungen werden barrierefrei bereitgestellt, um eine inklusive Teilhabe aller Bürgerinnen und Bürger zu ermöglichen\.$/);
  });

  it("carries the metadata", () => {
    expect(rows.map((r) => [r.antragsteller, r.datum, r.ausschuss, r.status, r.source])).toEqual([
      ["SPD-Kreistagsfraktion", "2025-03-14", null, null, "imported"],
      // A Vorberatung without a decision leaves the Antrag "in Beratung" (README, status rule 4).
      ["Verwaltung", null, "AfKSuE", "in Beratung", "imported"],
      ["Bündnis 90/Die Grünen", "2025-03-09", "AfASSuG", "in Beratung", "imported"],
      // The Teilhabebeirat's question is a comment, no Antrag: nothing is imported from it.
      [null, null, null, null, "none"],
      ["Abt. 62", null, null, null, "imported"],
      ["Bündnis 90/Die Grünen", "2025-03-09", null, null, "imported"],
    ]);
    expect(rows[1].beratung).toBe("AfKSuE (Vorberatung), 04.03.2025: beraten");
    expect(rows[2].beratung).toBe("AfASSuG (Vorberatung), 05.03.2025: Zustimmung");
    expect(rows[3].comments[0]).toMatchObject({ author: "Teilhabebeirat", date: expect.stringMatching(/^2025-03-11/), text: expect.stringMatching(/^Gilt „barrierefrei“ auch für Menschen mit Sehbehinderung/) });
  });
});

describe("beschlussvorlage-digitalagentur.docx", () => {
  const model = read("beschlussvorlage-digitalagentur.docx");
  const rows = amendmentRows(model, collectAmendments(model, COESFELD.registry).amendments);

  it("shows the Personalamt's replacement in its sentence with its comment thread", () => {
    expect(rows.map((r) => [r.kind, r.sectionPath, r.fundstelle, r.antragsteller, r.datum])).toEqual([
      ["replacement", "III", "Absatz 1", "Personalrat", "2020-11-20"],
      ["comment", "III", "Absatz 2", null, null],
    ]);
    expect(rows[0].before).toEqual([
      { text: "Personalkosten für die Einrichtung einer auf fünf Jahre befristeten Vollzeitstelle bis zu ", mark: "none" },
      { text: "EG 12", mark: "deleted" },
      { text: " TVöD im Produkt 04.01.02.01 Kreisentwicklung, Sachkonto 501201.", mark: "none" },
    ]);
    expect(rows[0].after[1]).toEqual({ text: "EG 13", mark: "inserted" });
    expect(rows[0].comments[0]).toMatchObject({
      author: "Personalamt", text: "Eingruppierung bitte an den Stellenplan 2021 anpassen; Vorschlag des Personalrats vom 20.11.2020.",
      replies: [expect.objectContaining({ author: "Stabsstelle Kreisentwicklung", text: "Übernommen." })],
    });
  });
});

/** The Synopse's columns, read back as paragraph texts; unchanged headings are the section captions. */
function columns(s: Synopse): { left: string[]; right: string[] } {
  const left: string[] = [], right: string[] = [];
  for (const section of s.sections) {
    for (const r of section.rows) {
      if (r.kind === "unchanged") { left.push(...r.texts); right.push(...r.texts); }
      if (r.kind === "changed" || r.kind === "removed") left.push(plain(r.before));
      if (r.kind === "changed" || r.kind === "added") right.push(plain(r.after));
    }
  }
  return { left, right };
}

function viewTexts(model: DocumentModel, view: "original" | "final"): string[] {
  return model.paragraphs
    .filter((p) => !(p.table && p.table.depth > 1) && inView(p, view))
    .filter((p) => !(p.outlineLevel !== null && p.text === p.originalText && p.runs.every((r) => r.revision.kind === "none")))
    .map((p) => (view === "original" ? p.originalText : p.text))
    .filter((t) => t.trim() !== "");
}

/** The section captions: each heading's place in the outline (typed labels and Word numbering alike) and title. */
const CAPTIONS: Record<string, string[]> = {
  "strategie-entwurf1.docx": [
    "A Handlungsprinzipien", "A.I Demokratie und Rechtmäßigkeit", "A.II Bürgerorientierung", "A.III Mitarbeiterorientierung",
    "A.IV Wirtschaftlichkeit, Innovation und Finanzen", "A.V Nachhaltigkeit", "B Strategische Ziele", "B.I Wirtschaft und Arbeit",
    "B.XII Digitalisierung und Smart Region",
  ],
  "beschlussvorlage-digitalagentur.docx": [
    "I Sachdarstellung", "II Entscheidungsalternativen", "III Auswirkungen / Zusammenhänge (Finanzen, Personal, IT, Klima)",
    "IV Zuständigkeit für die Entscheidung",
  ],
};

describe.each(Object.keys(CAPTIONS))("Synopse of %s", (name) => {
  const model = read(name);
  const synopse = buildSynopse(model, { date: "2025-03-20" });

  it("has the original view in the left column and the final view in the right one", () => {
    const { left, right } = columns(synopse);
    expect(left).toEqual(viewTexts(model, "original"));
    expect(right).toEqual(viewTexts(model, "final"));
  });

  it("opens a section per heading and shows changed paragraphs with marks on both sides", () => {
    // Text before the first heading opens an untitled section.
    expect(synopse.sections.map((s) => s.heading)).toEqual([null, ...CAPTIONS[name]]);
    const changed = synopse.sections.flatMap((s) => s.rows).filter((r) => r.kind === "changed");
    expect(changed.length).toBeGreaterThan(0);
    for (const r of changed) {
      if (r.kind !== "changed") continue;
      expect(r.before.some((x) => x.mark === "inserted") || r.after.some((x) => x.mark === "deleted")).toBe(false);
    }
  });
});

describe("Beirat list of strategie-entwurf1.docx", () => {
  const model = read("strategie-entwurf1.docx");
  const rows = beiratRows(model, collectBeiratItems(model));

  it("lists the Beirat's question with its place, text and state", () => {
    const question = rows.find((r) => r.kind === "question" && r.comment?.startsWith("Gilt „barrierefrei“"));
    // Nobody has replied to the question in the draft: it is open.
    expect(question).toMatchObject({ section: "B.XII", fundstelle: "Absatz 2, Aufzählungspunkt 4", author: "Teilhabebeirat", datum: "2025-03-11", resolved: false, answers: [], state: "offen" });
  });
});
