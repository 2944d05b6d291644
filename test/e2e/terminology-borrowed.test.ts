/**
 * A Germanised borrowed word (Facette / Fassette) in a document the project did not write (the `docx` library's
 * writer), opened in the demo in Chromium: the pane finds the group the command line finds, leaves Chancen in
 * Berufschancen alone, and "Alle durch … ersetzen" makes a tracked change that the Synopse file shows, read back
 * by LibreOffice.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { run } from "../../src/cli/main";
import { nodeIO, type CliIO } from "../../src/cli/io";
import { describeBrowser, pane, useDemoSession } from "./harness";
import { announced, downloadBy, libreOfficeText, openTab, paragraphText, useDemoPage } from "./readback";

const PARAGRAPHS = [
  "Jede Facette des Themas wird im Workshop besprochen.",
  "Die Berufschancen junger Menschen steigen.",
  "Die Chancen sind im ganzen Kreis gut.",
  "Eine weitere Fassette ist die Finanzierung.",
];
const FASSETTE = 3;

async function writtenDocx(): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: PARAGRAPHS.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
  return Packer.toBuffer(doc);
}

/** The command line's `check --format json` on the file: the forms of each term group its findings name. */
async function cliGroups(file: string): Promise<string[][]> {
  let out = "";
  const io: CliIO = { ...nodeIO, stdout: (s: string) => { out += s; }, stderr: () => undefined };
  const code = await run(["check", file, "--format", "json", "--fail-on", "never"], io);
  if (code !== 0) throw new Error(`beschlussreif check endete mit ${code}`);
  const report = JSON.parse(out) as { findings: { rule: string; data?: { group: string; variants: { form: string }[] } }[] };
  const groups = new Map<string, string[]>();
  for (const f of report.findings) if (f.rule.startsWith("term/") && f.data) groups.set(f.data.group, f.data.variants.map((v) => v.form));
  return [...groups.values()];
}

describeBrowser("a Germanised borrowed word in an own document (issue #17)", () => {
  const demo = useDemoSession();
  const load = useDemoPage(demo);

  test("Facette / Fassette is one group in the pane and on the command line; unifying it is a tracked change the Synopse shows", async () => {
    const bytes = await writtenDocx();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "beschlussreif-borrowed-")), "fremdwort.docx");
    fs.writeFileSync(file, bytes);
    expect(await cliGroups(file)).toEqual([["Facette", "Fassette"]]);

    const page = await load();
    await page.getByLabel("Eigenes Dokument öffnen (.docx):").setInputFiles(file);
    await page.getByRole("main", { name: "Dokument: fremdwort.docx" }).waitFor();
    await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor();
    const panel = await openTab(page, "Begriffe");
    // One group, the command line's: nothing for Chancen beside Berufschancen.
    expect(await panel.getByRole("button", { name: /^Alle durch „.+“ ersetzen$/ }).count()).toBe(1);
    expect(await panel.getByText(/schancen/i).count()).toBe(0);
    await panel.getByRole("button", { name: "Alle durch „Facette“ ersetzen" }).click();
    await announced(page, /durch „Facette“ ersetzt/);
    expect(await paragraphText(page, FASSETTE)).toContain("Eine weitere Facette ist");
    await page.locator(`#absatz-${FASSETTE} ins`, { hasText: "Facette" }).first().waitFor();
    expect(await (await openTab(page, "Begriffe")).getByRole("button", { name: /^Alle durch „.+“ ersetzen$/ }).count()).toBe(0);

    const tables = await openTab(page, "Tabellen");
    await tables.getByRole("radio", { name: "Synopse", exact: true }).check();
    await tables.getByRole("radio", { name: "als Datei speichern" }).check();
    await tables.getByRole("combobox", { name: "Format" }).selectOption({ label: "Word-Dokument (.docx)" });
    const synopse = await downloadBy(page, () => tables.getByRole("button", { name: "Synopse erstellen" }).click());
    const [text] = libreOfficeText([synopse]);
    expect(text).toContain("Eine weitere Fassette ist die Finanzierung.");
    expect(text).toContain("Eine weitere Facette ist die Finanzierung.");
  }, 240_000);
});
