"use strict";
// `node scripts/bench-start.js`: the task pane's start in the demo (headless Chromium), as SPEC §2.8 asks: time from
// the navigation's start to the first usable render — the tab list visible and the Überblick's counts filled in —
// median of 5 runs, each in a fresh browser context. Serves the existing dist/demo (no rebuild); prints
// "taskpaneStartMs: N". Chromium flags as in test/e2e/harness.ts.
const { spawn } = require("node:child_process");
const { existsSync } = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "..");
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const RUNS = 5;

function fail(message) {
  process.stderr.write(`bench-start: ${message}\n`);
  process.exit(2);
}

/** scripts/demo.js on a free port; resolves with the demo page's address once the server listens. */
function startDemo() {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [path.join(__dirname, "demo.js"), "--no-build"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const onData = (chunk) => {
      output += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/demo\.html/.exec(output);
      if (m) resolve({ server, url: m[0] });
    };
    server.stdout.on("data", onData);
    server.stderr.on("data", onData);
    server.on("exit", (code) => reject(new Error(`scripts/demo.js endete mit ${code}: ${output.trim()}`)));
  });
}

/** Milliseconds since the navigation's start at the first animation frame in which the pane is usable. */
async function startOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "de-DE" });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    const ready = await page.waitForFunction(() => {
      const pane = document.querySelector('[aria-label="Aufgabenbereich Beschlussreif"]');
      const tabs = pane && pane.querySelector('[role="tablist"]');
      if (!tabs || tabs.getBoundingClientRect().height === 0) return false;
      const label = [...pane.querySelectorAll("dt")].find((dt) => dt.textContent.trim() === "Absätze");
      const value = label && label.nextElementSibling;
      return value && /^\d+$/.test(value.textContent.trim()) ? performance.now() : false;
    }, undefined, { polling: "raf", timeout: 60_000 });
    return ready.jsonValue();
  } finally {
    await context.close();
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} fehlt (Debian-Paket "chromium" installieren).`);
  if (!existsSync(path.join(ROOT, "dist", "demo", "demo.html"))) fail('dist/demo/demo.html fehlt – bitte zuerst "npm run build:addin" ausführen.');
  const { server, url } = await startDemo();
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await startOnce(browser, url));
    times.sort((a, b) => a - b);
    process.stdout.write(`taskpaneStartMs: ${Math.round(times[Math.floor(RUNS / 2)])}\n`);
  } finally {
    await browser?.close();
    server.kill();
  }
}

main().catch((error) => fail(error.message));
