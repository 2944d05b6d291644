/**
 * The corpus (../shared/corpus) file by file, with the outcome MANIFEST.md gives for it: the reader reads it, or
 * refuses it. The manifest marks a refused file in its overview table (no counts: not a zip; or notes "malformed
 * XML"); the DocxError codes it is refused with are this suite's own knowledge, kept here once. A corpus test
 * asserts the outcome for every file: a valid file that stops reading fails it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DocxErrorCode } from "../../src/docx/errors";

export const CORPUS = path.resolve(__dirname, "../../../shared/corpus");

/** Why each refused file is refused: zip container broken or not a zip, CFB encryption, a DOCTYPE, a bad CRC. */
const REFUSED_WITH: Record<string, DocxErrorCode[]> = {
  "poi__truncated62886.docx": ["truncated", "not-zip"],
  "poi__bug53475-password-is-pass.docx": ["encrypted"],
  "poi__ExternalEntityInText.docx": ["doctype"],
  "poi__clusterfuzz-6733884933668864.docx": ["bad-crc"],
};

export type CorpusFile =
  | { file: string; path: string; outcome: "read" }
  | { file: string; path: string; outcome: "refused"; codes: DocxErrorCode[] };

/** The overview table's rows: file name and whether the manifest says it cannot be read. */
function manifestRows(): { file: string; refused: boolean }[] {
  const rows: { file: string; refused: boolean }[] = [];
  for (const line of readFileSync(path.join(CORPUS, "MANIFEST.md"), "utf8").split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 18 || !/^\S+\.docx$/.test(cells[1])) continue;
    const [, file, , , , comments] = cells;
    const notes = cells[cells.length - 2];
    rows.push({ file, refused: comments === "–" || notes.startsWith("malformed XML") });
  }
  return rows;
}

/** Every .docx in the corpus folder with its expected outcome; throws when folder, manifest and codes disagree. */
export function corpusFiles(): CorpusFile[] {
  const rows = new Map(manifestRows().map((r) => [r.file, r.refused]));
  const present = readdirSync(CORPUS).filter((f) => f.endsWith(".docx")).sort();
  const problems = [
    ...present.filter((f) => !rows.has(f)).map((f) => `${f} fehlt in MANIFEST.md`),
    ...present.filter((f) => rows.get(f) === true && !(f in REFUSED_WITH)).map((f) => `${f}: laut MANIFEST.md unlesbar, aber ohne erwarteten Fehlercode`),
    ...Object.keys(REFUSED_WITH).filter((f) => rows.get(f) !== true).map((f) => `${f}: erwarteter Fehlercode, aber laut MANIFEST.md lesbar oder nicht vorhanden`),
  ];
  if (problems.length > 0) throw new Error(`Korpus und MANIFEST.md passen nicht zusammen:\n${problems.join("\n")}`);
  return present.map((file) => {
    const where = path.join(CORPUS, file);
    return file in REFUSED_WITH ? { file, path: where, outcome: "refused", codes: REFUSED_WITH[file] } : { file, path: where, outcome: "read" };
  });
}

export const readableCorpus = () => corpusFiles().filter((f) => f.outcome === "read");
export const refusedCorpus = () => corpusFiles().flatMap((f) => (f.outcome === "refused" ? [f] : []));
