/**
 * What the browser tests share: the demo server on a free port, headless Chromium, axe filtered to serious
 * and critical violations, and the pane's landmark. scripts/bench-start.js launches Chromium with the same flags.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import fs from "fs";
import path from "path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { readDocx } from "../../src/docx";
import { TAB_LOADING } from "../../src/taskpane/components/App";
import type { DocumentModel } from "../../src/model/document";
import { needs, programPath } from "../support/programs";

export const ROOT = path.resolve(__dirname, "../..");
export const SAMPLES = path.resolve(ROOT, "../shared/samples");
/** The project's demo document (scripts/make-demo-doc.js): the browser tests know what it holds. */
export const DEMO_DOCX = path.join(ROOT, "assets/demo/demo-strategie.docx");
export const RESULTS = path.join(ROOT, "test-results");
export const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** A describe block that needs Chromium: skipped where it is missing, failed in CI (test/support/programs.ts). */
export const describeBrowser = needs("chromium").describe;

/** Builds dist/addin and dist/demo when missing; an existing build is used as it is (`npm test` rebuilds first). */
export function ensureBuilt(): void {
  if (fs.existsSync(path.join(ROOT, "dist/demo/demo.html")) && fs.existsSync(path.join(ROOT, "dist/addin/taskpane.html"))) return;
  const built = spawnSync(process.execPath, [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
  if (built.status !== 0) throw new Error(`webpack fehlgeschlagen:\n${built.stdout}\n${built.stderr}`);
}

/** `config`: the file the server offers as beschlussreif.config.json beside the pages (default: the Kreis Coesfeld example). */
export function startServer(config?: string): Promise<{ server: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [path.join(ROOT, "scripts/demo.js"), "--no-build"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0", DEMO_DOCX, ...(config ? { DEMO_CONFIG: config } : {}) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/demo\.html/.exec(output);
      if (m) resolve({ server, url: m[0] });
    };
    server.stdout!.on("data", onData);
    server.stderr!.on("data", onData);
    server.on("exit", (code) => reject(new Error(`scripts/demo.js endete mit ${code}: ${output}`)));
  });
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .exclude("[data-tabster-dummy]")
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

export function pane(page: Page) {
  return page.getByRole("complementary", { name: "Aufgabenbereich Beschlussreif" });
}

/** Waits until a tab's lazily loaded content has replaced the loading indicator. */
export async function tabLoaded(page: Page, name: string): Promise<void> {
  const panel = pane(page).getByRole("tabpanel", { name });
  await panel.waitFor();
  await panel.getByText(TAB_LOADING).waitFor({ state: "detached" });
}

export interface DemoSession {
  browser: Browser;
  url: string;
  /** The demo document as the .docx reader reads it: what the pages are checked against. */
  model: DocumentModel;
}

/** Serves the demo (with the given configuration file, see startServer) and launches Chromium for one describe block; both are closed after it. */
export function useDemoSession(config?: string): DemoSession {
  const session = {} as DemoSession;
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    ensureBuilt();
    session.model = readDocx(new Uint8Array(fs.readFileSync(DEMO_DOCX)));
    ({ server, url: session.url } = await startServer(config));
    session.browser = await chromium.launch({ executablePath: programPath("chromium"), args: ARGS });
  }, 180_000);
  afterAll(async () => {
    await session.browser?.close();
    server?.kill();
  });
  return session;
}
