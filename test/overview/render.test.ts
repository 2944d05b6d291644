/** The files: CSV for German Excel, printable HTML, JSON per SPEC §2.7, .docx through LibreOffice, .xlsx read back (OParl: oparl.test.ts). */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { groupAmendments } from "../../src/amendments";
import type { Amendment } from "../../src/amendments/types";
import {
  amendmentRows, beiratRows, buildSynopse, renderCsv, renderOverview, synopseTable, type BeiratInput, type OverviewData,
} from "../../src/overview";
import { convertWithLibreOffice, needs, pdfText, programPath } from "../support/programs";
import { musterland } from "./model";

const model = musterland();
// The first Antrag is stored (number 4, as the committee cites it); the others are not stored yet.
const amendments: Amendment[] = groupAmendments(model).map((a, i) => i !== 0 ? a : {
  ...a, source: "metadata", number: 4,
  metadata: { ...a.metadata, antragsteller: "SPD-Kreistagsfraktion", datum: "2025-03-09", status: "angenommen", statusDatum: "2025-03-20", statusGremium: "Kreistag",
    beratungsfolge: [{ gremium: "AfASSuG", role: "Vorberatung", date: "2025-03-05", result: "Zustimmung" }, { gremium: "Kreistag", role: "Entscheidung", date: "2025-03-20", result: null }] },
});
const rows = amendmentRows(model, amendments);
const data: OverviewData = {
  kind: "amendments", rows, groupBySection: true, comments: false, markUnconfirmed: true, title: "Kreisentwicklungsstrategie Musterland", date: "2025-03-20",
};
const withComments: OverviewData = { ...data, comments: true };
const synopse: OverviewData = { kind: "synopse", synopse: buildSynopse(model, { date: "2025-03-20" }), unchanged: "full" };
const beiratItems: BeiratInput[] = [{
  nr: 1, kind: "question", section: "B.I", paragraph: 9, text: "barrierefrei", comment: "Gilt das auch für Leichte Sprache?",
  author: "Teilhabebeirat", datum: "2025-03-11", answers: [{ author: "Kreisverwaltung", datum: "2025-03-12", text: "Ja, ab 2026." }], resolved: false,
}];
const beirat: OverviewData = { kind: "beirat", rows: beiratRows(model, beiratItems), title: "Kreisentwicklungsstrategie Musterland", date: "2025-03-20" };

describe("CSV", () => {
  it("starts with a BOM, separates with ';', ends lines with CRLF and quotes as German Excel expects", async () => {
    const csv = (await renderOverview(data, "csv")) as string;
    expect(csv.startsWith("\uFEFFNr.;Abschnitt;Fundstelle;Bisherige Fassung;Vorgeschlagene Fassung;Antragsteller;Beratung;Status;Begründung;Stellungnahme der Verwaltung\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[1]).toBe("A.I Demokratie;;;;;;;;;");
    // A line break inside a field stays inside the quotes.
    expect(lines.slice(2, 4)).toEqual(['4;A.I Demokratie;"Absatz 1', 'Ersetzung";Er berät z. B. Gemeinden und Vereine in allen Fragen.;Er berät z. B. Gemeinden und Verbände in allen Fragen.;"SPD-Kreistagsfraktion']);
    expect(csv).toContain('"AfASSuG (Vorberatung), 05.03.2025: Zustimmung\r\nKreistag (Entscheidung), 20.03.2025: offen"');
  });

  it("doubles quotes, quotes separators and keeps formulas from running", () => {
    const csv = renderCsv({
      title: "t", subtitle: "s", columns: [{ header: "A", width: 1 }, { header: "B", width: 1 }], rowHeaders: false, notes: [],
      rows: [{ kind: "data", cells: [[{ text: 'Er sagte "ja"; dann', mark: "none" }], [{ text: "=SUMME(A1)", mark: "none" }]] }],
    });
    expect(csv).toBe('\uFEFFA;B\r\n"Er sagte ""ja""; dann";\'=SUMME(A1)\r\n');
  });
});

describe("HTML", () => {
  it("is a standalone printable page with escaped text and <del>/<ins> marks", async () => {
    const html = (await renderOverview(withComments, "html")) as string;
    expect(html).toContain("Gilt das auch für &lt;script&gt;alert(1)&lt;/script&gt; Leichte Sprache?");
    expect(html).not.toContain("<script");
    expect(html).toContain("Er berät z. B. Gemeinden und <del>Vereine</del> in allen Fragen.");
    expect(html).toContain("<ins>Verbände</ins>");
    expect(html).toContain("@page { size: A4 landscape;");
    expect(html).toMatch(/<thead><tr><th scope="col">Nr\.<\/th>/);
    expect(html).not.toMatch(/(src|href)=|@import|url\(/);
  });

  it("lays out the Synopse with unchanged, removed and added paragraphs", async () => {
    const html = (await renderOverview(synopse, "html")) as string;
    expect(html).toContain("<h1>Synopse – Kreisentwicklungsstrategie Musterland – Stand 20.03.2025</h1>");
    expect(html).toContain("<th scope=\"col\">Bisherige Fassung</th><th scope=\"col\">Neue Fassung</th>");
    expect(html).toContain("<tr><td><del>Der Kreis betreibt ein Faxgerät.</del></td><td>entfällt</td></tr>");
    expect(html).toContain("<td>Der Kreis Musterland handelt rechtmäßig. Er berät z. B. Gemeinden und <del>Vereine</del> in allen Fragen. Er ist bürgernah.</td>");
    expect(html).toContain("<td>unverändert</td>");
  });
});

describe("Synopse table", () => {
  it("collapses unchanged paragraphs on request", () => {
    const s = buildSynopse(model, { date: "2025-03-20", title: "Entwurf" });
    const table = synopseTable(s, "collapsed");
    const cells = table.rows.flatMap((r) => (r.kind === "data" ? [r.cells.map((c) => c.map((x) => x.text).join(""))] : []));
    expect(cells).toContainEqual(["unverändert (2 Absätze)", "unverändert (2 Absätze)"]);
    expect(table.rows.filter((r) => r.kind === "group").map((r) => r.kind === "group" && r.text)).toEqual(["A Leitlinien", "A.I Demokratie", "B Ziele", "B.I Wirtschaft und Arbeit"]);
  });
});

describe("JSON", () => {
  it("follows SPEC §2.7 for amendments", async () => {
    const json = JSON.parse((await renderOverview(data, "json")) as string);
    expect(Object.keys(json)).toEqual(["amendments"]);
    expect(json.amendments[0]).toEqual({
      nr: 4, label: "4", category: "antrag", section: "A.I", sectionTitle: "Demokratie", kind: "replacement",
      before: "Er berät z. B. Gemeinden und Vereine in allen Fragen.", after: "Er berät z. B. Gemeinden und Verbände in allen Fragen.",
      antragsteller: "SPD-Kreistagsfraktion", ausschuss: "AfASSuG", datum: "2025-03-09", status: "angenommen", statusDatum: "2025-03-20", source: "metadata",
      trackedChanges: [
        { id: "10", kind: "deletion", author: "Kreisverwaltung Musterland", date: "2025-03-14T15:20:00Z", text: "Vereine" },
        { id: "11", kind: "insertion", author: "Kreisverwaltung Musterland", date: "2025-03-14T15:20:00Z", text: "Verbände" },
      ],
      comments: [],
    });
    expect(json.amendments.map((a: { kind: string }) => a.kind)).toEqual(["replacement", "insertion", "comment", "deletion"]);
  });

  it("follows SPEC §2.7 for the Beirat list", async () => {
    const json = JSON.parse((await renderOverview(beirat, "json")) as string);
    expect(json).toEqual({ items: [{
      nr: 1, kind: "question", section: "B.I", text: "barrierefrei", comment: "Gilt das auch für Leichte Sprache?", author: "Teilhabebeirat",
      datum: "2025-03-11", answers: [{ author: "Kreisverwaltung", datum: "2025-03-12", text: "Ja, ab 2026." }], resolved: false,
    }] });
  });
});

needs("soffice", "pdftotext", "pdfinfo").describe(".docx", () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(path.join(tmpdir(), "overview-docx-")); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is landscape with a repeating header row and marks, and LibreOffice prints its text", async () => {
    const bytes = (await renderOverview(data, "docx")) as Uint8Array;
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toMatch(/<w:strike\/>[\s\S]*?<w:t xml:space="preserve">Vereine<\/w:t>/);
    const file = path.join(dir, "uebersicht.docx");
    writeFileSync(file, bytes);
    const [pdf] = convertWithLibreOffice([file], "pdf", dir);
    const text = pdfText(pdf, true);
    for (const expected of ["Änderungsübersicht – Kreisentwicklungsstrategie Musterland", "Stand 20.03.2025", "Bisherige Fassung", "Verbände", "Vereine", "Kreistagsfraktion", "B.I Wirtschaft und Arbeit", "Streichung"]) {
      expect(text).toContain(expected);
    }
    const info = execFileSync(programPath("pdfinfo"), [pdf]).toString("utf8");
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/);
  });

  it("prints the Synopse with its title, columns and markers", async () => {
    const file = path.join(dir, "synopse.docx");
    writeFileSync(file, (await renderOverview(synopse, "docx")) as Uint8Array);
    const text = pdfText(convertWithLibreOffice([file], "pdf", dir)[0]);
    for (const expected of ["Synopse – Kreisentwicklungsstrategie Musterland – Stand 20.03.2025", "Bisherige Fassung", "Neue Fassung", "unverändert", "entfällt", "Der Kreis betreibt ein Faxgerät.", "im In- und Ausland"]) {
      expect(text).toContain(expected);
    }
  });
});

describe("Beirat table", () => {
  it("shows kind, place, question, answers and state", async () => {
    const csv = (await renderOverview(beirat, "csv")) as string;
    expect(csv.slice(1).split("\r\n").slice(0, 2)).toEqual([
      "Nr.;Art;Abschnitt;Fundstelle;Text;Frage / Anmerkung;Von;Antworten;Status",
      "1;Frage;B.I;Absatz 2, Aufzählungspunkt 3;barrierefrei;Gilt das auch für Leichte Sprache?;Teilhabebeirat, 11.03.2025;Kreisverwaltung (12.03.2025): Ja, ab 2026.;beantwortet",
    ]);
  });
});

describe(".xlsx", () => {
  it("reads back with header row, filter, frozen header, widths and rich text marks", async () => {
    const bytes = (await renderOverview(data, "xlsx")) as Uint8Array;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Übersicht")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Nr.", "Abschnitt", "Fundstelle", "Bisherige Fassung", "Vorgeschlagene Fassung", "Antragsteller", "Beratung", "Status", "Begründung", "Stellungnahme der Verwaltung"]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(4).width).toBe(29);
    expect(sheet.getRow(2).getCell(1).value).toBe("A.I Demokratie");
    const before = sheet.getRow(3).getCell(4).value as ExcelJS.CellRichTextValue;
    expect(before.richText.map((r) => [r.text, Boolean(r.font?.strike)])).toEqual([["Er berät z. B. Gemeinden und ", false], ["Vereine", true], [" in allen Fragen.", false]]);
    expect(sheet.getRow(3).getCell(4).alignment).toMatchObject({ wrapText: true });
    expect(sheet.getRow(3).getCell(6).value).toBe("SPD-Kreistagsfraktion\nvom 09.03.2025");
  });
});
