/**
 * "ins Verzeichnis aufnehmen" in real Chromium: the demo document's annotations name a body the registry lacks; one
 * click adds it, the pane stops offering it, and the custom XML part the simulated Word now holds — read from the
 * page's document view with an independent XML parser — lists the entry in the registry. Axe before and after.
 */
import { DOMParser } from "@xmldom/xmldom";
import { NAMESPACE } from "../../src/amendments/storage";
import { describeBrowser, pane, seriousViolations, tabLoaded, useDemoSession } from "./harness";

/** The registry entries the stored part lists: committees by short name, proposers by name. */
function storedEntries(xml: string): { committees: string[]; proposers: string[] } {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const names = (tag: string, attr: string) => Array.from(doc.getElementsByTagNameNS(NAMESPACE, tag)).map((e) => e.getAttribute(attr) ?? "");
  return { committees: names("committee", "short"), proposers: names("proposer", "name") };
}

describeBrowser("registry suggestions in the demo", () => {
  const demo = useDemoSession();

  test("a body the annotations name is added to the document's registry", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "de-DE" });
    try {
      const page = await context.newPage();
      await page.goto(demo.url);
      await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor({ timeout: 30_000 });
      await pane(page).getByRole("tab", { name: "Anträge", exact: true }).click();
      await tabLoaded(page, "Anträge");
      const region = pane(page).getByRole("region", { name: /^Neu für das Verzeichnis/ });
      const entry = region.getByRole("listitem").first();
      const first = entry.getByRole("button", { name: /ins Verzeichnis aufnehmen$/ });
      const name = /^„(.+)“ ins Verzeichnis aufnehmen$/.exec((await first.textContent())!)![1];
      const list = (await entry.textContent())!.startsWith("Gremium") ? "committees" : "proposers";
      expect(await seriousViolations(page)).toEqual([]);

      await first.click();
      await pane(page).getByRole("status").filter({ hasText: `„${name}“ wurde ins Verzeichnis aufgenommen.` }).waitFor();
      await expect(pane(page).getByRole("button", { name: `„${name}“ ins Verzeichnis aufnehmen` }).count()).resolves.toBe(0);

      // The document now holds the entry in its stored part.
      const stored = page.getByRole("main").getByRole("region", { name: /^Gespeicherte Daten/ });
      const part = stored.locator("details").filter({ hasText: NAMESPACE }).locator("pre");
      const entries = storedEntries((await part.textContent())!);
      expect(entries[list]).toContain(name);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
