/**
 * The findings of issue #14 in the demo in Chromium, each as the user met it: Word export of all three overviews
 * (file and new document, the command line's bytes), the outline table beside its finding, an overview inserted
 * at the place the user selected and left out of every check, a broken file after a good one, mouse and keyboard
 * selection in the document view, ISO dates and whole pink runs of the demo document, export in the read-only role.
 * The demo document's content is known from scripts/make-demo-doc.js (see DEMO in demo.test.ts).
 */
import path from "path";
import { describeBrowser, pane, SAMPLES, useDemoSession } from "./harness";
import {
  announced, chooseRole, cliOverview, docxParts, docxText, documentText, downloadBy, dragSelect, headingCount, keyboardSelect, openTab, paragraphText, useDemoPage,
} from "./readback";

const KINDS = [
  { kind: "amendments", label: "Änderungsübersicht", file: /^Aenderungsuebersicht-\d\d\.\d\d\.\d{4}\.docx$/, shows: "Stellungnahme der Verwaltung" },
  { kind: "synopse", label: "Synopse", file: /^Synopse-\d\d\.\d\d\.\d{4}\.docx$/, shows: "Strategische Ziele des Kreises Musterland" },
  { kind: "beirat", label: "Beirat-Liste", file: /^Beiratsliste-\d\d\.\d\d\.\d{4}\.docx$/, shows: "inklusive Spielgeräte" },
] as const;

/** Paragraphs of the demo document (scripts/make-demo-doc.js). */
const P = {
  einleitung: 13, // "Der Kreis Musterland gibt sich mit diesem Papier Ziele …"
  mobilitaet: 30, // heading "IV. Mobilität", missing in the typed TOC
  takt: 32, // "Der Takt der Schnellbuslinien wird in den Hauptzeiten verdichtet."
  leichteSprache: 37,
};

describeBrowser("the pane's fixed actions in the demo (issue #14)", () => {
  const demo = useDemoSession();
  const load = useDemoPage(demo);

  test("Word export of all three overviews, as a file and as a new document, has the command line's content", async () => {
    const page = await load();
    const panel = await openTab(page, "Tabellen");
    for (const { kind, label, file, shows } of KINDS) {
      await panel.getByRole("radio", { name: label, exact: true }).check();
      await panel.getByRole("radio", { name: "als Datei speichern" }).check();
      await panel.getByRole("combobox", { name: "Format" }).selectOption({ label: "Word-Dokument (.docx)" });
      const asFile = await downloadBy(page, () => panel.getByRole("button", { name: `${label} erstellen` }).click());
      await announced(page, `Die ${label} wurde erstellt (Word-Dokument (.docx)).`);
      await panel.getByRole("radio", { name: "als neues Word-Dokument öffnen" }).check();
      const asDocument = await downloadBy(page, () => panel.getByRole("button", { name: `${label} erstellen` }).click());
      await announced(page, `Die ${label} wurde erstellt (als neues Word-Dokument öffnen).`);

      expect({ kind, name: asFile.name }).toEqual({ kind, name: expect.stringMatching(file) });
      expect({ kind, name: asDocument.name }).toEqual({ kind, name: expect.stringMatching(/^Dokument\d+\.docx$/) });
      expect(await docxText(asFile.bytes)).toContain(shows);
      const cli = docxParts(await cliOverview(kind, "docx"));
      expect(docxParts(asFile.bytes)).toEqual(cli);
      expect(docxParts(asDocument.bytes)).toEqual(cli);
    }
  }, 240_000);

  test("the outline table pairs as the finding does: „IV. Mobilität“ is missing in the TOC, every later entry sits beside its heading", async () => {
    const page = await load();
    const panel = await openTab(page, "Gliederung");
    await panel.getByText("Im Inhaltsverzeichnis fehlt „IV. Mobilität“", { exact: false }).first().waitFor();
    const rows = await panel.getByRole("table", { name: "Text und Inhaltsverzeichnis nebeneinander" }).locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    const row = (heading: string) => rows.find(([h]) => h.startsWith(heading));
    expect(row("IV Mobilität")?.[1]).toBe("fehlt im Verzeichnis");
    // The TOC's "IV. Teilhabe und Inklusion" sits beside the body's "V. Teilhabe und Inklusion": same title, old number.
    expect(row("V Teilhabe und Inklusion")?.[1]).toMatch(/^IV Teilhabe und Inklusion/);
    expect(row("VI Digitalisierung und Smart Region")?.[1]).toMatch(/^V Digitalisierung und Smart Region/);
    expect(rows.filter(([, entry]) => entry.includes("Titel weicht ab"))).toEqual([]);
    expect(rows.filter(([heading]) => heading === "fehlt im Text")).toEqual([]);
    expect(rows.filter(([, entry]) => entry === "fehlt im Verzeichnis")).toHaveLength(1);
  });

  test("an overview goes where the user clicked last, not where the pane jumped; its notes follow it and no check reads it", async () => {
    const page = await load();
    const overview = await openTab(page, "Hinweise");
    const findings = await headingCount(overview, "Hinweise");
    const antraege = await openTab(page, "Anträge");
    const amendments = await headingCount(antraege, "Anträge");
    // The pane jumps to the heading "IV. Mobilität" (a finding of the outline check) …
    const outline = await openTab(page, "Gliederung");
    await outline.getByRole("button", { name: /^Fehler: Im Inhaltsverzeichnis fehlt „IV\. Mobilität“/ }).click();
    await page.locator(`#absatz-${P.mobilitaet}.selected`).waitFor();
    // … then the user clicks into the introduction: the cursor is there now.
    await keyboardSelect(page, P.einleitung, 10, 0);

    const panel = await openTab(page, "Tabellen");
    await panel.getByRole("radio", { name: "Änderungsübersicht", exact: true }).check();
    await panel.getByRole("radio", { name: "an der Cursorposition einfügen" }).check();
    await panel.getByRole("button", { name: "Änderungsübersicht erstellen" }).click();
    await announced(page, /Die Änderungsübersicht wurde erstellt \(an der Cursorposition einfügen\)\. \d+ Hinweise? gefunden\./);

    // The table follows the introduction's paragraph: its header row first (the Änderungsübersicht's column heads).
    expect(await paragraphText(page, P.einleitung + 1)).toBe("Nr.");
    const cells = await page.locator(".document .in-table").count();
    const after = P.einleitung + 1 + cells;
    // The explanations of "¹" and of the provisional numbers are paragraphs after the table; then the document's own.
    expect(await paragraphText(page, after)).toMatch(/^¹ /);
    expect(await paragraphText(page, after + 1)).toMatch(/^neu: /);
    expect(await paragraphText(page, after + 2)).toMatch(/^Jedes Ziel beginnt mit einem kurzen Einleitungstext/);
    expect(await paragraphText(page, P.mobilitaet)).not.toBe("IV. Mobilität");

    // Findings and Anträge are those of the draft: the table's text is not analysed.
    expect(await headingCount(await openTab(page, "Hinweise"), "Hinweise")).toBe(findings);
    expect(await headingCount(await openTab(page, "Anträge"), "Anträge")).toBe(amendments);
    // A second one gets a bookmark of its own and leaves the findings as they are, too.
    const again = await openTab(page, "Tabellen");
    await again.getByRole("radio", { name: "Synopse", exact: true }).check();
    await again.getByRole("radio", { name: "an der Cursorposition einfügen" }).check();
    await again.getByRole("button", { name: "Synopse erstellen" }).click();
    await announced(page, /Die Synopse wurde erstellt/);
    expect(await headingCount(await openTab(page, "Hinweise"), "Hinweise")).toBe(findings);
  }, 180_000);

  test("a broken file after a good one leaves no trace of the good one, in the page or the pane", async () => {
    const page = await load();
    const good = path.join(SAMPLES, "beschlussvorlage-digitalagentur.docx");
    const input = page.getByLabel("Eigenes Dokument öffnen (.docx):");
    await input.setInputFiles(good);
    await page.getByRole("main", { name: `Dokument: ${path.basename(good)}` }).waitFor();
    await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor();
    await input.setInputFiles({ name: "kaputt.docx", mimeType: "application/octet-stream", buffer: Buffer.from("kein zip") });
    const main = page.getByRole("main", { name: "Dokument: kaputt.docx" });
    await main.getByRole("alert").waitFor();
    await pane(page).getByText("Das Dokument konnte nicht gelesen werden.").waitFor();
    expect(await main.locator("[data-paragraph]").count()).toBe(0);
    expect(await main.getByRole("heading", { name: /^Kommentare/ }).count()).toBe(0);
    expect(await pane(page).getByRole("tablist").count()).toBe(0);
  });

  test("mouse and keyboard selections in the document become Word's selection, character by character", async () => {
    const page = await load();
    await chooseRole(page, "Teilhabebeirat");
    const panel = await openTab(page, "Beirat");
    const takt = "Der Takt der Schnellbuslinien wird in den Hauptzeiten verdichtet.";
    expect(await paragraphText(page, P.takt)).toBe(takt);

    // Mouse: "Schnellbuslinien" dragged over; the question is anchored to exactly that word.
    const word = "Schnellbuslinien";
    await dragSelect(page, P.takt, takt.indexOf(word), takt.indexOf(word) + word.length);
    await panel.getByRole("textbox", { name: /Ihre Frage/ }).fill("Fahren diese Busse barrierefrei?");
    await panel.getByRole("button", { name: "Frage stellen" }).click();
    await announced(page, "Ihre Frage wurde als Kommentar eingefügt.");
    await page.getByRole("main").getByText(`zu: „${word}“`).waitFor();

    // Keyboard: Shift+→ over "Hauptzeiten"; the addition follows the word, not the full stop.
    const hours = "Hauptzeiten";
    await keyboardSelect(page, P.takt, takt.indexOf(hours), hours.length);
    await panel.getByRole("textbox", { name: /Ihre Ergänzung/ }).fill("und am Wochenende");
    await panel.getByRole("button", { name: "Ergänzung vorschlagen" }).click();
    await announced(page, "Ihre Ergänzung wurde als Änderung eingefügt.");
    await expect(paragraphText(page, P.takt)).resolves.toMatch(/^Der Takt der Schnellbuslinien wird in den Hauptzeiten ?und am Wochenende ?verdichtet\.$/);
  }, 120_000);

  test("the demo document shows its change dates and the Beirat's pink addition whole", async () => {
    const page = await load();
    const overview = await openTab(page, "Hinweise");
    // "gemeinsam mit den Städten und Gemeinden" was inserted on 14.03.2025 (make-demo-doc.js).
    await overview.getByRole("button", { name: /gemeinsam mit den Städten und Gemeinden.*Kreisverwaltung Musterland · 14\.03\.2025/ }).waitFor();
    expect(await overview.getByText("Kreisverwaltung Musterland · –").count()).toBe(0);
    await page.getByRole("main").locator('ins[title="eingefügt von Teilhabebeirat am 11.03.2025"]').first().waitFor();
    const beirat = await openTab(page, "Beirat");
    await beirat.getByText("„und in Leichter Sprache“").waitFor();
    expect(await documentText(page, P.leichteSprache)).toContain("und in Leichter Sprache");
  });

  test("in the read-only role overviews are exported but not inserted, and the document stays as it was", async () => {
    const page = await load();
    await chooseRole(page, "nur lesen");
    const panel = await openTab(page, "Tabellen");
    await panel.getByRole("radio", { name: "Synopse", exact: true }).check();
    expect(await panel.getByRole("radio", { name: "an der Cursorposition einfügen" }).count()).toBe(0);
    await panel.getByRole("radio", { name: "als Datei speichern" }).check();
    await panel.getByRole("combobox", { name: "Format" }).selectOption({ label: "Webseite zum Drucken (.html)" });
    const paragraphs = await page.locator(".document [data-paragraph]").count();
    const stored = await page.getByRole("main").getByRole("heading", { name: /^Gespeicherte Daten/ }).textContent();
    const file = await downloadBy(page, () => panel.getByRole("button", { name: "Synopse erstellen" }).click());
    expect(file.name).toMatch(/^Synopse-.*\.html$/);
    expect(Buffer.from(file.bytes).toString("utf8")).toContain("Strategische Ziele des Kreises Musterland");
    await panel.getByRole("radio", { name: "als neues Word-Dokument öffnen" }).check();
    const document = await downloadBy(page, () => panel.getByRole("button", { name: "Synopse erstellen" }).click());
    expect(await docxText(document.bytes)).toContain("Strategische Ziele des Kreises Musterland");
    expect(await page.locator(".document [data-paragraph]").count()).toBe(paragraphs);
    expect(await page.getByRole("main").getByRole("heading", { name: /^Gespeicherte Daten/ }).textContent()).toBe(stored);
  }, 120_000);
});
