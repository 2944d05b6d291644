import type { Finding } from "../../src/model/findings";
import type { HeadingView, TocEntryView } from "../../src/taskpane/analysis-types";
import { fixOf, outlineRows } from "../../src/taskpane/components/outline-rows";

const heading = (paragraph: number, label: string, title: string, level = 1): HeadingView => ({
  paragraph, level, label, title, path: label || title, scheme: label ? "upperRoman" : null, value: null, numberSource: "typed", pendingChange: null,
});
const entry = (paragraph: number, label: string, title: string, level = 1): TocEntryView => ({
  paragraph, level, label, title, page: null, path: label || title, scheme: label ? "upperRoman" : null, value: null,
});

const show = (rows: ReturnType<typeof outlineRows>) =>
  rows.map((r) => `${r.heading ? r.heading.label || r.heading.title : "–"} | ${r.entry ? r.entry.label || r.entry.title : "–"}${r.titleDiffers ? " (Titel)" : ""}`);

test("a section missing in the middle of the TOC leaves the rows after it aligned", () => {
  const body = [heading(10, "I", "Wirtschaft"), heading(11, "II", "Bildung"), heading(12, "III", "Verkehr"), heading(13, "IV", "Kultur")];
  const toc = [entry(1, "I", "Wirtschaft"), entry(2, "III", "Verkehr"), entry(3, "IV", "Kultur und Sport")];
  expect(show(outlineRows(body, toc))).toEqual(["I | I", "II | –", "III | III", "IV | IV (Titel)"]);
});

test("entries missing in the body, unnumbered titles matched by title, deeper headings left out", () => {
  const body = [heading(10, "", "Vorwort"), heading(11, "I", "Wirtschaft"), heading(12, "", "Unterpunkt", 2)];
  const toc = [entry(1, "", "Vorwort"), entry(2, "I", "Wirtschaft"), entry(3, "II", "Bildung")];
  expect(show(outlineRows(body, toc))).toEqual(["Vorwort | Vorwort", "I | I", "– | II"]);
});

test("without a TOC every heading is a row", () => {
  expect(show(outlineRows([heading(0, "I", "A"), heading(1, "", "B", 3)], []))).toEqual(["I | –", "B | –"]);
});

test("a finding offers a repair only when the check attached one", () => {
  const base: Finding = { rule: "toc/outdated-field", severity: "warning", message: "", location: { paragraph: 0, section: null, note: null, text: null } };
  expect(fixOf(base)).toBeNull();
  expect(fixOf({ ...base, data: { fix: { kind: "update-field", fieldIndex: 2 } } })).toEqual({ kind: "update-field", fieldIndex: 2 });
});
