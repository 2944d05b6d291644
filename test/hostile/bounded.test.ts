/**
 * Hostile input that could exhaust memory, run in a child process under `--max-old-space-size=256` through the
 * compiled command line, killed after 60 s. Each must end on its own: exit 2 with one line, or a correct result.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ensureCompiledCli, expectBounded, expectRefused, MiB, peaks, runBounded, runBoundedWithin, writeTemp } from "./bounded-harness";
import { anchoredParagraph, comment, commentsXml, deflatedPart, deflatedZeros, docx, docxWithComments, documentXml, minimalParts, pkg, rawZip } from "./packages";

describe("bounded memory and time (child process, 256 MiB heap)", () => {
  let zeros: ReturnType<typeof deflatedZeros>;

  beforeAll(() => {
    ensureCompiledCli();
    zeros = deflatedZeros(1024);
  }, 180_000);

  afterAll(() => {
    if (peaks.length) console.log(`Hostile input, measured:\n  ${peaks.join("\n  ")}`);
  });

  it("the 1 GiB bomb compresses to about 1 MB", () => {
    expect(zeros.size).toBe(2 ** 30);
    expect(zeros.data.length).toBeLessThan(1.2 * 1_000_000);
  });

  it("zip bomb as word/document.xml, size declared honestly: exit 2", () => {
    const parts = minimalParts("").slice(0, 2);
    const file = writeTemp("bombe.docx", rawZip([...parts, { name: "word/document.xml", data: zeros.data, crc: zeros.crc, declaredSize: zeros.size }]));
    const result = runBounded("meta", file, "--format", "json");
    expectBounded(result, "zip bomb, honest size");
    expectRefused(result, file, "zu groß");
  });

  it("zip bomb as word/document.xml, declared size a lie (1 KiB): stopped while inflating, exit 2", () => {
    const parts = minimalParts("").slice(0, 2);
    const file = writeTemp("bombe-luege.docx", rawZip([...parts, { name: "word/document.xml", data: zeros.data, crc: zeros.crc, declaredSize: 1024 }]));
    const result = runBounded("meta", file, "--format", "json");
    expectBounded(result, "zip bomb, lying size");
    expectRefused(result, file, "zu groß");
  });

  it("zip bomb in a part the document references (comments.xml), lying size: exit 2", () => {
    const base = minimalParts(anchoredParagraph([1]));
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`;
    const file = writeTemp("bombe-kommentar.docx", rawZip([
      ...base,
      deflatedPart("word/_rels/document.xml.rels", rels),
      { name: "word/comments.xml", data: zeros.data, crc: zeros.crc, declaredSize: 2048 },
    ]));
    const result = runBounded("meta", file, "--format", "json");
    expectBounded(result, "zip bomb in comments.xml, lying size");
    expectRefused(result, file, "word/comments.xml");
  });

  it("zip bomb in a part nothing references (word/media), lying size: never inflated, reads", () => {
    const parts = minimalParts(`<w:p><w:r><w:t>Haushaltssatzung des Kreises Musterland</w:t></w:r></w:p>`);
    const file = writeTemp("bombe-bild.docx", rawZip([...parts, { name: "word/media/image1.png", data: zeros.data, crc: zeros.crc, declaredSize: 1024 }]));
    const result = runBounded("meta", file, "--format", "json");
    expectBounded(result, "zip bomb in an unreferenced part");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).statistics.paragraphs).toBe(1);
  });

  describe("import", () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`;
    /** A draft whose one comment names proposer and date as free text, the way import takes them over. */
    const annotated = () => [
      ...minimalParts(anchoredParagraph([1], "Der Kreis Musterland baut das Radverkehrsnetz aus.")),
      deflatedPart("word/_rels/document.xml.rels", rels),
      deflatedPart("word/comments.xml", commentsXml(comment(1, "Kreisverwaltung Musterland", "Antrag der SPD-Kreistagsfraktion vom 14.03.2025"))),
    ];

    it("a hidden 400 MB entry (word/media, nothing refers to it) is copied as stored, never inflated: under 200 MB and 5 s", () => {
      const hidden = deflatedZeros(400);
      const file = writeTemp("versteckt.docx", rawZip([...annotated(), { name: "word/media/image1.png", data: hidden.data, crc: hidden.crc, declaredSize: hidden.size }]));
      const out = path.join(path.dirname(file), "neu.docx");
      const result = runBoundedWithin(5_000, "import", file, "--out", out);
      expectBounded(result, "import, hidden 400 MB entry");
      expect([result.status, result.stderr]).toEqual([0, ""]);
      expect(result.maxRssBytes).toBeLessThan(200 * MiB);
      const written = readFileSync(out);
      // The entry's deflated bytes, as they were: copied, not inflated and compressed again.
      expect(written.length).toBeLessThan(2 * MiB);
      expect(written.indexOf(Buffer.from(hidden.data))).toBeGreaterThan(0);
      const meta = runBounded("meta", out, "--format", "json");
      expectBounded(meta, "meta of the imported copy");
      expect((JSON.parse(meta.stdout) as { amendments: { source: string; metadata: { antragsteller: string } }[] }).amendments)
        .toEqual([expect.objectContaining({ source: "metadata", metadata: expect.objectContaining({ antragsteller: "SPD-Kreistagsfraktion" }) })]);
    });

    it("a records part of a newer version: refused (exit 2, one line), the output not written", () => {
      const newer = `<?xml version="1.0" encoding="UTF-8"?><antraege xmlns="urn:beschlussreif:antraege:v1" version="3"><registry/></antraege>`;
      const file = writeTemp("neuer.docx", rawZip([...annotated(), deflatedPart("customXml/item1.xml", newer)]));
      const out = path.join(path.dirname(file), "neu.docx");
      const result = runBounded("import", file, "--out", out);
      expectBounded(result, "import, newer records part");
      expectRefused(result, file, "neueren Version von Beschlussreif");
      expect(existsSync(out)).toBe(false);
    });
  });

  it("billion laughs: refused before any expansion", () => {
    const entities = [`<!ENTITY a "lol">`, ...Array.from({ length: 9 }, (_, i) => `<!ENTITY ${"bcdefghij"[i]} "${`&${"abcdefghi"[i]};`.repeat(10)}">`)];
    const prolog = `<?xml version="1.0"?>\n<!DOCTYPE w:document [${entities.join("")}]>`;
    const file = writeTemp("lol.docx", pkg({ "word/document.xml": documentXml(`<w:p><w:r><w:t>&j;&j;&j;</w:t></w:r></w:p>`, prolog) }));
    const result = runBounded("meta", file, "--format", "json");
    expectBounded(result, "billion laughs");
    expectRefused(result, file, "DOCTYPE");
  });

  it("100,000 nested content controls: exit 2, no stack overflow", () => {
    const depth = 100_000;
    const file = writeTemp("tief.docx", docx(`${"<w:sdt><w:sdtContent>".repeat(depth)}<w:p/>${"</w:sdtContent></w:sdt>".repeat(depth)}`));
    const result = runBounded("meta", file, "--format", "json");
    expectBounded(result, "100,000 nested w:sdt");
    expectRefused(result, file, "word/document.xml");
  });

  describe("10,000 comments", () => {
    let file: string;
    beforeAll(() => {
      const ids = Array.from({ length: 10_000 }, (_, i) => i);
      const body = Array.from({ length: 100 }, (_, p) => anchoredParagraph(ids.slice(p * 100, p * 100 + 100))).join("");
      file = writeTemp("viele.docx", docxWithComments(body, ids.map((id) => comment(id, `Person ${id % 37}`, `Anmerkung ${id}`)).join("")));
    });

    it("meta reports 10,000", () => {
      const result = runBounded("meta", file, "--format", "json");
      expectBounded(result, "10,000 comments, meta");
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).statistics.comments).toBe(10_000);
    });

    it("check and overview finish within the limits", () => {
      for (const args of [["check", file, "--format", "json"], ["overview", file, "--format", "json", "--include-comments"]]) {
        const result = runBounded(...args);
        expectBounded(result, `10,000 comments, ${args[0]}`);
        expect(result.stderr).toBe("");
        expect([0, 1]).toContain(result.status);
        expect(() => JSON.parse(result.stdout)).not.toThrow();
      }
    });
  });

  it("a 5 MB comment: reads", () => {
    const text = "Die Verwaltung des Kreises Musterland prüft den Antrag. ".repeat(90_000);
    const file = writeTemp("lang.docx", docxWithComments(anchoredParagraph([1]), comment(1, "Dr. Beispiel", text)));
    const result = runBounded("meta", file, "--format", "json");
    expectBounded(result, "5 MB comment");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).statistics.comments).toBe(1);
  });

  it("a 5 MB comment that reads like one endless annotation: the check runs through", () => {
    const text = `Antrag der ${"Fraktion ".repeat(560_000)}vom 01.02.2025`;
    const file = writeTemp("annotation.docx", docxWithComments(anchoredParagraph([1]), comment(1, "Dr. Beispiel", text)));
    const result = runBounded("check", file, "--format", "json");
    expectBounded(result, "5 MB annotation comment");
    expect([0, 1]).toContain(result.status);
    expect(JSON.parse(result.stdout).summary).toBeDefined();
  });
});
