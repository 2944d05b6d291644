/**
 * `overview --include-editorial`: the add-in's own editorial changes (a term unified, the table of contents repaired)
 * stay out of the Änderungsübersicht unless asked for, and never carry an Antrag number.
 */
import { collectAmendments, type Amendment } from "../../src/amendments";
import { planPackageSave } from "../../src/app";
import { readDocx } from "../../src/docx";
import { writePackage } from "../../src/docx/metadata-writer";
import { cli, readBytes, sample, writeTemp } from "./harness";

const CTX = { by: "Stabsstelle Kreisentwicklung", at: "2025-04-01T10:00:00Z" };

/** The sample with its Ersetzung in A.II recorded as an editorial change of the Verwaltung, the rest as Anträge. */
function withEditorialChange(): string {
  const bytes = readBytes(sample("strategie-entwurf1.docx"));
  const model = readDocx(bytes);
  const collection = collectAmendments(model);
  const amendments = collection.amendments.map((a): Amendment => (a.kind === "replacement"
    ? { ...a, category: "editorial", source: "metadata", metadata: { ...a.metadata, antragsteller: "Verwaltung", history: [{ at: CTX.at, by: CTX.by, field: "redaktionell", from: null, to: "Schreibweise vereinheitlicht" }] } }
    : a.category === "antrag" ? { ...a, source: "metadata" } : a));
  return writeTemp("entwurf.docx", writePackage(bytes, planPackageSave(model, collection, amendments, CTX)));
}

describe("overview --include-editorial", () => {
  const file = withEditorialChange();
  const rows = async (...flags: string[]) => {
    const result = await cli("overview", file, "--format", "json", ...flags);
    expect(result.code).toBe(0);
    return (JSON.parse(result.stdout) as { amendments: { nr: number | null; label: string; category: string; kind: string }[] }).amendments;
  };

  it("leaves the editorial change out by default; the four Anträge keep the numbers they were stored with", async () => {
    expect((await rows()).map((r) => [r.nr, r.label, r.kind])).toEqual([[1, "1", "insertion"], [2, "2", "insertion"], [3, "3", "insertion"], [4, "4", "insertion"]]);
  });

  it("adds it when asked, marked as editorial and without a number", async () => {
    expect((await rows("--include-editorial")).map((r) => [r.nr, r.label, r.category])).toEqual([
      [1, "1", "antrag"], [null, "red. 1", "editorial"], [2, "2", "antrag"], [3, "3", "antrag"], [4, "4", "antrag"],
    ]);
  });
});
