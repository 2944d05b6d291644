"use strict";
// How well the terminology check finds spelling variants: recall per family on hand-written variant pairs, each in a
// small administrative document, and false alarms on clean documents (test/checks/terminology/corpus/). Figures,
// never timings. `node scripts/terminology-accuracy.js [--json]` measures the compiled check in $BENCH_DIST/node
// (default dist/node); `npm run bench -- --json` reports the same as `terminologyAccuracy`; a jest test asserts the
// thresholds on the source.
const { readFileSync } = require("node:fs");
const path = require("node:path");

const CORPUS = path.resolve(__dirname, "..", "test", "checks", "terminology", "corpus");

/** variants.txt: "## key Name" opens a family, "A | B" a pair, the following lines up to a blank one are its paragraphs. */
function readVariantPairs(file = path.join(CORPUS, "variants.txt")) {
  const families = [];
  const pairs = [];
  let family = null;
  let pair = null;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("## ")) {
      const [, key, name] = /^## (\S+) (.*)$/.exec(line);
      family = { key, name };
      families.push(family);
    } else if (line.startsWith("#")) {
      continue;
    } else if (line.trim() === "") {
      pair = null;
    } else if (!pair) {
      const [a, b] = line.split(" | ");
      if (!family || !a || !b) throw new Error(`variants.txt: Paarzeile erwartet: ${line}`);
      pair = { family: family.key, a, b, paragraphs: [] };
      pairs.push(pair);
    } else {
      pair.paragraphs.push(line);
    }
  }
  return { families, pairs };
}

/** clean.txt: "=== Titel" opens a document; "# " lines are headings, every other line a paragraph. */
function readCleanDocuments(file = path.join(CORPUS, "clean.txt")) {
  const docs = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("=== ")) docs.push({ title: line.slice(4), paragraphs: [] });
    else if (docs.length > 0 && line.trim() !== "") docs[docs.length - 1].paragraphs.push(line);
  }
  return docs;
}

/** A paragraph as both readers produce it; "# " makes a heading. */
function modelOf(createDocumentModel, lines) {
  return createDocumentModel({
    paragraphs: lines.map((line, index) => {
      const heading = line.startsWith("# ");
      const text = heading ? line.slice(2) : line;
      return {
        index, text, originalText: text, runs: [], styleId: null, styleName: null, builtInStyle: heading ? "Heading1" : "Normal",
        outlineLevel: heading ? 1 : null, list: null, table: null, markInserted: null, markDeleted: null, paraId: null, note: null,
      };
    }),
  });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The first place where `form` (or, at a sentence start, the form with a capital) stands as a whole word or word part. */
function placeOf(paragraphs, form) {
  for (const shape of [form, form[0].toUpperCase() + form.slice(1)]) {
    for (let p = 0; p < paragraphs.length; p++) {
      const text = paragraphs[p].replace(/^# /, "");
      for (let at = text.indexOf(shape); at >= 0; at = text.indexOf(shape, at + 1)) {
        if (!WORD_CHAR.test(text[at - 1] ?? "") && !WORD_CHAR.test(text[at + shape.length] ?? "")) return { paragraph: p, start: at, end: at + shape.length };
      }
    }
  }
  throw new Error(`Korpus: „${form}“ steht nicht als Wort im Dokument.`);
}

const overlaps = (place, target) => place.paragraph === target.paragraph && place.start < target.end && target.start < place.end;

/** Index of the group's variant that has a place over `target`, or -1. */
function variantAt(group, target) {
  return group.variants.findIndex((v) => v.places.some((p) => overlaps(p, target)));
}

/**
 * Runs the check over the corpus. `check` is checkTerminology, `createDocumentModel` the model factory (both from the
 * same build). Returns recall per family, the misses, and the false alarms on the clean documents.
 */
function terminologyAccuracy({ checkTerminology, createDocumentModel }) {
  const { families, pairs } = readVariantPairs();
  const byFamily = new Map(families.map((f) => [f.key, { family: f.key, name: f.name, pairs: 0, found: 0 }]));
  const missed = [];
  let otherGroups = 0;
  for (const pair of pairs) {
    const { groups } = checkTerminology(modelOf(createDocumentModel, pair.paragraphs));
    const a = placeOf(pair.paragraphs, pair.a);
    const b = placeOf(pair.paragraphs, pair.b);
    const hit = groups.some((g) => !g.ignored && variantAt(g, a) >= 0 && variantAt(g, b) >= 0 && variantAt(g, a) !== variantAt(g, b));
    otherGroups += groups.filter((g) => variantAt(g, a) < 0 && variantAt(g, b) < 0).length;
    const row = byFamily.get(pair.family);
    row.pairs++;
    if (hit) row.found++;
    else missed.push(`${pair.a} | ${pair.b}`);
  }
  const clean = readCleanDocuments().map((doc) => {
    const { groups } = checkTerminology(modelOf(createDocumentModel, doc.paragraphs));
    return { title: doc.title, falseAlarms: groups.length, groups: groups.map((g) => g.variants.map((v) => v.form).join(" / ")) };
  });
  const rows = [...byFamily.values()].map((r) => ({ ...r, recall: r.pairs === 0 ? 0 : r.found / r.pairs }));
  const found = rows.reduce((s, r) => s + r.found, 0);
  return {
    pairs: pairs.length,
    recall: found / pairs.length,
    families: rows,
    missed,
    otherGroupsInPairDocuments: otherGroups,
    cleanDocuments: clean.length,
    falseAlarms: clean.reduce((s, d) => s + d.falseAlarms, 0),
    clean,
  };
}

/** The short form for the benchmark's JSON line. */
function accuracySummary(report) {
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    pairs: report.pairs,
    recall: round(report.recall),
    recallByFamily: Object.fromEntries(report.families.map((f) => [f.family, round(f.recall)])),
    falseAlarmsInCleanDocuments: report.falseAlarms,
    cleanDocuments: report.cleanDocuments,
  };
}

function printReport(report, out = process.stdout) {
  for (const f of report.families) {
    out.write(`${f.family.padEnd(7)} ${String(f.found).padStart(3)}/${String(f.pairs).padEnd(3)} ${(f.recall * 100).toFixed(0).padStart(3)} %  ${f.name}\n`);
  }
  out.write(`gesamt  ${report.pairs} Paare, Trefferquote ${(report.recall * 100).toFixed(1)} %\n`);
  if (report.missed.length) out.write(`nicht gefunden: ${report.missed.join("; ")}\n`);
  out.write(`weitere Gruppen in den Paar-Dokumenten: ${report.otherGroupsInPairDocuments}\n`);
  out.write(`Fehlalarme in ${report.cleanDocuments} sauberen Dokumenten: ${report.falseAlarms}\n`);
  for (const d of report.clean) if (d.falseAlarms) out.write(`  ${d.title}: ${d.groups.join("; ")}\n`);
}

if (require.main === module) {
  const dist = path.resolve(process.env.BENCH_DIST || path.join(__dirname, "..", "dist"));
  const { checkTerminology } = require(path.join(dist, "node", "checks", "terminology", "index.js"));
  const { createDocumentModel } = require(path.join(dist, "node", "model", "document.js"));
  const report = terminologyAccuracy({ checkTerminology, createDocumentModel });
  printReport(report);
  if (process.argv.includes("--json")) process.stdout.write(JSON.stringify(accuracySummary(report)) + "\n");
}

module.exports = { terminologyAccuracy, accuracySummary, printReport, readVariantPairs, readCleanDocuments };
