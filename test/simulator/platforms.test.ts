/**
 * Word is several platforms (issue #16): every Word-side workflow of the pane — read, save Anträge, the Beirat's
 * question and answer, unify a term, repair the table of contents, locate the selection, the Selbsttest — on each
 * simulator profile (web, windows, mac, perpetual) with its documented office-js quirks. Expected values are the
 * sample's own (read by readDocx, the independent .docx reader) and the hand-written texts of the actions.
 */
import { readFileSync } from "node:fs";
import { confirmImport, parseStoredData } from "../../src/amendments";
import { readDocx } from "../../src/docx";
import type { DocumentModel, TextRange } from "../../src/model/document";
import { createWordSimulator, PLATFORM_PROFILES, WORD_PLATFORMS, type WordPlatform, type WordSimulator } from "../../src/simulator";
import { createWordHost } from "../../src/taskpane/word-host";
import { applyTocEdits, getSelection, readDocument, replaceAllTracked, runSelfTest, selfTestText } from "../../src/word";
import { sample } from "../cli/harness";
import { storyDocx } from "../docx/helpers";
import { comparable } from "../word/compare";
import { emptyModel, paragraph, READ_PARTS, satzung } from "../word/models";

const NS = "urn:beschlussreif:antraege:v1";
const AT = "2025-04-01T09:00:00Z";
const SPD = "SPD-Kreistagsfraktion";
const entwurf = () => readDocx(new Uint8Array(readFileSync(sample("strategie-entwurf1.docx"))));
const range = (p: number, start: number, end: number): TextRange => ({ start: { paragraph: p, offset: start }, end: { paragraph: p, offset: end } });

function paneOn(platform: WordPlatform, model: DocumentModel) {
  const sim = createWordSimulator(model, { platform, author: "Teilhabebeirat", now: () => new Date(AT) });
  return { sim, host: createWordHost(sim, { user: "Stabsstelle", now: () => new Date(AT) }) };
}

const syncsOf = async (sim: WordSimulator, action: () => Promise<unknown>) => {
  const before = sim.stats.syncs;
  await action();
  return sim.stats.syncs - before;
};

describe.each(WORD_PLATFORMS)("Word profile %s", (platform) => {
  const quirks = PLATFORM_PROFILES[platform].quirks;

  it("reads the sample as the .docx reader does (Mac: deleted text rebuilt from the original view)", async () => {
    const model = entwurf();
    expect(model.trackedChanges.filter((c) => c.kind === "deletion" && c.text !== "").length).toBeGreaterThan(0);
    const sim = createWordSimulator(structuredClone(model), { platform });
    const { model: read } = await readDocument(sim, READ_PARTS);
    expect(comparable(read, READ_PARTS)).toEqual(comparable(model, READ_PARTS));
  });

  it("saves every Antrag's metadata in one run of at most three syncs (web: a refused reply costs two more, once)", async () => {
    const { sim, host } = paneOn(platform, entwurf());
    const view = await host.refresh();
    const all = view.amendments.amendments.map((a) => confirmImport(a, "Stabsstelle", AT));
    const syncs = await syncsOf(sim, () => host.actions.saveAmendments!(all));
    expect(syncs).toBeLessThanOrEqual(quirks.replyFails ? 5 : 3);
    const stored = parseStoredData(sim.state.model.customXmlParts.find((p) => p.namespaceUri === NS)!.xml);
    expect(stored.records.length).toBe(all.filter((a) => a.source === "metadata").length);
    const again = await host.refresh();
    const spd = again.amendments.amendments.find((a) => a.metadata.antragsteller === SPD)!;
    expect(spd.source).toBe("metadata");
    // The readable line is in the Antrag's thread once — as a reply, or on the web as a marked comment read as one.
    const lines = again.model.comments.flatMap((c) => [c.text, ...c.replies.map((r) => r.text)]).filter((t) => t.startsWith(`Antrag: ${SPD} · 14.03.2025`));
    expect(lines).toHaveLength(1);
    // Saving again writes no second line and, once a reply was refused, stays within three syncs.
    const resave = await syncsOf(sim, () => host.actions.saveAmendments!(again.amendments.amendments));
    expect(resave).toBeLessThanOrEqual(3);
    const after = await host.refresh();
    expect(after.model.comments.flatMap((c) => [c.text, ...c.replies.map((r) => r.text)]).filter((t) => t.startsWith(`Antrag: ${SPD} · 14.03.2025`))).toHaveLength(1);
  });

  it("asks a Beirat question on the selection and answers it: pink stays saved, the answer is in the thread", async () => {
    const model = satzung();
    const { sim, host } = paneOn(platform, model);
    await host.refresh();
    sim.state.selection = range(3, 4, 13);
    await host.actions.askQuestion!("Sind die Sitzungen barrierefrei zugänglich?");
    // Saved as hex: the model is the document as Word saves it (the web drops the name "Pink", office-js #3950).
    expect(sim.state.model.paragraphs[3].runs.filter((r) => r.format.highlight === "magenta").map((r) => r.text).join("")).toBe("Sitzungen");
    const asked = (await host.refresh()).beirat.find((i) => i.comment === "Sind die Sitzungen barrierefrei zugänglich?")!;
    expect(asked).toMatchObject({ kind: "question", text: "Sitzungen", state: "offen" });

    await host.actions.replyToComment!(asked.commentId!, "Ja, der Sitzungssaal hat einen Aufzug.");
    const answered = (await host.refresh()).beirat.find((i) => i.comment === "Sind die Sitzungen barrierefrei zugänglich?")!;
    expect(answered.state).toBe("beantwortet");
    expect(answered.answers.map((a) => a.text)).toEqual(["Ja, der Sitzungssaal hat einen Aufzug."]);
    expect(answered.answers[0].author).toBe("Teilhabebeirat");
  });

  it("proposes an addition and a change on the selection as pink tracked changes, each with its stored record", async () => {
    const model = satzung();
    const { sim, host } = paneOn(platform, model);
    await host.refresh();
    // After „Die Sitzungen sind öffentlich.“ comes the addition (whole words: the reader reads colours word by word).
    sim.state.selection = range(3, 0, 30);
    await host.actions.proposeAddition!("Gäste sind willkommen.");
    await host.refresh();
    sim.state.selection = range(0, 4, 19);
    await host.actions.proposeChange!("Anwendungsbereich");
    const read = await host.refresh();
    expect(read.model.paragraphs[3].text).toBe("Die Sitzungen sind öffentlich. Gäste sind willkommen.");
    expect(read.model.paragraphs[0].text).toBe("§ 1 Anwendungsbereich");
    const additions = read.beirat.filter((i) => i.kind === "addition").map((i) => i.text.trim());
    expect(additions).toEqual(["Anwendungsbereich", "Gäste sind willkommen."]);
    const stored = parseStoredData(sim.state.model.customXmlParts.find((p) => p.namespaceUri === NS)!.xml);
    expect(stored.records.filter((r) => r.metadata.antragsteller === "Teilhabebeirat")).toHaveLength(2);
    expect(sim.state.changeTrackingMode).toBe(model.trackRevisions ? "TrackAll" : "Off");
  });

  it("replaces every spelling of a term as tracked changes (web: each rejected insertion checked in the document)", async () => {
    const model = emptyModel([
      paragraph(0, "Der Landkreis Musterland und der Landkreis Beispiel."),
      paragraph(1, "Im Landkreis gilt die Satzung."),
    ]);
    const sim = createWordSimulator(structuredClone(model), { platform });
    await replaceAllTracked(sim, model, [
      { paragraph: 0, start: 4, end: 13, replacement: "Kreis" },
      { paragraph: 0, start: 33, end: 42, replacement: "Kreis" },
      { paragraph: 1, start: 3, end: 12, replacement: "Kreis" },
    ]);
    expect(sim.state.model.paragraphs.map((p) => p.text)).toEqual(["Der Kreis Musterland und der Kreis Beispiel.", "Im Kreis gilt die Satzung."]);
    const { model: read } = await readDocument(sim, READ_PARTS);
    expect(read.trackedChanges.filter((c) => c.kind === "deletion").map((c) => c.text)).toEqual(["Landkreis", "Landkreis", "Landkreis"]);
    expect(sim.state.changeTrackingMode).toBe("Off");
  });

  it("renumbers typed TOC lines and inserts one in a single run of at most three syncs", async () => {
    const model = emptyModel([
      paragraph(0, "Inhalt", { builtInStyle: "TocHeading" }),
      paragraph(1, "1 Ziele\t2", { builtInStyle: "Toc1" }),
      paragraph(2, "2 Maßnahmen\t3", { builtInStyle: "Toc1" }),
      paragraph(3, "3 Finanzen\t4", { builtInStyle: "Toc1" }),
    ]);
    const sim = createWordSimulator(structuredClone(model), { platform });
    const syncs = await syncsOf(sim, () => applyTocEdits(sim, model, [
      { op: "replaceLine", paragraph: 3, text: "4 Finanzen\t4" },
      { op: "replaceLine", paragraph: 2, text: "3 Maßnahmen\t3" },
      { op: "insertLine", side: "After", paragraph: 1, text: "2 Beteiligung\t2", style: "Toc1" },
    ]));
    expect(sim.state.model.paragraphs.map((p) => p.text)).toEqual(["Inhalt", "1 Ziele\t2", "2 Beteiligung\t2", "3 Maßnahmen\t3", "4 Finanzen\t4"]);
    // Two syncs; on the web each rejected replacement is checked (office-js #6760): two more per line.
    expect(syncs).toBeLessThanOrEqual(quirks.insertOnSearchRangeRejects ? 2 + 2 * 2 : 3);
  });

  it("locates the selection, with or without paragraph ids, and refuses a paragraph it cannot tell apart", async () => {
    const model = satzung();
    const sim = createWordSimulator(structuredClone(model), { platform });
    sim.state.selection = { start: { paragraph: 1, offset: 6 }, end: { paragraph: 2, offset: 30 } };
    expect(await getSelection(sim, model)).toEqual({ start: { paragraph: 1, offset: 6 }, end: { paragraph: 2, offset: 30 } });

    // "Ja." at 2 and 4 stands between "Nein." and "Nein." both times; "Vielleicht." is unique.
    const twins = emptyModel(["Ja.", "Nein.", "Ja.", "Nein.", "Ja.", "Nein.", "Ja.", "Vielleicht."].map((t, i) => paragraph(i, t)));
    const twinSim = createWordSimulator(structuredClone(twins), { platform });
    twinSim.state.selection = range(7, 0, 4);
    expect(await getSelection(twinSim, twins)).toEqual(range(7, 0, 4));
    twinSim.state.selection = range(2, 0, 2);
    if (quirks.noUniqueLocalId) await expect(getSelection(twinSim, twins)).rejects.toThrow(/nicht eindeutig bestimmen/);
    else expect(await getSelection(twinSim, twins)).toEqual(range(2, 0, 2));
  });

  it("runs the Selbsttest, reports the platform's known failures and leaves the document as it was", async () => {
    const model = satzung();
    const sim = createWordSimulator(structuredClone(model), { platform, now: () => new Date(AT) });
    const report = await runSelfTest(sim, () => new Date(AT));
    const failed = report.checks.filter((c) => !c.ok).map((c) => c.label);
    const expected = {
      web: ["Auf Kommentar antworten"], windows: [], mac: ["Gelöschten Text einer nachverfolgten Änderung lesen"], perpetual: ["Absatzkennungen (Paragraph.uniqueLocalId)"],
    }[platform];
    expect(failed).toEqual(expected);
    expect(report.checks).toHaveLength(12);
    expect(report.version).toBe(PLATFORM_PROFILES[platform].version);
    const text = selfTestText(report);
    expect(text).toContain(`${12 - expected.length} von 12 Prüfungen bestanden`);
    expect(text).toMatch(/Selbsttest vom \d\d\.\d\d\.2025/);
    if (platform === "web") expect(text).toMatch(/office-js #6720/);
    // Nothing of the test stays: same paragraphs, comments, parts and tracking mode.
    expect(sim.state.model.paragraphs.map((p) => p.text)).toEqual(model.paragraphs.map((p) => p.text));
    expect(sim.state.model.comments.map((c) => c.text)).toEqual(model.comments.map((c) => c.text));
    expect(sim.state.model.customXmlParts.map((p) => p.id)).toEqual(model.customXmlParts.map((p) => p.id));
    expect(sim.state.changeTrackingMode).toBe(model.trackRevisions ? "TrackAll" : "Off");
  });
});

describe("replies written as comments (Word on the web, office-js #6720)", () => {
  const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const comment = (id: number, author: string, date: string, text: string) =>
    `<w:comment w:id="${id}" w:author="${author}" w:initials="X" w:date="${date}"><w:p>${t(text)}</w:p></w:comment>`;
  /** Two comments on „barrierefrei“ as the fallback leaves them: the question, and the answer marked as a reply. */
  const docx = (answerText: string, answerRange: [number, number]) => storyDocx(
    `<w:p>${t("Die Sitzungen sind ")}<w:commentRangeStart w:id="1"/>${answerRange[0] === 1 ? `<w:commentRangeStart w:id="2"/>` : ""}${t("barrierefrei")}`
    + `<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>${answerRange[1] === 1 ? `<w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="2"/></w:r>` : ""}`
    + `${t(" zugänglich.")}${answerRange[1] === 2 ? `<w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="2"/></w:r>` : ""}</w:p>`,
    { comments: comment(1, "Teilhabebeirat", "2025-04-01T09:00:00Z", "Gilt das auch für den Sitzungssaal?") + comment(2, "Kämmerei", "2025-04-02T10:00:00Z", answerText) },
  );

  it("the .docx reader puts a marked comment on the same text into the thread as a reply", () => {
    const model = readDocx(docx("\u21AA Antwort: Ja, der Saal hat einen Aufzug.", [1, 1]));
    expect(model.comments).toHaveLength(1);
    expect(model.comments[0].replies.map((r) => [r.author, r.date, r.text])).toEqual([["Kämmerei", "2025-04-02T10:00:00Z", "Ja, der Saal hat einen Aufzug."]]);
    expect(model.paragraphs[0].runs.flatMap((r) => r.commentIds)).not.toContain(model.comments[0].replies[0].id);
  });

  it("an unmarked comment, or a marked one on other text, stays a comment of its own", () => {
    expect(readDocx(docx("Ja, der Saal hat einen Aufzug.", [1, 1])).comments).toHaveLength(2);
    expect(readDocx(docx("\u21AA Antwort: Ja, der Saal hat einen Aufzug.", [1, 2])).comments).toHaveLength(2);
  });
});

describe("rules of Office.js every profile keeps", () => {
  it("a proxy from an ended Word.run is void, and one context's range is refused by another", async () => {
    const sim = createWordSimulator(satzung(), { platform: "windows" });
    const kept = await sim.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      return p;
    });
    expect(kept.text).toBe("§ 1 Geltungsbereich");
    expect(() => kept.load("text")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    await sim.Word.run(async (a) => {
      await sim.Word.run(async (b) => {
        expect(() => a.document.body.getRange("Start").expandTo(b.document.body.getRange("End"))).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
      });
    });
  });

  it("a part stored and a comment refused (NotAllowed, office-js #6746) is reported as partial success", async () => {
    const model = entwurf();
    const sim = createWordSimulator(model, { platform: "web", now: () => new Date(AT) });
    const host = createWordHost(sim, { user: "Stabsstelle", now: () => new Date(AT) });
    const view = await host.refresh();
    // An Antrag without a comment of its own gets its line as a new comment, after the part.
    const withoutComment = view.amendments.amendments.filter((a) => a.commentIds.length === 0).map((a) => confirmImport(a, "Stabsstelle", AT));
    expect(withoutComment.length).toBeGreaterThan(0);
    sim.failures.insertComment = "NotAllowed";
    await expect(host.actions.saveAmendments!(view.amendments.amendments.map((a) => withoutComment.find((w) => w.key === a.key) ?? a)))
      .rejects.toThrow(/^Die Angaben sind gespeichert; der Kommentar konnte nicht eingefügt werden/);
    const stored = parseStoredData(sim.state.model.customXmlParts.find((p) => p.namespaceUri === NS)!.xml);
    expect(stored.records.map((r) => r.key).sort()).toEqual(withoutComment.map((a) => a.key).sort());
  });

  it("Word on the web rejects a custom XML part over 1 MB (office-js #2408)", async () => {
    const sim = createWordSimulator(satzung(), { platform: "web" });
    await expect(sim.Word.run(async (context) => {
      context.document.customXmlParts.add(`<x xmlns="urn:test">${"a".repeat(1024 * 1024)}</x>`);
      await context.sync();
    })).rejects.toMatchObject({ code: "GeneralException" });
  });
});
