import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { DEFAULT_REGISTRY, type MetadataWrite } from "../../src/amendments";
import { serializeStoredData } from "../../src/amendments/storage";
import { emptyMetadata } from "../../src/amendments/grouping";
import { NAMESPACE, parseStoredData, type StoredData } from "../../src/amendments/storage";
import { MetadataWriteError, writePackage, type PackageWrite } from "../../src/docx/metadata-writer";
import { parseCommentLine } from "../../src/amendments/comment-line";
import { convertWithLibreOffice, needs } from "../support/programs";

const SAMPLE = path.resolve(__dirname, "../../../shared/samples/strategie-entwurf1.docx");

const stored: StoredData = {
  version: 2, registry: DEFAULT_REGISTRY, lastNumber: 1,
  records: [{
    key: "k1", kind: "insertion", category: "antrag", number: 1, bookmark: null, removed: "", inserted: "im In- und Ausland",
    units: [{ type: "change", kind: "insertion", author: "Kreisverwaltung Coesfeld", date: "2025-03-14T15:20", text: "0123456789abcdef", para: "01234567" }],
    metadata: { ...emptyMetadata(), antragsteller: "Bündnis 90/Die Grünen", datum: "2025-03-09", begruendung: "<b>]]> \u202E" },
  }],
};
const write: MetadataWrite = {
  stored,
  commentLines: [
    { key: "k1", kind: "comment", commentId: "2", line: "Antrag: SPD-Kreistagsfraktion · 14.03.2025" },
    { key: "k2", kind: "changes", changeIds: ["106", "107"], paragraph: 46, line: "Antrag: Bündnis 90/Die Grünen · 09.03.2025 · AfASSuG 05.03.2025: Zustimmung" },
    { key: "k3", kind: "paragraph", paragraph: 63, line: "Antrag: Abt. 62" },
  ],
};
/** Writes exactly `data`, whatever the package stores (the composition is the application layer's, tested there). */
const exactly = (data: MetadataWrite, options: Pick<PackageWrite, "author" | "date"> = {}): PackageWrite =>
  ({ namespaceUri: NAMESPACE, compose: () => ({ xml: serializeStoredData(data.stored), lines: data.commentLines }), ...options });
const writeMetadata = (docx: Uint8Array, data: MetadataWrite, options?: Pick<PackageWrite, "author" | "date">) => writePackage(docx, exactly(data, options));

function ourPart(files: Record<string, Uint8Array>): string[] {
  return Object.keys(files).filter((p) => /^customXml\/item\d+\.xml$/.test(p) && strFromU8(files[p]).includes(NAMESPACE));
}

function commentTexts(files: Record<string, Uint8Array>): Map<string, string> {
  const xml = strFromU8(files["word/comments.xml"]);
  return new Map([...xml.matchAll(/<w:comment\b[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)]
    .map((m) => [m[1], [...m[2].matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)</g)].map((t) => t[1]).join("")).join("\n")]));
}

describe("writeMetadata", () => {
  const input = new Uint8Array(readFileSync(SAMPLE));
  const output = writeMetadata(input, write, { author: "Beschlussreif", date: "2025-04-01T10:00:00Z" });
  const before = unzipSync(input);
  const after = unzipSync(output);

  it("adds one custom XML part that reads back identically", () => {
    const [item] = ourPart(after);
    expect(ourPart(after)).toHaveLength(1);
    expect(parseStoredData(strFromU8(after[item]))).toEqual(stored);
    const n = /item(\d+)/.exec(item)![1];
    expect(strFromU8(after[`customXml/itemProps${n}.xml`])).toContain(`ds:schemaRef ds:uri="${NAMESPACE}"`);
    expect(strFromU8(after[`customXml/_rels/item${n}.xml.rels`])).toContain(`Target="itemProps${n}.xml"`);
    expect(strFromU8(after["[Content_Types].xml"])).toContain(`PartName="/customXml/itemProps${n}.xml"`);
    expect(strFromU8(after["word/_rels/document.xml.rels"])).toContain(`Target="../customXml/item${n}.xml"`);
  });

  it("leaves every other part byte-identical", () => {
    const changed = new Set(["word/comments.xml", "word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"]);
    for (const name of Object.keys(before)) {
      if (!changed.has(name)) expect([name, Buffer.from(after[name]).equals(Buffer.from(before[name]))]).toEqual([name, true]);
    }
  });

  it("adds the readable line to the existing comment and creates comments around the others", () => {
    const texts = commentTexts(after);
    expect(texts.get("2")).toBe("Formulierungsvorschlag Verwaltung / Antrag der SPD-Kreistagsfraktion vom 14.03.2025 (Legende der Vorlage)\nAntrag: SPD-Kreistagsfraktion · 14.03.2025");
    const created = [...texts].filter(([id]) => id !== "1" && id !== "2");
    expect(created.map(([, t]) => t)).toEqual([write.commentLines[1].line, write.commentLines[2].line]);
    expect(parseCommentLine(created[0][1])).toMatchObject({ antragsteller: "Bündnis 90/Die Grünen", beratungsfolge: [{ gremium: "AfASSuG", result: "Zustimmung" }] });
    const doc = strFromU8(after["word/document.xml"]);
    const [greenId, deptId] = created.map(([id]) => id);
    expect(doc).toMatch(new RegExp(`<w:commentRangeStart w:id="${greenId}"/><w:ins w:id="106"[\\s\\S]*?w:id="107"[\\s\\S]*?</w:ins><w:commentRangeEnd w:id="${greenId}"/><w:r><w:commentReference w:id="${greenId}"/></w:r>`));
    expect(doc).toMatch(new RegExp(`<w:commentRangeStart w:id="${deptId}"/>[^]*?Abt\\. 62\\)</w:t></w:r><w:commentRangeEnd w:id="${deptId}"/>`));
    expect(strFromU8(after["word/comments.xml"])).toContain(`w:author="Beschlussreif" w:initials="BR" w:date="2025-04-01T10:00:00Z"`);
  });

  it("replaces its part and its line on a second write", () => {
    const again = unzipSync(writeMetadata(output, { stored: { ...stored, records: [] }, commentLines: [{ key: "k1", kind: "comment", commentId: "2", line: "Antrag: SPD-Kreistagsfraktion · 15.03.2025" }] }));
    expect(ourPart(again)).toEqual(ourPart(after));
    expect(parseStoredData(strFromU8(again[ourPart(again)[0]])).records).toEqual([]);
    expect(commentTexts(again).get("2")!.split("\n").filter((l) => l.startsWith("Antrag: "))).toEqual(["Antrag: SPD-Kreistagsfraktion · 15.03.2025"]);
    expect(Object.keys(again).filter((p) => p.startsWith("customXml/"))).toHaveLength(3);
  });

  it("creates comments.xml in a document without comments", async () => {
    const plain = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun("Der Kreis Musterland fördert das Ehrenamt.")] })] }] })));
    const files = unzipSync(writeMetadata(plain, { stored, commentLines: [{ key: "k1", kind: "paragraph", paragraph: 0, line: "Antrag: Verwaltung" }] }));
    expect([...commentTexts(files).values()]).toEqual(["Antrag: Verwaltung"]);
    expect(strFromU8(files["[Content_Types].xml"])).toContain('PartName="/word/comments.xml"');
    expect(strFromU8(files["word/_rels/document.xml.rels"])).toMatch(/relationships\/comments" Target="comments.xml"/);
  });

  it("refuses what is not a .docx and targets that do not exist", () => {
    expect(() => writeMetadata(new Uint8Array([1, 2, 3]), write)).toThrow("kein Word-Dokument");
    expect(() => writeMetadata(input, { stored, commentLines: [{ key: "k1", kind: "comment", commentId: "99", line: "Antrag: X" }] })).toThrow("Der Kommentar 99 fehlt");
    expect(() => writeMetadata(input, { stored, commentLines: [{ key: "k1", kind: "changes", changeIds: ["999"], paragraph: 9999, line: "Antrag: X" }] })).toThrow(MetadataWriteError);
  });

  needs("soffice").it("keeps part and lines through a LibreOffice round trip", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "br-lo-"));
    try {
      const file = path.join(dir, "in.docx");
      writeFileSync(file, output);
      const [converted] = convertWithLibreOffice([file], "docx", path.join(dir, "out"));
      const files = unzipSync(new Uint8Array(readFileSync(converted)));
      const [item] = ourPart(files);
      expect(parseStoredData(strFromU8(files[item]))).toEqual(stored);
      const lines = [...commentTexts(files).values()].flatMap((t) => t.split("\n")).filter((l) => l.startsWith("Antrag: "));
      expect(lines.sort()).toEqual(write.commentLines.map((c) => c.line).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
