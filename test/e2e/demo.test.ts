/**
 * The demo page in headless Chromium: the real task pane on a sample document, every tab clicked,
 * checked against the .docx reader's model, screenshots in test-results/, axe on every tab, keyboard
 * use, 200 % zoom in a 320 px pane, dark and forced-colour themes, and no request leaving 127.0.0.1.
 * Needs `npm run build:addin` first (`npm test` does it) and Chromium (`chromium` in the PATH).
 */
import fs from "fs";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { collectAmendments } from "../../src/amendments";
import { collectBeiratItems } from "../../src/beirat";
import { checkOutline } from "../../src/checks/outline";
import { readDocx } from "../../src/docx";
import { headings } from "../../src/model/outline";
import { describeBrowser, pane, RESULTS, SAMPLES, seriousViolations, tabLoaded, useDemoSession } from "./harness";

const OTHER_DOCX = path.join(SAMPLES, "beschlussvorlage-digitalagentur.docx");
const TABS = ["Überblick", "Gliederung", "Anträge", "Begriffe", "Beirat", "Übersicht"];

async function openTab(page: Page, name: string) {
  await pane(page).getByRole("tab", { name, exact: true }).click();
  await tabLoaded(page, name);
}

/** The value next to a label in the Überblick's counts. */
async function count(page: Page, label: string): Promise<number> {
  const dt = pane(page).locator("dt", { hasText: new RegExp(`^${label}$`) });
  return Number(await dt.locator("xpath=following-sibling::dd[1]").textContent());
}

describeBrowser("demo page in Chromium", () => {
  const demo = useDemoSession();
  let context: BrowserContext;
  const requests: string[] = [];

  beforeAll(() => fs.mkdirSync(RESULTS, { recursive: true }));

  beforeEach(async () => {
    context = await demo.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "de-DE" });
    context.on("request", (r) => requests.push(r.url()));
  });

  afterEach(async () => {
    await context.close();
  });

  async function load(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(demo.url);
    await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor({ timeout: 30_000 });
    return page;
  }

  test("every tab shows what the document holds and passes axe", async () => {
    const page = await load();
    await openTab(page, "Überblick");
    expect(await count(page, "Kommentare")).toBe(demo.model.comments.length);
    expect(await count(page, "Änderungen mit Nachverfolgung")).toBe(demo.model.trackedChanges.length);
    expect(await count(page, "Überschriften")).toBe(headings(demo.model).length);
    expect(await count(page, "Absätze")).toBe(demo.model.paragraphs.length);
    expect(demo.model.comments.length).toBeGreaterThan(0);
    // The rendered document beside the pane shows the same comments.
    await page.getByRole("main").getByRole("heading", { name: `Kommentare (${demo.model.comments.length})` }).waitFor();

    for (const tab of TABS) {
      await openTab(page, tab);
      await page.screenshot({ path: path.join(RESULTS, `demo-${tab}.png`), fullPage: false });
      expect({ tab, violations: await seriousViolations(page) }).toEqual({ tab, violations: [] });
    }

    await openTab(page, "Anträge");
    const amendments = collectAmendments(demo.model).amendments;
    expect(amendments.length).toBeGreaterThan(0);
    await pane(page).getByRole("heading", { name: `Anträge (${amendments.length})` }).waitFor();

    await openTab(page, "Beirat");
    const beirat = collectBeiratItems(demo.model);
    expect(beirat.length).toBeGreaterThan(0);
    const open = beirat.filter((b) => b.state === "offen").length;
    await pane(page).getByRole("heading", { name: `Fragen und Ergänzungen des Teilhabebeirats (${beirat.length}, davon ${open} offen)` }).waitFor();
    const first = beirat[0];
    const label = first.kind === "question" ? "Frage des Teilhabebeirats" : "Ergänzung des Teilhabebeirats";
    await pane(page).getByRole("heading", { name: `Nr. 1: ${label} – ${first.state}` }).waitFor();

    await openTab(page, "Gliederung");
    const outline = checkOutline(demo.model);
    expect(outline.toc.length).toBeGreaterThan(0);
    const table = pane(page).getByRole("table", { name: "Text und Inhaltsverzeichnis nebeneinander" });
    await table.getByRole("columnheader", { name: `Inhaltsverzeichnis (${outline.toc.length})` }).waitFor();
    await table.getByRole("columnheader", { name: `Überschriften im Text (${outline.headings.length})` }).waitFor();
    // The first column's buttons jump to the body's headings.
    const items = table.locator("tbody td:first-child button");
    expect(await items.count()).toBeGreaterThan(0);
    const text = (await items.first().textContent()) ?? "";
    const target = outline.headings.find((h) => text.includes(h.title.slice(0, 30)))!;
    expect(target).toBeDefined();
    await items.first().click();
    await expect(page.locator(`#absatz-${target.paragraph}`).getAttribute("class")).resolves.toContain("selected");
  });

  test("the editing controls of Anträge and Übersicht pass axe and save through the Word simulator", async () => {
    const page = await load();
    await openTab(page, "Anträge");
    const panel = pane(page).getByRole("tabpanel", { name: "Anträge" });
    await panel.getByRole("button", { name: "Nr. 1 bearbeiten" }).click();
    const form = panel.getByRole("form", { name: "Antrag Nr. 1 bearbeiten" });
    await form.getByRole("button", { name: "Beratungsschritt hinzufügen" }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole("combobox", { name: "Status", exact: true }).selectOption("in Beratung");
    await form.getByRole("button", { name: "Speichern" }).click();
    await pane(page).getByRole("status").filter({ hasText: "Die Angaben zu Antrag Nr. 1 wurden gespeichert." }).waitFor();
    await expect(panel.getByText(/^Nr\. 1 · /).locator("xpath=..").textContent()).resolves.toContain("Status: in Beratung");

    await openTab(page, "Übersicht");
    const tables = pane(page).getByRole("tabpanel", { name: "Übersicht" });
    await tables.getByRole("radio", { name: "Synopse" }).check();
    await tables.getByRole("table").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("keyboard only: tabs by arrow keys, activation by Enter, focus visible", async () => {
    const page = await load();
    const first = pane(page).getByRole("tab", { name: "Überblick" });
    await first.focus();
    await page.keyboard.press("ArrowRight");
    const focusedName = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focusedName).toContain("Gliederung");
    await page.keyboard.press("Enter");
    await tabLoaded(page, "Gliederung");
    // Tab leaves the tab list into the panel's first control, which shows a focus outline.
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el, "::after");
      const own = getComputedStyle(el);
      return {
        inPanel: !!el.closest("[role=tabpanel]"),
        tag: el.tagName,
        outlined: own.outlineStyle !== "none" || style.borderStyle !== "none" || style.outlineStyle !== "none",
      };
    });
    expect(focus).toEqual({ inPanel: true, tag: "BUTTON", outlined: true });
    await page.keyboard.press("Enter");
    await expect(page.locator(".document .selected").count()).resolves.toBe(1);
  });

  // 320 px at 200 % zoom leave 160 CSS pixels: a 194 px window gives the stacked pane exactly that width.
  test("200 % zoom in a 320 px pane: the pane reflows without horizontal scrolling", async () => {
    await context.close();
    context = await demo.browser.newContext({ viewport: { width: 194, height: 700 }, deviceScaleFactor: 2, locale: "de-DE" });
    context.on("request", (r) => requests.push(r.url()));
    const page = await load();
    for (const tab of TABS) {
      await openTab(page, tab);
      const overflow = await pane(page).evaluate((el) => el.scrollWidth - el.clientWidth);
      expect({ tab, overflow }).toEqual({ tab, overflow: 0 });
    }
    await page.screenshot({ path: path.join(RESULTS, "demo-zoom-200.png"), fullPage: true });
  });

  test("dark and forced-colour themes follow the system and pass axe", async () => {
    const page = await load();
    await page.emulateMedia({ colorScheme: "dark" });
    await pane(page).locator('[data-theme="dark"]').first().waitFor({ timeout: 5000 });
    for (const tab of ["Überblick", "Beirat"]) {
      await openTab(page, tab);
      expect({ tab, violations: await seriousViolations(page) }).toEqual({ tab, violations: [] });
    }
    await page.screenshot({ path: path.join(RESULTS, "demo-dark.png") });
    await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
    await pane(page).locator('[data-theme="highContrast"]').first().waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(RESULTS, "demo-high-contrast.png") });
  });

  test("a .docx the user opens replaces the document in both halves", async () => {
    const other = readDocx(new Uint8Array(fs.readFileSync(OTHER_DOCX)));
    const page = await load();
    await page.getByLabel("Eigenes Dokument öffnen (.docx):").setInputFiles(OTHER_DOCX);
    await page.getByRole("main", { name: `Dokument: ${path.basename(OTHER_DOCX)}` }).waitFor();
    await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor();
    await openTab(page, "Überblick");
    expect(await count(page, "Absätze")).toBe(other.paragraphs.length);
    expect(await count(page, "Kommentare")).toBe(other.comments.length);
  });

  test("a file that is no .docx shows the reader's German error in the pane", async () => {
    const page = await load();
    await page.getByLabel("Eigenes Dokument öffnen (.docx):").setInputFiles({ name: "kaputt.docx", mimeType: "application/octet-stream", buffer: Buffer.from("kein zip") });
    await pane(page).getByText("Das Dokument konnte nicht gelesen werden.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("no request left 127.0.0.1", () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((r) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(r));
    expect(foreign).toEqual([]);
  });
});
