/**
 * Same document, same findings: the command line (readDocx → src/app analyse) and the task pane (the Word reader on
 * the simulator built from that model → the Word host → src/app analyse) agree on every readable sample and corpus
 * file, and both apply the document's own settings part.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../src/docx";
import { createWordSimulator } from "../../src/simulator";
import { createWordHost } from "../../src/taskpane/word-host";
import { cli, SHARED, writeTemp } from "../cli/harness";
import { documentXml, pkg } from "../hostile/packages";

interface FindingJson { rule: string; severity: string; message: string; location: unknown; data?: unknown }

/** The pane's findings as the command line prints them (JSON drops what is undefined). */
async function paneFindings(bytes: Uint8Array): Promise<FindingJson[]> {
  const host = createWordHost(createWordSimulator(readDocx(bytes)));
  return JSON.parse(JSON.stringify((await host.refresh()).findings)) as FindingJson[];
}

async function cliFindings(file: string): Promise<FindingJson[]> {
  const result = await cli("check", file, "--format", "json", "--fail-on", "never");
  expect(result.stderr).toBe("");
  return (JSON.parse(result.stdout) as { findings: FindingJson[] }).findings;
}

const files = ["samples", "corpus", "corpus/mammoth"].flatMap((dir) => {
  const full = path.join(SHARED, dir);
  return readdirSync(full).filter((f) => f.endsWith(".docx")).map((f) => path.join(full, f));
});
/** Files the .docx reader refuses on purpose (encrypted, truncated, hostile): nothing to compare. */
const readable = files.filter((file) => {
  try {
    readDocx(new Uint8Array(readFileSync(file)));
    return true;
  } catch {
    return false;
  }
});

/**
 * Highlights that cover part of a word: Word reports such a word's highlight as mixed, and the Word reader reads
 * highlights word by word (src/word/read.ts), so the pane does not see a pink question inside a word.
 */
const PART_WORD_HIGHLIGHTS = "xdocreport__TestTextHighlighting.docx";

describe("the command line and the task pane find the same", () => {
  it("has the samples and most of the corpus to compare", () => {
    expect(readable.map((f) => path.basename(f))).toEqual(expect.arrayContaining(["strategie-entwurf1.docx", "beschlussvorlage-digitalagentur.docx"]));
    expect(readable.length).toBeGreaterThan(35);
  });

  it.each(readable.filter((f) => path.basename(f) !== PART_WORD_HIGHLIGHTS).map((f) => [path.relative(SHARED, f), f]))("%s", async (_name, file) => {
    const pane = await paneFindings(new Uint8Array(readFileSync(file)));
    expect(pane).toEqual(await cliFindings(file));
  });

  it("differs only in a pink highlight on part of a word, which Word does not report to the pane", async () => {
    const file = path.join(SHARED, "corpus", PART_WORD_HIGHLIGHTS);
    const [onCli, inPane] = [await cliFindings(file), await paneFindings(new Uint8Array(readFileSync(file)))];
    // Paragraph 4 highlights „xxxxxxxxxxx“ of „xxxxxxxxxxxyyyyyyyyyyyy“ in Word's Pink (w:highlight magenta).
    expect(onCli.filter((f) => f.rule === "beirat/unanswered")).toEqual([expect.objectContaining({ location: { paragraph: 3, section: null, note: null, text: "xxxxxxxxxxx" } })]);
    expect(inPane).toEqual(onCli.filter((f) => f.rule !== "beirat/unanswered"));
  });
});

describe("the document's own settings part, on the command line as in the pane", () => {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const body = [
    paragraph("Der Kreis Musterland baut das Radverkehrsnetz bis 2030 aus."),
    paragraph("Lücken im Radwegenetz werden zuerst geschlossen."),
  ].join("");
  /** A document glossary as the pane stores it: Radwegenetz is to be written Radverkehrsnetz (urn:beschlussreif:einstellungen:v1). */
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><einstellungen xmlns="urn:beschlussreif:einstellungen:v1" version="1">${JSON.stringify({
    ignoredTerms: [], glossary: { version: 1, terms: [{ preferred: "Radverkehrsnetz", variants: ["Radwegenetz"], note: "Begriff des Radverkehrskonzepts" }] },
  })}</einstellungen>`;
  const withSettings = pkg({ "word/document.xml": documentXml(body), "customXml/item1.xml": settings });
  const without = pkg({ "word/document.xml": documentXml(body) });

  it("finds „Radwegenetz“ as the glossary's variant of „Radverkehrsnetz“ in both", async () => {
    expect(W).toBe("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    const file = writeTemp("radverkehr.docx", withSettings);
    const [onCli, inPane] = [await cliFindings(file), await paneFindings(withSettings)];
    const glossary = (findings: FindingJson[]) => findings.filter((f) => f.rule === "term/glossary");
    expect(glossary(onCli)).toHaveLength(1);
    expect(glossary(onCli)[0]).toMatchObject({ location: { paragraph: 1 }, message: expect.stringContaining("Radverkehrsnetz") });
    expect(inPane).toEqual(onCli);
  });

  it("finds nothing of the kind without the part, in both", async () => {
    const file = writeTemp("radverkehr-ohne.docx", without);
    const [onCli, inPane] = [await cliFindings(file), await paneFindings(without)];
    expect(onCli.filter((f) => f.rule.startsWith("term/"))).toEqual([]);
    expect(inPane).toEqual(onCli);
  });
});
