/**
 * Antrag numbers in the demo, in Chromium: an Antrag saved once keeps its number; "aufteilen" asks first, and after
 * the yes the first part keeps the number and the others get the next ones; the CSV file the pane downloads says the
 * same (read back with its own simple reading of the Nr. column), and the Anträge not stored yet stay "neu …".
 */
import fs from "fs";
import { describeBrowser, pane, tabLoaded, useDemoSession } from "./harness";
import { useDemoPage } from "./readback";

/** The Nr. column of the Änderungsübersicht as CSV (";"-separated, CRLF): the first field of each row. */
function numbersInCsv(csv: string): string[] {
  return csv.replace(/^\uFEFF/, "").split("\r\n").map((line) => /^(\d+|neu \d+|red\. \d+|Kommentar \d+);/.exec(line)?.[1]).filter((n): n is string => n !== undefined);
}

describeBrowser("Antrag numbers in the demo (Chromium)", () => {
  const demo = useDemoSession();
  const openDemo = useDemoPage(demo);

  test("a split asks first; the first part keeps the stored number, the others get new ones; the downloaded CSV shows them", async () => {
    const page = await openDemo();
    await pane(page).getByRole("tab", { name: "Anträge", exact: true }).click();
    await tabLoaded(page, "Anträge");
    const panel = pane(page).getByRole("tabpanel", { name: "Anträge" });
    const status = (text: string | RegExp) => pane(page).getByRole("status").filter({ hasText: text });

    // The first Antrag with several changes, provisionally numbered: saved, it gets number 1.
    const splittable = panel.getByRole("button", { name: /^Nr\. neu \d+ aufteilen$/ }).first();
    const n = /neu \d+/.exec((await splittable.textContent()) ?? "")![0];
    await panel.getByRole("button", { name: `Nr. ${n} bearbeiten` }).click();
    await panel.getByRole("form", { name: `Antrag Nr. ${n} bearbeiten` }).getByRole("button", { name: "Speichern" }).click();
    await status(`Die Angaben zu Antrag Nr. ${n} wurden gespeichert.`).waitFor();
    await panel.getByRole("button", { name: "Nr. 1 aufteilen" }).waitFor();
    await panel.getByText(/^Nr\. 1 · /).waitFor();
    const before = await panel.getByText(/^Nr\. (neu )?\d+ · /).allTextContents();

    // Asked first; "Abbrechen" changes nothing.
    await panel.getByRole("button", { name: "Nr. 1 aufteilen" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Antrag Nr. 1 aufteilen?" });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("Der erste behält die Nummer 1, die anderen erhalten beim Speichern neue Nummern.");
    await dialog.getByRole("button", { name: "Abbrechen" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect(status(/aufgeteilt/).count()).resolves.toBe(0);

    await panel.getByRole("button", { name: "Nr. 1 aufteilen" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: /^In \d+ Anträge aufteilen$/ }).click();
    const done = status(/^Antrag Nr\. 1 wurde in \d+ Anträge aufgeteilt\./);
    await done.waitFor();
    const parts = Number(/in (\d+) Anträge/.exec((await done.textContent()) ?? "")![1]);
    expect(parts).toBeGreaterThan(1);
    const stored = Array.from({ length: parts }, (_, i) => String(i + 1));
    await panel.getByText(new RegExp(`^Nr\\. ${parts} · `)).waitFor();
    const after = (await panel.getByText(/^Nr\. (neu )?\d+ · /).allTextContents()).map((t) => t.split(" · ")[0].slice(4));
    expect(after).toHaveLength(before.length + parts - 1);
    expect(after.filter((x) => /^\d+$/.test(x)).sort()).toEqual(stored.sort());
    // The others are still not stored: provisional, counted without the stored ones.
    expect(after.filter((x) => x.startsWith("neu "))).toEqual(Array.from({ length: before.length - 1 }, (_, i) => `neu ${i + 1}`));

    // The file the committee gets carries the same numbers.
    await pane(page).getByRole("tab", { name: "Tabellen", exact: true }).click();
    await tabLoaded(page, "Tabellen");
    const tables = pane(page).getByRole("tabpanel", { name: "Tabellen" });
    await tables.getByRole("radio", { name: "als Datei speichern" }).check();
    await tables.getByRole("combobox", { name: "Format" }).selectOption("csv");
    const [download] = await Promise.all([page.waitForEvent("download"), tables.getByRole("button", { name: "Änderungsübersicht erstellen" }).click()]);
    const csv = fs.readFileSync(await download.path(), "utf8");
    const inFile = numbersInCsv(csv).filter((x) => !x.startsWith("Kommentar"));
    expect(inFile.filter((x) => /^\d+$/.test(x)).sort()).toEqual(stored.sort());
    expect(inFile.filter((x) => x.startsWith("neu "))).toEqual(after.filter((x) => x.startsWith("neu ")));
    expect(csv).toContain("neu: noch nicht gespeichert, die Antragsnummer wird beim ersten Speichern vergeben");
  });
});
