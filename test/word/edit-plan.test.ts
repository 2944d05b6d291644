/** applyEditPlan's custom XML part: composed from what Word stores when it writes, in one batch of few syncs. */
import { createWordSimulator } from "../../src/simulator";
import { applyEditPlan, type EditPlan, type PartUpdate } from "../../src/word";
import { satzung } from "./models";

const NS = "urn:musterland:antraege";
const range = (paragraph: number, start: number, end: number) => ({ start: { paragraph, offset: start }, end: { paragraph, offset: end } });
const setup = () => {
  const model = satzung();
  return { model, sim: createWordSimulator(structuredClone(model), { author: "Frau Beispiel" }) };
};
/** A part whose new XML appends `<b/>` to what is stored (or starts one), and records what it was given. */
function appending(namespaceUri: string, seen: string[][], extra: Partial<PartUpdate> = {}): PartUpdate {
  return {
    namespaceUri, anchors: [], afterSteps: false,
    compose(stored) {
      seen.push([...stored]);
      return { xml: stored.length ? stored[0].replace(/(\/>|<\/a>)$/, (end) => (end === "/>" ? "><b/></a>" : "<b/></a>")) : `<a xmlns="${namespaceUri}"><b/></a>`, steps: [] };
    },
    ...extra,
  };
}
const planOf = (part: PartUpdate, steps: EditPlan["steps"] = []): EditPlan => ({ label: "Metadaten speichern", target: null, trackChanges: false, steps, part });

describe("applyEditPlan with a custom XML part", () => {
  it("composes the part from the XML stored now and replaces it in two syncs; other parts keep theirs", async () => {
    const { model, sim } = setup();
    const seen: string[][] = [];
    await applyEditPlan(sim, model, planOf(appending(NS, seen)));
    expect(seen).toEqual([[`<a xmlns="${NS}"/>`]]);
    expect(sim.state.model.customXmlParts.map((p) => [p.namespaceUri, p.xml])).toEqual([[NS, `<a xmlns="${NS}"><b/></a>`]]);
    expect(sim.stats.syncs).toBe(2);
  });

  it("adds the part when there is none, with the readable lines in the same batch", async () => {
    const { model, sim } = setup();
    const ns = "urn:musterland:neu";
    const lines: PartUpdate = {
      ...appending(ns, []), anchors: [range(3, 4, 13)],
      compose: () => ({ xml: `<n xmlns="${ns}"/>`, steps: [{ op: "commentAt", range: range(3, 4, 13), text: "Antrag: Kreistag" }, { op: "updateLine", commentId: "5", old: null, text: "Antrag: Verwaltung" }] }),
    };
    await applyEditPlan(sim, model, planOf(lines));
    expect(sim.state.model.customXmlParts.map((p) => p.namespaceUri)).toEqual([NS, ns]);
    expect(sim.state.model.comments.map((c) => [c.text, c.anchorText ?? null, c.replies.map((r) => r.text)])).toEqual([
      ["Bitte Geltungsbereich prüfen.", "Diese Satzung", ["Geprüft.", "Antrag: Verwaltung"]],
      ["Antrag: Kreistag", expect.any(String), []],
    ]);
    expect(sim.state.model.comments[1].anchor).toEqual(range(3, 4, 13));
    expect(sim.stats.syncs).toBe(2);
    // The line is updated where it stands, never appended again; the same line again writes nothing.
    const update = (old: string, text: string) => planOf({ ...lines, compose: () => ({ xml: `<n xmlns="${ns}"/>`, steps: [{ op: "updateLine", commentId: "5", old, text }] }) });
    await applyEditPlan(sim, sim.state.model, update("Antrag: Verwaltung", "Antrag: Verwaltung · Status: eingereicht"));
    expect(sim.state.model.comments[0].replies.map((r) => r.text)).toEqual(["Geprüft.", "Antrag: Verwaltung · Status: eingereicht"]);
    const writes = sim.stats.writes;
    await applyEditPlan(sim, sim.state.model, update("Antrag: Verwaltung · Status: eingereicht", "Antrag: Verwaltung · Status: eingereicht"));
    expect(sim.state.model.comments[0].replies.map((r) => r.text)).toEqual(["Geprüft.", "Antrag: Verwaltung · Status: eingereicht"]);
    expect(sim.stats.writes - writes).toBe(1);
  });

  it("refuses, in the composer's German words, and writes nothing when the part cannot be composed", async () => {
    const { model, sim } = setup();
    const before = structuredClone(sim.state.model);
    const refusing = { ...appending(NS, []), compose: () => { throw new Error("Die gespeicherten Angaben werden nicht überschrieben."); } };
    await expect(applyEditPlan(sim, model, planOf(refusing, [{ op: "reply", commentId: "5", text: "Danke." }])))
      .rejects.toMatchObject({ kind: "general", message: "Die gespeicherten Angaben werden nicht überschrieben." });
    expect(sim.state.model).toEqual(before);
    expect(sim.stats.syncs).toBe(1);
  });

  it("fails like Word when the part the last read found is gone (ItemNotFound: changed), before writing", async () => {
    const { model, sim } = setup();
    sim.state.model.customXmlParts = [];
    await expect(applyEditPlan(sim, model, planOf(appending(NS, [])))).rejects.toMatchObject({ kind: "changed" });
    expect(sim.state.model.customXmlParts).toEqual([]);
  });

  it("reads a part of the namespace the last read did not know (a co-author's first save) before composing: three syncs", async () => {
    const { model, sim } = setup();
    sim.state.model.customXmlParts.push({ id: "{CO-AUTHOR}", namespaceUri: NS, xml: `<a xmlns="${NS}"><c/></a>` });
    const seen: string[][] = [];
    await applyEditPlan(sim, model, planOf(appending(NS, seen)));
    expect(seen).toEqual([[`<a xmlns="${NS}"/>`, `<a xmlns="${NS}"><c/></a>`]]);
    // Composed into the first; the second part of ours is folded into it and removed.
    expect(sim.state.model.customXmlParts.map((p) => p.xml)).toEqual([`<a xmlns="${NS}"><b/></a>`]);
    expect(sim.stats.syncs).toBe(3);
  });
});
