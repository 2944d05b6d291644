/**
 * Every user action of the pane, end to end in the demo in Chromium: an inventory of the pane's buttons and
 * commands (ACTIONS, by tab, role and accessible name), each mapped to a test that performs it and checks the result
 * in the document (the page's document view, which shows what the simulated Word holds) and in an exported file
 * read back by an independent program (readback.ts). A last test renders every tab in every role, opens the
 * forms, and fails when the pane shows a button or command the inventory does not name: a new button needs a line in
 * ACTIONS and a test in TESTS.
 */
import path from "path";
import type { Locator, Page } from "playwright-core";
import { JUMP_DESCRIPTION } from "../../src/taskpane/components/common";
import { describeBrowser, pane, SAMPLES, useDemoSession } from "./harness";
import {
  announced, chooseRole, csvRows, docxText, downloadBy, headingCount, htmlDocument, keyboardSelect, libreOfficeText, openTab, paragraphText,
  useDemoPage, xlsxCells,
} from "./readback";

type Role = "Verwaltung" | "Teilhabebeirat" | "nur lesen";
/** Where a control is: a tab of the pane, the pane's header, or the demo page around it. */
type Where = "Kopf" | "Seite" | "Hinweise" | "Gliederung" | "Anträge" | "Begriffe" | "Beirat" | "Tabellen" | "Verzeichnisse";

interface Action {
  where: Where;
  /** The accessible name of the button (or the label of the file field). */
  name: RegExp;
  /** The test that performs it (a key of TESTS). */
  test: keyof typeof TESTS;
  /** A line that jumps to its place (PlaceItem): told apart by its description, whatever its text. */
  jump?: true;
}

/** Paragraphs of the demo document (scripts/make-demo-doc.js). */
const P = { potential: 17, gewerbe: 20, mobilitaet: 30, takt: 32, spielgeraete: 36, leichteSprache: 37, tocTeilhabe: 9 };

/** The inventory: every button and command the pane (and the demo page around it) offers. */
const ACTIONS: Action[] = [
  { where: "Kopf", name: /^Aktualisieren$/, test: "refresh" },
  { where: "Kopf", name: /^Selbsttest$/, test: "self test" },
  { where: "Seite", name: /^Markieren$/, test: "pick a paragraph" },
  { where: "Seite", name: /^Eigenes Dokument öffnen/, test: "open a document" },
  ...(["Hinweise", "Gliederung", "Anträge", "Begriffe", "Beirat"] as const).map((where): Action => ({ where, name: /./, test: "jump", jump: true })),
  { where: "Gliederung", name: /^Eintrag einfügen$/, test: "outline fix" },
  { where: "Gliederung", name: /^Verzeichnis aktualisieren$/, test: "outline fix" },
  { where: "Gliederung", name: /^Eintrag korrigieren$/, test: "outline fix" },
  { where: "Gliederung", name: /^Vereinbarte Gliederung/, test: "compare outline" },
  { where: "Anträge", name: /^Nr\. (?:neu )?\d+ bearbeiten$/, test: "edit amendment" },
  { where: "Anträge", name: /^Beratungsschritt hinzufügen$/, test: "edit amendment" },
  { where: "Anträge", name: /^Schritt \d+ entfernen$/, test: "edit amendment" },
  { where: "Anträge", name: /^Speichern$/, test: "edit amendment" },
  { where: "Anträge", name: /^Abbrechen$/, test: "edit amendment" },
  { where: "Anträge", name: /^Nr\. (?:neu )?\d+ aufteilen$/, test: "split amendment" },
  { where: "Anträge", name: /^Alle angezeigten auswählen$/, test: "bulk edit" },
  { where: "Anträge", name: /^Auswahl aufheben$/, test: "bulk edit" },
  { where: "Anträge", name: /^Für Auswahl setzen$/, test: "bulk edit" },
  { where: "Anträge", name: /^\d+ Anträge zusammenfassen$/, test: "merge amendments" },
  { where: "Anträge", name: /^Angaben zu Nr\. (?:neu )?\d+ übernehmen$/, test: "confirm import" },
  { where: "Anträge", name: /^„.+“ ins Verzeichnis aufnehmen$/, test: "registry suggestions" },
  { where: "Anträge", name: /^Alle \d+ ins Verzeichnis aufnehmen$/, test: "registry suggestions" },
  { where: "Anträge", name: /^Vermerke aus dem Text entfernen$/, test: "remove annotations" },
  { where: "Verzeichnisse", name: /^Verzeichnisse bearbeiten$/, test: "registry editor" },
  { where: "Verzeichnisse", name: /^(Gremium|Antragsteller|Statuswert) hinzufügen$/, test: "registry editor" },
  { where: "Verzeichnisse", name: /^(Gremium|Antragsteller|Statuswert) \d+ entfernen$/, test: "registry editor" },
  { where: "Verzeichnisse", name: /^Verzeichnisse speichern$/, test: "registry editor" },
  { where: "Verzeichnisse", name: /^Zentrale Verzeichnisse verwenden$/, test: "registry editor" },
  { where: "Verzeichnisse", name: /^Abbrechen$/, test: "registry editor" },
  { where: "Begriffe", name: /^Alle durch „.+“ ersetzen$/, test: "unify term" },
  { where: "Begriffe", name: /^Gruppe nicht mehr prüfen – /, test: "ignore term" },
  { where: "Begriffe", name: /^wieder prüfen – /, test: "ignore term" },
  { where: "Begriffe", name: /^„.+“ ins Glossar$/, test: "add to glossary" },
  { where: "Beirat", name: /^Antworten$/, test: "answer and resolve" },
  { where: "Beirat", name: /^Antwort senden$/, test: "answer and resolve" },
  { where: "Beirat", name: /^Abbrechen$/, test: "answer and resolve" },
  { where: "Beirat", name: /^Als erledigt markieren$/, test: "answer and resolve" },
  { where: "Beirat", name: /^Frage stellen$/, test: "beirat proposals" },
  { where: "Beirat", name: /^Ergänzung vorschlagen$/, test: "beirat proposals" },
  { where: "Beirat", name: /^Änderung vorschlagen$/, test: "beirat proposals" },
  { where: "Tabellen", name: /^(Änderungsübersicht|Synopse|Beirat-Liste) erstellen$/, test: "overview files" },
];

/** The role each tab's controls are looked at in (the Beirat's own forms show in its role only). */
const ROLES: Role[] = ["Verwaltung", "Teilhabebeirat", "nur lesen"];
const TABS: Where[] = ["Hinweise", "Gliederung", "Anträge", "Begriffe", "Beirat", "Tabellen", "Verzeichnisse"];

interface Session {
  page: Page;
}

async function exportFile(page: Page, kind: "Änderungsübersicht" | "Synopse" | "Beirat-Liste", format: string) {
  const panel = await openTab(page, "Tabellen");
  await panel.getByRole("radio", { name: kind, exact: true }).check();
  await panel.getByRole("radio", { name: "als Datei speichern" }).check();
  await panel.getByRole("combobox", { name: "Format" }).selectOption({ label: format });
  return downloadBy(page, () => panel.getByRole("button", { name: `${kind} erstellen` }).click());
}

/** The overview as JSON, read back with JSON.parse. */
async function exportJson(page: Page, kind: "Änderungsübersicht" | "Synopse" | "Beirat-Liste"): Promise<unknown> {
  return JSON.parse(Buffer.from((await exportFile(page, kind, "JSON (.json)")).bytes).toString("utf8"));
}

interface JsonAmendment { nr: number | null; status: string | null; antragsteller: string | null; before: string; after: string; source: string }
const amendmentsOf = (json: unknown) => (json as { amendments: JsonAmendment[] }).amendments;

/** The stored data the page shows (custom XML parts, as Word keeps them with the document). */
async function storedData(page: Page): Promise<string> {
  return page.getByRole("main").locator(".stored").evaluate((s) => [...s.querySelectorAll("pre")].map((p) => p.textContent).join("\n"));
}

const TESTS = {
  async refresh({ page }: Session) {
    const paragraphs = await page.locator(".document [data-paragraph]").count();
    await pane(page).getByRole("button", { name: "Aktualisieren" }).click();
    await announced(page, /^\d+ Hinweise? gefunden$/);
    expect(await page.locator(".document [data-paragraph]").count()).toBe(paragraphs);
    // Reading changes nothing: the Synopse has the demo's title and text as before.
    expect(JSON.stringify(await exportJson(page, "Synopse"))).toContain("Strategische Ziele des Kreises Musterland");
  },

  async "self test"({ page }: Session) {
    const paragraphs = await page.locator(".document [data-paragraph]").count();
    await pane(page).getByRole("button", { name: "Selbsttest", exact: true }).click();
    await pane(page).getByRole("button", { name: "Selbsttest starten" }).click();
    await pane(page).getByText("12 von 12 Prüfungen bestanden.").waitFor({ timeout: 30_000 });
    expect(await pane(page).getByRole("textbox", { name: "Bericht zum Kopieren" }).inputValue()).toMatch(/^Beschlussreif – Selbsttest vom /);
    // The scratch paragraph is gone again: the document and the Synopse are as before.
    await expect(page.locator(".document [data-paragraph]").count()).resolves.toBe(paragraphs);
    expect(JSON.stringify(await exportJson(page, "Synopse"))).not.toContain("Beschlussreif-Selbsttest");
  },

  async "remove annotations"({ page }: Session) {
    const panel = await openTab(page, "Anträge");
    const confirm = panel.getByRole("listitem").filter({ hasText: "Zustimmung im AfSG vom 12.03.2025" })
      .getByRole("button", { name: /^Angaben zu Nr\. (?:neu )?\d+ übernehmen$/ });
    await confirm.click();
    await announced(page, /^Die erkannten Angaben zu Antrag Nr\. (?:neu )?\d+ wurden übernommen\./);
    await (await openTab(page, "Anträge")).getByRole("button", { name: "Vermerke aus dem Text entfernen" }).click();
    await announced(page, "Ein Vermerk wurde als Änderung aus dem Text entfernt.");
    // The document strikes the annotation through; the Änderungsübersicht no longer shows it in the wording.
    await expect(page.getByRole("main").locator("del").filter({ hasText: "Zustimmung im AfSG vom 12.03.2025" }).count()).resolves.toBe(1);
    const after = amendmentsOf(await exportJson(page, "Änderungsübersicht")).map((a) => a.after).join(" ");
    expect(after).toContain("Gewerbeflächen werden flächensparend entwickelt.");
    expect(after).not.toContain("Zustimmung im AfSG");
  },

  async "pick a paragraph"({ page }: Session) {
    const picker = page.getByRole("form", { name: "Textstelle markieren" });
    await picker.getByRole("combobox").selectOption({ value: String(P.takt) });
    await picker.getByRole("button", { name: "Markieren" }).click();
    await page.locator(`#absatz-${P.takt}.selected`).waitFor();
    // The Beirat's question now goes to that paragraph: the document and the Beirat-Liste say so.
    await chooseRole(page, "Teilhabebeirat");
    const panel = await openTab(page, "Beirat");
    await panel.getByRole("textbox", { name: /Ihre Frage/ }).fill("Gilt das auch am Wochenende?");
    await panel.getByRole("button", { name: "Frage stellen" }).click();
    await announced(page, "Ihre Frage wurde als Kommentar eingefügt.");
    await page.getByRole("main").getByText("zu: „Der Takt der Schnellbuslinien wird in den Hauptzeiten verdichtet.“").waitFor();
    const rows = await csvRows((await exportFile(page, "Beirat-Liste", "CSV für Excel (.csv)")).bytes);
    expect(rows.find((r) => r.includes("Gilt das auch am Wochenende?"))).toBeDefined();
  },

  async "open a document"({ page }: Session) {
    const other = path.join(SAMPLES, "beschlussvorlage-digitalagentur.docx");
    await page.getByLabel("Eigenes Dokument öffnen (.docx):").setInputFiles(other);
    await page.getByRole("main", { name: `Dokument: ${path.basename(other)}` }).waitFor();
    await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor();
    const html = htmlDocument((await exportFile(page, "Synopse", "Webseite zum Drucken (.html)")).bytes);
    // The Synopse is the opened Beschlussvorlage's (on the Digitalagentur); nothing of the demo document is in it.
    const synopse = (html.body.textContent ?? "").replace(/\s+/g, " ");
    expect(html.querySelector("h1")?.textContent).toContain("Digitalagentur");
    expect(synopse).not.toContain("Kreises Musterland");
  },

  async jump({ page }: Session) {
    // Each tab's lines jump to their place: the document view marks the paragraph Word selected.
    const places: [Where, RegExp, number][] = [
      ["Hinweise", /^Fehler: Im Inhaltsverzeichnis fehlt „IV\. Mobilität“/, P.mobilitaet],
      ["Gliederung", /^IV Mobilität/, P.mobilitaet],
      ["Anträge", /flächensparend/, P.gewerbe],
      ["Begriffe", /„Potential/, P.potential],
      ["Beirat", /inklusive Spielgeräte/, P.spielgeraete],
    ];
    for (const [tab, name, paragraph] of places) {
      const panel = await openTab(page, tab);
      await panel.getByRole("button", { name }).first().click();
      await page.locator(`#absatz-${paragraph}.selected`).waitFor();
      expect({ tab, selected: await page.locator(".document .selected").count() }).toEqual({ tab, selected: 1 });
    }
    // Jumping writes nothing: no stored data appeared.
    expect(await storedData(page)).toBe("");
  },

  async "outline fix"({ page }: Session) {
    const panel = await openTab(page, "Gliederung");
    // The repair buttons are named by their action; the finding they repair is their description.
    const fixes = panel.getByRole("button", { name: "Eintrag einfügen", exact: true });
    const index = await fixes.evaluateAll((buttons) => buttons.findIndex((b) => (b.getAttribute("aria-describedby") ?? "").split(" ")
      .some((id) => document.getElementById(id)?.textContent?.includes("Im Inhaltsverzeichnis fehlt „IV. Mobilität“"))));
    expect(index).toBeGreaterThanOrEqual(0);
    await fixes.nth(index).click();
    await announced(page, /Eintrag einfügen: erledigt\./);
    // The typed TOC has the line now, and the later lines carry the body's numbers.
    expect((await paragraphText(page, P.tocTeilhabe)).replace(/\t/g, " ")).toMatch(/^IV\. Mobilität/);
    expect((await paragraphText(page, P.tocTeilhabe + 1)).replace(/\t/g, " ")).toMatch(/^V\. Teilhabe und Inklusion/);
    const after = await openTab(page, "Gliederung");
    expect(await after.getByText("Im Inhaltsverzeichnis fehlt „IV. Mobilität“", { exact: false }).count()).toBe(0);
    const synopse = JSON.stringify(await exportJson(page, "Synopse"));
    expect(synopse).toContain("Mobilität");
  },

  async "compare outline"({ page }: Session) {
    const panel = await openTab(page, "Gliederung");
    const reference = { version: 1, entries: [{ level: 1, label: "A", title: "Einleitung" }, { level: 1, label: "B", title: "Strategische Ziele" }, { level: 1, label: "C", title: "Finanzen" }] };
    await panel.getByLabel(/^Vereinbarte Gliederung/).setInputFiles({ name: "gliederung.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(reference)) });
    await announced(page, /Die Gliederung wurde mit „gliederung\.json“ verglichen\./);
    await (await openTab(page, "Gliederung")).getByText(/Vergleichsgliederung|Finanzen/).first().waitFor();
    expect(await storedData(page)).toBe("");
  },

  async "edit amendment"({ page }: Session) {
    const panel = await openTab(page, "Anträge");
    await panel.getByRole("button", { name: "Nr. neu 1 bearbeiten" }).click();
    let form = panel.getByRole("form", { name: "Antrag Nr. neu 1 bearbeiten" });
    await form.getByRole("button", { name: "Abbrechen" }).click();
    expect(await panel.getByRole("form").count()).toBe(0);
    await panel.getByRole("button", { name: "Nr. neu 1 bearbeiten" }).click();
    form = panel.getByRole("form", { name: "Antrag Nr. neu 1 bearbeiten" });
    await form.getByRole("button", { name: "Beratungsschritt hinzufügen" }).click();
    await form.getByRole("button", { name: "Beratungsschritt hinzufügen" }).click();
    await form.getByRole("button", { name: "Schritt 2 entfernen" }).click();
    expect(await form.getByRole("button", { name: /^Schritt \d+ entfernen$/ }).count()).toBe(1);
    await form.getByRole("button", { name: "Schritt 1 entfernen" }).click();
    await form.getByRole("combobox", { name: "Status", exact: true }).selectOption("in Beratung");
    await form.getByRole("button", { name: "Speichern" }).click();
    await announced(page, "Die Angaben zu Antrag Nr. neu 1 wurden gespeichert.");
    expect(await storedData(page)).toContain("in Beratung");
    expect(amendmentsOf(await exportJson(page, "Änderungsübersicht")).find((a) => a.nr === 1)?.status).toBe("in Beratung");
  },

  async "split amendment"({ page }: Session) {
    // Nr. 1 (the SPD's insertion) and Nr. 4 (the CDU's deletion) are one change each: merged, they make one
    // Antrag of two changes, which can be split again.
    let panel = await openTab(page, "Anträge");
    const before = await headingCount(panel, "Anträge");
    await panel.getByRole("checkbox", { name: "Nr. neu 1 auswählen" }).check();
    await panel.getByRole("checkbox", { name: "Nr. neu 4 auswählen" }).check();
    await panel.getByRole("button", { name: "2 Anträge zusammenfassen" }).click();
    await announced(page, "2 Anträge wurden zu einem zusammengefasst.");
    panel = await openTab(page, "Anträge");
    await panel.getByRole("button", { name: /^Nr\. (?:neu )?\d+ aufteilen$/ }).first().click();
    await page.getByRole("alertdialog").getByRole("button", { name: /^In \d+ Anträge aufteilen$/ }).click();
    await announced(page, /wurde in 2 Anträge aufgeteilt/);
    expect(await headingCount(await openTab(page, "Anträge"), "Anträge")).toBe(before);
    expect(amendmentsOf(await exportJson(page, "Änderungsübersicht"))).toHaveLength(before);
  },

  async "bulk edit"({ page }: Session) {
    const panel = await openTab(page, "Anträge");
    await panel.getByRole("button", { name: "Alle angezeigten auswählen" }).click();
    await panel.getByRole("button", { name: "Auswahl aufheben" }).click();
    expect(await panel.getByRole("checkbox", { name: /^Nr\. (?:neu )?\d+ auswählen$/, checked: true }).count()).toBe(0);
    await panel.getByRole("checkbox", { name: "Nr. neu 1 auswählen" }).check();
    await panel.getByRole("checkbox", { name: "Nr. neu 2 auswählen" }).check();
    await panel.getByRole("combobox", { name: "Feld für die Auswahl" }).selectOption({ label: "Status" });
    await panel.getByRole("combobox", { name: "Neuer Wert" }).selectOption("eingereicht");
    await panel.getByRole("button", { name: "Für Auswahl setzen" }).click();
    await announced(page, "2 Anträge wurden geändert.");
    const rows = amendmentsOf(await exportJson(page, "Änderungsübersicht"));
    // The two set are stored now: numbers 1 and 2 (the others are not saved yet, `nr` null).
    expect(rows.filter((a) => a.nr !== null && a.nr <= 2).map((a) => a.status)).toEqual(["eingereicht", "eingereicht"]);
  },

  async "merge amendments"({ page }: Session) {
    const panel = await openTab(page, "Anträge");
    const before = await headingCount(panel, "Anträge");
    await panel.getByRole("checkbox", { name: "Nr. neu 1 auswählen" }).check();
    await panel.getByRole("checkbox", { name: "Nr. neu 2 auswählen" }).check();
    await panel.getByRole("button", { name: "2 Anträge zusammenfassen" }).click();
    await announced(page, "2 Anträge wurden zu einem zusammengefasst.");
    expect(await headingCount(await openTab(page, "Anträge"), "Anträge")).toBe(before - 1);
    expect(amendmentsOf(await exportJson(page, "Änderungsübersicht"))).toHaveLength(before - 1);
  },

  async "confirm import"({ page }: Session) {
    const panel = await openTab(page, "Anträge");
    const confirm = panel.getByRole("button", { name: /^Angaben zu Nr\. (?:neu )?\d+ übernehmen$/ }).first();
    const label = /Nr\. ((?:neu )?\d+)/.exec((await confirm.textContent()) ?? "")![1];
    await confirm.click();
    await announced(page, `Die erkannten Angaben zu Antrag Nr. ${label} wurden übernommen.`);
    // Confirmed, it is stored: it has the first number now.
    const row = amendmentsOf(await exportJson(page, "Änderungsübersicht")).find((a) => a.nr === 1);
    expect(row?.source).toBe("metadata");
    expect(await storedData(page)).not.toBe("");
  },

  async "registry suggestions"({ page }: Session) {
    const panel = await openTab(page, "Anträge");
    const one = panel.getByRole("button", { name: /^„.+“ ins Verzeichnis aufnehmen$/ }).first();
    const name = /^„(.+)“/.exec((await one.textContent()) ?? "")![1];
    await one.click();
    await announced(page, `„${name}“ wurde ins Verzeichnis aufgenommen.`);
    expect(await storedData(page)).toContain(name);
    const all = (await openTab(page, "Anträge")).getByRole("button", { name: /^Alle \d+ ins Verzeichnis aufnehmen$/ });
    if (await all.count()) {
      await all.click();
      await announced(page, /Einträge wurden ins Verzeichnis aufgenommen\./);
    }
    // The Änderungsübersicht's committees are those of the registry now: no finding of an unknown one is left for it.
    expect(JSON.stringify(await exportJson(page, "Änderungsübersicht"))).toContain("amendments");
  },

  async "registry editor"({ page }: Session) {
    const panel = await openTab(page, "Verzeichnisse");
    await panel.getByRole("button", { name: "Verzeichnisse bearbeiten" }).click();
    await panel.getByRole("button", { name: "Gremium hinzufügen" }).click();
    // The new entry's fieldset is named by what is typed into it: the last one of the list.
    const fields = panel.getByRole("group", { name: /^Gremium \d+/ }).last();
    await fields.getByRole("textbox", { name: "Kurzname" }).fill("AfMK");
    await fields.getByRole("textbox", { name: "Bezeichnung" }).fill("Ausschuss für Mobilität und Klimaschutz");
    await panel.getByRole("button", { name: "Gremium hinzufügen" }).click();
    await panel.getByRole("button", { name: /^Gremium \d+ entfernen$/ }).last().click();
    await panel.getByRole("button", { name: "Verzeichnisse speichern" }).click();
    await announced(page, "Die Verzeichnisse wurden gespeichert.");
    expect(await storedData(page)).toContain("Ausschuss für Mobilität und Klimaschutz");
    const filter = (await openTab(page, "Tabellen")).getByRole("combobox", { name: "Gremium" });
    expect(await filter.locator("option", { hasText: "AfMK" }).count()).toBe(1);
    await (await openTab(page, "Verzeichnisse")).getByRole("button", { name: "Zentrale Verzeichnisse verwenden" }).click();
    await announced(page, "Das Dokument verwendet wieder die zentralen Verzeichnisse.");
    expect(await storedData(page)).not.toContain("Ausschuss für Mobilität und Klimaschutz");
    // Cancelling the editor writes nothing.
    const again = await openTab(page, "Verzeichnisse");
    await again.getByRole("button", { name: "Verzeichnisse bearbeiten" }).click();
    await again.getByRole("button", { name: "Abbrechen" }).click();
    expect(await again.getByRole("button", { name: "Verzeichnisse speichern" }).count()).toBe(0);
  },

  async "unify term"({ page }: Session) {
    const panel = await openTab(page, "Begriffe");
    await panel.getByRole("button", { name: "Alle durch „Potenzial“ ersetzen" }).click();
    await announced(page, /durch „Potenzial“ ersetzt/);
    expect(await paragraphText(page, P.potential)).toContain("Das Potenzial der Region");
    // The replaced word is a tracked change: deleted and inserted in the document, both sides in the Synopse.
    await page.locator(`#absatz-${P.potential} ins`, { hasText: "Potenzial" }).first().waitFor();
    const html = htmlDocument((await exportFile(page, "Synopse", "Webseite zum Drucken (.html)")).bytes);
    expect(html.body.textContent).toContain("Potenzial der Region");
  },

  async "ignore term"({ page }: Session) {
    const panel = await openTab(page, "Begriffe");
    await panel.getByRole("button", { name: /^Gruppe nicht mehr prüfen – .*„Smart Region“/ }).click();
    await announced(page, /wird in diesem Dokument nicht mehr geprüft/);
    expect(await (await openTab(page, "Begriffe")).getByRole("button", { name: /^Gruppe nicht mehr prüfen – .*„Smart Region“/ }).count()).toBe(0);
    expect((await storedData(page)).toLowerCase()).toContain("smart region");
    // The text itself is unchanged: the Synopse shows both spellings as before.
    expect(JSON.stringify(await exportJson(page, "Synopse"))).toContain("Smart-Region");
    // "wieder prüfen" takes it back: the group is checked again and its id leaves the settings part.
    await (await openTab(page, "Begriffe")).getByRole("button", { name: /^wieder prüfen – .*„Smart Region“/ }).click();
    await announced(page, /wird wieder geprüft/);
    expect(await (await openTab(page, "Begriffe")).getByRole("button", { name: /^Gruppe nicht mehr prüfen – .*„Smart Region“/ }).count()).toBe(1);
  },

  async "add to glossary"({ page }: Session) {
    // The demo's groups all come from the county's glossary; this sample has one of its own (gender-fair forms).
    const sample = path.join(SAMPLES, "strategie-entwurf1.docx");
    await page.getByLabel("Eigenes Dokument öffnen (.docx):").setInputFiles(sample);
    await page.getByRole("main", { name: `Dokument: ${path.basename(sample)}` }).waitFor();
    await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor();
    const panel = await openTab(page, "Begriffe");
    const button = panel.getByRole("button", { name: /^„.+“ ins Glossar$/ }).first();
    const term = /^„(.+)“/.exec((await button.textContent()) ?? "")![1];
    await button.click();
    await announced(page, `„${term}“ wurde in das Glossar des Dokuments aufgenommen.`);
    expect(await storedData(page)).toContain(term);
    // The glossary changes the checks, not the text: the Synopse still has the sample's wording.
    expect(JSON.stringify(await exportJson(page, "Synopse"))).toContain(term.split(" ")[0]);
  },

  async "answer and resolve"({ page }: Session) {
    const panel = await openTab(page, "Beirat");
    await panel.getByRole("button", { name: "Antworten" }).first().click();
    await panel.getByRole("button", { name: "Abbrechen" }).click();
    await panel.getByRole("button", { name: "Antworten" }).first().click();
    await panel.getByRole("textbox", { name: "Ihre Antwort zu Nr. 1" }).fill("Ja, auch Geräte für Kinder mit Sehbehinderung.");
    await panel.getByRole("button", { name: "Antwort senden" }).click();
    await announced(page, "Ihre Antwort zu Nr. 1 wurde eingefügt.");
    await page.getByRole("main").getByText("Ja, auch Geräte für Kinder mit Sehbehinderung.").waitFor();
    await (await openTab(page, "Beirat")).getByRole("button", { name: "Als erledigt markieren" }).first().click();
    await announced(page, "Nr. 1 wurde als erledigt markiert.");
    const rows = await csvRows((await exportFile(page, "Beirat-Liste", "CSV für Excel (.csv)")).bytes);
    const header = rows[0];
    const question = rows.find((r) => r.some((c) => c.includes("inklusive Spielgeräte")))!;
    expect(question[header.indexOf("Antworten")]).toContain("Ja, auch Geräte für Kinder mit Sehbehinderung.");
    expect(question[header.indexOf("Status")]).toMatch(/erledigt|beantwortet/);
  },

  async "beirat proposals"({ page }: Session) {
    await chooseRole(page, "Teilhabebeirat");
    const panel = await openTab(page, "Beirat");
    const takt = await paragraphText(page, P.takt);
    await keyboardSelect(page, P.takt, takt.indexOf("Schnellbuslinien"), "Schnellbuslinien".length);
    await panel.getByRole("textbox", { name: /Ihre Frage/ }).fill("Haben alle Schnellbusse eine Rampe?");
    await panel.getByRole("button", { name: "Frage stellen" }).click();
    await announced(page, "Ihre Frage wurde als Kommentar eingefügt.");
    await keyboardSelect(page, P.takt, takt.indexOf("verdichtet"), "verdichtet".length);
    await panel.getByRole("textbox", { name: /Ihre neue Formulierung/ }).fill("deutlich verdichtet");
    await panel.getByRole("button", { name: "Änderung vorschlagen" }).click();
    await announced(page, "Ihr Änderungsvorschlag wurde eingefügt.");
    await keyboardSelect(page, P.takt, 0, "Der Takt".length);
    await panel.getByRole("textbox", { name: /Ihre Ergänzung/ }).fill("und die Barrierefreiheit");
    await panel.getByRole("button", { name: "Ergänzung vorschlagen" }).click();
    await announced(page, "Ihre Ergänzung wurde als Änderung eingefügt.");
    const text = await paragraphText(page, P.takt);
    expect(text).toMatch(/^Der Takt ?und die Barrierefreiheit ?der Schnellbuslinien/);
    expect(text).toContain("deutlich verdichtet");
    // The Beirat-Liste as Excel, its cells read from the workbook's XML: the question and both proposals are in it.
    const cells = xlsxCells((await exportFile(page, "Beirat-Liste", "Excel (.xlsx)")).bytes).join(" | ");
    for (const expected of ["Haben alle Schnellbusse eine Rampe?", "deutlich verdichtet", "und die Barrierefreiheit"]) expect(cells).toContain(expected);
  },

  async "overview files"({ page }: Session) {
    const files = {
      docx: await exportFile(page, "Änderungsübersicht", "Word-Dokument (.docx)"),
      xlsx: await exportFile(page, "Änderungsübersicht", "Excel (.xlsx)"),
      csv: await exportFile(page, "Änderungsübersicht", "CSV für Excel (.csv)"),
      html: await exportFile(page, "Synopse", "Webseite zum Drucken (.html)"),
      json: await exportFile(page, "Beirat-Liste", "JSON (.json)"),
      oparl: await exportFile(page, "Änderungsübersicht", "OParl-JSON (.json)"),
    };
    const inserted = "gemeinsam mit den Städten und Gemeinden";
    expect(await docxText(files.docx.bytes)).toContain(inserted);
    const [docxPdf] = libreOfficeText([files.docx]);
    expect(docxPdf).toContain("Änderungsübersicht – Strategische Ziele des Kreises Musterland");
    expect(xlsxCells(files.xlsx.bytes)).toEqual(expect.arrayContaining(["Nr.", "Vorgeschlagene Fassung"]));
    expect(xlsxCells(files.xlsx.bytes).some((c) => c.includes(inserted))).toBe(true);
    const csv = await csvRows(files.csv.bytes);
    expect(csv[0].slice(0, 2)).toEqual(["Nr.", "Abschnitt"]);
    expect(csv.some((r) => r.some((c) => c.includes(inserted)))).toBe(true);
    expect(htmlDocument(files.html.bytes).querySelector("table")?.textContent).toContain("Wirtschaft und Arbeit");
    const beirat = JSON.parse(Buffer.from(files.json.bytes).toString("utf8")) as { items: { text: string }[] };
    expect(beirat.items.map((i) => i.text.trim())).toEqual(["inklusive Spielgeräte", "und in Leichter Sprache"]);
    expect(Buffer.from(files.oparl.bytes).toString("utf8")).toContain("https://schema.oparl.org/1.1/");
  },
};

describeBrowser("every action of the pane in the demo (the inventory)", () => {
  const demo = useDemoSession();
  const openDemo = useDemoPage(demo);
  const session = async (): Promise<Session> => ({ page: await openDemo() });

  test.each(Object.keys(TESTS))("%s", async (name) => {
    const covered = ACTIONS.filter((a) => a.test === name).map((a) => `${a.where}: ${a.name.source}`);
    expect(covered.length).toBeGreaterThan(0);
    await TESTS[name as keyof typeof TESTS](await session());
  }, 240_000);

  /** The buttons and file fields a region shows, by accessible name; jump lines by their description. */
  async function controls(region: Locator): Promise<{ name: string; jump: boolean }[]> {
    return region.locator("button, input[type=file]").evaluateAll((els, jump) => els
      .filter((el) => (el as HTMLElement).checkVisibility() || (el as HTMLInputElement).type === "file")
      .filter((el) => !el.closest("[role=tablist]"))
      .map((el) => ({
        name: (el.getAttribute("aria-label") ?? ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent) ?? "").trim(),
        jump: el.getAttribute("aria-description") === jump,
      })), JUMP_DESCRIPTION);
  }

  function unlisted(where: Where, found: { name: string; jump: boolean }[]): string[] {
    return found.filter((c) => !ACTIONS.some((a) => a.where === where && (a.jump ? c.jump : !c.jump && a.name.test(c.name))))
      .map((c) => `${where}: ${c.name}`);
  }

  test("the inventory names every button the pane renders, in every role and with its forms open", async () => {
    const { page } = await session();
    const missing = new Set<string>();
    const note = (where: Where, found: { name: string; jump: boolean }[]) => unlisted(where, found).forEach((m) => missing.add(m));
    note("Seite", await controls(page.locator(".demo-header, .demo-document")));
    note("Kopf", await controls(pane(page).locator("header")));
    for (const role of ROLES) {
      await chooseRole(page, role);
      for (const tab of TABS) {
        const panel = await openTab(page, tab);
        note(tab as Where, await controls(panel));
        // The forms a button opens have buttons of their own.
        const openers = tab === "Anträge" ? ["Nr. neu 1 bearbeiten"] : tab === "Verzeichnisse" ? ["Verzeichnisse bearbeiten"] : tab === "Beirat" ? ["Antworten"] : [];
        for (const opener of openers) {
          const button = panel.getByRole("button", { name: opener, exact: true }).first();
          if (await button.count()) await button.click();
        }
        if (tab === "Anträge" && role !== "nur lesen") {
          await panel.getByRole("checkbox", { name: "Nr. neu 1 auswählen" }).check();
          await panel.getByRole("checkbox", { name: "Nr. neu 2 auswählen" }).check();
          await panel.getByRole("button", { name: "Beratungsschritt hinzufügen" }).click();
        }
        note(tab as Where, await controls(panel));
      }
    }
    expect([...missing]).toEqual([]);
    // And the inventory lists no test that does not exist (the TESTS keys are its tests).
    expect(ACTIONS.filter((a) => !(a.test in TESTS))).toEqual([]);
  }, 240_000);
});
