/**
 * The files as public bodies must publish them (BITV 2.0 / EN 301 549), checked by independent readers:
 * the .docx by its XML and through LibreOffice's tagged PDF export (pdfinfo, pdftotext), the .html through axe
 * and the accessibility tree in Chromium, the .xlsx by its parts. The .docx renderer runs without Node's Buffer
 * (as in the task pane) and gives the same bytes as with it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { strFromU8, unzipSync } from "fflate";
import { chromium, type Browser } from "playwright-core";
import { groupAmendments } from "../../src/amendments";
import type { Amendment } from "../../src/amendments/types";
import { amendmentRows, beiratRows, buildSynopse, renderOverview, type OverviewData } from "../../src/overview";
import { ARGS, describeBrowser } from "../e2e/harness";
import { needs, programPath } from "../support/programs";
import { Doc, musterland } from "./model";

const TITLE = "Kreisentwicklungsstrategie Musterland";
const HEADERS = ["Nr.", "Abschnitt", "Fundstelle", "Bisherige Fassung", "Vorgeschlagene Fassung", "Antragsteller", "Beratung", "Status", "Begründung", "Stellungnahme der Verwaltung"];
const LONG = 40;

/** A draft with one Antrag per paragraph, long enough for the table to run over several pages. */
function longDraft(): OverviewData {
  const doc = new Doc().heading("A. Maßnahmen").heading("I. Klimaschutz", 2);
  for (let i = 1; i <= LONG; i++) {
    const n = String(i).padStart(2, "0");
    doc.para([`Maßnahme ${n}: Der Kreis prüft die Sanierung seiner Liegenschaften und berichtet dem Ausschuss jährlich`, { ins: ` über den Stand der Maßnahme ${n}`, id: `${100 + i}` }, "."]);
  }
  const model = doc.model;
  const amendments: Amendment[] = groupAmendments(model).map((a) => ({
    ...a, source: "metadata",
    metadata: { ...a.metadata, antragsteller: "SPD-Kreistagsfraktion", begruendung: "Transparenz über den Fortschritt.", stellungnahme: "Die Verwaltung stimmt zu." },
  }));
  return { kind: "amendments", rows: amendmentRows(model, amendments), groupBySection: false, comments: false, markUnconfirmed: true, title: TITLE, date: "2025-03-20" };
}

const model = musterland();
const musterlandAmendments = groupAmendments(model).map((a, i) => (i === 0 ? { ...a, source: "imported" as const, metadata: { ...a.metadata, antragsteller: "SPD-Kreistagsfraktion" } } : a));
const grouped: OverviewData = {
  kind: "amendments", rows: amendmentRows(model, musterlandAmendments), groupBySection: true, comments: true, markUnconfirmed: true, title: TITLE, date: "2025-03-20",
};
const synopse: OverviewData = { kind: "synopse", synopse: buildSynopse(model, { date: "2025-03-20", title: TITLE }), unchanged: "collapsed" };
const beirat: OverviewData = {
  kind: "beirat", title: TITLE, date: "2025-03-20",
  rows: beiratRows(model, [{
    nr: 1, kind: "question", section: "B.I", paragraph: 9, text: "barrierefrei", comment: "Gilt das auch für Leichte Sprache?",
    author: "Teilhabebeirat", datum: "2025-03-11", answers: [{ author: "Kreisverwaltung", datum: "2025-03-12", text: "Ja, ab 2026." }], resolved: false,
  }]),
};

describe(".docx", () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(path.join(tmpdir(), "overview-a11y-")); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("says German in its styles, has the title as core property and Heading 1, and one repeating header row", async () => {
    const files = unzipSync((await renderOverview(grouped, "docx")) as Uint8Array);
    const styles = strFromU8(files["word/styles.xml"]);
    const document = strFromU8(files["word/document.xml"]);
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="de-DE"\/>.*<\/w:rPr><\/w:rPrDefault>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"\/>.*?<w:outlineLvl w:val="0"\/>/);
    expect(strFromU8(files["docProps/core.xml"])).toContain(`<dc:title>Änderungsübersicht – ${TITLE}</dc:title>`);
    const paragraphs = document.match(/<w:body>.*?<w:tbl>/)![0].match(/<w:p>.*?<\/w:p>/g)!;
    expect(paragraphs[0]).toMatch(/<w:pStyle w:val="Heading1"\/>.*Änderungsübersicht – Kreisentwicklungsstrategie Musterland/);
    const rows = document.match(/<w:tr>.*?<\/w:tr>/g)!;
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows.slice(1).filter((r) => r.includes("<w:tblHeader/>"))).toEqual([]);
    expect(strFromU8(files["word/settings.xml"])).toContain("<w:autoHyphenation/>");
  });

  needs("soffice", "pdfinfo", "pdftotext").it("exports from LibreOffice as a tagged PDF: heading, table header cells, the header row again on page 2, text in row order", async () => {
    const files = { long: longDraft(), synopse, beirat };
    for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, `${name}.docx`), (await renderOverview(data, "docx")) as Uint8Array);
    execFileSync(programPath("soffice"), [
      "--headless", `-env:UserInstallation=file://${dir}/lo`, "--convert-to", 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
      "--outdir", dir, ...Object.keys(files).map((n) => path.join(dir, `${n}.docx`)),
    ], { stdio: "ignore", timeout: 180_000 });
    const pdf = (name: string) => path.join(dir, `${name}.pdf`);

    for (const name of Object.keys(files)) {
      const info = execFileSync(programPath("pdfinfo"), [pdf(name)]).toString("utf8");
      expect({ name, tagged: /^Tagged:\s+yes$/m.test(info) }).toEqual({ name, tagged: true });
    }
    const info = execFileSync(programPath("pdfinfo"), [pdf("long")]).toString("utf8");
    expect(info).toContain(`Title:           Änderungsübersicht – ${TITLE}`);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)![1])).toBeGreaterThanOrEqual(3);

    // The structure tree: the title as H1 first, then the table with one column-scoped TH per column.
    const struct = execFileSync(programPath("pdfinfo"), ["-struct-text", pdf("long")]).toString("utf8");
    expect(struct).toMatch(new RegExp(`^Document\\n  H1 \\(block\\):\\n(?:.*\\n)*?\\s+"Änderungsübersicht – ${TITLE}"`));
    expect((struct.match(/\bTH:\n(?:\s+\/\w+.*\n)*?\s+\/Scope \/Column/g) ?? []).length).toBe(HEADERS.length);
    expect(execFileSync(programPath("pdfinfo"), ["-struct", pdf("synopse")]).toString("utf8")).toMatch(/^Document\n  H1 \(block\):/);

    // Page 2 opens with the header row; the text reads row after row, Maßnahme 01 to 40, across the pages.
    const page2 = execFileSync(programPath("pdftotext"), ["-f", "2", "-l", "2", "-layout", pdf("long"), "-"]).toString("utf8");
    const firstLines = page2.split("\n").filter((l) => l.trim()).slice(0, 2).join(" ");
    for (const h of ["Nr.", "Abschnitt", "Fundstelle", "Bisherige Fassung", "Vorgeschlagene", "Antragsteller", "Beratung", "Status", "Begründung", "Stellungnahme"]) {
      expect({ h, inHeader: firstLines.includes(h) }).toEqual({ h, inHeader: true });
    }
    const text = execFileSync(programPath("pdftotext"), [pdf("long"), "-"]).toString("utf8").replace(/\s+/g, " ");
    const order = [...text.matchAll(/über den Stand der Maßnahme (\d\d)/g)].map((m) => Number(m[1]));
    expect(order).toEqual(Array.from({ length: LONG }, (_, i) => i + 1));
  });
});

describe(".xlsx", () => {
  it("has an Excel table with a header row, the header frozen and printed on every page, and title and language as properties", async () => {
    const files = unzipSync((await renderOverview(grouped, "xlsx")) as Uint8Array);
    const tableXml = strFromU8(files["xl/tables/table1.xml"]);
    const rows = grouped.kind === "amendments" ? grouped.rows.length + 2 : 0; // two section rows, no header
    expect(tableXml).toMatch(new RegExp(`<table [^>]*ref="A1:K${rows + 1}"`));
    expect(tableXml).not.toMatch(/headerRowCount="0"/);
    expect([...tableXml.matchAll(/<tableColumn [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([...HEADERS, "Kommentare"]);
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(strFromU8(files["xl/workbook.xml"])).toMatch(/<definedName name="_xlnm.Print_Titles"[^>]*>[^<]*\$1:\$1<\/definedName>/);
    const core = strFromU8(files["docProps/core.xml"]);
    expect(core).toContain(`<dc:title>Änderungsübersicht – ${TITLE}</dc:title>`);
    expect(core).toContain("<dc:language>de-DE</dc:language>");
  });
});

describe("the .docx renderer without Node's Buffer (as in the task pane)", () => {
  const buffer = globalThis.Buffer;
  beforeEach(() => {
    // Only the clock is frozen: the package's timestamps are then the same in both runs.
    jest.useFakeTimers({ now: new Date("2025-03-20T10:00:00Z"), doNotFake: ["nextTick", "setImmediate", "clearImmediate", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "queueMicrotask", "hrtime", "performance"] });
  });
  afterEach(() => {
    globalThis.Buffer = buffer;
    jest.useRealTimers();
  });

  it.each([["amendments", grouped], ["synopse", synopse], ["beirat", beirat]])("%s: same bytes with and without Buffer", async (_name, data) => {
    const withBuffer = (await renderOverview(data, "docx")) as Uint8Array;
    // @ts-expect-error -- the browser has no Buffer; the renderer must not need it.
    delete globalThis.Buffer;
    const without = (await renderOverview(data, "docx")) as Uint8Array;
    expect(without).toBeInstanceOf(Uint8Array);
    expect(without.length).toBeGreaterThan(1000);
    expect(Array.from(without)).toEqual(Array.from(withBuffer));
  });
});

describeBrowser(".html in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await chromium.launch({ executablePath: programPath("chromium"), args: ARGS }); }, 60_000);
  afterAll(async () => { await browser?.close(); });

  it.each([
    ["Änderungsübersicht", grouped, `Änderungsübersicht – ${TITLE}`],
    ["Synopse", synopse, `Synopse – ${TITLE} – Stand 20.03.2025`],
    ["Beirat-Liste", beirat, `Fragen und Ergänzungen des Teilhabebeirats – ${TITLE}`],
  ])("%s passes axe (WCAG 2.1 AA) and names its table, headers and sections", async (_name, data, title) => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await page.setContent((await renderOverview(data, "html")) as string);
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    expect(result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    await expect(page.getByRole("heading", { level: 1, name: title }).count()).resolves.toBe(1);
    const table = page.getByRole("table", { name: title });
    await expect(table.count()).resolves.toBe(1);
    const headers = await table.getByRole("columnheader").allTextContents();
    if (data.kind === "amendments") {
      expect(headers).toEqual([...HEADERS, "Kommentare"]);
      await expect(table.getByRole("rowheader", { name: "neu 1", exact: true }).count()).resolves.toBe(1);
      await expect(table.getByRole("rowheader", { name: "B.I Wirtschaft und Arbeit" }).count()).resolves.toBe(1);
      // The marks are said in words; the note explains the mark.
      await expect(table.locator("ins").first().evaluate((el) => getComputedStyle(el, "::before").content)).resolves.toBe('" [eingefügt: "');
      await expect(page.getByText("¹ aus einem Vermerk übernommen, noch nicht bestätigt").count()).resolves.toBe(1);
    }
    if (data.kind === "synopse") expect(headers).toEqual(["Bisherige Fassung", "Neue Fassung"]);
    await context.close();
  });
});
