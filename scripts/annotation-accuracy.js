"use strict";
// Per-field accuracy of the annotation import on the hand-written corpus (test/amendments/annotations/): each entry
// becomes a small document — a comment thread around a tracked change, a parenthesis in a paragraph, or a note
// paragraph after a change — that goes through collectAmendments with the corpus's own registry, and what the import
// proposes is compared with the fields written by hand. Figures, not a timed test: `node scripts/annotation-accuracy.js
// [--json] [--failures]` after `npm run build` (BENCH_DIST as in scripts/bench.js); `npm run bench -- --json` reports
// the same as `annotationAccuracy`; test/amendments/annotation-accuracy.test.ts asserts the thresholds on the sources.
const path = require("node:path");

const CORPUS_DIR = path.resolve(__dirname, "..", "test", "amendments", "annotations");

/** The fields measured, with their German labels for the printed table. */
const FIELDS = {
  proposer: "Antragsteller",
  date: "Antragsdatum",
  stepCommittee: "Gremium je Beratungsschritt",
  stepDate: "Sitzungsdatum je Beratungsschritt",
  stepResult: "Ergebnis je Beratungsschritt",
  stepRole: "Rolle je Beratungsschritt",
  steps: "Beratungsfolge vollständig",
  status: "Status",
  statusDate: "Statusdatum",
};

/** The body that decides when the note names no role: the Kreistag; every other body advises. */
const defaultRole = (gremium) => (gremium === "KT" ? "Entscheidung" : "Vorberatung");

/**
 * The class of an outcome as the minutes word it. The corpus states classes, the import keeps the words; this
 * reading of the words is the measurement's own, independent of the parser's vocabulary.
 */
function resultClass(result) {
  if (result === null || /^(erste |1\. )?(beraten|Beratung|Lesung)$/i.test(result)) return "offen";
  const r = result.toLowerCase();
  if (/zurückgezogen|zurückgenommen|rücknahme/.test(r)) return "zurückgezogen";
  if (/verwiesen|verweisung|überwiesen/.test(r)) return "verwiesen";
  if (/kenntnis/.test(r)) return "Kenntnis";
  if (/erledigt|erledigung/.test(r)) return "erledigt";
  if (/vertagt|vertagung|zurückgestellt|abgesetzt/.test(r)) return "vertagt";
  if (/abgelehnt|ablehnung|keine zustimmung|nicht (zugestimmt|beschlossen|angenommen|empfohlen)|negativ|^nein$/.test(r)) return "abgelehnt";
  if (/geändert|änderung|modifiziert/.test(r) && !/ungeändert|ohne änderung/.test(r)) return "geändert";
  if (/beschlossen|beschluss|angenommen|zustimmung|zugestimmt|empfohlen|empfehlung|befürwortet|einstimmig|mehrheit|keine einwände|keine bedenken|positiv|^ja$/.test(r)) return "positiv";
  return `unbekannt: ${result}`;
}

/**
 * The corpus written alongside the parser, the held-out set written after it, and a fresh set written after the
 * held-out set's fixes — each measured untouched first (notes of issue 15) —, all with the same registry.
 */
const SETS = { corpus: "corpus.json", holdout: "holdout.json", fresh: "fresh.json" };

function loadCorpus(name = "corpus", dir = CORPUS_DIR) {
  return { corpus: require(path.join(dir, SETS[name])), registry: require(path.join(dir, "registry.json")) };
}

const at = (day) => `${day}T10:00:00Z`;
const FORMAT = { highlight: null, shading: null, color: null, bold: false, italic: false, strike: false };

function paragraph(index, text, runs) {
  return {
    index, text, originalText: runs.filter((r) => r.revision.kind === "none").map((r) => r.text).join(""), runs,
    styleId: null, styleName: null, builtInStyle: "Normal", outlineLevel: null, list: null, table: null,
    markInserted: null, markDeleted: null, paraId: null,
  };
}

function run(text, finalOffset, originalOffset, changeId = null, commentIds = []) {
  return { text, revision: changeId ? { kind: "inserted", changeId } : { kind: "none" }, format: FORMAT, finalOffset, originalOffset, commentIds };
}

const BASE = "Der Kreis Haselbrück fördert das Ehrenamt";
const ADDED = " und die Vereine vor Ort.";

/** A paragraph whose end is a tracked insertion by the administration on `day`, optionally under comment "1". */
function amendedParagraph(index, day, commented) {
  const runs = [run(BASE, 0, 0), run(ADDED, BASE.length, BASE.length, "10", commented ? ["1"] : [])];
  const change = {
    id: "10", kind: "insertion", author: "Kreisverwaltung", date: at(day), text: ADDED, story: "body",
    location: { start: { paragraph: index, offset: BASE.length }, end: { paragraph: index, offset: BASE.length + ADDED.length } },
  };
  return { paragraph: paragraph(index, BASE + ADDED, runs), change };
}

/** The document one corpus entry describes. */
function documentOf(entry, defaults, createDocumentModel) {
  const model = createDocumentModel({ trackRevisions: true, properties: { created: at(entry.doc ?? defaults.doc) } });
  const day = entry.on ?? defaults.on;
  if (entry.comment !== undefined) {
    const { paragraph: p, change } = amendedParagraph(0, day, true);
    model.paragraphs.push(p);
    model.trackedChanges.push(change);
    const anchor = { start: { paragraph: 0, offset: BASE.length }, end: { paragraph: 0, offset: p.text.length } };
    model.comments.push({
      id: "1", author: entry.author ?? defaults.author, initials: null, date: at(day), text: entry.comment, anchor, anchorText: ADDED,
      replies: (entry.replies ?? []).map(([replyDay, text], i) => ({ id: `1r${i}`, author: defaults.author, initials: null, date: at(replyDay), text, durableId: null, paraId: null })),
      resolved: false, durableId: null, paraId: null,
    });
  } else if (entry.inline !== undefined) {
    const runs = [run(entry.inline, 0, 0, entry.tracked ? "10" : null)];
    model.paragraphs.push(paragraph(0, entry.inline, runs));
    if (entry.tracked) {
      model.trackedChanges.push({
        id: "10", kind: "insertion", author: "Kreisverwaltung", date: at(day), text: entry.inline, story: "body",
        location: { start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: entry.inline.length } },
      });
    }
  } else {
    const { paragraph: p, change } = amendedParagraph(0, day, false);
    model.paragraphs.push(p, paragraph(1, entry.after, [run(entry.after, 0, 0)]));
    model.trackedChanges.push(change);
  }
  return model;
}

/** What the import proposes for the entry's amendment: the metadata of the amendment at paragraph 0, if any. */
function proposedFor(model, collection) {
  const a = collection.amendments.find((x) => x.location && x.location.start.paragraph === 0);
  const m = a && a.source === "imported" ? a.metadata : null;
  return {
    proposer: m ? m.antragsteller : null,
    date: m ? m.datum : null,
    steps: m ? m.beratungsfolge.map((s) => [s.gremium, s.date, resultClass(s.result), s.role]) : [],
    status: m ? m.status : null,
    statusDate: m ? m.statusDatum : null,
  };
}

/**
 * Measures the import on the corpus. `api` is { collectAmendments, createDocumentModel } — from dist/node for the
 * bench, from the sources for jest.
 */
function measure(api, { corpus, registry }) {
  const counts = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, { correct: 0, total: 0 }]));
  const failures = [];
  const count = (field, ok, id, expected, actual) => {
    counts[field].total++;
    if (ok) counts[field].correct++;
    else failures.push({ id, field, expected, actual });
  };
  for (const entry of corpus.annotations) {
    const model = documentOf(entry, corpus.defaults, api.createDocumentModel);
    const got = proposedFor(model, api.collectAmendments(model, registry));
    const want = entry.expect;
    count("proposer", got.proposer === want.proposer, entry.id, want.proposer, got.proposer);
    count("date", got.date === want.date, entry.id, want.date, got.date);
    count("status", got.status === want.status, entry.id, want.status, got.status);
    if (want.statusDate !== undefined) count("statusDate", got.statusDate === want.statusDate, entry.id, want.statusDate, got.statusDate);
    const expectedSteps = want.steps.map(([g, d, r, role]) => [g, d, r, role ?? defaultRole(g)]);
    const n = Math.max(expectedSteps.length, got.steps.length);
    for (let i = 0; i < n; i++) {
      const e = expectedSteps[i] ?? [null, null, null, null];
      const g = got.steps[i] ?? [null, null, null, null];
      count("stepCommittee", e[0] === g[0], `${entry.id}#${i + 1}`, e[0], g[0]);
      count("stepDate", e[1] === g[1], `${entry.id}#${i + 1}`, e[1], g[1]);
      count("stepResult", e[2] === g[2], `${entry.id}#${i + 1}`, e[2], g[2]);
      count("stepRole", e[3] === g[3], `${entry.id}#${i + 1}`, e[3], g[3]);
    }
    const same = n === 0 || (expectedSteps.length === got.steps.length && expectedSteps.every((e, i) => e[0] === got.steps[i][0] && e[1] === got.steps[i][1]));
    count("steps", same, entry.id, want.steps, got.steps);
  }
  const fields = Object.fromEntries(Object.entries(counts).map(([f, c]) => [f, { ...c, accuracy: c.total ? c.correct / c.total : 1 }]));
  return { annotations: corpus.annotations.length, fields, failures };
}

/** Every set, and all of them together. */
function measureAll(api) {
  const sets = Object.fromEntries(Object.keys(SETS).map((name) => [name, measure(api, loadCorpus(name))]));
  const all = Object.values(sets);
  const fields = Object.fromEntries(Object.keys(FIELDS).map((f) => {
    const correct = all.reduce((n, r) => n + r.fields[f].correct, 0);
    const total = all.reduce((n, r) => n + r.fields[f].total, 0);
    return [f, { correct, total, accuracy: total ? correct / total : 1 }];
  }));
  return { ...sets, all: { annotations: all.reduce((n, r) => n + r.annotations, 0), fields, failures: all.flatMap((r) => r.failures) } };
}

const rounded = (result) => ({
  annotations: result.annotations,
  ...Object.fromEntries(Object.entries(result.fields).map(([f, c]) => [f, Math.round(c.accuracy * 1000) / 1000])),
});

/** `annotationAccuracy` in the bench's JSON: per set and field the share recognised correctly, rounded to 0.1 %. */
function summary(results) {
  return Object.fromEntries(Object.entries(results).map(([name, r]) => [name, rounded(r)]));
}

const SET_LABEL = { corpus: "Korpus", holdout: "Prüfmenge 1", fresh: "Prüfmenge 2", all: "zusammen" };

function printTable(results, out = process.stdout) {
  const names = Object.keys(results);
  out.write(`Freitext-Angaben (test/amendments/annotations): ${names.map((n) => `${SET_LABEL[n]} ${results[n].annotations}`).join(", ")} Vermerke\n`);
  out.write(`  ${"".padEnd(36)}${names.map((n) => SET_LABEL[n].padStart(22)).join("")}\n`);
  for (const field of Object.keys(FIELDS)) {
    const cells = names.map((n) => {
      const c = results[n].fields[field];
      return `${(c.accuracy * 100).toFixed(1)} % (${c.correct}/${c.total})`.padStart(14 + 8);
    });
    out.write(`  ${FIELDS[field].padEnd(36)}${cells.join("")}\n`);
  }
}

/** The compiled sources the bench measures. */
function distApi(dist) {
  return {
    collectAmendments: require(path.join(dist, "node", "amendments", "index.js")).collectAmendments,
    createDocumentModel: require(path.join(dist, "node", "model", "document.js")).createDocumentModel,
  };
}

if (require.main === module) {
  const dist = path.resolve(process.env.BENCH_DIST || path.join(__dirname, "..", "dist"));
  let api;
  try {
    api = distApi(dist);
  } catch {
    process.stderr.write(`annotation-accuracy: ${path.join(dist, "node")} fehlt – bitte zuerst \`npm run build\` ausführen.\n`);
    process.exit(2);
  }
  const results = measureAll(api);
  printTable(results);
  if (process.argv.includes("--failures")) for (const f of results.all.failures) process.stdout.write(`  ✗ ${f.id} ${f.field}: erwartet ${JSON.stringify(f.expected)}, erkannt ${JSON.stringify(f.actual)}\n`);
  if (process.argv.includes("--json")) process.stdout.write(JSON.stringify({ annotationAccuracy: summary(results) }) + "\n");
}

module.exports = { FIELDS, distApi, loadCorpus, measure, measureAll, printTable, resultClass, summary };
