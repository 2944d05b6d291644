import { refusedCorpus } from "../support/corpus";
import { cli, corpus, sample, writeTemp } from "./harness";

/** Bad input and wrong calls: exit 2, one line on stderr naming the file, no stack trace. */
describe("command line errors", () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at |Error:/);
  };

  it.each(refusedCorpus().map((f) => [f.file]))("refuses the broken corpus file %s", async (name) => {
    const result = await cli("check", corpus(name));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    oneLine(result.stderr);
    expect(result.stderr).toContain(name);
  });

  it("names a missing file", async () => {
    const result = await cli("meta", "/nonexistent/entwurf.docx");
    expect(result.code).toBe(2);
    oneLine(result.stderr);
    expect(result.stderr).toContain("/nonexistent/entwurf.docx");
  });

  it("refuses an empty file and a text file", async () => {
    for (const file of [writeTemp("leer.docx", ""), writeTemp("notiz.docx", "Dies ist kein Word-Dokument.")]) {
      const result = await cli("check", file);
      expect(result.code).toBe(2);
      oneLine(result.stderr);
    }
  });

  it("refuses unknown options and formats with exit code 2", async () => {
    expect((await cli("check", sample("strategie-entwurf1.docx"), "--format", "pdf")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
    expect((await cli()).code).toBe(2);
  });

  it("refuses an invalid glossary naming the glossary file", async () => {
    const glossary = writeTemp("glossar.json", JSON.stringify({ version: 1, terms: [{ variants: ["x"] }] }));
    const result = await cli("check", sample("strategie-entwurf1.docx"), "--glossary", glossary);
    expect(result.code).toBe(2);
    oneLine(result.stderr);
    expect(result.stderr).toContain("glossar.json");
  });

  it("refuses a glossary that is not JSON", async () => {
    const glossary = writeTemp("glossar.json", "{ kaputt");
    const result = await cli("check", sample("strategie-entwurf1.docx"), "--glossary", glossary);
    expect(result.code).toBe(2);
    oneLine(result.stderr);
  });
});
