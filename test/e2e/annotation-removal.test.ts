/**
 * "Vermerke aus dem Text entfernen" in real Chromium: in the demo, the user takes over what the import read from the
 * annotation "(Änderungsantrag Bündnis 90/Die Grünen …)", removes the annotation — a tracked deletion in the document
 * the page shows — and the Änderungsübersicht downloaded afterwards, read back by mammoth, has the amended sentence
 * without the annotation, the values from it in their columns, and no Antrag for the removal. Axe before and after.
 */
import fs from "fs";
import mammoth from "mammoth";
import { describeBrowser, pane, seriousViolations, tabLoaded, useDemoSession } from "./harness";
import { useDemoPage } from "./readback";

// What the demo document (scripts/make-demo-doc.js) says, written out.
const ANNOTATION = "(Änderungsantrag Bündnis 90/Die Grünen vom 09.03.2025, Zustimmung im AfSG vom 12.03.2025)";
const SENTENCE = "Gewerbeflächen werden flächensparend entwickelt.";

describeBrowser("Vermerke aus dem Text entfernen in the demo", () => {
  const demo = useDemoSession();
  const openDemo = useDemoPage(demo);

  test("a confirmed Antrag's annotation becomes a tracked deletion and leaves the Änderungsübersicht", async () => {
    const page = await openDemo();
    const side = pane(page);
    await side.getByRole("tab", { name: "Anträge", exact: true }).click();
    await tabLoaded(page, "Anträge");
    const remove = side.getByRole("button", { name: "Vermerke aus dem Text entfernen" });
    // Nothing to remove while the values are not taken over.
    await expect(remove.count()).resolves.toBe(0);

    const review = side.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Erkannt zu Antrag Nr\. (?:neu )?\d+$/ }) })
      .filter({ hasText: ANNOTATION.slice(1, -1) });
    const confirm = review.getByRole("button", { name: /^Angaben zu Nr\. (?:neu )?\d+ übernehmen$/ });
    const nr = /Nr\. ((?:neu )?\d+)/.exec((await confirm.textContent())!)![1];
    await confirm.click();
    await side.getByRole("status").filter({ hasText: `Die erkannten Angaben zu Antrag Nr. ${nr} wurden übernommen.` }).waitFor();

    await remove.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await remove.click();
    await side.getByRole("status").filter({ hasText: "Ein Vermerk wurde als Änderung aus dem Text entfernt." }).waitFor();
    await expect(remove.count()).resolves.toBe(0);

    // The document: the annotation is struck through as a tracked deletion, the sentence reads clean.
    const documentView = page.getByRole("main");
    const struck = documentView.locator("del").filter({ hasText: ANNOTATION });
    await expect(struck.count()).resolves.toBe(1);
    expect(await struck.getAttribute("title")).toMatch(/^gelöscht/);
    const item = struck.locator("xpath=ancestor::*[self::p or self::li][1]");
    const finalText = await item.evaluate((paragraph) => {
      const copy = paragraph.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("del, .tc-label").forEach((e) => e.remove());
      return copy.textContent!.replace(/\s+/g, " ").trim();
    });
    // The paragraph as it now reads (after its bullet, before the marker of the comment with the "Antrag: …" line).
    expect(finalText).toMatch(new RegExp(`^• ${SENTENCE.replace(/\./g, "\\.")}K\\d+$`));
    expect(await seriousViolations(page)).toEqual([]);

    // The Änderungsübersicht as a file.
    await side.getByRole("tab", { name: "Tabellen", exact: true }).click();
    await tabLoaded(page, "Tabellen");
    const panel = side.getByRole("tabpanel", { name: "Tabellen" });
    await panel.getByRole("radio", { name: "als Datei speichern" }).check();
    await panel.getByRole("combobox", { name: "Format" }).selectOption({ label: "Word-Dokument (.docx)" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Änderungsübersicht erstellen" }).click(),
    ]);
    const { value } = await mammoth.extractRawText({ buffer: fs.readFileSync(await download.path()) });
    const text = value.replace(/\s+/g, " ");
    expect(text).toContain(SENTENCE);
    expect(text).toContain("AfSG (Vorberatung), 12.03.2025: Zustimmung");
    expect({ annotation: text.includes(ANNOTATION), fragment: text.includes("Änderungsantrag Bündnis 90") }).toEqual({ annotation: false, fragment: false });
  });
});
