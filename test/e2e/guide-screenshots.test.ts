/**
 * The user guide's screenshots (docs/benutzerhandbuch.md), taken from the demo in Chromium: the task pane as each
 * role sees it. `npm run screenshots:guide` writes them into docs/bilder/; an ordinary test run writes them into
 * test-results/handbuch/ and checks that the guide shows every one of them and that docs/bilder/ has each file.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { TAB_LABEL, type TabId } from "../../src/taskpane/components/App";
import { PROFILE_LABEL, type Profile } from "../../src/taskpane/profile";
import { describeBrowser, pane, RESULTS, ROOT, tabLoaded, useDemoSession } from "./harness";

const GUIDE = path.join(ROOT, "docs/benutzerhandbuch.md");
const IMAGES = path.join(ROOT, "docs/bilder");
const OUT = process.env.GUIDE_SCREENSHOTS === "1" ? IMAGES : path.join(RESULTS, "handbuch");

interface Shot {
  file: string;
  profile: Profile;
  tab: TabId;
  /** Window height, where the picture must reach further down the pane than 900 px (the pane is as high as the window). */
  height?: number;
  /** What to do on the tab before the picture. */
  prepare?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { file: "pane-hinweise.png", profile: "verwaltung", tab: "ueberblick" },
  {
    file: "pane-antrag-bearbeiten.png", profile: "verwaltung", tab: "antraege",
    height: 1300,
    prepare: async (page) => { await pane(page).getByRole("button", { name: "Nr. neu 1 bearbeiten" }).click(); },
  },
  { file: "pane-begriffe.png", profile: "verwaltung", tab: "begriffe" },
  {
    file: "pane-tabellen.png", profile: "verwaltung", tab: "uebersicht",
    height: 1500,
  },
  { file: "pane-verzeichnisse.png", profile: "verwaltung", tab: "verzeichnisse" },
  { file: "pane-beirat.png", profile: "teilhabebeirat", tab: "beirat" },
  { file: "pane-nur-lesen.png", profile: "lesen", tab: "antraege" },
];

describeBrowser("screenshots for the user guide", () => {
  const demo = useDemoSession();

  test("every screenshot is taken from the demo, shown in the guide and present in docs/bilder", async () => {
    fs.mkdirSync(OUT, { recursive: true });
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "de-DE", colorScheme: "light" });
    try {
      const page = await context.newPage();
      await page.goto(demo.url);
      // The document has been read once the live region counts the findings.
      await pane(page).getByRole("status").filter({ hasText: /Hinweis/ }).waitFor({ timeout: 60_000 });
      for (const shot of SHOTS) {
        const role = pane(page).getByRole("combobox", { name: "Ihre Rolle" });
        if (await role.inputValue() !== shot.profile) await role.selectOption({ label: PROFILE_LABEL[shot.profile] });
        await pane(page).getByRole("tab", { name: TAB_LABEL[shot.tab], exact: true }).click();
        await tabLoaded(page, TAB_LABEL[shot.tab]);
        await page.setViewportSize({ width: 1280, height: shot.height ?? 900 });
        await shot.prepare?.(page);
        await pane(page).screenshot({ path: path.join(OUT, shot.file) });
      }
    } finally {
      await context.close();
    }
    const guide = fs.readFileSync(GUIDE, "utf8");
    const shown = [...guide.matchAll(/!\[[^\]]+\]\(bilder\/(pane-[^)]+\.png)\)/g)].map((m) => m[1]);
    expect([...new Set(shown)].sort()).toEqual(SHOTS.map((s) => s.file).sort());
    for (const shot of SHOTS) {
      const png = fs.readFileSync(path.join(OUT, shot.file));
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(fs.existsSync(path.join(IMAGES, shot.file))).toBe(true);
    }
  }, 240_000);
});
