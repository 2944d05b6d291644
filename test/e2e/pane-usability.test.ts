/**
 * Issue #18 in real Chromium on the demo: the pane at 320 px in light, dark and high contrast (axe on every tab,
 * no sideways scrolling, the Tabellen preview as cards), the focus rule for every form, lists as one tab stop,
 * the filtering Antragsteller field, "ignorieren" undone, a bad outline file said beside its field without
 * internals, and distinct file names per format, read back from the downloads.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { TAB_LABEL, type TabId } from "../../src/taskpane/components/App";
import { describeBrowser, pane, seriousViolations, tabLoaded, useDemoSession } from "./harness";

const TABS = Object.keys(TAB_LABEL) as TabId[];

async function openTab(page: Page, id: TabId) {
  await pane(page).getByRole("tab", { name: TAB_LABEL[id], exact: true }).click();
  await tabLoaded(page, TAB_LABEL[id]);
  return pane(page).getByRole("tabpanel", { name: TAB_LABEL[id] });
}

/** The accessible name of the focused element (its label or text), and whether it lies in `selector`. */
async function focused(page: Page): Promise<{ tag: string; name: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const label = el.getAttribute("aria-label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.textContent ?? "";
    return { tag: el.tagName, name: label.trim() };
  });
}

describeBrowser("the pane as county staff use it (issue 18)", () => {
  const demo = useDemoSession();
  let context: BrowserContext;

  afterEach(async () => { await context?.close(); });

  async function load(width = 1400): Promise<Page> {
    context = await demo.browser.newContext({ viewport: { width, height: 900 }, locale: "de-DE", acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(demo.url);
    await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor({ timeout: 60_000 });
    await pane(page).getByRole("status").filter({ hasText: /Hinweis/ }).waitFor({ timeout: 60_000 });
    return page;
  }

  test("at 320 px every tab passes axe in light, dark and high contrast, without sideways scrolling", async () => {
    const page = await load(320);
    const themes = [
      { theme: "light", media: { colorScheme: "light" as const, forcedColors: "none" as const } },
      { theme: "dark", media: { colorScheme: "dark" as const, forcedColors: "none" as const } },
      { theme: "highContrast", media: { colorScheme: "light" as const, forcedColors: "active" as const } },
    ];
    for (const { theme, media } of themes) {
      await page.emulateMedia(media);
      await pane(page).locator(`[data-theme="${theme}"]`).first().waitFor({ timeout: 10_000 });
      for (const id of TABS) {
        await openTab(page, id);
        const overflow = await pane(page).evaluate((el) => el.scrollWidth - el.clientWidth);
        expect({ theme, tab: id, overflow, violations: await seriousViolations(page) }).toEqual({ theme, tab: id, overflow: 0, violations: [] });
      }
    }
  }, 600_000);

  test("the Tabellen preview is one card per row at pane width, deleted text readable in the dark theme", async () => {
    const page = await load(320);
    await page.emulateMedia({ colorScheme: "dark" });
    const panel = await openTab(page, "uebersicht");
    expect(await panel.getByRole("table").count()).toBe(0);
    const cards = panel.getByRole("list", { name: /^Vorschau:/ }).getByRole("listitem");
    expect(await cards.count()).toBeGreaterThan(0);
    const width = await pane(page).evaluate((el) => el.clientWidth);
    for (const box of await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))) expect(box).toBeLessThanOrEqual(width);
    // Words are not broken inside: every card's text wraps at spaces (no word wider than the card).
    const broken = await cards.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).length);
    expect(broken).toBe(0);
    // <del> keeps the text's colour (the demo page colours it red for the document): at least 4.5:1 on the card.
    const colours = await panel.locator("del").first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el.closest("li")!.parentElement!).color]);
    expect(colours[0]).toBe(colours[1]);
  });

  test("focus rule: every form takes focus on open and gives it back on close, with a spoken message", async () => {
    const page = await load();
    const live = pane(page).getByRole("status");
    let panel = await openTab(page, "antraege");
    const edit = panel.getByRole("button", { name: "Nr. neu 1 bearbeiten" });
    await edit.click();
    await expect(focused(page)).resolves.toMatchObject({ tag: "INPUT", name: "Antragsteller" });
    await live.filter({ hasText: "Formular „Antrag Nr. neu 1 bearbeiten“ geöffnet." }).waitFor();
    await page.keyboard.press("Escape");
    await expect(edit.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await live.filter({ hasText: "geschlossen, nichts geändert" }).waitFor();

    await edit.click();
    await panel.getByRole("form", { name: "Antrag Nr. neu 1 bearbeiten" }).getByRole("button", { name: "Abbrechen" }).click();
    await expect(edit.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await edit.click();
    const form = panel.getByRole("form", { name: "Antrag Nr. neu 1 bearbeiten" });
    await form.getByRole("combobox", { name: "Status", exact: true }).selectOption("in Beratung");
    await form.getByRole("button", { name: "Speichern" }).click();
    await live.filter({ hasText: "Die Angaben zu Antrag Nr. neu 1 wurden gespeichert." }).waitFor();
    // Saved, the Antrag has its number: focus is back on its button under that name.
    await expect(panel.getByRole("button", { name: "Nr. 1 bearbeiten" }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // "Angaben … übernehmen": focus goes on to the next entry (or the heading), never to the page.
    const confirm = panel.getByRole("button", { name: /^Angaben zu Nr\. (?:neu )?\d+ übernehmen$/ });
    if (await confirm.count() > 0) {
      await confirm.first().click();
      await live.filter({ hasText: "wurden übernommen" }).waitFor();
      await expect(page.evaluate(() => document.activeElement !== document.body && !!document.activeElement?.closest("[role=tabpanel]"))).resolves.toBe(true);
    }

    // "Antworten" → the reply field; "Antwort senden" → back to "Antworten".
    panel = await openTab(page, "beirat");
    const reply = panel.getByRole("button", { name: "Antworten" }).first();
    await reply.click();
    await expect(focused(page)).resolves.toMatchObject({ tag: "TEXTAREA" });
    await page.keyboard.type("Das prüft die Verwaltung bis zur nächsten Sitzung.");
    await panel.getByRole("button", { name: "Antwort senden" }).click();
    await live.filter({ hasText: /Ihre Antwort zu Nr\. \d+ wurde eingefügt/ }).waitFor();
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).textContent)).resolves.toBe("Antworten");
    // The answer is in the document: the comment thread beside it shows it.
    await page.getByRole("main").getByText("Das prüft die Verwaltung bis zur nächsten Sitzung.").first().waitFor();

    // The registry editor in its own tab: open → its first field, Escape → its button.
    panel = await openTab(page, "verzeichnisse");
    const editor = panel.getByRole("button", { name: "Verzeichnisse bearbeiten" });
    await editor.click();
    await expect(focused(page)).resolves.toMatchObject({ tag: "SELECT" });
    await page.keyboard.press("Escape");
    await expect(editor.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  }, 240_000);

  test("lists are one tab stop with arrow keys inside; list lines say that they jump to the document", async () => {
    const page = await load();
    const panel = await openTab(page, "ueberblick");
    const list = panel.getByRole("list", { name: /^Hinweise \(/ });
    const buttons = list.getByRole("button");
    expect(await buttons.count()).toBeGreaterThan(2);
    const names = await buttons.evaluateAll((els) => els.map((e) => e.textContent ?? ""));
    expect(names.every((n) => n.endsWith(" – zur Stelle springen"))).toBe(true);
    await buttons.first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(buttons.nth(1).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Tab");
    await expect(list.evaluate((el) => el.contains(document.activeElement))).resolves.toBe(false);
    // Shift+Tab comes back to the entry last used.
    await page.keyboard.press("Shift+Tab");
    await expect(buttons.nth(1).evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // The whole Anträge tab: far fewer stops than controls.
    const antraege = await openTab(page, "antraege");
    // Key data (Antragsteller, Datum, Beratungsfolge, Status) at body size in the body's colour, not small grey text.
    const keyData = antraege.getByText(/^Antragsteller: /).first();
    const [size, colour, bodySize, bodyColour] = await keyData.evaluate((el) => {
      const own = getComputedStyle(el);
      const body = getComputedStyle(el.closest("[role=tabpanel]")!);
      return [own.fontSize, own.color, body.fontSize, body.color];
    });
    expect([size, colour]).toEqual([bodySize, bodyColour]);
    const controls = await antraege.locator("button, input, select, textarea").count();
    await pane(page).getByRole("tab", { name: TAB_LABEL.antraege, exact: true }).focus();
    let stops = 0;
    for (; stops < 200; stops++) {
      await page.keyboard.press("Tab");
      if (!await antraege.evaluate((el) => el.contains(document.activeElement))) break;
    }
    expect(stops).toBeLessThan(controls / 2);
  });

  test("the Antragsteller field filters as one types and its list stays inside a 320 px pane", async () => {
    const page = await load(320);
    const panel = await openTab(page, "antraege");
    await panel.getByRole("button", { name: "Nr. neu 1 bearbeiten" }).click();
    const form = panel.getByRole("form", { name: "Antrag Nr. neu 1 bearbeiten" });
    await form.getByRole("button", { name: "Liste „Antragsteller“ öffnen" }).waitFor();
    expect(await pane(page).locator('[aria-label^="Open"]').count()).toBe(0);
    const field = form.getByRole("combobox", { name: "Antragsteller" });
    await field.fill("");
    await field.pressSequentially("Teilh");
    const options = page.getByRole("listbox").getByRole("option");
    await expect(options.allTextContents()).resolves.toEqual(["Teilhabebeirat"]);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(field.inputValue()).resolves.toBe("Teilhabebeirat");
    // The committee list: long names, within the viewport.
    await form.getByRole("button", { name: "Beratungsschritt hinzufügen" }).click();
    await form.getByRole("button", { name: "Liste „Gremium (Schritt 1)“ öffnen" }).click();
    const listbox = page.getByRole("listbox");
    await expect(listbox.getByRole("option", { name: /^Ausschuss für Kultur, Sport und Ehrenamt \(AfKSuE\)$/ }).count()).resolves.toBe(1);
    const box = (await listbox.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // Typing part of a long name narrows the committees to it.
    // Escape closes the open list only, not the form.
    await page.keyboard.press("Escape");
    await expect(listbox.count()).resolves.toBe(0);
    await form.getByRole("combobox", { name: "Gremium (Schritt 1)" }).pressSequentially("Mobilit");
    await expect(page.getByRole("listbox").getByRole("option").allTextContents()).resolves.toEqual(["Ausschuss für Mobilität, Infrastruktur und Kreisentwicklung (AfMIuK)"]);
  });

  test("'Gruppe nicht mehr prüfen' is undone by 'wieder prüfen'; both round-trip through the document", async () => {
    const page = await load();
    const live = pane(page).getByRole("status");
    const panel = await openTab(page, "begriffe");
    const ignore = panel.getByRole("button", { name: /^Gruppe nicht mehr prüfen – .*„Potenzial“/ }).first();
    const group = (await ignore.textContent())!.replace(/^Gruppe nicht mehr prüfen – /, "");
    await ignore.click();
    await live.filter({ hasText: "wird in diesem Dokument nicht mehr geprüft" }).waitFor();
    const ignored = panel.getByRole("list", { name: /^Nicht geprüfte Gruppen \(1\)$/ });
    await ignored.waitFor();
    await ignored.getByRole("button", { name: `wieder prüfen – ${group}` }).click();
    await live.filter({ hasText: `${group} wird wieder geprüft.` }).waitFor();
    await expect(panel.getByRole("heading", { name: /^Nicht geprüfte Gruppen/ }).count()).resolves.toBe(0);
    await panel.getByRole("button", { name: `Gruppe nicht mehr prüfen – ${group}` }).waitFor();
  });

  test("an outline file that cannot be read is said beside its field, in German, without parser or schema details", async () => {
    const page = await load();
    const panel = await openTab(page, "gliederung");
    await panel.getByLabel(/Vereinbarte Gliederung/).setInputFiles({ name: "gliederung-alt.json", mimeType: "application/json", buffer: Buffer.from('{"version": 1, "eintraege": [') });
    const alert = panel.getByRole("alert");
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toContain("„gliederung-alt.json“ ist weder ein Word-Dokument noch eine Gliederung");
    expect(text).not.toMatch(/[{}[\]]|JSON\.parse|Unexpected|position \d/);
    // Directly under the file field, not at the top of the pane.
    const after = await panel.getByLabel(/Vereinbarte Gliederung/).evaluate((input, alertText) => {
      const field = input.closest(".fui-Field")!;
      return field.nextElementSibling?.textContent === alertText;
    }, text);
    expect(after).toBe(true);
  });

  test("JSON and OParl-JSON downloads get distinct names; both files read back", async () => {
    const page = await load();
    const panel = await openTab(page, "uebersicht");
    await panel.getByRole("radio", { name: "als Datei speichern" }).check();
    const names: string[] = [];
    for (const format of ["json", "oparl"]) {
      await panel.getByRole("combobox", { name: "Format" }).selectOption(format);
      const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("button", { name: "Änderungsübersicht erstellen" }).click()]);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "download-")), download.suggestedFilename());
      await download.saveAs(file);
      expect(typeof JSON.parse(fs.readFileSync(file, "utf8"))).toBe("object");
      names.push(download.suggestedFilename());
    }
    expect(names[0]).toMatch(/^Aenderungsuebersicht-\d\d\.\d\d\.\d{4}\.json$/);
    expect(names[1]).toMatch(/^Aenderungsuebersicht-\d\d\.\d\d\.\d{4}\.oparl\.json$/);
  });
});
