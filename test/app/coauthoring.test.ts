/**
 * Co-authoring: two panes — two people, two Word hosts on two Word API instances — on one document (the simulator's
 * joinWordSimulator), saving with views that are out of date, and saving at the same moment (their batches
 * interleave at every sync). Nothing a colleague saved may disappear; a field both changed goes to the later save,
 * with both values in the history. Every save is one Word.run of at most three syncs, however many Anträge.
 */
import { readFileSync } from "node:fs";
import { confirmImport, parseStoredData, setField, type Amendment } from "../../src/amendments";
import type { AnalysisResult } from "../../src/analysis";
import { readDocx } from "../../src/docx";
import { createWordSimulator, joinWordSimulator, type WordSimulator } from "../../src/simulator";
import type { WordHost } from "../../src/taskpane/host";
import { createWordHost } from "../../src/taskpane/word-host";
import { sample } from "../cli/harness";
import { bigModel } from "../word/models";

const NS = "urn:beschlussreif:antraege:v1";
const AT = "2025-04-01T09:00:00Z";
const LATER = "2025-04-01T09:05:00Z";
const SPD = "SPD-Kreistagsfraktion";
const GRUENE = "Bündnis 90/Die Grünen";

interface Pane { sim: WordSimulator; host: WordHost; user: string }

/** Two colleagues in the first draft: the Stabsstelle (pane A) and the Kämmerei (pane B). */
function twoPanes(model = readDocx(new Uint8Array(readFileSync(sample("strategie-entwurf1.docx"))))): [Pane, Pane] {
  const simA = createWordSimulator(model, { author: "Stabsstelle", now: () => new Date(AT) });
  const simB = joinWordSimulator(simA, { author: "Kämmerei", now: () => new Date(LATER) });
  return [
    { sim: simA, user: "Stabsstelle", host: createWordHost(simA, { user: "Stabsstelle", now: () => new Date(AT) }) },
    { sim: simB, user: "Kämmerei", host: createWordHost(simB, { user: "Kämmerei", now: () => new Date(LATER) }) },
  ];
}

const byProposer = (result: AnalysisResult, name: string): Amendment => result.amendments.amendments.find((a) => a.metadata.antragsteller === name)!;
/** The pane's list with one Antrag edited, as the Anträge tab hands it to saveAmendments. */
const edited = (result: AnalysisResult, target: Amendment, edit: (a: Amendment) => Amendment) =>
  result.amendments.amendments.map((a) => (a.key === target.key ? edit(a) : a));

/** The records as stored in the document now (read from the part, not through a pane). */
function storedRecords(sim: WordSimulator) {
  const parts = sim.state.model.customXmlParts.filter((p) => p.namespaceUri === NS);
  expect(parts).toHaveLength(1);
  return parseStoredData(parts[0].xml);
}
const recordOf = (sim: WordSimulator, key: string) => storedRecords(sim).records.find((r) => r.key === key)!;

/** Runs a save and returns the syncs it took. */
async function syncsOf(pane: Pane, save: () => Promise<void>): Promise<number> {
  const before = pane.sim.stats.syncs;
  await save();
  return pane.sim.stats.syncs - before;
}

describe("two panes on one document", () => {
  it("different records, each saved from a view without the other's: both stay", async () => {
    const [a, b] = twoPanes();
    const [viewA, viewB] = [await a.host.refresh(), await b.host.refresh()];
    const spd = byProposer(viewA, SPD);
    const gruene = byProposer(viewB, GRUENE);
    await a.host.actions.saveAmendments!(edited(viewA, spd, (x) => confirmImport(x, a.user, AT)));
    await b.host.actions.saveAmendments!(edited(viewB, gruene, (x) => confirmImport(x, b.user, LATER)));

    expect(recordOf(a.sim, spd.key).metadata).toMatchObject({ antragsteller: SPD, datum: "2025-03-14", history: [{ by: "Stabsstelle", field: "import", to: "bestätigt" }] });
    expect(recordOf(a.sim, gruene.key).metadata).toMatchObject({ antragsteller: GRUENE, datum: "2025-03-09", history: [{ by: "Kämmerei", field: "import", to: "bestätigt" }] });
    // Both panes read both, and each readable line is in its comment thread once.
    for (const pane of [a, b]) {
      const again = await pane.host.refresh();
      expect([byProposer(again, SPD).source, byProposer(again, GRUENE).source]).toEqual(["metadata", "metadata"]);
      const lines = again.model.comments.flatMap((c) => [c.text, ...c.replies.map((r) => r.text)]).filter((t) => t.startsWith("Antrag: "));
      expect(lines.filter((l) => l.startsWith(`Antrag: ${SPD} · 14.03.2025`))).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith(`Antrag: ${GRUENE} · 09.03.2025`))).toHaveLength(1);
    }
  });

  describe("one stored record, edited in both panes", () => {
    /** The SPD's Antrag stored by A, and both panes' views of it. */
    async function storedSpd() {
      const [a, b] = twoPanes();
      const first = await a.host.refresh();
      await a.host.actions.saveAmendments!(edited(first, byProposer(first, SPD), (x) => confirmImport(x, a.user, AT)));
      const [viewA, viewB] = [await a.host.refresh(), await b.host.refresh()];
      return { a, b, viewA, viewB, key: byProposer(viewA, SPD).key };
    }

    it("different fields: both values are kept, both edits in the history, the line shows the merged record", async () => {
      const { a, b, viewA, viewB, key } = await storedSpd();
      const spdA = byProposer(viewA, SPD);
      const spdB = byProposer(viewB, SPD);
      await a.host.actions.saveAmendments!(edited(viewA, spdA, (x) => setField(x, "status", "angenommen", a.user, AT)));
      await b.host.actions.saveAmendments!(edited(viewB, spdB, (x) => setField(x, "begruendung", "Entlastet den Kreishaushalt ab 2026.", b.user, LATER)));

      const metadata = recordOf(a.sim, key).metadata;
      expect(metadata).toMatchObject({ status: "angenommen", begruendung: "Entlastet den Kreishaushalt ab 2026." });
      expect(metadata.history.map((h) => [h.by, h.field, h.from, h.to])).toEqual([
        ["Stabsstelle", "import", null, "bestätigt"],
        ["Stabsstelle", "status", null, "angenommen"],
        ["Kämmerei", "begruendung", null, "Entlastet den Kreishaushalt ab 2026."],
      ]);
      const thread = (await b.host.refresh()).model.comments.flatMap((c) => [c.text, ...c.replies.map((r) => r.text)]);
      // B's save wrote the line from the merged record: A's status is in it.
      expect(thread.filter((t) => t.startsWith(`Antrag: ${SPD}`)).pop()).toBe(`Antrag: ${SPD} · 14.03.2025 · Status: angenommen`);
    });

    it("the same field: the later save wins and the history records both values", async () => {
      const { a, b, viewA, viewB, key } = await storedSpd();
      await a.host.actions.saveAmendments!(edited(viewA, byProposer(viewA, SPD), (x) => setField(x, "status", "angenommen", a.user, AT)));
      await b.host.actions.saveAmendments!(edited(viewB, byProposer(viewB, SPD), (x) => setField(x, "status", "vertagt", b.user, LATER)));

      const metadata = recordOf(a.sim, key).metadata;
      expect(metadata.status).toBe("vertagt");
      expect(metadata.history.map((h) => [h.by, h.field, h.from, h.to])).toEqual([
        ["Stabsstelle", "import", null, "bestätigt"],
        ["Stabsstelle", "status", null, "angenommen"],
        ["Kämmerei", "status", null, "vertagt"],
        ["Kämmerei", "status", "angenommen", "vertagt"],
      ]);
    });

    it("saves at the same moment (batches interleaved at every sync): both fields stay, at most three syncs each", async () => {
      const { a, b, viewA, viewB, key } = await storedSpd();
      const [syncsA, syncsB] = await Promise.all([
        syncsOf(a, () => a.host.actions.saveAmendments!(edited(viewA, byProposer(viewA, SPD), (x) => setField(x, "statusDatum", "2025-04-01", a.user, AT)))),
        syncsOf(b, () => b.host.actions.saveAmendments!(edited(viewB, byProposer(viewB, SPD), (x) => setField(x, "stellungnahme", "Die Kämmerei stimmt zu.", b.user, LATER)))),
      ]);
      expect(recordOf(a.sim, key).metadata).toMatchObject({ statusDatum: "2025-04-01", stellungnahme: "Die Kämmerei stimmt zu." });
      // The second writer overwrote the first between its read and its write, saw it, and composed again.
      expect([syncsA, syncsB].sort()).toEqual([2, 3]);
    });
  });

  it("a part that changed between refresh and save: the registry entry a colleague added stays", async () => {
    const [a, b] = twoPanes();
    const viewA = await a.host.refresh();
    const viewB = await b.host.refresh();
    const registry = viewB.amendments.registry;
    await b.host.actions.saveRegistry!({ ...registry, committees: [...registry.committees, { short: "AfSuO", name: "Ausschuss für Sicherheit und Ordnung", aliases: ["Ordnungsausschuss"] }] });
    // A saves from the view it read before B's save.
    await a.host.actions.saveAmendments!(edited(viewA, byProposer(viewA, SPD), (x) => confirmImport(x, a.user, AT)));
    const stored = storedRecords(a.sim);
    expect(stored.registry?.committees.map((c) => c.short)).toContain("AfSuO");
    expect(stored.records.map((r) => r.metadata.antragsteller)).toEqual([SPD]);
  });

  it("registry entries added in both panes are both kept; one removed in one pane and left alone in the other stays removed", async () => {
    const [a, b] = twoPanes();
    const [viewA, viewB] = [await a.host.refresh(), await b.host.refresh()];
    const base = viewA.amendments.registry;
    await a.host.actions.saveRegistry!({ ...base, committees: [...base.committees, { short: "AfSuO", name: "Ausschuss für Sicherheit und Ordnung", aliases: [] }] });
    const fromB = viewB.amendments.registry;
    await b.host.actions.saveRegistry!({ ...fromB, committees: [...fromB.committees, { short: "JHA", name: "Jugendhilfeausschuss", aliases: [] }], statuses: fromB.statuses.filter((s) => s.name !== "vertagt") });
    const stored = storedRecords(a.sim).registry;
    expect(stored?.committees.map((c) => c.short).slice(-2).sort()).toEqual(["AfSuO", "JHA"]);
    expect(stored?.statuses.map((s) => s.name)).not.toContain("vertagt");
  });

  it("a Beirat answer in one pane and a status set in the other, on the same question's record", async () => {
    const [a, b] = twoPanes();
    const first = await a.host.refresh();
    const p = first.model.paragraphs.find((x) => x.text.includes("Geodaten werden bedarfsgerecht"))!;
    const at = p.text.indexOf("Digitalen Zwillingen");
    a.sim.state.selection = { start: { paragraph: p.index, offset: at }, end: { paragraph: p.index, offset: at + "Digitalen Zwillingen".length } };
    await a.host.actions.askQuestion!("Was ist ein Digitaler Zwilling?");
    const [viewA, viewB] = [await a.host.refresh(), await b.host.refresh()];
    const question = viewA.beirat.find((q) => q.comment === "Was ist ein Digitaler Zwilling?")!;
    const record = viewB.amendments.amendments.find((x) => x.commentIds.includes(question.commentId!))!;
    await b.host.actions.saveAmendments!(edited(viewB, record, (x) => setField(x, "statusGremium", "AfMIuK", b.user, LATER)));
    await a.host.actions.replyToComment!(question.commentId!, "Ein digitales Abbild des Kreisgebiets.");
    expect(recordOf(a.sim, record.key).metadata).toMatchObject({ antragsteller: "Teilhabebeirat", status: "beantwortet", statusGremium: "AfMIuK", stellungnahme: "Ein digitales Abbild des Kreisgebiets." });
  });
});

describe("syncs per save (one Word.run, at most three syncs, whatever the number of Anträge)", () => {
  /** Confirms every Antrag with a proposer set, as "mehrere bearbeiten" does, and saves them at once. */
  async function saveAll(pane: Pane): Promise<{ syncs: number; count: number }> {
    const view = await pane.host.refresh();
    const all = view.amendments.amendments.map((x) => setField(x, "antragsteller", x.metadata.antragsteller ?? "Verwaltung", pane.user, AT));
    return { syncs: await syncsOf(pane, () => pane.host.actions.saveAmendments!(all)), count: all.length };
  }

  it.each([["the first draft", () => twoPanes()[0]], ["a generated document of 2,000 paragraphs, a tracked insertion in every seventh", () => twoPanes(bigModel(2000))[0]]])("%s", async (_case, make) => {
    const pane = make();
    const first = await saveAll(pane);
    expect(first.count).toBeGreaterThan(5);
    // Locate every target and read the part; write part and lines.
    expect(first.syncs).toBe(2);
    // Saving again: the part is there, every line already in its thread.
    expect((await saveAll(pane)).syncs).toBe(2);
    const beirat = await pane.host.refresh();
    const registrySyncs = await syncsOf(pane, () => pane.host.actions.saveRegistry!(beirat.amendments.registry));
    expect(registrySyncs).toBe(2);
  });

  it("a question with its record: three syncs; an answer with its record: two", async () => {
    const pane = twoPanes()[0];
    const first = await pane.host.refresh();
    const p = first.model.paragraphs.find((x) => x.text.includes("Geodaten werden bedarfsgerecht"))!;
    pane.sim.state.selection = { start: { paragraph: p.index, offset: 0 }, end: { paragraph: p.index, offset: 8 } };
    expect(await syncsOf(pane, () => pane.host.actions.askQuestion!("Was heißt bedarfsgerecht?"))).toBe(3);
    const view = await pane.host.refresh();
    const question = view.beirat.find((q) => q.comment === "Was heißt bedarfsgerecht?")!;
    expect(await syncsOf(pane, () => pane.host.actions.replyToComment!(question.commentId!, "Nach dem Bedarf der Gemeinden."))).toBe(2);
  });
});
