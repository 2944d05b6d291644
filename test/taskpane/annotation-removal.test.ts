/**
 * "Vermerke aus dem Text entfernen" on the Word simulator (load/sync semantics): on the sample draft, the annotations
 * of the Anträge whose values were taken over are deleted as tracked changes in one batch; an unconfirmed one stays;
 * the records keep their values, no editorial deletion becomes an Antrag, and the tables read as before.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { confirmImport } from "../../src/amendments";
import { removableAnnotations } from "../../src/app";
import { readDocx } from "../../src/docx";
import { overviewData, plain } from "../../src/overview";
import { createWordSimulator } from "../../src/simulator";
import { createWordHost } from "../../src/taskpane/word-host";

const SAMPLE = path.resolve(__dirname, "../../../shared/samples/strategie-entwurf1.docx");
const NOW = () => new Date("2025-04-01T09:00:00Z");
// The sample's wording, as its paragraphs read.
const GEODATEN = "Geodaten werden bedarfsgerecht zur Nutzung in Digitalen Zwillingen entsprechend den Anforderungen von Wirtschaft, "
  + "Verwaltung, Recht und Wissenschaft sowie der Bürgerinnen und Bürger bereitgestellt.";
const ABT62 = " (Formulierungsvorschlag der Verwaltung, Abt. 62)";
const FACHKRAEFTE = "Beratung, Information und Vernetzung von Unternehmen bei der Fachkräftegewinnung im In- und Ausland zur Stärkung "
  + "der Wettbewerbsfähigkeit auf dem Arbeitsmarkt.";
const GRUENE_AFASSUG = "(Änderungsantrag B90/ Die Grünen vom 09.03.2025, Zustimmung im AfASSuG vom 05.03.2025)";
const SCHULE_NOTE = "(Änderungsantrag Bündnis 90/Die Grünen vom 09.03.2025)";

function setup() {
  const sim = createWordSimulator(readDocx(new Uint8Array(readFileSync(SAMPLE))), { author: "Stabsstelle", now: NOW });
  return { sim, host: createWordHost(sim, { now: NOW }) };
}

describe("Vermerke aus dem Text entfernen, on the Word simulator", () => {
  it("refuses while no annotation belongs to a confirmed Antrag, and writes nothing", async () => {
    const { sim, host } = setup();
    const first = await host.refresh();
    expect(first.amendments.inlineAnnotations.map((a) => a.text)).toEqual([GRUENE_AFASSUG, ABT62.trim(), SCHULE_NOTE]);
    expect(removableAnnotations(first.amendments)).toEqual([]);
    const writes = sim.stats.writes;
    await expect(host.actions.removeAnnotations!()).rejects.toThrow("Im Text stehen keine Vermerke zu übernommenen Anträgen.");
    expect(sim.stats.writes).toBe(writes);
  });

  it("deletes the confirmed Anträge's annotations as tracked changes in one batch; the values stay, the tables read clean", async () => {
    const { sim, host } = setup();
    const first = await host.refresh();
    const at = (words: string) => first.amendments.amendments.find((a) => a.location && first.model.paragraphs[a.location.start.paragraph].text.includes(words))!;
    const confirm = new Set([at("Fachkräftegewinnung").key, at("Geodaten").key]);
    await host.actions.saveAmendments!(first.amendments.amendments.map((a) => (confirm.has(a.key) ? confirmImport(a, "Stabsstelle", NOW().toISOString()) : a)));
    const saved = await host.refresh();
    expect(removableAnnotations(saved.amendments).map((a) => a.text)).toEqual([GRUENE_AFASSUG, ABT62.trim()]);

    const syncs = sim.stats.syncs;
    await host.actions.removeAnnotations!();
    expect(sim.stats.syncs - syncs).toBeLessThanOrEqual(2);

    const after = await host.refresh();
    const paragraph = (words: string) => after.model.paragraphs.find((p) => p.text.includes(words))!;
    // Plain text: a tracked deletion by the user, the paragraph's original text unchanged.
    expect(paragraph("Geodaten").text).toBe(GEODATEN);
    expect(paragraph("Geodaten").originalText).toBe(GEODATEN + ABT62);
    const deletion = after.model.trackedChanges.find((c) => c.kind === "deletion" && c.text === ABT62);
    expect(deletion).toMatchObject({ author: "Stabsstelle" });
    expect(after.amendments.removedAnnotations).toEqual([deletion!.id]);
    // The clerk's inserted annotation goes with her insertion; the blank before it is plain text and stays.
    expect(paragraph("Fachkräftegewinnung").text).toBe(`${FACHKRAEFTE} `);
    // The unconfirmed Antrag's annotation stays: its values live only there.
    expect(paragraph("Digitalisierung im Bereich Schule").text.endsWith(` ${SCHULE_NOTE}`)).toBe(true);

    // The same Anträge, none new, none lost; the confirmed ones keep their values.
    expect(after.amendments.amendments.map((a) => a.key)).toEqual(saved.amendments.amendments.map((a) => a.key));
    expect(after.amendments.amendments.every((a) => a.found)).toBe(true);
    const byKey = new Map(after.amendments.amendments.map((a) => [a.key, a]));
    expect(byKey.get(at("Geodaten").key)).toMatchObject({ source: "metadata", metadata: { antragsteller: "Abt. 62" } });
    expect(byKey.get(at("Fachkräftegewinnung").key)).toMatchObject({
      source: "metadata",
      metadata: { antragsteller: "Bündnis 90/Die Grünen", datum: "2025-03-09", beratungsfolge: [{ gremium: "AfASSuG", date: "2025-03-05", result: "Zustimmung" }] },
    });
    expect(removableAnnotations(after.amendments)).toEqual([]);
    await expect(host.actions.removeAnnotations!()).rejects.toThrow("Im Text stehen keine Vermerke");

    // The tables: the Geodaten sentence is the same in both columns, and unchanged in the Synopse.
    const source = { model: after.model, amendments: after.amendments, beirat: after.beirat };
    const table = overviewData(source, { kind: "amendments", date: "2025-04-01" });
    const row = table.kind === "amendments" ? table.rows.find((r) => plain(r.after).startsWith("Geodaten"))! : null;
    expect(row && [plain(row.before), plain(row.after)]).toEqual([GEODATEN, GEODATEN]);
    const synopse = overviewData(source, { kind: "synopse", date: "2025-04-01" });
    const rows = synopse.kind === "synopse" ? synopse.synopse.sections.flatMap((s) => s.rows) : [];
    const geodaten = after.model.paragraphs.findIndex((p) => p.text === GEODATEN);
    expect(rows.find((r) => (r.kind === "unchanged" ? r.paragraphs.includes(geodaten) : r.paragraph === geodaten))?.kind).toBe("unchanged");
  });
});
