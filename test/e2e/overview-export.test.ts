/**
 * "Tabellen" → "als Datei speichern" → "Word-Dokument (.docx)" in the demo in Chromium: the browser packs the .docx
 * (no Node Buffer there), and the file reads back with mammoth (an independent reader) and carries the same table
 * as the command line's renderer makes from the same document.
 */
import fs from "fs";
import mammoth from "mammoth";
import { describeBrowser, pane, tabLoaded, useDemoSession } from "./harness";
import { cliOverview, docxParts, useDemoPage } from "./readback";

describeBrowser("Word export of the overview in Chromium", () => {
  const demo = useDemoSession();
  const openDemo = useDemoPage(demo);

  test("the Änderungsübersicht downloads as a .docx that mammoth reads and that matches the command line's", async () => {
    const page = await openDemo();
    await pane(page).getByRole("tab", { name: "Tabellen", exact: true }).click();
    await tabLoaded(page, "Tabellen");
    const panel = pane(page).getByRole("tabpanel", { name: "Tabellen" });
    await panel.getByRole("radio", { name: "als Datei speichern" }).check();
    await panel.getByRole("combobox", { name: "Format" }).selectOption({ label: "Word-Dokument (.docx)" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Änderungsübersicht erstellen" }).click(),
    ]);
    await pane(page).getByRole("status").filter({ hasText: "Die Änderungsübersicht wurde erstellt (Word-Dokument (.docx))." }).waitFor();
    expect(download.suggestedFilename()).toMatch(/^Aenderungsuebersicht-\d\d\.\d\d\.\d{4}\.docx$/);
    const bytes = new Uint8Array(fs.readFileSync(await download.path()));

    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const expected of ["Änderungsübersicht – ", "Stellungnahme der Verwaltung", "Vorgeschlagene Fassung"]) expect(text).toContain(expected);
    const first = demo.model.trackedChanges.find((c) => c.kind === "insertion" && c.text.trim().length > 3)!;
    expect(text.replace(/\s+/g, " ")).toContain(first.text.trim().replace(/\s+/g, " "));

    // The command line renders the same document with the demo's configuration: the same parts (times aside).
    expect(docxParts(bytes)).toEqual(docxParts(await cliOverview("amendments", "docx")));
  });
});
