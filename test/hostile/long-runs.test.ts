/**
 * Long runs of one pattern — blanks, dots, dashes, numbering, quotes, annotation words — in a heading, a typed table
 * of contents, body text, a tracked insertion and a comment. A regular expression that backtracks over such a run
 * turns a 300,000-character paragraph into minutes (a blank run in a heading took 80 s before titles collapsed
 * blanks first). `check` and `overview` run in the bounded child process: killed after 60 s, heap capped.
 */
import { comment, docxWithComments, esc } from "./packages";
import { ensureCompiledCli, expectBounded, peaks, runBounded, writeTemp } from "./bounded-harness";

const LENGTH = 300_000;
const UNITS = [
  " ", ". ", "\t", "-", " - ", "a", "A ", "I. ", "1.", "1.1 ", "(", "„", "*", ":", "/ ", "x-", "innen ", "Mitarbeiter*innen ",
  "Antrag der ", "Zustimmung im ", "vom 1.2. ", "Ausschuss für ", "Potential-", "E Mail ", "\u00A0", "\u00AD", "…",
];

const t = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const DATE = `w:date="2026-02-01T09:00:00Z"`;

function body(run: string): string {
  return [
    `<w:p>${t("Inhaltsverzeichnis")}</w:p>`,
    `<w:p>${t(`1.\t${run}\t3`)}</w:p>`,
    `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr>${t(`1. ${run}`)}</w:p>`,
    `<w:p><w:commentRangeStart w:id="1"/>${t(run)}<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>`,
    `<w:p>${t("Der Kreis ")}<w:ins w:id="7" w:author="Abt. 62" ${DATE}>${t(run)}</w:ins></w:p>`,
  ].join("");
}

describe("long runs of one pattern (child process, 60 s, 256 MiB heap)", () => {
  beforeAll(ensureCompiledCli, 180_000);
  afterAll(() => console.log(`Long runs, measured:\n  ${peaks.join("\n  ")}`));

  it.each(UNITS.map((u) => [JSON.stringify(u), u]))("%s: check and the overview read it in one pass", (name, unit) => {
    const run = unit.repeat(Math.ceil(LENGTH / unit.length));
    const file = writeTemp("lauf.docx", docxWithComments(body(run), comment(1, "Teilhabebeirat", run)));
    const check = runBounded("check", file, "--format", "json", "--fail-on", "never");
    expectBounded(check, `check ${name}`);
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).summary).toBeDefined();
    const overview = runBounded("overview", file, "--format", "csv");
    expectBounded(overview, `overview ${name}`);
    expect(overview.status).toBe(0);
    expect(overview.stdout).toContain("Vorgeschlagene Fassung");
    // Overviews show blanks collapsed; every other run stands in them whole.
    if (unit.trim() !== "") expect(overview.stdout.length).toBeGreaterThan(LENGTH);
  });
});
