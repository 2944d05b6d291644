/**
 * The one guarded write of the records part: stored records that cannot be read — damaged, or written by a newer
 * Beschlussreif — are reported (`meta/storage-unreadable`) and never overwritten, by the pane or by `import`; and no
 * write goes beyond Word on the web's 1 MB.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { confirmImport } from "../../src/amendments";
import { readDocx } from "../../src/docx";
import { createWordSimulator } from "../../src/simulator";
import { createWordHost } from "../../src/taskpane/word-host";
import { cli, sample, tempDir, writeTemp } from "../cli/harness";
import { anchoredParagraph, comment, docxWithComments } from "../hostile/packages";

const NS = "urn:beschlussreif:antraege:v1";
const NOW = () => new Date("2025-04-01T09:00:00Z");
/** What a Beschlussreif of a later schema could store: version 2, with an element this version does not know. */
const NEWER = `<?xml version="1.0" encoding="UTF-8"?><antraege xmlns="${NS}" version="3"><registry/><antrag key="k-2031" kind="insertion"><meta antragsteller="SPD-Kreistagsfraktion" datum="2025-03-14"/><abstimmung ja="31" nein="12"/></antrag></antraege>`;
/** Well-formed, but a record without its key (the .docx reader refuses XML that is not well-formed as a whole file). */
const DAMAGED = `<?xml version="1.0" encoding="UTF-8"?><antraege xmlns="${NS}" version="1"><registry/><antrag kind="insertion"><meta antragsteller="SPD"/></antrag></antraege>`;

/** The first draft with one more custom XML part of ours, as another program or version left it. */
function draftWith(part: string): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(sample("strategie-entwurf1.docx"))));
  files["customXml/item9.xml"] = strToU8(part);
  return zipSync(files);
}

function paneOn(bytes: Uint8Array) {
  const sim = createWordSimulator(readDocx(bytes), { author: "Stabsstelle", now: NOW });
  return { sim, host: createWordHost(sim, { now: NOW, user: "Stabsstelle" }) };
}

describe.each([
  ["written by a newer version", NEWER, /neueren Version von Beschlussreif gespeichert \(Version 3\)/],
  ["damaged", DAMAGED, /entsprechen nicht dem Schema/],
])("stored records %s", (_case, part, reason) => {
  const bytes = draftWith(part);

  it("the pane reports them as meta/storage-unreadable (error) with the reason", async () => {
    const { host } = paneOn(bytes);
    const findings = (await host.refresh()).findings.filter((f) => f.rule === "meta/storage-unreadable");
    expect(findings).toEqual([expect.objectContaining({ severity: "error", location: { paragraph: null, section: null, note: null, text: null }, message: expect.stringMatching(reason) })]);
  });

  it("the pane saves neither amendments nor registries nor a Beirat record, and writes nothing", async () => {
    const { sim, host } = paneOn(bytes);
    const first = await host.refresh();
    const before = structuredClone(sim.state.model);
    const spd = first.amendments.amendments.find((a) => a.metadata.antragsteller === "SPD-Kreistagsfraktion")!;
    const refusal = expect.objectContaining({ message: expect.stringMatching(/^Die gespeicherten Antragsangaben werden nicht überschrieben: .*Es wurde nichts gespeichert\.$/) });
    await expect(host.actions.saveAmendments!(first.amendments.amendments.map((a) => (a === spd ? confirmImport(a, "Stabsstelle", NOW().toISOString()) : a)))).rejects.toEqual(refusal);
    await expect(host.actions.saveRegistry!(first.amendments.registry)).rejects.toEqual(refusal);
    const p = first.model.paragraphs.find((x) => x.text.includes("Geodaten werden bedarfsgerecht"))!;
    sim.state.selection = { start: { paragraph: p.index, offset: 0 }, end: { paragraph: p.index, offset: 8 } };
    await expect(host.actions.askQuestion!("Was heißt bedarfsgerecht?")).rejects.toEqual(refusal);
    expect(sim.state.model).toEqual(before);
    expect(sim.stats.syncs).toBe(3); // the refresh; no save reached Word
  });

  it("check reports them (exit 1 at the default --fail-on error) and meta shows them", async () => {
    const file = writeTemp("entwurf.docx", bytes);
    const check = await cli("check", file, "--format", "json");
    expect(check.code).toBe(1);
    const finding = (JSON.parse(check.stdout) as { findings: { rule: string; severity: string; message: string; data: { reason: string } }[] }).findings.find((f) => f.rule === "meta/storage-unreadable");
    expect(finding).toMatchObject({ severity: "error", message: expect.stringMatching(reason), data: { reason: expect.stringMatching(reason) } });
    const metaJson = JSON.parse((await cli("meta", file, "--format", "json")).stdout) as { findings: { rule: string }[] };
    expect(metaJson.findings.map((f) => f.rule)).toEqual(["meta/storage-unreadable"]);
    const metaText = await cli("meta", file);
    expect(metaText.code).toBe(0);
    expect(metaText.stdout).toMatch(new RegExp(`^Fehler meta/storage-unreadable: Die gespeicherten Antragsangaben können nicht gelesen werden: .*${reason.source}`, "m"));
  });

  it("import refuses with one line (exit 2) and writes no file", async () => {
    const file = writeTemp("entwurf.docx", bytes);
    const out = path.join(tempDir(), "neu.docx");
    const result = await cli("import", file, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(new RegExp(`^beschlussreif: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: Die gespeicherten Antragsangaben werden nicht überschrieben: `))]);
    expect(result.stderr).toMatch(reason);
    expect(existsSync(out)).toBe(false);
  });
});

describe("the 1 MB of Word on the web", () => {
  it("import refuses a records part that would exceed it (exit 2), writing nothing", async () => {
    // 3,500 Anträge, each a comment naming its proposer and date as legacy free text (3,000 need about 985 KB).
    const ids = Array.from({ length: 3500 }, (_, i) => i + 1);
    const body = ids.map((id) => anchoredParagraph([id], `Der Kreis Musterland fördert Maßnahme ${id} zur Mobilität.`)).join("");
    const comments = ids.map((id) => comment(id, "Kreisverwaltung Musterland", `Antrag der SPD-Kreistagsfraktion vom ${String(1 + (id % 28)).padStart(2, "0")}.03.2025`)).join("");
    const file = writeTemp("viele-antraege.docx", docxWithComments(body, comments));
    const out = path.join(tempDir(), "neu.docx");
    const result = await cli("import", file, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^beschlussreif: .*: Die Antragsangaben wären \d+,\d MB groß; Word im Web speichert höchstens 1 MB\./);
    expect(existsSync(out)).toBe(false);
  });
});
