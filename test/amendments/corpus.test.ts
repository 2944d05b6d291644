/** Every corpus file MANIFEST.md calls readable: read, Anträge collected and checked, metadata written into the package and read back. */
import { readFileSync } from "node:fs";
import { checkAmendments, collectAmendments, confirmImport, setField } from "../../src/amendments";
import { readDocx } from "../../src/docx";
import { planPackageSave } from "../../src/app";
import { writePackage } from "../../src/docx/metadata-writer";
import type { DocumentModel } from "../../src/model/document";
import { readableCorpus } from "../support/corpus";

describe.each(readableCorpus())("$file", ({ path }) => {
  const bytes = new Uint8Array(readFileSync(path));
  let model: DocumentModel;
  // A valid file the reader refuses fails every test below with the reader's error.
  beforeAll(() => {
    model = readDocx(bytes);
  });

  it("puts every comment and wording change in exactly one Antrag", () => {
    const { amendments, registry } = collectAmendments(model);
    const parts = amendments.flatMap((a) => [...a.changeIds.map((id) => `c${id}`), ...a.commentIds.map((id) => `m${id}`)]);
    expect(new Set(parts).size).toBe(parts.length);
    expect(model.comments.every((c) => parts.includes(`m${c.id}`))).toBe(true);
    expect(() => checkAmendments(amendments, registry, model)).not.toThrow();
  });

  it("reads written metadata back for every Antrag", () => {
    const collection = collectAmendments(model);
    const edited = collection.amendments.map((a) => setField(confirmImport(a, "Test", "2025-04-01T10:00:00Z"), "antragsteller", "FDP", "Test", "2025-04-01T10:00:00Z"));
    const again = collectAmendments(readDocx(writePackage(bytes, planPackageSave(model, collection, edited, { by: "Test", at: "2025-04-01T10:00:00Z" }))));
    expect(again.amendments.map((a) => [a.key, a.source, a.found, a.metadata])).toEqual(edited.map((a) => [a.key, "metadata", true, a.metadata]));
  });
});
