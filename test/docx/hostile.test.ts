/** Hostile and broken inputs built in the test: each is refused with its own code, fast, without exhausting memory. */
import { strToU8 } from "fflate";
import { DocxError, readDocx } from "../../src/docx";
import { deflatedPart, deflatedZeros, minimalParts, rawZip } from "../hostile/packages";
import { CONTENT_TYPES, PACKAGE_RELS, buildDocx, documentXml, minimalDocx } from "./helpers";

function codeOf(bytes: Uint8Array, limits?: Parameters<typeof readDocx>[1]): string {
  try {
    readDocx(bytes, limits);
  } catch (e) {
    if (e instanceof DocxError) return e.code;
    throw e;
  }
  return "read";
}

const validParts = () => minimalParts("<w:p><w:r><w:t>Kreis Musterland</w:t></w:r></w:p>");

describe("hostile and broken packages", () => {
  it("the hand-written zip itself reads", () => {
    expect(readDocx(rawZip(validParts())).paragraphs[0].text).toBe("Kreis Musterland");
  });

  const bomb = deflatedZeros(1024).data;

  it("refuses a 1 GiB part by its declared size (too-large)", () => {
    expect(bomb.length).toBeLessThan(2_000_000);
    const entries = [...validParts(), { name: "word/bomb.xml", data: bomb, crc: 0, declaredSize: 2 ** 30 }];
    expect(codeOf(rawZip(entries))).toBe("too-large");
  });

  it("refuses a 1 GiB part whose declared size lies, while inflating (too-large)", () => {
    const entries = [...validParts(), { name: "word/bomb.xml", data: bomb, crc: 0, declaredSize: 1000 }];
    const before = process.memoryUsage().arrayBuffers;
    expect(codeOf(rawZip(entries), { maxPartBytes: 8 * 2 ** 20 })).toBe("too-large");
    // The budget stops inflation near 8 MiB: nothing close to 1 GiB was ever held.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(256 * 2 ** 20);
  });

  it("refuses a lying bomb under the default limits too", () => {
    const entries = [...validParts(), { name: "word/document2.xml", data: bomb, crc: 0, declaredSize: 1000 }];
    expect(codeOf(rawZip(entries))).toBe("too-large");
  });

  it("bounds the total of all parts (too-large)", () => {
    const big = (i: number) => deflatedPart(`customXml/item${i}.xml`, `<r>${"x".repeat(600_000)}</r>`);
    const entries = [...validParts(), big(1), big(2), big(3)];
    expect(codeOf(rawZip(entries), { maxPartBytes: 1_000_000, maxTotalBytes: 1_500_000 })).toBe("too-large");
    expect(codeOf(rawZip(entries), { maxPartBytes: 1_000_000, maxTotalBytes: 3_000_000 })).toBe("read");
  });

  it("refuses a DOCTYPE with an entity bomb before expanding anything (doctype)", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) =>
      `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join("")}]>`;
    const doc = documentXml("<w:p><w:r><w:t>&j;</w:t></w:r></w:p>").replace(/^<\?xml[^>]*\?>/, lol);
    const bytes = buildDocx({ "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELS, "word/document.xml": doc });
    let error: DocxError | undefined;
    try {
      readDocx(bytes);
    } catch (e) {
      error = e as DocxError;
    }
    expect(error).toMatchObject({ code: "doctype", part: "word/document.xml", line: 1 });
  });

  it("refuses a DOCTYPE in any XML part, not only the document", () => {
    const styles = `<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.invalid/x.dtd"><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`;
    expect(codeOf(minimalDocx("<w:p/>", { "customXml/item1.xml": styles }))).toBe("doctype");
  });

  it("refuses an empty file (empty)", () => {
    expect(codeOf(new Uint8Array(0))).toBe("empty");
  });

  it("refuses a file that is not a zip (not-zip)", () => {
    expect(codeOf(strToU8("Dies ist keine Word-Datei, sondern Text aus dem Kreis Musterland."))).toBe("not-zip");
    expect(codeOf(strToU8("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toBe("not-zip");
  });

  it("refuses a zip cut short (truncated)", () => {
    const whole = minimalDocx("<w:p><w:r><w:t>Text</w:t></w:r></w:p>");
    expect(codeOf(whole.subarray(0, Math.floor(whole.length / 2)))).toBe("truncated");
  });

  it("refuses a package without word/document.xml (missing-part)", () => {
    const bytes = buildDocx({ "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELS, "word/styles.xml": "<x/>" });
    let error: DocxError | undefined;
    try {
      readDocx(bytes);
    } catch (e) {
      error = e as DocxError;
    }
    expect(error).toMatchObject({ code: "missing-part", part: "word/document.xml" });
    expect(error!.message).toContain("word/document.xml");
  });

  it("refuses a zip of something else (missing-part)", () => {
    expect(codeOf(buildDocx({ "readme.txt": "Kreis Musterland" }))).toBe("missing-part");
  });

  it("refuses malformed XML naming part and line (malformed-xml)", () => {
    let error: DocxError | undefined;
    try {
      readDocx(minimalDocx("<w:p>\n<w:r><w:t>offen</w:r></w:p>"));
    } catch (e) {
      error = e as DocxError;
    }
    expect(error).toMatchObject({ code: "malformed-xml", part: "word/document.xml", line: 2 });
    expect(error!.message).toMatch(/^Die Datei ist beschädigt: word\/document\.xml, Zeile 2: XML-Fehler \(.+\)\.$/);
    expect(error!.messageEn).toMatch(/^The file is corrupt \(malformed XML\): word\/document\.xml, line 2 \(.+\)\.$/);
  });

  it("refuses absurdly deep nesting instead of overflowing the stack (too-deep)", () => {
    const depth = 20_000;
    expect(codeOf(minimalDocx(`<w:p>${"<w:hyperlink>".repeat(depth)}${"</w:hyperlink>".repeat(depth)}</w:p>`))).toBe("too-deep");
  });

  it("refuses a part whose CRC-32 does not match (bad-crc)", () => {
    const entries = validParts();
    entries[2] = { ...entries[2], crc: entries[2].crc ^ 1 };
    expect(codeOf(rawZip(entries))).toBe("bad-crc");
  });

  it("recognises OLE compound files: encrypted packages and legacy .doc", () => {
    const cfb = (stream: string) => {
      const b = new Uint8Array(2048);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      b.set(new Uint8Array(Buffer.from(stream, "utf16le")), 1024);
      return b;
    };
    expect(codeOf(cfb("EncryptedPackage"))).toBe("encrypted");
    expect(codeOf(cfb("WordDocument"))).toBe("legacy-doc");
  });
});
