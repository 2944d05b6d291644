/**
 * The county's configuration in the task pane's Word host (on the Word simulator): the analysis runs with it, a
 * configuration that did not load is said in the pane, OParl takes the configured address, and the document's own
 * registry goes before the central one until the user returns to it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { confirmImport } from "../../src/amendments";
import { DEFAULT_CONFIGURATION, OPARL_BASE_MISSING, type LoadedConfiguration } from "../../src/config";
import { readDocx } from "../../src/docx";
import { overviewData } from "../../src/overview";
import { createWordSimulator } from "../../src/simulator";
import { createWordHost } from "../../src/taskpane/word-host";
import { MUSTERLAND } from "../config/county";
import { oparlErrors } from "../overview/oparl-schemas";

const SAMPLE = path.resolve(__dirname, "../../../shared/samples/strategie-entwurf1.docx");
const NOW = () => new Date("2025-04-01T09:00:00Z");

function setup(loaded: LoadedConfiguration) {
  const sim = createWordSimulator(readDocx(new Uint8Array(readFileSync(SAMPLE))), { author: "Stabsstelle", now: NOW });
  const downloads: { name: string; data: Uint8Array | string }[] = [];
  const host = createWordHost(sim, { now: NOW, download: (name, data) => downloads.push({ name, data }), configuration: Promise.resolve(loaded) });
  return { sim, host, downloads };
}

const storedPart = (sim: ReturnType<typeof setup>["sim"]) => sim.state.model.customXmlParts.find((p) => p.namespaceUri === "urn:beschlussreif:antraege:v1")?.xml ?? "";

describe("the Word host with a county's configuration", () => {
  it("analyses with the county's registries and says nothing when the configuration loaded", async () => {
    const { host } = setup({ configuration: MUSTERLAND, problem: null });
    const result = await host.refresh();
    expect(result.configuration).toBe(MUSTERLAND);
    expect(result.amendments.registry.committees.map((c) => c.short)).toEqual(["Kreistag", "KA", "BKS", "UPM", "SGJ", "Inklusionsbeirat"]);
    expect(result.amendments.registrySource).toBe("configuration");
    expect(host.limitations).toEqual([]);
  });

  it("shows why the county's file is not used, with the built-in defaults in force", async () => {
    const problem = "Die zentrale Konfiguration (beschlussreif.config.json) wird nicht verwendet: Die Konfiguration ist ungültig: „version“ fehlt. Es gelten die eingebauten Grundeinstellungen; bitte wenden Sie sich an Ihre IT.";
    const { host } = setup({ configuration: DEFAULT_CONFIGURATION, problem });
    const result = await host.refresh();
    expect(host.limitations).toEqual([problem]);
    expect(result.amendments.registry.committees).toEqual([]);
  });

  it("makes OParl-JSON under the configured address, valid under the schemas; without an address it says what is missing", async () => {
    const county = setup({ configuration: MUSTERLAND, problem: null });
    const result = await county.host.refresh();
    const data = overviewData({ model: result.model, amendments: result.amendments, beirat: result.beirat }, { kind: "amendments", date: "2025-04-01" });
    await county.host.actions.createOverview!(data, "oparl", "download");
    expect(county.downloads[0].name).toBe("Aenderungsuebersicht-01.04.2025.oparl.json");
    const page = JSON.parse(String(county.downloads[0].data)) as { data: { id: string }[] };
    expect(page.data.length).toBe(data.kind === "amendments" ? data.rows.length + 1 : -1);
    expect(page.data.every((p) => p.id.startsWith("https://ris.kreis-musterland.example/oparl/v1/paper/"))).toBe(true);
    expect(page.data.flatMap((p) => oparlErrors("Paper", p))).toEqual([]);

    const neutral = setup({ configuration: DEFAULT_CONFIGURATION, problem: null });
    await neutral.host.refresh();
    await expect(neutral.host.actions.createOverview!(data, "oparl", "download")).rejects.toThrow(OPARL_BASE_MISSING);
    expect(neutral.downloads).toEqual([]);
  });

  it("records a question the Beirat asks through the pane under the Beirat's configured name, and lists it as the Beirat's", async () => {
    const { sim, host } = setup({ configuration: MUSTERLAND, problem: null });
    const first = await host.refresh();
    const p = first.model.paragraphs.find((x) => x.text.includes("Geodaten werden bedarfsgerecht"))!;
    const start = p.text.indexOf("Digitalen Zwillingen");
    sim.state.selection = { start: { paragraph: p.index, offset: start }, end: { paragraph: p.index, offset: start + "Digitalen Zwillingen".length } };
    await host.actions.askQuestion!("Ist das auch in Leichter Sprache erklärt?");
    const asked = await host.refresh();
    const question = asked.beirat.find((b) => b.comment === "Ist das auch in Leichter Sprache erklärt?")!;
    expect(question).toMatchObject({ kind: "question", text: "Digitalen Zwillingen", state: "offen" });
    expect(asked.amendments.amendments.find((a) => a.commentIds.includes(question.commentId!))?.metadata).toMatchObject({ antragsteller: "Inklusionsbeirat", status: "offen" });
    // Without its pink (Word on the web may lose it), the record alone keeps it the Beirat's.
    for (const run of sim.state.model.paragraphs[p.index].runs) run.format = { ...run.format, highlight: null };
    expect((await host.refresh()).beirat.find((b) => b.commentId === question.commentId)).toMatchObject({ marking: null, state: "offen" });
  });

  it("keeps the document on the central registries when Anträge are saved; an edited registry is the document's until it returns", async () => {
    const { sim, host } = setup({ configuration: MUSTERLAND, problem: null });
    const first = await host.refresh();
    // The draft writes "SPD-Kreistagsfraktion"; the county's registry names its SPD faction "SPD-Kreistagsfraktion Musterland".
    const spd = first.amendments.amendments.find((a) => a.metadata.antragsteller === "SPD-Kreistagsfraktion Musterland")!;
    await host.actions.saveAmendments!(first.amendments.amendments.map((a) => (a.key === spd.key ? confirmImport(a, "Stabsstelle", NOW().toISOString()) : a)));
    const saved = await host.refresh();
    expect(saved.amendments.registrySource).toBe("configuration");
    expect(storedPart(sim)).not.toContain("<registry");

    const own = { ...saved.amendments.registry, committees: [...saved.amendments.registry.committees, { short: "HFA", name: "Haupt- und Finanzausschuss", aliases: [] }] };
    await host.actions.saveRegistry!(own);
    const edited = await host.refresh();
    expect([edited.amendments.registrySource, edited.amendments.registry]).toEqual(["document", own]);
    // The classification the configuration gave stays with the document's copy.
    expect(storedPart(sim)).toContain('classification="Parlament"');

    await host.actions.saveRegistry!(null);
    const back = await host.refresh();
    expect([back.amendments.registrySource, back.amendments.registry]).toEqual(["configuration", MUSTERLAND.registry]);
    expect(back.amendments.amendments.find((a) => a.key === spd.key)).toMatchObject({ source: "metadata", metadata: { antragsteller: "SPD-Kreistagsfraktion Musterland" } });
  });
});
