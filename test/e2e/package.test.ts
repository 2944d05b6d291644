/**
 * The deployable package on a plain web server, in real Chromium: `npm run package` (on the existing production
 * build), unzipped, web/ served by a bare static file server on 127.0.0.1. The task pane page and the help page
 * must load every file from that server (no 404) and ask no other host for anything — except Office.js, which the
 * pane requests from Microsoft's CDN: it is intercepted and refused, as on a machine that cannot reach Microsoft,
 * and the pane must then say so in German. The help page passes axe in the light and dark scheme. Also: the
 * pane's "Hilfe" link in the demo opens the help page.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import { unzipSync } from "fflate";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { programPath } from "../support/programs";
import { ARGS, describeBrowser, ensureBuilt, pane, ROOT, seriousViolations, useDemoSession } from "./harness";

const OFFICE_JS = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".png": "image/png", ".json": "application/json", ".txt": "text/plain; charset=utf-8",
};

/** A static file server as IT would set one up: files from one folder, nothing else. */
function serveFolder(dir: string): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

/** Requests that failed on our server, and every request to another host (refused). */
interface Traffic {
  failed: string[];
  outside: string[];
}

async function watched(browser: Browser, options: { colorScheme?: "light" | "dark" } = {}): Promise<{ context: BrowserContext; traffic: Traffic }> {
  const context = await browser.newContext({ locale: "de-DE", viewport: { width: 800, height: 900 }, ...options });
  const traffic: Traffic = { failed: [], outside: [] };
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    traffic.outside.push(url.href);
    return route.abort("internetdisconnected");
  });
  context.on("response", (r) => { if (r.status() >= 400) traffic.failed.push(`${r.status()} ${r.url()}`); });
  context.on("requestfailed", (r) => { if (new URL(r.url()).hostname === "127.0.0.1") traffic.failed.push(`${r.failure()?.errorText} ${r.url()}`); });
  return { context, traffic };
}

describeBrowser("the package on a plain static web server", () => {
  let web: string;
  let server: http.Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    ensureBuilt();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "paket-e2e-"));
    // A county's configuration file beside the pane, as IT deploys it, when the project has an example of one.
    const examples = path.join(ROOT, "examples");
    const config = fs.existsSync(examples) ? fs.readdirSync(examples).find((f) => f.endsWith(".config.json")) : undefined;
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/package.js"), "--no-build", "--out", out], {
      cwd: ROOT, encoding: "utf8",
      env: {
        ...process.env, ADDIN_BASE_URL: "https://addins.kreis-musterland.de/beschlussreif/", ADDIN_ID: "6f9619ff-8b86-d011-b42d-00c04fc964ff",
        ADDIN_PROVIDER: "Kreis Musterland", ADDIN_CONFIG: config ? path.join(examples, config) : "",
      },
    });
    if (run.status !== 0) throw new Error(`scripts/package.js: ${run.stderr}`);
    const zip = fs.readdirSync(out).find((f) => f.endsWith(".zip"))!;
    web = path.join(out, "entpackt", "web");
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(fs.readFileSync(path.join(out, zip)))))) {
      const target = path.join(out, "entpackt", name);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, bytes);
    }
    ({ server, url: base } = await serveFolder(web));
    browser = await chromium.launch({ executablePath: programPath("chromium"), args: ARGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test("the task pane page loads from the server alone, asks Microsoft only for Office.js, and says in German that it is missing", async () => {
    const { context, traffic } = await watched(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}taskpane.html`);
    await page.getByRole("heading", { name: "Beschlussreif", level: 1 }).waitFor();
    await page.getByText("Die Programmbibliothek Office.js von Microsoft konnte nicht geladen werden.", { exact: false }).waitFor();
    expect(traffic.outside).toEqual([OFFICE_JS]);
    expect(traffic.failed).toEqual([]);
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    // Its help link leads to the shipped guide.
    await page.getByRole("link", { name: /Hilfe/ }).click();
    await page.waitForURL(`${base}hilfe.html`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(traffic.outside).toEqual([OFFICE_JS]);
    expect(traffic.failed).toEqual([]);
    await context.close();
  });

  test("the ribbon's function file loads from the server alone but for Office.js", async () => {
    const { context, traffic } = await watched(browser);
    const page = await context.newPage();
    await page.goto(`${base}commands.html`, { waitUntil: "load" });
    expect(traffic.outside).toEqual([OFFICE_JS]);
    expect(traffic.failed).toEqual([]);
    await context.close();
  });

  test.each(["light", "dark"] as const)("the help page loads everything from the server, links its chapters and passes axe (%s)", async (colorScheme) => {
    const { context, traffic } = await watched(browser, { colorScheme });
    const page: Page = await context.newPage();
    await page.goto(`${base}hilfe.html`, { waitUntil: "load" });
    await page.getByRole("heading", { name: "Beschlussreif – Benutzerhandbuch", level: 1 }).waitFor();
    expect(await page.title()).toBe("Beschlussreif – Benutzerhandbuch");
    // One chapter per role, and the topics the guide promises.
    const toc = page.getByRole("navigation", { name: "Inhalt" });
    for (const chapter of ["Für die Verwaltung", "Für den Teilhabebeirat", "Für Ausschüsse und alle, die nur lesen", "Was ist ein Antrag?", "Wie die Nummern entstehen", "Rückgängig machen", "Die Übersichten", "Die Kommandozeile"]) {
      await toc.getByRole("link", { name: chapter }).click();
      const heading = page.getByRole("heading", { name: chapter, level: 2 });
      expect(new URL(page.url()).hash).toBe(`#${await heading.getAttribute("id")}`);
    }
    // The stylesheet applied (no style is inline); every image there is loaded.
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe("none");
    expect(await page.evaluate(() => [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(traffic.outside).toEqual([]);
    expect(traffic.failed).toEqual([]);
    await context.close();
  });
});

describeBrowser("Hilfe in the task pane of the demo", () => {
  const demo = useDemoSession();

  test("opens the user guide in a new window", async () => {
    const context = await demo.browser.newContext({ locale: "de-DE", viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(demo.url);
    const link = pane(page).getByRole("link", { name: "Hilfe (öffnet ein neues Fenster)" });
    const [help] = await Promise.all([context.waitForEvent("page"), link.click()]);
    await help.waitForLoadState("load");
    expect(new URL(help.url()).pathname).toBe("/hilfe.html");
    await help.getByRole("heading", { name: "Beschlussreif – Benutzerhandbuch", level: 1 }).waitFor();
    await context.close();
  });
});
