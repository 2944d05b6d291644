import { readFileSync } from "node:fs";
import path from "node:path";
import { confirmImport } from "../../src/amendments";
import { readDocx } from "../../src/docx";
import { overviewData } from "../../src/overview";
import { createWordSimulator } from "../../src/simulator";
import { createWordHost } from "../../src/taskpane/word-host";

const SAMPLE = path.resolve(__dirname, "../../../shared/samples/strategie-entwurf1.docx");
const NOW = () => new Date("2025-04-01T09:00:00Z");

function setup() {
  const sim = createWordSimulator(readDocx(new Uint8Array(readFileSync(SAMPLE))), { author: "Stabsstelle", now: NOW });
  const downloads: { name: string; data: Uint8Array | string }[] = [];
  const host = createWordHost(sim, { now: NOW, download: (name, data) => downloads.push({ name, data }) });
  return { sim, host, downloads };
}

describe("the task pane's Word host, on the Word simulator", () => {
  it("refreshes in at most 3 syncs and analyses what Word holds", async () => {
    const { sim, host } = setup();
    const result = await host.refresh();
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    expect(result.findings.filter((f) => f.rule === "toc/missing-in-body")).toHaveLength(12);
    expect(result.beirat.map((b) => b.text)).toEqual(["barrierefrei"]);
    expect(host.limitations).toEqual([]);
  });

  it("stores confirmed metadata in the document: part, readable line, and back as stored metadata", async () => {
    const { sim, host } = setup();
    const first = await host.refresh();
    const spd = first.amendments.amendments.find((a) => a.metadata.antragsteller === "SPD-Kreistagsfraktion")!;
    expect(spd.source).toBe("imported");
    const confirmed = first.amendments.amendments.map((a) => (a.key === spd.key ? confirmImport(a, "Stabsstelle", NOW().toISOString()) : a));
    await host.actions.saveAmendments!(confirmed);
    expect(sim.state.model.customXmlParts.some((p) => p.namespaceUri === "urn:beschlussreif:antraege:v1")).toBe(true);
    const again = await host.refresh();
    const stored = again.amendments.amendments.find((a) => a.metadata.antragsteller === "SPD-Kreistagsfraktion")!;
    expect(stored).toMatchObject({ source: "metadata", metadata: { datum: "2025-03-14" } });
    const thread = again.model.comments.flatMap((c) => [c.text, ...c.replies.map((r) => r.text)]);
    expect(thread.filter((t) => t.startsWith("Antrag: SPD-Kreistagsfraktion · 14.03.2025"))).toHaveLength(1);
    // Saving again adds no second line.
    await host.actions.saveAmendments!(again.amendments.amendments);
    const third = await host.refresh();
    expect(third.model.comments.flatMap((c) => [c.text, ...c.replies.map((r) => r.text)]).filter((t) => t.startsWith("Antrag: SPD"))).toHaveLength(1);
  });

  it("ignores a term group for this document and keeps that in the document", async () => {
    const { host } = setup();
    const first = await host.refresh();
    const group = first.terms.groups.find((g) => !g.ignored)!;
    await host.actions.ignoreTerm!(group.id);
    const again = await host.refresh();
    expect(again.terms.groups.find((g) => g.id === group.id)?.ignored).toBe(true);
    expect(again.terms.findings.some((f) => (f.data as { id?: string } | undefined)?.id === group.id)).toBe(false);
  });

  it("adds a term to the document glossary", async () => {
    const { host } = setup();
    await host.refresh();
    await host.actions.addToGlossary!({ preferred: "Kreisverwaltung", variants: ["Kreis-Verwaltung"] });
    const again = await host.refresh();
    expect(again.model.customXmlParts.some((p) => p.namespaceUri === "urn:beschlussreif:einstellungen:v1" && p.xml.includes("Kreis-Verwaltung"))).toBe(true);
  });

  it("replies to and resolves the Beirat's question", async () => {
    const { host } = setup();
    const first = await host.refresh();
    const question = first.beirat[0];
    await host.actions.replyToComment!(question.commentId!, "Ja, auch Vorlesefunktion und Leichte Sprache.");
    expect((await host.refresh()).beirat[0].state).toBe("beantwortet");
    await host.actions.resolveComment!(question.commentId!);
    const done = await host.refresh();
    expect(done.beirat[0].state).toBe("erledigt");
    expect(done.findings.map((f) => f.rule)).not.toContain("beirat/unanswered");
  });

  it("makes overviews: a new Word document, a table at the cursor, a downloaded file", async () => {
    const { sim, host, downloads } = setup();
    const result = await host.refresh();
    const data = overviewData({ model: result.model, amendments: result.amendments.amendments, beirat: result.beirat }, { kind: "amendments", date: "2025-04-01" });
    await host.actions.createOverview!(data, "docx", "newDocument");
    expect(sim.state.openedDocuments).toHaveLength(1);
    await host.actions.createOverview!(data, "csv", "download");
    expect(downloads[0].name).toBe("Aenderungsuebersicht-01.04.2025.csv");
    expect(String(downloads[0].data)).toContain("Antragsteller");
    const before = sim.state.model.paragraphs.length;
    await host.actions.createOverview!(data, "docx", "cursor");
    expect(sim.state.model.paragraphs.length).toBeGreaterThan(before);
  });

  it("reports Word's refusal as a German message and writes nothing", async () => {
    const { sim, host } = setup();
    const first = await host.refresh();
    sim.failures.insertComment = "NotAllowed";
    sim.failures.reply = "NotAllowed";
    const parts = sim.state.model.comments.length;
    await expect(host.actions.replyToComment!(first.beirat[0].commentId!, "Antwort")).rejects.toThrow(/[äöüÄÖÜß]|nicht/);
    expect(sim.state.model.comments.length).toBe(parts);
  });
});

describe("Beirat actions and term replacement through the host", () => {
  it("asks a question on the selection, answers it and resolves it, with a stored record", async () => {
    const { sim, host } = setup();
    const first = await host.refresh();
    const p = first.model.paragraphs.find((x) => x.text.includes("Geodaten werden bedarfsgerecht"))!;
    const start = p.text.indexOf("Digitalen Zwillingen");
    sim.state.selection = { start: { paragraph: p.index, offset: start }, end: { paragraph: p.index, offset: start + "Digitalen Zwillingen".length } };
    await host.actions.askQuestion!("Was ist ein Digitaler Zwilling?");
    const asked = await host.refresh();
    const question = asked.beirat.find((b) => b.text === "Digitalen Zwillingen")!;
    expect(question).toMatchObject({ kind: "question", state: "offen", comment: "Was ist ein Digitaler Zwilling?" });
    const record = asked.amendments.amendments.find((a) => a.commentIds.includes(question.commentId!))!;
    expect(record).toMatchObject({ source: "metadata", metadata: { antragsteller: "Teilhabebeirat", status: "offen" } });

    await host.actions.replyToComment!(question.commentId!, "Ein digitales Abbild der Stadt.");
    const answered = await host.refresh();
    expect(answered.beirat.find((b) => b.commentId === question.commentId)?.state).toBe("beantwortet");
    expect(answered.amendments.amendments.find((a) => a.commentIds.includes(question.commentId!))?.metadata.stellungnahme).toBe("Ein digitales Abbild der Stadt.");

    await host.actions.resolveComment!(question.commentId!);
    const resolved = await host.refresh();
    expect(resolved.beirat.find((b) => b.commentId === question.commentId)?.state).toBe("erledigt");
    expect(resolved.amendments.amendments.find((a) => a.commentIds.includes(question.commentId!))?.metadata).toMatchObject({ status: "erledigt", statusDatum: "2025-04-01" });
  });

  it("refuses a question without a selection, in German, and changes nothing", async () => {
    const { sim, host } = setup();
    await host.refresh();
    const comments = sim.state.model.comments.length;
    await expect(host.actions.askQuestion!("Warum?")).rejects.toThrow(/markieren/);
    expect(sim.state.model.comments.length).toBe(comments);
  });

  it("replaces all variants of a term as tracked changes", async () => {
    const { sim, host } = setup();
    const first = await host.refresh();
    const group = first.terms.groups.find((g) => g.kind !== "gender" && g.variants.length > 1)!;
    const before = sim.state.model.trackedChanges.length;
    await host.actions.unifyTerm!(group, group.suggested!);
    const again = await host.refresh();
    expect(sim.state.model.trackedChanges.length).toBeGreaterThan(before);
    expect(again.terms.groups.find((g) => g.id === group.id)).toBeUndefined();
  });
});
