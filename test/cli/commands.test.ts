import path from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { readDocx } from "../../src/docx";
import { cli, corpus, readBytes, sample, tempDir, writeTemp } from "./harness";

const STRATEGIE = sample("strategie-entwurf1.docx");
const VORLAGE = sample("beschlussvorlage-digitalagentur.docx");

interface CheckJson {
  file: string;
  summary: { error: number; warning: number; info: number; total: number };
  findings: { rule: string; severity: string; message: string; location: { paragraph: number | null; section: string | null; text: string | null } }[];
  outline: { toc: { label: string; title: string }[]; headings: { path: string }[] };
}

async function checkJson(...args: string[]): Promise<{ code: number; json: CheckJson }> {
  const result = await cli("check", ...args, "--format", "json");
  expect(result.stderr).toBe("");
  return { code: result.code, json: JSON.parse(result.stdout) as CheckJson };
}

describe("beschlussreif check", () => {
  it("reports the drifted outline, the date order and the open Beirat question of the first draft", async () => {
    const { code, json } = await checkJson(STRATEGIE);
    expect(code).toBe(1);
    expect(json.file).toBe(STRATEGIE);
    const rules = json.findings.map((f) => f.rule);
    expect(rules.filter((r) => r === "toc/missing-in-body")).toHaveLength(12);
    expect(rules).not.toContain("numbering/gap");
    expect(rules).toContain("meta/date-order");
    expect(rules).toContain("beirat/unanswered");
    // The errors are the 12 sections the TOC lists and the body lacks (21 entries, 9 headings).
    expect(json.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(Array(12).fill("toc/missing-in-body"));
    expect(json.summary.error).toBe(12);
    expect(json.summary.total).toBe(json.findings.length);
    expect(json.outline.toc).toHaveLength(21);
    expect(json.outline.headings.map((h) => h.path)).toEqual(["A", "A.I", "A.II", "A.III", "A.IV", "A.V", "B", "B.I", "B.XII"]);
    for (const f of json.findings) expect(f.message).toMatch(/[a-zäöüß]/);
  });

  it("passes the Beschlussvorlage with its field TOC and Word numbering", async () => {
    const { code, json } = await checkJson(VORLAGE);
    expect(code).toBe(0);
    expect(json.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(json.findings.map((f) => f.rule)).not.toContain("toc/outdated-field");
  });

  it("honours --fail-on", async () => {
    expect((await cli("check", STRATEGIE, "--fail-on", "never")).code).toBe(0);
    // Two spellings of one Duden family and nothing else wrong: one warning, no error (and a note: no TOC).
    const doc = new Document({ sections: [{ children: [
      new Paragraph({ children: [new TextRun("Der Kreis berät jedes Startup bei der Gründung.")] }),
      new Paragraph({ children: [new TextRun("Ein Start-up findet Räume im Gründerzentrum.")] }),
    ] }] });
    const file = writeTemp("gruendung.docx", new Uint8Array(await Packer.toBuffer(doc)));
    const onError = await checkJson(file, "--fail-on", "error");
    expect(onError.json.findings.map((f) => [f.rule, f.severity])).toEqual([["toc/not-found", "info"], ["term/glossary", "warning"]]);
    expect(onError.code).toBe(0);
    expect((await checkJson(file)).code).toBe(0);
    expect((await checkJson(file, "--fail-on", "warning")).code).toBe(1);
  });

  it("prints a German text report by default", async () => {
    const result = await cli("check", STRATEGIE);
    expect(result.stdout.split("\n")[0]).toMatch(/^.*strategie-entwurf1\.docx: \d+ Fehler, \d+ Warnung(en)?, \d+ Hinweis(e)?$/);
    expect(result.stdout).toContain("toc/missing-in-body");
    expect(result.stdout).toContain("Abschnitt B.");
  });

  it("compares against a reference outline given as JSON", async () => {
    const reference = writeTemp("gliederung.json", JSON.stringify({
      version: 1,
      entries: [
        { level: 1, label: "A", title: "Handlungsprinzipien" },
        { level: 1, label: "B", title: "Strategische Ziele" },
        { level: 2, label: "I", title: "Wirtschaft und Arbeit" },
        { level: 2, label: "II", title: "Sicherheit und Ordnung" },
      ],
    }));
    const { json } = await checkJson(STRATEGIE, "--reference", reference);
    const againstReference = json.findings.filter((f) => /Vergleichsgliederung/.test(f.message));
    expect(againstReference.length).toBeGreaterThan(0);
  });

  it("compares against a reference outline given as another .docx", async () => {
    const { json } = await checkJson(VORLAGE, "--reference", STRATEGIE);
    expect(json.findings.some((f) => /Vergleichsgliederung/.test(f.message))).toBe(true);
  });
});

describe("beschlussreif meta", () => {
  it("counts what the model holds, as JSON", async () => {
    const result = await cli("meta", VORLAGE, "--format", "json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.statistics).toMatchObject({ comments: 2, replies: 1, resolvedComments: 1, trackedChanges: { total: 2, byKind: { insertion: 1, deletion: 1 }, byAuthor: { Personalamt: 2 } } });
    expect(json.toc.source).toBe("field");
    expect(json.toc.entries.map((e: { title: string }) => e.title)).toEqual(["Sachdarstellung", "Entscheidungsalternativen", "Auswirkungen / Zusammenhänge (Finanzen, Personal, IT, Klima)", "Zuständigkeit für die Entscheidung"]);
    expect(json.amendments.some((a: { kind: string; removed: string; inserted: string }) => a.kind === "replacement" && a.removed === "EG 12" && a.inserted === "EG 13")).toBe(true);
  });

  it("says what the reader skipped, as text and JSON: the embedded OLE objects of a Word 2007 thesis", async () => {
    const file = corpus("oxsdk__complex2005_12rtm.docx");
    const objects = strFromU8(unzipSync(readBytes(file))["word/document.xml"]).match(/<w:object\b/g)?.length;
    const text = (await cli("meta", file)).stdout;
    expect(text).toContain("Nicht gelesen:");
    expect(text).toContain(`Eingebettetes Objekt – sein Inhalt steht nicht im Text und wurde nicht gelesen (w:object, ${objects}×, word/document.xml)`);
    const json = JSON.parse((await cli("meta", file, "--format", "json")).stdout);
    expect(json.readerMessages).toContainEqual({
      kind: "embeddedObject", detail: "w:object", part: "word/document.xml", count: objects,
      message: `Eingebettetes Objekt – sein Inhalt steht nicht im Text und wurde nicht gelesen (w:object, ${objects}×, word/document.xml)`,
    });
  });

  it("says that nothing was skipped when the reader read everything", async () => {
    expect((await cli("meta", VORLAGE)).stdout).toContain("Nicht gelesen: nichts – der gesamte Text wurde gelesen.");
    expect(JSON.parse((await cli("meta", VORLAGE, "--format", "json")).stdout).readerMessages).toEqual([]);
  });

  it("shows the pink highlight and the typed TOC in text form", async () => {
    const result = await cli("meta", STRATEGIE);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Hervorhebungen: magenta 1");
    expect(result.stdout).toContain("Inhaltsverzeichnis: getippt, 21 Einträge");
    expect(result.stdout).toContain("Kreisverwaltung Coesfeld");
  });
});

describe("beschlussreif import", () => {
  it("stores the recognised metadata in a copy that reads back as stored metadata", async () => {
    const out = path.join(tempDir(), "mit-angaben.docx");
    const result = await cli("import", STRATEGIE, "--out", out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Anträge? mit Angaben gespeichert/);
    const model = readDocx(readBytes(out));
    expect(model.customXmlParts.some((p) => p.namespaceUri === "urn:beschlussreif:antraege:v1")).toBe(true);
    const meta = JSON.parse((await cli("meta", out, "--format", "json")).stdout);
    const spd = meta.amendments.find((a: { metadata: { antragsteller: string | null } }) => a.metadata.antragsteller === "SPD-Kreistagsfraktion");
    expect(spd).toMatchObject({ source: "metadata", metadata: { datum: "2025-03-14" } });
    expect(model.comments.some((c) => c.text.includes("Antrag: SPD-Kreistagsfraktion · 14.03.2025"))).toBe(true);
  });

  it("requires --out", async () => {
    expect((await cli("import", STRATEGIE)).code).toBe(2);
  });
});
