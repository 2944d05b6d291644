/**
 * What the browser tests share beyond harness.ts: the pane's actions as a user performs them, downloads caught, and
 * every downloaded file read back by a program other than the one that wrote it — .docx by mammoth and LibreOffice
 * (to PDF, read by poppler), .xlsx by an XML parser over its parts (the test machines carry LibreOffice's Writer
 * only, no Calc), .csv by fast-csv, .html by jsdom, .json by JSON.parse — and the
 * command line's own file for the same document to compare with.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { parseString } from "fast-csv";
import { strFromU8, unzipSync } from "fflate";
import { DOMParser } from "@xmldom/xmldom";
import { JSDOM } from "jsdom";
import mammoth from "mammoth";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { run } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { nodeIO } from "../../src/cli/io";
import { convertWithLibreOffice, pdfText } from "../support/programs";
import { DEMO_DOCX, pane, ROOT, tabLoaded, type DemoSession } from "./harness";

/** The configuration the demo server offers beside the page (scripts/demo.js): the command line reads the same. */
export const DEMO_CONFIG = path.join(ROOT, "examples/kreis-coesfeld.config.json");

export async function loadDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor({ timeout: 60_000 });
}

/** A fresh browser context per test (German, wide, downloads allowed): the returned function opens the demo in it. */
export function useDemoPage(demo: DemoSession): () => Promise<Page> {
  let context: BrowserContext;
  beforeEach(async () => {
    context = await demo.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "de-DE", acceptDownloads: true });
  });
  afterEach(async () => {
    await context.close();
  });
  return async () => {
    const page = await context.newPage();
    await loadDemo(page, demo.url);
    return page;
  };
}

export async function openTab(page: Page, name: string): Promise<Locator> {
  await pane(page).getByRole("tab", { name, exact: true }).click();
  await tabLoaded(page, name);
  return pane(page).getByRole("tabpanel", { name });
}

/** Chooses the role in the pane's header. */
export async function chooseRole(page: Page, role: "Verwaltung" | "Teilhabebeirat" | "nur lesen"): Promise<void> {
  await pane(page).getByRole("combobox", { name: "Ihre Rolle" }).selectOption({ label: role });
}

/** Waits for the pane's announcement after an action ("… N Hinweise gefunden."). */
export async function announced(page: Page, text: string | RegExp): Promise<void> {
  await pane(page).getByRole("status").filter({ hasText: text }).first().waitFor({ timeout: 60_000 });
}

export interface Download {
  name: string;
  bytes: Uint8Array;
}

/** Clicks and returns the file the page saves. */
export async function downloadBy(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(fs.readFileSync(await download.path())) };
}

/** The document view's paragraph texts as the page shows them (labels and badges included). */
export async function documentText(page: Page, paragraph: number): Promise<string> {
  return (await page.locator(`#absatz-${paragraph}`).textContent()) ?? "";
}

/** The paragraph's text without the page's labels: its runs' own text (what Word has). */
export async function paragraphText(page: Page, paragraph: number): Promise<string> {
  return page.locator(`#absatz-${paragraph} [data-offset]`).evaluateAll((runs) => runs.map((r) => r.textContent).join(""));
}

/** The number in a section heading of the pane, e.g. "Hinweise (12)". */
export async function headingCount(panel: Locator, label: string): Promise<number> {
  const text = await panel.getByRole("heading", { name: new RegExp(`^${label} \\(\\d+`) }).first().textContent();
  return Number(/\((\d+)/.exec(text ?? "")![1]);
}

/** Selects characters [from, to) of a paragraph's own text by dragging the mouse across them. */
export async function dragSelect(page: Page, paragraph: number, from: number, to: number): Promise<void> {
  const [a, b] = await Promise.all([charBox(page, paragraph, from), charBox(page, paragraph, to - 1)]);
  await page.mouse.move(a.x + 1, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width - 1, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** Puts the caret before a character with a click, then selects `length` characters with Shift+→. */
export async function keyboardSelect(page: Page, paragraph: number, from: number, length: number): Promise<void> {
  // When the view renders again while the keys are pressed (a refresh still running on a loaded machine), the
  // selection loses its end: it is compared with the characters it must hold and made again.
  for (let attempt = 1; ; attempt++) {
    const a = await charBox(page, paragraph, from);
    await page.mouse.click(a.x + 1, a.y + a.height / 2);
    for (let i = 0; i < length; i++) await page.keyboard.press("Shift+ArrowRight");
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    if (selected === (await paragraphText(page, paragraph)).slice(from, from + length) || attempt === 3) return;
  }
}

/** The box of one character of the paragraph's own text (run spans with data-offset). */
async function charBox(page: Page, paragraph: number, offset: number): Promise<{ x: number; y: number; width: number; height: number }> {
  await page.locator(`#absatz-${paragraph}`).scrollIntoViewIfNeeded();
  return page.locator(`#absatz-${paragraph}`).evaluate((p, at) => {
    for (const run of p.querySelectorAll<HTMLElement>("[data-offset]")) {
      const start = Number(run.dataset.offset);
      const node = run.firstChild;
      if (!node || at < start || at >= start + (node.textContent ?? "").length) continue;
      const range = document.createRange();
      range.setStart(node, at - start);
      range.setEnd(node, at - start + 1);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    throw new Error(`Zeichen ${at} nicht gefunden`);
  }, offset);
}

/** The command line's overview of the demo document (in-process, the demo's configuration): the file's bytes. */
export async function cliOverview(kind: "amendments" | "synopse" | "beirat", format: string): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beschlussreif-cli-"));
  const out = path.join(dir, `overview.${format === "oparl" ? "json" : format}`);
  const io: CliIO = { ...nodeIO, stdout: () => undefined, stderr: () => undefined };
  const code = await run(["overview", DEMO_DOCX, "--kind", kind, "--format", format, "--out", out, "--config", DEMO_CONFIG], io);
  if (code !== 0) throw new Error(`beschlussreif overview endete mit ${code}`);
  return new Uint8Array(fs.readFileSync(out));
}

/** A .docx's parts as text, the writer's creation and change times left out (they say when, not what). */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes);
  return Object.fromEntries(Object.entries(parts).map(([name, data]) => [
    name, strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, "$1"),
  ]));
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\s+/g, " ");
}

/** Writes the files to a fresh directory and has LibreOffice turn them into PDFs; returns each PDF's text. */
export function libreOfficeText(files: Download[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beschlussreif-lo-"));
  const written = files.map((f, i) => {
    const file = path.join(dir, `${i}-${f.name}`);
    fs.writeFileSync(file, f.bytes);
    return file;
  });
  return convertWithLibreOffice(written, "pdf", path.join(dir, "pdf")).map((pdf) => pdfText(pdf).replace(/\s+/g, " "));
}

export function csvRows(bytes: Uint8Array): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(Buffer.from(bytes).toString("utf8").replace(/^\uFEFF/, ""), { delimiter: ";" })
      .on("error", reject).on("data", (row: string[]) => rows.push(row)).on("end", () => resolve(rows));
  });
}

export function htmlDocument(bytes: Uint8Array): Document {
  return new JSDOM(Buffer.from(bytes).toString("utf8")).window.document;
}

/** The text of every cell of an .xlsx (shared and inline strings, numbers), read from its XML parts. */
export function xlsxCells(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes);
  const texts = (name: string, tag: string) => {
    const xml = parts[name];
    if (!xml) return [];
    const nodes = new DOMParser().parseFromString(strFromU8(xml), "text/xml").getElementsByTagName(tag);
    return Array.from({ length: nodes.length }, (_, i) => nodes.item(i)?.textContent ?? "");
  };
  const shared = texts("xl/sharedStrings.xml", "si");
  const sheets = Object.keys(parts).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  return [...shared, ...sheets.flatMap((sheet) => texts(sheet, "is"))];
}
