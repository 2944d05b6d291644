/**
 * The import on the hand-written annotations of test/amendments/annotations (280 notes of an invented county written
 * from the vocabulary of council information systems, none from the seeds, and two sets written later to check that
 * what was fixed were classes): per-field accuracy, measured by
 * scripts/annotation-accuracy.js — the same measurement `npm run bench -- --json` prints as `annotationAccuracy`.
 */
import { collectAmendments } from "../../src/amendments";
import { createDocumentModel } from "../../src/model/document";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measureAll, printTable } = require("../../scripts/annotation-accuracy.js");

interface FieldCount { correct: number; total: number; accuracy: number }
interface Measured { annotations: number; fields: Record<string, FieldCount>; failures: { id: string; field: string; expected: unknown; actual: unknown }[] }

describe("annotation corpus", () => {
  const results: Record<"corpus" | "holdout" | "fresh" | "all", Measured> = measureAll({ collectAmendments, createDocumentModel });

  afterAll(() => {
    const lines: string[] = [];
    printTable(results, { write: (s: string) => lines.push(s) });
    if (process.env.SHOW_FAILURES) for (const f of results.all.failures) lines.push(`  ✗ ${f.id} ${f.field}: erwartet ${JSON.stringify(f.expected)}, erkannt ${JSON.stringify(f.actual)}\n`);
    console.log(lines.join(""));
  });

  it("has at least 200 annotations", () => {
    expect(results.corpus.annotations).toBeGreaterThanOrEqual(200);
  });

  it.each(["proposer", "date", "stepCommittee", "stepDate", "status"])("reads %s in at least 95 % of cases, in the corpus and both later sets", (field) => {
    expect(results.corpus.fields[field].accuracy).toBeGreaterThanOrEqual(0.95);
    expect(results.holdout.fields[field].accuracy).toBeGreaterThanOrEqual(0.95);
    expect(results.fresh.fields[field].accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
