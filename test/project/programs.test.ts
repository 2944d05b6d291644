/**
 * A test that needs a program fails under CI=true when the program is missing, and is skipped and named otherwise:
 * a child jest run on one browser test with Chromium taken away (an empty PATH, or BESCHLUSSREIF_CHROMIUM pointing
 * at nothing). The child never starts a browser, so this runs in seconds.
 */
import { spawnSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const JEST = path.join(ROOT, "node_modules/jest/bin/jest.js");
const BROWSER_TEST = "test/e2e/beirat-keyboard.test.ts";

function jestWithout(env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "CI" && !k.startsWith("BESCHLUSSREIF_")));
  const run = spawnSync(process.execPath, [JEST, "--coverage=false", BROWSER_TEST], { cwd: ROOT, env: { ...inherited, ...env }, encoding: "utf8", timeout: 120_000 });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe("a browser test without Chromium", () => {
  it("fails under CI=true with one line naming the program and how to install it", () => {
    const { status, output } = jestWithout({ CI: "true", PATH: mkdtempSync(path.join(tmpdir(), "leerer-path-")) });
    expect(status).toBe(1);
    expect(output).toContain(`Chromium fehlt ("chromium" im PATH): mit CI=true laufen alle Tests, die es brauchen – Debian-Paket "chromium" installieren (.ci/run tut das).`);
    expect(output).toMatch(/Tests:\s+1 failed, 1 total/);
    expect(output).toContain("Tests mit Programmen: Chromium 1 gelaufen (1 fehlgeschlagen)");
  });

  it("is skipped elsewhere, and the run ends naming what was skipped", () => {
    const { status, output } = jestWithout({ BESCHLUSSREIF_CHROMIUM: "/nicht/vorhanden/chromium" });
    expect(status).toBe(0);
    expect(output).toMatch(/Tests:\s+1 skipped, 1 total/);
    expect(output.trimEnd().split("\n").slice(-2)).toEqual([
      "Tests mit Programmen: Chromium 0 gelaufen",
      "Übersprungen, weil das Programm fehlt (mit CI=true ein Fehler): Chromium 1",
    ]);
  });
});
