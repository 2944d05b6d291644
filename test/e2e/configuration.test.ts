/**
 * A county's configuration in the real task pane (the demo in headless Chromium): the demo server offers a
 * beschlussreif.config.json beside the page as a county's web server does beside taskpane.html. Another county's
 * file shows that county's committees, and its OParl download validates against the OParl 1.1 schemas (ajv); a
 * broken file is named in German while the pane works on; without a file the pane says what OParl lacks.
 * Needs `npm run build:addin` first (`npm test` does it) and Debian's chromium at /usr/bin/chromium.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { OPARL_BASE_MISSING } from "../../src/config";
import { MUSTERLAND_CONFIG } from "../config/county";
import { nullsAndEmptyLists, OPARL_DATE_TIME, oparlErrors } from "../overview/oparl-schemas";
import { describeBrowser, pane, tabLoaded, useDemoSession, type DemoSession } from "./harness";

async function openTab(page: Page, name: string) {
  await pane(page).getByRole("tab", { name, exact: true }).click();
  await tabLoaded(page, name);
}

/** Opens the demo in a fresh browser context, runs the steps, closes the context. */
async function inDemo(demo: DemoSession, steps: (page: Page) => Promise<void>, requests: string[] = []): Promise<void> {
  const context: BrowserContext = await demo.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "de-DE", acceptDownloads: true });
  context.on("request", (r) => requests.push(r.url()));
  try {
    const page = await context.newPage();
    await page.goto(demo.url);
    await pane(page).getByRole("tab", { name: "Hinweise" }).waitFor({ timeout: 60_000 });
    await steps(page);
  } finally {
    await context.close();
  }
}

const committeeOptions = (page: Page) => pane(page).getByRole("group", { name: "Filter und Optionen" }).getByRole("combobox", { name: "Gremium" }).locator("option").allTextContents();

describeBrowser("another county's configuration file beside the pane", () => {
  const demo = useDemoSession(MUSTERLAND_CONFIG);

  it("shows that county's committees: in the filters and the registries, with long names, from the central configuration", async () => {
    const requests: string[] = [];
    await inDemo(demo, async (page) => {
      await openTab(page, "Tabellen");
      expect(await committeeOptions(page)).toEqual(["alle", "Kreistag Musterland (Kreistag)", "Kreisausschuss (KA)", "Ausschuss für Bildung, Kultur und Sport (BKS)", "Ausschuss für Umwelt, Planung und Mobilität (UPM)", "Ausschuss für Soziales, Gesundheit und Jugendhilfe (SGJ)", "Inklusionsbeirat des Kreises Musterland (Inklusionsbeirat)"]);
      await openTab(page, "Verzeichnisse");
      await pane(page).getByText("Die Verzeichnisse kommen aus der zentralen Konfiguration. Was Sie hier ändern, gilt nur für dieses Dokument.").waitFor();
      await pane(page).getByRole("button", { name: "Verzeichnisse bearbeiten" }).click();
      const editor = pane(page).getByRole("region", { name: "Verzeichnisse bearbeiten" });
      const bks = editor.getByRole("group", { name: "Gremium 3: BKS" });
      expect(await bks.getByRole("textbox", { name: "Bezeichnung" }).inputValue()).toBe("Ausschuss für Bildung, Kultur und Sport");
      expect(await editor.getByRole("group", { name: /^Gremium \d+:/ }).count()).toBe(6);
      // The one request for the configuration went to the page's own server.
      const origin = new URL(demo.url).origin;
      expect(requests).toContain(`${origin}/beschlussreif.config.json`);
      expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    }, requests);
  });

  it("keeps a document's own registries before the central ones, and goes back to the central ones on request", async () => {
    await inDemo(demo, async (page) => {
      await openTab(page, "Verzeichnisse");
      await pane(page).getByRole("button", { name: "Verzeichnisse bearbeiten" }).click();
      const editor = pane(page).getByRole("region", { name: "Verzeichnisse bearbeiten" });
      await editor.getByRole("button", { name: "Gremium hinzufügen" }).click();
      // The legend names the entry by its short name as soon as it has one.
      const added = editor.getByRole("group", { name: /^Gremium 7/ });
      await added.getByRole("textbox", { name: "Kurzname" }).fill("HFA");
      await added.getByRole("textbox", { name: "Bezeichnung" }).fill("Haupt- und Finanzausschuss");
      await editor.getByRole("button", { name: "Verzeichnisse speichern" }).click();
      await pane(page).getByText("Dieses Dokument hat eigene Verzeichnisse; sie gelten hier statt der zentralen Konfiguration.").waitFor();
      await openTab(page, "Tabellen");
      expect(await committeeOptions(page)).toEqual(["alle", "Kreistag Musterland (Kreistag)", "Kreisausschuss (KA)", "Ausschuss für Bildung, Kultur und Sport (BKS)", "Ausschuss für Umwelt, Planung und Mobilität (UPM)", "Ausschuss für Soziales, Gesundheit und Jugendhilfe (SGJ)", "Inklusionsbeirat des Kreises Musterland (Inklusionsbeirat)", "Haupt- und Finanzausschuss (HFA)"]);
      await openTab(page, "Verzeichnisse");
      await pane(page).getByRole("button", { name: "Zentrale Verzeichnisse verwenden" }).click();
      await pane(page).getByText("Die Verzeichnisse kommen aus der zentralen Konfiguration. Was Sie hier ändern, gilt nur für dieses Dokument.").waitFor();
      await openTab(page, "Tabellen");
      expect(await committeeOptions(page)).toEqual(["alle", "Kreistag Musterland (Kreistag)", "Kreisausschuss (KA)", "Ausschuss für Bildung, Kultur und Sport (BKS)", "Ausschuss für Umwelt, Planung und Mobilität (UPM)", "Ausschuss für Soziales, Gesundheit und Jugendhilfe (SGJ)", "Inklusionsbeirat des Kreises Musterland (Inklusionsbeirat)"]);
    });
  });

  it("downloads OParl-JSON under the county's OParl address that validates against the OParl 1.1 schemas", async () => {
    await inDemo(demo, async (page) => {
      await openTab(page, "Tabellen");
      await pane(page).getByRole("radio", { name: "als Datei speichern" }).check();
      await pane(page).getByRole("combobox", { name: "Format" }).selectOption("oparl");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        pane(page).getByRole("button", { name: "Änderungsübersicht erstellen" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^Aenderungsuebersicht-\d\d\.\d\d\.\d{4}\.oparl\.json$/);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "oparl-")), download.suggestedFilename());
      await download.saveAs(file);
      const json = JSON.parse(fs.readFileSync(file, "utf8")) as { data: { id: string; created?: string; modified?: string }[]; pagination: object; links: object; "beschlussreif:organization": object[] };
      expect(Object.keys(json).slice(0, 3)).toEqual(["data", "pagination", "links"]);
      expect(json.data.length).toBeGreaterThan(1);
      expect(json.data.flatMap((p) => oparlErrors("Paper", p))).toEqual([]);
      expect(json["beschlussreif:organization"].flatMap((o) => oparlErrors("Organization", o))).toEqual([]);
      expect(json.data.every((p) => p.id.startsWith("https://ris.kreis-musterland.example/oparl/v1/paper/"))).toBe(true);
      expect(json.data.flatMap((p) => [p.created, p.modified]).filter((d) => d !== undefined && !OPARL_DATE_TIME.test(d))).toEqual([]);
      expect(nullsAndEmptyLists(json)).toEqual([]);
    });
  });
});

describeBrowser("a broken configuration file", () => {
  const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "config-")), "beschlussreif.config.json");
  fs.writeFileSync(broken, JSON.stringify({ version: 1, committees: [{ short: "BKS" }] }));
  const demo = useDemoSession(broken);

  it("is named in German in the pane, which works on with the built-in defaults", async () => {
    await inDemo(demo, async (page) => {
      await pane(page).getByText("Eingeschränkt:").waitFor();
      await pane(page).getByText(/Die zentrale Konfiguration \(beschlussreif\.config\.json\) wird nicht verwendet: Die Konfiguration ist ungültig: „committees\[0\]\.name“ fehlt\. Es gelten die eingebauten Grundeinstellungen/).waitFor();
      await openTab(page, "Tabellen");
      expect(await committeeOptions(page)).toEqual(["alle"]);
    });
  });
});

describeBrowser("no configuration file", () => {
  const demo = useDemoSession(path.join(os.tmpdir(), "keine-konfiguration", "beschlussreif.config.json"));

  it("means the neutral defaults, and OParl says what it lacks instead of creating a file", async () => {
    await inDemo(demo, async (page) => {
      await openTab(page, "Tabellen");
      expect(await pane(page).getByText("Eingeschränkt:").count()).toBe(0);
      expect(await committeeOptions(page)).toEqual(["alle"]);
      await pane(page).getByRole("radio", { name: "als Datei speichern" }).check();
      await pane(page).getByRole("combobox", { name: "Format" }).selectOption("oparl");
      await pane(page).getByText(OPARL_BASE_MISSING).waitFor();
      expect(await pane(page).getByRole("button", { name: "Änderungsübersicht erstellen" }).isDisabled()).toBe(true);
    });
  });
});
