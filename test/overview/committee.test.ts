/**
 * What the committee reads: the Antrag's Begründung and the administration's Stellungnahme in their own columns,
 * comment threads only when asked for and never the add-in's "Antrag: …" line or its hints, values read from an
 * annotation marked once with a note under the table — in every file format. Checked on a draft written by the
 * `docx` package (committee-doc.ts) and on the samples, against what the documents say.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { collectAmendments } from "../../src/amendments";
import { readDocx } from "../../src/docx";
import type { DocumentModel } from "../../src/model/document";
import {
  buildSynopse, overviewData, plain, renderOverview, tableOf, type OverviewData, type OverviewRequest, type OverviewTable,
} from "../../src/overview";
import { ANNOTATION, BEGRUENDUNG, committeeDraft, STELLUNGNAHME } from "./committee-doc";

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
const COLUMNS = ["Nr.", "Abschnitt", "Fundstelle", "Bisherige Fassung", "Vorgeschlagene Fassung", "Antragsteller", "Beratung", "Status", "Begründung", "Stellungnahme der Verwaltung"];
const NOTE = "¹ aus einem Vermerk übernommen, noch nicht bestätigt";
/** Anträge not stored yet carry a provisional number ("neu 1"), explained under the table. */
const NEU = "neu: noch nicht gespeichert, die Antragsnummer wird beim ersten Speichern vergeben";
/** What must never reach the committee: the add-in's line, its hints, and (by default) the comments. */
const MACHINE = ["Antrag: CDU-Kreistagsfraktion", "Antrag:", "bitte bestätigen", "Vermerk im Text erkannt"];
const COMMENT_TEXTS = ["Die Mehrkosten sind im Haushalt 2026", "Sie werden über den Nahverkehrsplan", "Gilt das auch für die Haltestellen"];

function request(extra: Partial<OverviewRequest> = {}): OverviewRequest {
  return { kind: "amendments", date: "2025-03-20", ...extra };
}

function dataOf(model: DocumentModel, extra: Partial<OverviewRequest> = {}): OverviewData {
  return overviewData({ model, amendments: collectAmendments(model), beirat: [] }, request(extra));
}

/** The table as text: column head → cell, per data row. */
function cells(table: OverviewTable): Record<string, string>[] {
  return table.rows.flatMap((r) => (r.kind === "data" ? [Object.fromEntries(table.columns.map((c, i) => [c.header, plain(r.cells[i])]))] : []));
}

/** Every text a format holds, as a reader of the file sees it. */
async function fileTexts(data: OverviewData): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const format of ["csv", "html"] as const) out[format] = (await renderOverview(data, format)) as string;
  const docx = unzipSync((await renderOverview(data, "docx")) as Uint8Array);
  out.docx = [...strFromU8(docx["word/document.xml"]).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(((await renderOverview(data, "xlsx")) as Uint8Array).buffer as ArrayBuffer);
  const lines: string[] = [];
  workbook.getWorksheet("Übersicht")!.eachRow((row) => row.eachCell((c) => { lines.push(c.text); }));
  out.xlsx = lines.join("\n");
  return out;
}

describe("a draft with an inline annotation, a saved Antrag with a comment thread and a Beirat question", () => {
  let model: DocumentModel;
  beforeAll(async () => { model = readDocx(await committeeDraft()); });

  it("shows the Begründung and the Stellungnahme der Verwaltung in their own columns, nothing else", () => {
    const table = tableOf(dataOf(model));
    expect(table.columns.map((c) => c.header)).toEqual(COLUMNS);
    const rows = cells(table);
    // The inline annotation is not stored yet; the saved Antrag got number 1 when it was stored.
    expect(rows.map((r) => r["Nr."])).toEqual(["neu 1", "1"]);
    expect(rows[1]).toEqual({
      "Nr.": "1", Abschnitt: "A.II Busverkehr", Fundstelle: "Absatz 1\nErsetzung",
      "Bisherige Fassung": "Die Buslinien fahren im Stundentakt, auch am Wochenende.",
      "Vorgeschlagene Fassung": "Die Buslinien fahren mindestens im Halbstundentakt, auch am Wochenende.",
      Antragsteller: "CDU-Kreistagsfraktion\nvom 27.02.2025", Beratung: "AfMIuK (Vorberatung), 06.03.2025: Zustimmung", Status: "in Beratung",
      Begründung: BEGRUENDUNG, "Stellungnahme der Verwaltung": STELLUNGNAHME,
    });
    expect(rows[0]).toMatchObject({ Begründung: "", "Stellungnahme der Verwaltung": "" });
  });

  it("marks the values read from the inline annotation once, explains the mark under the table, and leaves saved values unmarked", () => {
    const table = tableOf(dataOf(model));
    const [imported, saved] = cells(table);
    expect(imported.Antragsteller).toBe("Bündnis 90/Die Grünen¹\nvom 09.03.2025");
    expect(imported.Beratung).toBe("AfASSuG (Vorberatung), 05.03.2025: Zustimmung¹");
    expect(Object.values(saved).join("")).not.toContain("¹");
    expect(table.notes).toEqual([NOTE, NEU]);
  });

  it("without the marking option shows the values plain and no note", () => {
    const table = tableOf(dataOf(model, { markUnconfirmed: false }));
    expect(cells(table)[0].Antragsteller).toBe("Bündnis 90/Die Grünen\nvom 09.03.2025");
    expect(table.rows.flatMap((r) => (r.kind === "data" ? r.cells.map(plain) : [])).join("")).not.toContain("¹");
    expect(table.notes).toEqual([NEU]);
  });

  it("adds the comment threads and the Beirat's question only when asked, without the add-in's line", () => {
    const table = tableOf(dataOf(model, { includeComments: true }));
    expect(table.columns.map((c) => c.header)).toEqual([...COLUMNS, "Kommentare"]);
    const rows = cells(table);
    expect(rows.map((r) => [r["Nr."], r.Fundstelle])).toEqual([["neu 1", "Absatz 1\nEinfügung"], ["1", "Absatz 1\nErsetzung"], ["Kommentar 1", "Absatz 2\nKommentar"]]);
    expect(rows[1].Kommentare).toBe([
      "Kämmerei (11.03.2025): Die Mehrkosten sind im Haushalt 2026 bisher nicht veranschlagt.",
      "Antwort Stabsstelle Kreisentwicklung (12.03.2025): Sie werden über den Nahverkehrsplan finanziert.",
    ].join("\n"));
    expect(rows[2].Kommentare).toBe("Teilhabebeirat (13.03.2025): Gilt das auch für die Haltestellen im ländlichen Raum?");
    expect(rows[0].Kommentare).toBe("");
  });

  it("no file format carries the add-in's line or hints; comments appear only with the option; the note stands under the table", async () => {
    const plainFiles = await fileTexts(dataOf(model));
    const withComments = await fileTexts(dataOf(model, { includeComments: true }));
    for (const [format, text] of Object.entries(plainFiles)) {
      for (const s of [...MACHINE, ...COMMENT_TEXTS]) expect({ format, has: s, found: text.includes(s) }).toEqual({ format, has: s, found: false });
      expect({ format, note: text.includes(NOTE) }).toEqual({ format, note: true });
      expect({ format, begruendung: text.includes(BEGRUENDUNG) }).toEqual({ format, begruendung: true });
    }
    for (const [format, text] of Object.entries(withComments)) {
      for (const s of MACHINE) expect({ format, has: s, found: text.includes(s) }).toEqual({ format, has: s, found: false });
      for (const s of COMMENT_TEXTS) expect({ format, has: s, found: text.includes(s) }).toEqual({ format, has: s, found: true });
    }
    // The note follows the last row in every format.
    expect(plainFiles.csv.endsWith(`\r\n\r\n${NOTE}\r\n${NEU}\r\n`)).toBe(true);
    expect(plainFiles.html).toMatch(new RegExp(`</table>\\s*<p class="note">${NOTE}</p>\\s*<p class="note">${NEU}</p>`));
    expect(plainFiles.docx.endsWith(`${NOTE}\n${NEU}`)).toBe(true);
    expect(plainFiles.xlsx.endsWith(`${NOTE}\n${NEU}`)).toBe(true);
  });

  it("can leave annotation ranges out of the wording columns (the Änderungsübersicht and the Synopse)", () => {
    const p = model.paragraphs.findIndex((x) => x.text.startsWith("Der Kreis baut"));
    const text = model.paragraphs[p].text;
    const start = text.indexOf(ANNOTATION);
    const omit = [{ start: { paragraph: p, offset: start }, end: { paragraph: p, offset: start + ANNOTATION.length } }];
    const data = dataOf(model, { omit });
    expect(data.kind === "amendments" && data.rows[0].after).toEqual([
      { text: "Der Kreis baut das Alltagsradnetz aus", mark: "none" },
      { text: " und schließt Lücken zwischen den Ortsteilen", mark: "inserted" },
      { text: ".", mark: "none" },
    ]);
    expect(data.kind === "amendments" && data.rows[0].before).toEqual([{ text: "Der Kreis baut das Alltagsradnetz aus.", mark: "none" }]);
    const synopse = buildSynopse(model, { date: "2025-03-20", omit });
    const row = synopse.sections.flatMap((s) => s.rows).find((r) => r.kind === "changed" && r.paragraph === p);
    expect(row && row.kind === "changed" && plain(row.after)).toBe("Der Kreis baut das Alltagsradnetz aus und schließt Lücken zwischen den Ortsteilen.");
  });
});

describe("the samples as the committee receives them", () => {
  const read = (name: string) => readDocx(new Uint8Array(readFileSync(path.join(SAMPLES, name))));

  it("strategie-entwurf1.docx: Anträge only, every value read from an annotation marked, no hint and no comment", async () => {
    const data = dataOf(read("strategie-entwurf1.docx"));
    const table = tableOf(data);
    const rows = cells(table);
    // The Teilhabebeirat's question on "barrierefrei" is a comment without a change: only with the option.
    expect(rows.map((r) => r.Fundstelle.split("\n")[1])).toEqual(["Einfügung", "Ersetzung", "Einfügung", "Einfügung", "Einfügung"]);
    expect(rows.map((r) => r.Antragsteller.split("\n")[0])).toEqual(["SPD-Kreistagsfraktion¹", "Verwaltung¹", "Bündnis 90/Die Grünen¹", "Abt. 62¹", "Bündnis 90/Die Grünen¹"]);
    expect(rows[2].Beratung).toBe("AfASSuG (Vorberatung), 05.03.2025: Zustimmung¹");
    expect(rows.map((r) => r["Nr."])).toEqual(["neu 1", "neu 2", "neu 3", "neu 4", "neu 5"]);
    expect(table.notes).toEqual([NOTE, NEU]);
    const csv = (await renderOverview(data, "csv")) as string;
    for (const s of ["bitte bestätigen", "Kommentar", "Gilt „barrierefrei“"]) expect({ s, found: csv.includes(s) }).toEqual({ s, found: false });
  });

  it("beschlussvorlage-digitalagentur.docx: the Personalamt's thread only with the option, reply included", () => {
    const model = read("beschlussvorlage-digitalagentur.docx");
    expect(cells(tableOf(dataOf(model))).map((r) => [r["Nr."], r.Begründung, r["Stellungnahme der Verwaltung"]])).toEqual([["neu 1", "", ""]]);
    const rows = cells(tableOf(dataOf(model, { includeComments: true })));
    expect(rows[0].Kommentare.split("\n").slice(0, 2)).toEqual([
      "Personalamt (24.11.2020): Eingruppierung bitte an den Stellenplan 2021 anpassen; Vorschlag des Personalrats vom 20.11.2020.",
      "Antwort Stabsstelle Kreisentwicklung (24.11.2020): Übernommen.",
    ]);
    expect(rows[1].Fundstelle).toBe("Absatz 2\nKommentar");
  });
});
