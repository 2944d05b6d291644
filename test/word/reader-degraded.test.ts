/**
 * The Word reader when Word fails on a document's tracked changes (Word for Mac with moved text, office-js #5535,
 * #5216): it reads the document again without them and says so; every other failure still rejects.
 */
import { createWordSimulator, type SimErrorCode } from "../../src/simulator";
import { readDocument, WordError } from "../../src/word";
import { READ_PARTS, satzung } from "./models";

const LIMITATION = /nachverfolgten Änderungen dieses Dokuments nicht einzeln liefern/;

describe("readDocument when Word fails on tracked changes", () => {
  it.each<SimErrorCode>(["GeneralException", "ItemNotFound", "NotAllowed"])("reads the document without them on %s", async (code) => {
    const expected = satzung();
    const sim = createWordSimulator(satzung(), { failures: { getTrackedChanges: code } });
    const { model, capabilities } = await readDocument(sim, READ_PARTS);

    // The final text as Word shows it, without the original view the tracked changes would give.
    expect(model.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs.map((p) => p.text));
    expect(model.paragraphs[2].originalText).toBe("Der Kreistag tagt monatlich im Kreishaus.");
    expect(model.paragraphs[2].runs.every((r) => r.revision.kind === "none")).toBe(true);
    expect(model.trackedChanges).toEqual([]);
    expect(model.comments.map((c) => [c.id, c.text, c.anchorText, c.resolved, c.replies.map((r) => r.text)])).toEqual([
      ["5", "Bitte Geltungsbereich prüfen.", "Diese Satzung", true, ["Geprüft."]],
    ]);
    expect(model.comments[0].anchor).toEqual(expected.comments[0].anchor);
    expect(model.bookmarks.map((b) => b.name)).toEqual(["Sitzungen"]);

    expect(capabilities.features.trackedChanges).toBe(false);
    expect(capabilities.limitations).toHaveLength(1);
    expect(capabilities.limitations[0]).toMatch(LIMITATION);
    // The failed batch and the read without tracked changes: each within the reader's three syncs.
    expect(sim.stats.syncs).toBeGreaterThan(1);
    expect(sim.stats.syncs).toBeLessThanOrEqual(3 + 3);
  });

  it("reads tracked changes again once Word delivers them, without the limitation", async () => {
    const sim = createWordSimulator(satzung(), { failures: { getTrackedChanges: "GeneralException" } });
    await readDocument(sim, READ_PARTS);
    delete sim.failures.getTrackedChanges;
    const { model, capabilities } = await readDocument(sim, READ_PARTS);
    expect(model.trackedChanges.map((c) => [c.kind, c.text])).toEqual([["insertion", "monatlich"], ["deletion", "vierteljährlich"]]);
    expect(capabilities.limitations).toEqual([]);
  });

  it("queries nothing of tracked changes on a Word without WordApi 1.6, so nothing fails and nothing is read twice", async () => {
    const sim = createWordSimulator(satzung(), { requirementSets: { WordApi: "1.5" }, failures: { getTrackedChanges: "GeneralException" } });
    const { capabilities } = await readDocument(sim, READ_PARTS);
    expect(capabilities.limitations.join(" ")).toMatch(/WordApi 1.6 fehlt/);
    expect(capabilities.limitations.join(" ")).not.toMatch(LIMITATION);
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("rejects with the German WordError when every read fails, after at most one read without tracked changes", async () => {
    const sim = createWordSimulator(satzung(), { failures: { read: "GeneralException" } });
    const error: unknown = await readDocument(sim, READ_PARTS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordError);
    expect(error).toMatchObject({ kind: "general", code: "GeneralException" });
    expect((error as WordError).message).toMatch(/„Dokument lesen“ nicht ausführen \(Fehlercode GeneralException\)/);
    expect(sim.stats.syncs).toBeLessThanOrEqual(2);
  });

  it("does not read again when tracked changes fail with an error that is not one of Word's known failures", async () => {
    const sim = createWordSimulator(satzung(), { failures: { getTrackedChanges: "InvalidArgument" } });
    await expect(readDocument(sim, READ_PARTS)).rejects.toMatchObject({ name: "WordError", code: "InvalidArgument" });
    expect(sim.stats.syncs).toBe(1);
  });
});
