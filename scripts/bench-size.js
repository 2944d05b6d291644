"use strict";
// `node scripts/bench-size.js PAGES < file.docx`: one row of `npm run bench`, in a process of its own so that its
// peak memory is this document's alone. scripts/bench.js generates the .docx and passes it on stdin; prints one
// JSON line: the row's fields plus `readMsRaw`/`mammothMs` for the mammoth ratio. Compiled code from
// $BENCH_DIST/node (default dist/node).
const { readFileSync } = require("node:fs");
const path = require("node:path");

const dist = path.resolve(process.env.BENCH_DIST || path.join(__dirname, "..", "dist"));
const need = (file) => require(path.join(dist, "node", file));
const { readDocx } = need("docx/index.js");
const { ANALYSIS_PARTS, analyzeDocument } = need("analysis/index.js");
const { renderOverview, overviewData } = need("overview/index.js");
const { createWordSimulator } = need("simulator/index.js");
const { applyEditPlan, readDocument } = need("word/index.js");
const { analyse, planAmendmentsSave } = need("app/index.js");

const FORMATS = ["docx", "xlsx", "csv", "html", "json"];

const phases = {
  read: (bytes) => readDocx(bytes),
  analysis: (model) => analyzeDocument(model),
  overview: async (model, analysis) => {
    const data = overviewData({ model, amendments: analysis.amendments, beirat: analysis.beirat }, { kind: "amendments", date: "2025-04-01" });
    for (const format of FORMATS) await renderOverview(data, format);
  },
  /**
   * A task pane refresh: Word read through the simulator; its sync count and the largest request one sync sent
   * (the simulator's estimate: some 60 bytes an action plus its arguments).
   */
  refresh: async (model) => {
    const sim = createWordSimulator(model);
    await readDocument(sim, ANALYSIS_PARTS);
    return { syncs: sim.stats.syncs, requestBytes: sim.stats.largestRequestBytes };
  },
  /**
   * The pane's save of every Antrag at once (each given a proposer), after a refresh: its sync count, and whether the
   * records part was refused as larger than Word on the web's 1 MB (then nothing is written).
   */
  save: async (model) => {
    const sim = createWordSimulator(structuredClone(model));
    const read = (await readDocument(sim, ANALYSIS_PARTS)).model;
    const { result } = analyse(read);
    const by = "Benchmark";
    const at = "2025-04-01T09:00:00Z";
    const all = result.amendments.amendments.map((a) => ({ ...a, source: "metadata", metadata: { ...a.metadata, antragsteller: a.metadata.antragsteller ?? "Verwaltung" } }));
    const before = sim.stats.syncs;
    try {
      await applyEditPlan(sim, read, planAmendmentsSave(result, all, { by, at }));
      return { syncs: sim.stats.syncs - before, refused: false };
    } catch (error) {
      if (/höchstens 1 MB/.test(error.message)) return { syncs: sim.stats.syncs - before, refused: true };
      throw error;
    }
  },
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median time of `runs` calls; only the last result is kept. */
async function timed(runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    result = undefined;
    const start = process.hrtime.bigint();
    result = await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), result };
}

const round = (x) => Math.round(x * 10) / 10;

async function main() {
  const pages = Number(process.argv[2]);
  const bytes = new Uint8Array(readFileSync(0));
  if (!Number.isInteger(pages) || pages <= 0 || bytes.length === 0) {
    throw new Error("Aufruf: node scripts/bench-size.js SEITEN < datei.docx");
  }
  // One pass as the product makes it (read, analyse, overviews, refresh): its peak resident set is the row's peakMB
  // (maxRSS, KiB), taken before the timed runs pile up garbage; it also warms up the JIT. Its analysis is the
  // row's analysisFirstMs: what one command-line run takes, the JIT still cold.
  let analysisFirstMs;
  {
    const model = await phases.read(bytes);
    const start = process.hrtime.bigint();
    const analysis = await phases.analysis(model);
    analysisFirstMs = Number(process.hrtime.bigint() - start) / 1e6;
    await phases.overview(model, analysis);
    await phases.refresh(model);
  }
  const peakMB = process.resourceUsage().maxRSS / 1024;

  // Five runs: of three, the middle one still ran while the JIT was optimising the checks.
  const runs = 5;
  const read = await timed(runs, () => phases.read(bytes));
  const model = read.result;
  const analysis = await timed(runs, () => phases.analysis(model));
  const overview = await timed(runs, () => phases.overview(model, analysis.result));
  const refresh = await timed(runs, () => phases.refresh(model));
  const save = await phases.save(model);
  const mammoth = require("mammoth");
  const theirs = await timed(runs, () => mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  const row = {
    pages,
    paragraphs: model.paragraphs.length,
    comments: model.comments.length,
    trackedChanges: model.trackedChanges.length,
    readMs: round(read.ms),
    analysisMs: round(analysis.ms),
    analysisFirstMs: round(analysisFirstMs),
    overviewMs: round(overview.ms),
    syncsPerRefresh: refresh.result.syncs,
    readPayloadBytes: refresh.result.requestBytes,
    refreshMs: round(refresh.ms),
    saveSyncs: save.syncs,
    saveRefusedOver1MB: save.refused,
    peakMB: round(peakMB),
    readMsRaw: read.ms,
    mammothMs: theirs.ms,
  };
  process.stdout.write(JSON.stringify(row) + "\n");
}

main().catch((error) => {
  process.stderr.write(`bench-size: ${error.message}\n`);
  process.exit(1);
});
