"use strict";
// `npm run bench [-- --json]`: figures, never assertions (SPEC §2.8). Runs the compiled code in dist/
// (built by `npm run build`) on synthetic documents of about 10, 100 and 1,000 pages, each size in a process of
// its own (scripts/bench-size.js), so that its peak memory is that document's alone.
// BENCH_DIST: folder with the compiled node/ (and addin/) to measure instead of dist/, e.g. `npx tsc -p tsconfig.cli.json --outDir x/node`.
const { spawnSync } = require("node:child_process");
const { gzipSync } = require("node:zlib");
const { existsSync, readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");
const { benchDocx } = require("./bench-docs");
const annotations = require("./annotation-accuracy");
const { accuracySummary, terminologyAccuracy } = require("./terminology-accuracy");

const DEFAULT_DIST = path.resolve(__dirname, "..", "dist");
const dist = path.resolve(process.env.BENCH_DIST || DEFAULT_DIST);
for (const file of ["docx/index.js", "analysis/index.js", "overview/index.js", "simulator/index.js", "word/index.js", "app/index.js"]) {
  const full = path.join(dist, "node", file);
  if (!existsSync(full)) {
    process.stderr.write(`bench: ${full} fehlt – bitte zuerst \`npm run build\` ausführen.\n`);
    process.exit(2);
  }
}

const PAGES = [10, 100, 1000];

/** One size, measured by scripts/bench-size.js in its own process on the .docx passed on stdin. */
function measureSize(pages, bytes) {
  const run = spawnSync(process.execPath, [path.join(__dirname, "bench-size.js"), String(pages)], {
    input: bytes, encoding: "utf8", env: { ...process.env, BENCH_DIST: dist }, maxBuffer: 1 << 20,
  });
  const line = (run.stdout || "").trim().split("\n").pop();
  if (run.status !== 0 || !line) throw new Error((run.stderr || `scripts/bench-size.js ${pages} lieferte kein Ergebnis.`).trim());
  return JSON.parse(line);
}

function bundleGzipBytes() {
  const dir = path.join(dist, "addin");
  if (!existsSync(dir)) return null;
  // The task pane's initial JavaScript: everything but lazily loaded chunks (exports); the demo is built apart.
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !/^lazy-/.test(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
}

/**
 * scripts/bench-start.js in its own process; null without Debian's Chromium, when the measurement fails, or for
 * another BENCH_DIST (bench-start.js serves dist/demo).
 */
function taskpaneStartMs() {
  if (!existsSync("/usr/bin/chromium") || dist !== DEFAULT_DIST) return null;
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
  for (const pages of PAGES) {
    const { readMsRaw, mammothMs, ...row } = measureSize(pages, await benchDocx(pages));
    oursTotal += readMsRaw;
    mammothTotal += mammothMs;
    sizes.push(row);
  }
  // Not times: how much of the hand-written annotation and terminology corpora the import and the check read.
  const accuracy = annotations.measureAll(annotations.distApi(dist));
  const report = {
    sizes, bundleGzipBytes: bundleGzipBytes(), mammothRatio: round(oursTotal / mammothTotal, 2), taskpaneStartMs: taskpaneStartMs(),
    annotationAccuracy: annotations.summary(accuracy),
    terminologyAccuracy: accuracySummary(terminologyAccuracy({
      checkTerminology: require(path.join(dist, "node", "checks", "terminology", "index.js")).checkTerminology,
      createDocumentModel: require(path.join(dist, "node", "model", "document.js")).createDocumentModel,
    })),
  };
  printTable(report);
  process.stdout.write("\n");
  annotations.printTable(accuracy);
  if (json) process.stdout.write(JSON.stringify(report) + "\n");
}

function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function printTable(report) {
  const cols = ["pages", "paragraphs", "comments", "trackedChanges", "readMs", "analysisMs", "analysisFirstMs", "overviewMs", "syncsPerRefresh", "readPayloadBytes", "refreshMs", "saveSyncs", "saveRefusedOver1MB", "peakMB"];
  const rows = [cols, ...report.sizes.map((s) => cols.map((c) => String(s[c])))];
  const widths = cols.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows) process.stdout.write(row.map((v, i) => v.padStart(widths[i])).join("  ") + "\n");
  const kb = report.bundleGzipBytes === null ? "– (npm run build:addin fehlt)" : `${(report.bundleGzipBytes / 1024).toFixed(1)} KB`;
  process.stdout.write(`\nTask pane JavaScript (gzip -9, ohne nachgeladene Exporte): ${kb}\n`);
  const start = report.taskpaneStartMs === null ? "– (Chromium oder Build fehlt)" : `${report.taskpaneStartMs} ms`;
  process.stdout.write(`Start des Aufgabenbereichs in der Demo (headless Chromium, Median aus 5): ${start}\n`);
  process.stdout.write(`Lesen im Vergleich zu mammoth.extractRawText (gleiche Dateien, gleicher Lauf): ${report.mammothRatio}× Zeit\n`);
  const acc = report.terminologyAccuracy;
  const families = Object.entries(acc.recallByFamily).map(([f, r]) => `${f} ${Math.round(r * 100)} %`).join(", ");
  process.stdout.write(`Begriffsprüfung: ${Math.round(acc.recall * 1000) / 10} % von ${acc.pairs} Schreibvarianten gefunden (${families}); `
    + `${acc.falseAlarmsInCleanDocuments} Fehlalarme in ${acc.cleanDocuments} Dokumenten ohne Varianten\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(1);
});
