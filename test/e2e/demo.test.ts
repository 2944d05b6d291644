/**
 * The demo page in headless Chromium: the real task pane on the demo document, every tab clicked, checked
 * against what scripts/make-demo-doc.js writes into it (DEMO below), screenshots in test-results/, axe on every tab, keyboard
 * use, 200 % zoom in a 320 px pane, dark and forced-colour themes, and no request leaving 127.0.0.1.
 * Needs `npm run build:addin` first (`npm test` does it) and Chromium (`chromium` in the PATH).
 */
import fs from "fs";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { TAB_LABEL } from "../../src/taskpane/components/App";
import { describeBrowser, pane, RESULTS, SAMPLES, seriousViolations, tabLoaded, useDemoSession } from "./harness";

const OTHER_DOCX = path.join(SAMPLES, "beschlussvorlage-digitalagentur.docx");
const TABS = Object.values(TAB_LABEL);

/**
 * The demo document as scripts/make-demo-doc.js writes it: 6 comments of which one answers another (5 threads);
 * 6 tracked changes; headings A, B with I–VI, C; 45 paragraphs (title, 2 notes, the typed TOC's heading and
 * 8 entries, 9 headings, 24 body paragraphs and bullets). Its Anträge: SPD, Grüne, CDU, Abt. 62 and the Beirat's pink
 * addition; the Kämmerei's question and the Beirat's question are comments, no Anträge. The TOC lacks "IV. Mobilität"; "A. Einleitung" is paragraph 12.
 */
const DEMO = { threads: 5, changes: 6, headings: 9, paragraphs: 45, antraege: 5, tocEntries: 8, firstHeading: { title: "Einleitung", paragraph: 12 } };
/** beschlussvorlage-digitalagentur.docx: 19 paragraphs; 3 comments, one a reply (2 threads). */
const OTHER = { paragraphs: 19, threads: 2 };

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
    await openTab(page, TAB_LABEL.ueberblick);
    expect(await count(page, "Kommentare")).toBe(DEMO.threads);
    expect(await count(page, "Änderungen mit Nachverfolgung")).toBe(DEMO.changes);
    expect(await count(page, "Überschriften")).toBe(DEMO.headings);
    expect(await count(page, "Absätze")).toBe(DEMO.paragraphs);
    // The rendered document beside the pane shows the same comments.
    await page.getByRole("main").getByRole("heading", { name: `Kommentare (${DEMO.threads})` }).waitFor();

    for (const tab of TABS) {
      await openTab(page, tab);
      await page.screenshot({ path: path.join(RESULTS, `demo-${tab}.png`), fullPage: false });
      expect({ tab, violations: await seriousViolations(page) }).toEqual({ tab, violations: [] });
    }

    await openTab(page, "Anträge");
    await pane(page).getByRole("heading", { name: `Anträge (${DEMO.antraege})` }).waitFor();

    // The Beirat's pink question (on "inklusive Spielgeräte") comes before its pink addition; neither is answered.
    await openTab(page, "Beirat");
    await pane(page).getByRole("heading", { name: "Fragen und Ergänzungen des Teilhabebeirats (2, davon 2 offen)" }).waitFor();
    await pane(page).getByRole("heading", { name: "Nr. 1: Frage des Teilhabebeirats – offen" }).waitFor();
    await pane(page).getByRole("heading", { name: "Nr. 2: Ergänzung des Teilhabebeirats – offen" }).waitFor();

    await openTab(page, "Gliederung");
    const table = pane(page).getByRole("table", { name: "Text und Inhaltsverzeichnis nebeneinander" });
    await table.getByRole("columnheader", { name: `Inhaltsverzeichnis (${DEMO.tocEntries})` }).waitFor();
    await table.getByRole("columnheader", { name: `Überschriften im Text (${DEMO.headings})` }).waitFor();
    // The first column's buttons jump to the body's headings.
    const first = table.locator("tbody td:first-child button").first();
    await expect(first.textContent()).resolves.toContain(DEMO.firstHeading.title);
    await first.click();
    await expect(page.locator(`#absatz-${DEMO.firstHeading.paragraph}`).getAttribute("class")).resolves.toContain("selected");
  }, 180_000); // six tabs, each through axe: about 50 s on a busy 2-core machine

  test("the editing controls of Anträge and Übersicht pass axe and save through the Word simulator", async () => {
    const page = await load();
    await openTab(page, "Anträge");
    const panel = pane(page).getByRole("tabpanel", { name: "Anträge" });
    // Nothing is stored yet: provisional numbers; the first save gives the Antrag its number 1.
    await panel.getByRole("button", { name: "Nr. neu 1 bearbeiten" }).click();
    const form = panel.getByRole("form", { name: "Antrag Nr. neu 1 bearbeiten" });
    await form.getByRole("button", { name: "Beratungsschritt hinzufügen" }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole("combobox", { name: "Status", exact: true }).selectOption("in Beratung");
    await form.getByRole("button", { name: "Speichern" }).click();
    await pane(page).getByRole("status").filter({ hasText: "Die Angaben zu Antrag Nr. neu 1 wurden gespeichert." }).waitFor();
    await expect(panel.getByText(/^Nr\. 1 · /).locator("xpath=ancestor::li[1]").textContent()).resolves.toContain("Status: in Beratung");

    await openTab(page, "Tabellen");
    const tables = pane(page).getByRole("tabpanel", { name: TAB_LABEL.uebersicht });
    await tables.getByRole("radio", { name: "Synopse" }).check();
    await tables.getByRole("list", { name: /^Vorschau: Synopse/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("keyboard only: tabs by arrow keys, activation by Enter, focus visible", async () => {
    const page = await load();
    const first = pane(page).getByRole("tab", { name: TAB_LABEL.ueberblick });
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
    for (const tab of [TAB_LABEL.ueberblick, "Beirat"]) {
      await openTab(page, tab);
      expect({ tab, violations: await seriousViolations(page) }).toEqual({ tab, violations: [] });
    }
    await page.screenshot({ path: path.join(RESULTS, "demo-dark.png") });
    await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
    await pane(page).locator('[data-theme="highContrast"]').first().waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(RESULTS, "demo-high-contrast.png") });
  });

  test("a .docx the user opens replaces the document in both halves", async () => {
    const page = await load();
    await page.getByLabel("Eigenes Dokument öffnen (.docx):").setInputFiles(OTHER_DOCX);
    await page.getByRole("main", { name: `Dokument: ${path.basename(OTHER_DOCX)}` }).waitFor();
    await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor();
    await openTab(page, TAB_LABEL.ueberblick);
    expect(await count(page, "Absätze")).toBe(OTHER.paragraphs);
    expect(await count(page, "Kommentare")).toBe(OTHER.threads);
  });

  test("a file that is no .docx shows the reader's German error in the pane", async () => {
    const page = await load();
    await page.getByLabel("Eigenes Dokument öffnen (.docx):").setInputFiles({ name: "kaputt.docx", mimeType: "application/octet-stream", buffer: Buffer.from("kein zip") });
    await pane(page).getByText("Das Dokument konnte nicht gelesen werden.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the Selbsttest runs every check on the simulated Word, leaves the document as it was and passes axe", async () => {
    const page = await load();
    await pane(page).getByRole("button", { name: "Selbsttest", exact: true }).click();
    await pane(page).getByRole("button", { name: "Selbsttest starten" }).click();
    await pane(page).getByText("12 von 12 Prüfungen bestanden.").waitFor({ timeout: 30_000 });
    const report = await pane(page).getByRole("textbox", { name: "Bericht zum Kopieren" }).inputValue();
    expect(report).toMatch(/^Beschlussreif – Selbsttest vom \d\d\.\d\d\.\d{4}/);
    expect(report).toContain("bestanden: Auf Kommentar antworten");
    expect(await seriousViolations(page)).toEqual([]);
    // The scratch paragraph and its comment are gone again, in the pane and in the document beside it.
    await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor();
    await openTab(page, "Hinweise");
    expect(await count(page, "Absätze")).toBe(DEMO.paragraphs);
    expect(await count(page, "Kommentare")).toBe(DEMO.threads);
    await page.getByRole("main").getByRole("heading", { name: `Kommentare (${DEMO.threads})` }).waitFor();
    expect(await page.getByRole("main").getByText("Beschlussreif-Selbsttest").count()).toBe(0);
  });

  test("no request left 127.0.0.1", () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((r) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(r));
    expect(foreign).toEqual([]);
  });
});
