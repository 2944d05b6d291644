"use strict";
// `npm run bench [-- --json]`: figures, never assertions (SPEC §2.8). Runs the compiled code in dist/
// (built by `npm run build`) on synthetic documents of about 10, 100 and 1,000 pages.
const { spawnSync } = require("node:child_process");
const { gzipSync } = require("node:zlib");
const { existsSync, readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");
const mammoth = require("mammoth");
const { benchDocx } = require("./bench-docs");

const dist = path.join(__dirname, "..", "dist");
const need = (file) => {
  const full = path.join(dist, "node", file);
  if (!existsSync(full)) {
    process.stderr.write(`bench: ${full} fehlt – bitte zuerst \`npm run build\` ausführen.\n`);
    process.exit(2);
  }
  return require(full);
};
const { readDocx } = need("docx/index.js");
const { analyzeDocument } = need("analysis/index.js");
const { renderOverview, overviewData } = need("overview/index.js");
const { createWordSimulator } = need("simulator/index.js");
const { readDocument } = need("word/index.js");

const PAGES = [10, 100, 1000];
const FORMATS = ["docx", "xlsx", "csv", "html", "json"];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed(runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    result = await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), result };
}

function bundleGzipBytes() {
  const dir = path.join(dist, "addin");
  if (!existsSync(dir)) return null;
  // The task pane's initial JavaScript: everything but lazily loaded chunks (exports) and the demo.
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !f.startsWith("demo") && !/^lazy-/.test(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
}

/** scripts/bench-start.js in its own process; null without Debian's Chromium or when the measurement fails. */
function taskpaneStartMs() {
  if (!existsSync("/usr/bin/chromium")) return null;
  const run = spawnSync(process.execPath, [path.join(__dirname, "bench-start.js")], { encoding: "utf8", timeout: 300_000 });
  const m = /^taskpaneStartMs: (\d+)$/m.exec(run.stdout || "");
  if (!m) process.stderr.write(run.stderr || "bench: scripts/bench-start.js lieferte keinen Wert.\n");
  return m ? Number(m[1]) : null;
}

async function main() {
  const json = process.argv.includes("--json");
  const sizes = [];
  let oursTotal = 0;
  let mammothTotal = 0;
  let peak = 0;
  const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
  for (const pages of PAGES) {
    const bytes = await benchDocx(pages);
    const runs = pages >= 1000 ? 3 : 5;
    const read = await timed(runs, () => readDocx(bytes));
    sample();
    const model = read.result;
    const analysis = await timed(runs, () => analyzeDocument(model));
    sample();
    const overview = await timed(runs, async () => {
      const result = analysis.result;
      const data = overviewData({ model, amendments: result.amendments.amendments, beirat: result.beirat }, { kind: "amendments", date: "2025-04-01" });
      for (const format of FORMATS) await renderOverview(data, format);
    });
    sample();
    let syncs = 0;
    const refresh = await timed(runs, async () => {
      const sim = createWordSimulator(model);
      await readDocument(sim);
      syncs = sim.stats.syncs;
    });
    sample();
    const theirs = await timed(runs, () => mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
    oursTotal += read.ms;
    mammothTotal += theirs.ms;
    sizes.push({
      pages,
      paragraphs: model.paragraphs.length,
      comments: model.comments.length,
      trackedChanges: model.trackedChanges.length,
      readMs: round(read.ms),
      analysisMs: round(analysis.ms),
      overviewMs: round(overview.ms),
      syncsPerRefresh: syncs,
      refreshMs: round(refresh.ms),
      peakMB: round(peak / 1048576),
    });
  }
  const report = { sizes, bundleGzipBytes: bundleGzipBytes(), mammothRatio: round(oursTotal / mammothTotal, 2), taskpaneStartMs: taskpaneStartMs() };
  printTable(report);
  if (json) process.stdout.write(JSON.stringify(report) + "\n");
}

function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function printTable(report) {
  const cols = ["pages", "paragraphs", "comments", "trackedChanges", "readMs", "analysisMs", "overviewMs", "syncsPerRefresh", "refreshMs", "peakMB"];
  const rows = [cols, ...report.sizes.map((s) => cols.map((c) => String(s[c])))];
  const widths = cols.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows) process.stdout.write(row.map((v, i) => v.padStart(widths[i])).join("  ") + "\n");
  const kb = report.bundleGzipBytes === null ? "– (npm run build:addin fehlt)" : `${(report.bundleGzipBytes / 1024).toFixed(1)} KB`;
  process.stdout.write(`\nTask pane JavaScript (gzip -9, ohne nachgeladene Exporte): ${kb}\n`);
  const start = report.taskpaneStartMs === null ? "– (Chromium oder Build fehlt)" : `${report.taskpaneStartMs} ms`;
  process.stdout.write(`Start des Aufgabenbereichs in der Demo (headless Chromium, Median aus 5): ${start}\n`);
  process.stdout.write(`Lesen im Vergleich zu mammoth.extractRawText (gleiche Dateien, gleicher Lauf): ${report.mammothRatio}× Zeit\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(1);
});
