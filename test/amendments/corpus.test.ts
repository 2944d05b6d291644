/** Every readable corpus file: Anträge collected and checked; metadata written into the package and read back. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkAmendments, collectAmendments, confirmImport, setField } from "../../src/amendments";
import { DocxError, readDocx } from "../../src/docx";
import { planPackageSave } from "../../src/app";
import { writePackage } from "../../src/docx/metadata-writer";
import type { DocumentModel } from "../../src/model/document";

const corpus = path.resolve(__dirname, "../../../shared/corpus");
const files = readdirSync(corpus).filter((f) => f.endsWith(".docx"));

describe.each(files)("%s", (file) => {
  const bytes = new Uint8Array(readFileSync(path.join(corpus, file)));
  let model: DocumentModel | null = null;
  try {
    model = readDocx(bytes);
  } catch (error) {
    if (!(error instanceof DocxError)) throw error;
  }

  it("puts every comment and wording change in exactly one Antrag", () => {
    if (!model) return;
    const { amendments, registry } = collectAmendments(model);
    const parts = amendments.flatMap((a) => [...a.changeIds.map((id) => `c${id}`), ...a.commentIds.map((id) => `m${id}`)]);
    expect(new Set(parts).size).toBe(parts.length);
    expect(model.comments.every((c) => parts.includes(`m${c.id}`))).toBe(true);
    expect(() => checkAmendments(amendments, registry, model!)).not.toThrow();
  });

  it("reads written metadata back for every Antrag", () => {
    if (!model) return;
    const collection = collectAmendments(model);
    const edited = collection.amendments.map((a) => setField(confirmImport(a, "Test", "2025-04-01T10:00:00Z"), "antragsteller", "FDP", "Test", "2025-04-01T10:00:00Z"));
    const again = collectAmendments(readDocx(writePackage(bytes, planPackageSave(model, collection, edited, { by: "Test", at: "2025-04-01T10:00:00Z" }))));
    expect(again.amendments.map((a) => [a.key, a.source, a.found, a.metadata])).toEqual(edited.map((a) => [a.key, "metadata", true, a.metadata]));
  });
});
