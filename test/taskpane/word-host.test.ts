import { readFileSync } from "node:fs";
import path from "node:path";
import { confirmImport, setField } from "../../src/amendments";
import { readDocx } from "../../src/docx";
import { overviewData } from "../../src/overview";
import { createWordSimulator } from "../../src/simulator";
import { mergeInList, splitInList } from "../../src/taskpane/components/group-edit";
import { createWordHost } from "../../src/taskpane/word-host";
import type { OutlineFix } from "../../src/checks/outline";
import { buildDocx, ROMAN, typedToc, type Block } from "../checks/outline/docx-builder";

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
    // A changed status updates the line where it stands: still one line, now with the status.
    const spdNow = third.amendments.amendments.find((a) => a.metadata.antragsteller === "SPD-Kreistagsfraktion")!;
    await host.actions.saveAmendments!(third.amendments.amendments.map((a) => (a === spdNow ? setField(a, "status", "eingereicht", "Stabsstelle", NOW().toISOString()) : a)));
    const fourth = await host.refresh();
    expect(fourth.model.comments.flatMap((c) => [c.text, ...c.replies.map((r) => r.text)]).filter((t) => t.startsWith("Antrag: SPD"))).toEqual(["Antrag: SPD-Kreistagsfraktion · 14.03.2025 · Status: eingereicht"]);
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
    const data = overviewData({ model: result.model, amendments: result.amendments, beirat: result.beirat }, { kind: "amendments", date: "2025-04-01" });
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

/** The sample with the Beirat's question „Was ist ein Digitaler Zwilling?“ asked on „Digitalen Zwillingen“ through the pane. */
async function askedAboutDigitalTwins() {
  const { sim, host } = setup();
  const first = await host.refresh();
  const p = first.model.paragraphs.find((x) => x.text.includes("Geodaten werden bedarfsgerecht"))!;
  const start = p.text.indexOf("Digitalen Zwillingen");
  sim.state.selection = { start: { paragraph: p.index, offset: start }, end: { paragraph: p.index, offset: start + "Digitalen Zwillingen".length } };
  await host.actions.askQuestion!("Was ist ein Digitaler Zwilling?");
  return { sim, host, paragraph: p.index };
}

describe("Beirat actions and term replacement through the host", () => {
  it("asks a question on the selection, answers it and resolves it, with a stored record", async () => {
    const { host } = await askedAboutDigitalTwins();
    const asked = await host.refresh();
    const question = asked.beirat.find((b) => b.text === "Digitalen Zwillingen")!;
    expect(question).toMatchObject({ kind: "question", state: "offen", comment: "Was ist ein Digitaler Zwilling?" });
    const record = asked.amendments.amendments.find((a) => a.commentIds.includes(question.commentId!))!;
    // A question is a comment, no Antrag: recorded without a number, and no "Antrag: …" line in its thread.
    expect(record).toMatchObject({ category: "comment", number: null, source: "metadata", metadata: { antragsteller: "Teilhabebeirat", status: "offen" } });
    const thread = (r: typeof asked) => r.model.comments.filter((c) => c.id === question.commentId).flatMap((c) => [c.text, ...c.replies.map((x) => x.text)]);
    expect(thread(asked)).toEqual(["Was ist ein Digitaler Zwilling?"]);
    expect(asked.findings.filter((f) => f.rule.startsWith("meta/") && (f.data as { key?: string } | undefined)?.key === record.key)).toEqual([]);

    await host.actions.replyToComment!(question.commentId!, "Ein digitales Abbild der Stadt.");
    const answered = await host.refresh();
    expect(answered.beirat.find((b) => b.commentId === question.commentId)?.state).toBe("beantwortet");
    // The record's status follows the answer.
    expect(answered.amendments.amendments.find((a) => a.commentIds.includes(question.commentId!))?.metadata).toMatchObject({
      stellungnahme: "Ein digitales Abbild der Stadt.", status: "beantwortet", statusDatum: "2025-04-01",
    });
    expect(thread(answered)).toEqual(["Was ist ein Digitaler Zwilling?", "Ein digitales Abbild der Stadt."]);

    await host.actions.resolveComment!(question.commentId!);
    const resolved = await host.refresh();
    expect(resolved.beirat.find((b) => b.commentId === question.commentId)?.state).toBe("erledigt");
    expect(resolved.amendments.amendments.find((a) => a.commentIds.includes(question.commentId!))?.metadata).toMatchObject({ status: "erledigt", statusDatum: "2025-04-01" });
  });

  it("keeps a question asked through the pane when Word loses its pink (web, office-js #3950) and the asker is a person", async () => {
    const { sim, host, paragraph } = await askedAboutDigitalTwins();
    for (const run of sim.state.model.paragraphs[paragraph].runs) run.format = { ...run.format, highlight: null };
    const reloaded = await host.refresh();
    const question = reloaded.beirat.find((b) => b.comment === "Was ist ein Digitaler Zwilling?");
    expect(question).toMatchObject({ kind: "question", marking: null, text: "Digitalen Zwillingen", author: "Stabsstelle", state: "offen" });
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

  it("records a unification as editorial changes: no new Antrag, no number changed, no missing proposer, not in the overview unless asked", async () => {
    const { host } = setup();
    const first = await host.refresh();
    await host.actions.saveAmendments!(first.amendments.amendments.map((a) => confirmImport(a, "Stabsstelle", NOW().toISOString())));
    const stored = await host.refresh();
    const antraege = (r: typeof stored) => r.amendments.amendments.filter((a) => a.category === "antrag").map((a) => [a.key, a.number]);
    expect(antraege(stored).map(([, n]) => n)).toEqual([1, 2, 3, 4, 5]);
    const missing = (r: typeof stored) => r.findings.filter((f) => f.rule === "meta/missing").length;
    const group = stored.terms.groups.find((g) => g.kind !== "gender" && g.variants.length > 1)!;
    await host.actions.unifyTerm!(group, group.suggested!);
    const after = await host.refresh();
    expect(antraege(after)).toEqual(antraege(stored));
    expect(missing(after)).toBe(missing(stored));
    const editorial = after.amendments.amendments.filter((a) => a.category === "editorial");
    expect(editorial.length).toBeGreaterThan(0);
    for (const a of editorial) {
      expect(a).toMatchObject({ number: null, source: "metadata", metadata: expect.objectContaining({ antragsteller: "Verwaltung", datum: "2025-04-01" }) });
      expect(a.metadata.history).toEqual([{ at: NOW().toISOString(), by: "Verwaltung", field: "redaktionell", from: null, to: `Schreibweise vereinheitlicht: „${group.suggested}“` }]);
    }
    // No "Antrag: …" line for them: the comments are as before.
    expect(after.model.comments.length).toBe(stored.model.comments.length);
    const request = { kind: "amendments" as const, date: "2025-04-01" };
    const rows = (extra = {}) => { const d = overviewData({ model: after.model, amendments: after.amendments, beirat: after.beirat }, { ...request, ...extra }); return d.kind === "amendments" ? d.rows : []; };
    expect(rows().map((r) => r.category)).toEqual(["antrag", "antrag", "antrag", "antrag", "antrag"]);
    expect(rows({ includeEditorial: true }).filter((r) => r.category === "editorial")).toHaveLength(editorial.length);
  });
});

describe("regrouping and registries stored through the host", () => {
  it("splits a saved replacement into two numbered Anträge; the second part's new line stays with it, no stray Antrag", async () => {
    // The demo's Grüne replacement: a deletion of no width and an insertion at the same place, so both parts' line
    // comments stand on the same range.
    const sim = createWordSimulator(readDocx(new Uint8Array(readFileSync(path.resolve(__dirname, "../../assets/demo/demo-strategie.docx")))), { author: "Stabsstelle", now: NOW });
    const host = createWordHost(sim, { now: NOW });
    const first = await host.refresh();
    const replacement = first.amendments.amendments.find((a) => a.kind === "replacement")!;
    await host.actions.saveAmendments!(first.amendments.amendments.map((a) => (a === replacement ? confirmImport(a, "Stabsstelle", NOW().toISOString()) : a)));
    const saved = await host.refresh();
    const antraege = (r: typeof saved) => r.amendments.amendments.filter((a) => a.category === "antrag");
    expect(antraege(saved).filter((a) => a.number !== null).map((a) => [a.key, a.number])).toEqual([[replacement.key, 1]]);
    const split = splitInList(saved.model, saved.amendments.amendments, replacement.key, new Map([[replacement.key, "1"]]), "Stabsstelle", NOW().toISOString());
    if (!split.ok) throw new Error(split.message);
    await host.actions.saveAmendments!(split.amendments);
    const after = await host.refresh();
    expect(antraege(after)).toHaveLength(antraege(saved).length + 1);
    const parts = antraege(after).filter((a) => a.number !== null);
    expect(parts.map((a) => [a.kind, a.number, a.commentIds.length])).toEqual([["deletion", 1, 1], ["insertion", 2, 1]]);
    expect(parts[0].key).toBe(replacement.key);
  });

  it("keeps a merged group across save and refresh, and a split one as its parts", async () => {
    const { host } = setup();
    const first = await host.refresh();
    const all = first.amendments.amendments;
    const [third, fourth] = [all[2], all[3]];
    const merged = mergeInList(first.model, all, new Set([third.key, fourth.key]), new Map(all.map((a, i) => [a.key, String(i + 1)])), "Stabsstelle", NOW().toISOString());
    if (!merged.ok) throw new Error(merged.message);
    await host.actions.saveAmendments!(merged.amendments);

    const again = await host.refresh();
    expect(again.amendments.amendments).toHaveLength(all.length - 1);
    const group = again.amendments.amendments.find((a) => a.key === third.key)!;
    expect(group).toMatchObject({ source: "metadata", found: true, commentIds: fourth.commentIds });
    expect(group.changeIds).toHaveLength(third.changeIds.length);
    expect(group.metadata.history.at(-1)).toMatchObject({ field: "gruppe", to: "zusammengefasst aus Nr. 3, Nr. 4" });

    // The stored group splits again, and that survives a refresh too.
    const numbers = new Map(again.amendments.amendments.map((a, i) => [a.key, String(i + 1)]));
    const split = splitInList(again.model, again.amendments.amendments, group.key, numbers, "Stabsstelle", NOW().toISOString());
    if (!split.ok) throw new Error(split.message);
    expect(split.count).toBeGreaterThan(1);
    await host.actions.saveAmendments!(split.amendments);
    const last = await host.refresh();
    expect(last.amendments.amendments).toHaveLength(all.length - 2 + split.count);
    expect(last.amendments.amendments.filter((a) => a.metadata.history.some((h) => h.to === "aufgeteilt aus Nr. 3"))).toHaveLength(split.count);
  });

  it("stores an edited registry with the document and keeps the stored amendments", async () => {
    const { host } = setup();
    const first = await host.refresh();
    const spd = first.amendments.amendments.find((a) => a.metadata.antragsteller === "SPD-Kreistagsfraktion")!;
    await host.actions.saveAmendments!(first.amendments.amendments.map((a) => (a.key === spd.key ? confirmImport(a, "Stabsstelle", NOW().toISOString()) : a)));
    const before = await host.refresh();
    const registry = {
      ...before.amendments.registry,
      committees: [...before.amendments.registry.committees, { short: "AfSuO", name: "Ausschuss für Sicherheit und Ordnung", aliases: ["Ordnungsausschuss"] }],
      statuses: before.amendments.registry.statuses.filter((s) => s.name !== "vertagt"),
    };
    await host.actions.saveRegistry!(registry);
    const after = await host.refresh();
    expect(after.amendments.registry).toEqual(registry);
    expect(after.amendments.amendments.find((a) => a.key === spd.key)).toMatchObject({ source: "metadata", metadata: { antragsteller: "SPD-Kreistagsfraktion" } });
    await expect(host.actions.saveRegistry!({ ...registry, committees: [{ short: "", name: "leer", aliases: [] }] })).rejects.toThrow(/Namen/);
  });
});

describe("outline fixes through the host", () => {
  const goals = ["Wirtschaft und Arbeit", "Familie und Jugend", "Mobilität und Verkehr"];
  const body = (names: readonly string[]): Block[] => [
    { kind: "heading", level: 1, text: "A. Grundsätze" },
    { kind: "text", text: "Der Kreis Musterland handelt bürgernah." },
    { kind: "heading", level: 1, text: "B. Strategische Ziele" },
    ...names.flatMap((g, i): Block[] => [
      { kind: "heading", level: 2, text: `${ROMAN[i]}. ${g}` },
      { kind: "text", text: `Ziele im Bereich ${g}.` },
      { kind: "bullet", text: "Die Gemeinden werden beteiligt." },
    ]),
  ];

  async function hostOn(blocks: Block[], requirementSets?: Record<string, string>) {
    const sim = createWordSimulator(readDocx(await buildDocx(blocks)), { author: "Stabsstelle", now: NOW, requirementSets });
    return { sim, host: createWordHost(sim, { now: NOW }) };
  }
  const fixFor = (findings: { rule: string; data?: Record<string, unknown> }[], rule: string) => findings.find((f) => f.rule === rule)?.data?.fix as OutlineFix;

  it("inserts the missing typed entry as a tracked insertion", async () => {
    const { host } = await hostOn([...typedToc(goals.slice(0, 2)), ...body(goals)]);
    const fix = fixFor((await host.refresh()).findings, "toc/missing-in-toc");
    expect(fix).toMatchObject({ kind: "insert-toc-entry", text: "III.\tMobilität und Verkehr\t", style: "Toc2" });
    await host.actions.applyOutlineFix!(fix);
    const after = await host.refresh();
    expect(after.findings.filter((f) => f.rule.startsWith("toc/"))).toEqual([]);
    const line = after.model.paragraphs.find((p) => p.text === "III.\tMobilität und Verkehr\t")!;
    expect(line).toMatchObject({ builtInStyle: "Toc2", originalText: "" });
    expect(line.markInserted).not.toBeNull();
    expect(after.model.trackedChanges).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "insertion", author: "Stabsstelle", text: "III.\tMobilität und Verkehr\t" })]));
    // The repair is an editorial change of the administration: no Antrag, no warning about a missing proposer.
    expect(after.amendments.amendments.map((a) => [a.category, a.metadata.antragsteller])).toEqual([["editorial", "Verwaltung"]]);
    expect(after.findings.filter((f) => f.rule.startsWith("meta/"))).toEqual([]);
  });

  it("inserts a missing entry in the middle and renumbers the lines it shifted", async () => {
    const more = [...goals, "Wohnen und Infrastruktur", "Kultur und Tourismus"];
    const { host } = await hostOn([...typedToc(more.filter((g) => g !== "Mobilität und Verkehr")), ...body(more)]);
    const fix = fixFor((await host.refresh()).findings, "toc/missing-in-toc");
    expect(fix).toMatchObject({ kind: "insert-toc-entry", renumber: [expect.objectContaining({ text: expect.stringMatching(/^IV\.\tWohnen/) }), expect.objectContaining({ text: expect.stringMatching(/^V\.\tKultur/) })] });
    await host.actions.applyOutlineFix!(fix);
    const after = await host.refresh();
    expect(after.findings.filter((f) => f.rule.startsWith("toc/") || f.rule.startsWith("numbering/"))).toEqual([]);
  });

  it("corrects a title that differs from the heading", async () => {
    const { host } = await hostOn([...typedToc(goals), ...body(goals.map((g) => (g === "Familie und Jugend" ? "Familie, Kinder und Jugend" : g)))]);
    const fix = fixFor((await host.refresh()).findings, "toc/title-mismatch");
    expect(fix).toMatchObject({ kind: "replace-toc-entry" });
    await host.actions.applyOutlineFix!(fix);
    const after = await host.refresh();
    expect(after.findings.filter((f) => f.rule.startsWith("toc/"))).toEqual([]);
    expect(after.model.trackedChanges.map((c) => c.kind)).toEqual(["deletion", "insertion"]);
  });

  const staleField: Block = { kind: "tocField", entries: [{ level: 1, title: "A. Grundsätze", page: 1 }, { level: 1, title: "B. Strategische Ziele", page: 2 }, { level: 2, title: "I. Wirtschaft und Arbeit", page: 2 }] };

  it("updates a stale TOC field", async () => {
    const { host } = await hostOn([staleField, ...body(goals)]);
    const fix = fixFor((await host.refresh()).findings, "toc/outdated-field");
    expect(fix).toEqual({ kind: "update-field", fieldIndex: 0 });
    await host.actions.applyOutlineFix!(fix);
    const after = await host.refresh();
    expect(after.findings.filter((f) => f.rule === "toc/outdated-field")).toEqual([]);
  });

  it("refuses the field update before WordApi 1.5 and says how to do it in Word", async () => {
    const { host } = await hostOn([staleField, ...body(goals)], { WordApi: "1.4" });
    // Without WordApi 1.5 the reader sees no field (the TOC reads as typed lines), so the fix is given here.
    await host.refresh();
    await expect(host.actions.applyOutlineFix!({ kind: "update-field", fieldIndex: 0 })).rejects.toMatchObject({ kind: "unsupported", message: expect.stringContaining("„Felder aktualisieren“") });
  });
});
