/** Property-based: whatever the bytes, the reader returns a model or throws its own DocxError — nothing else. */
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DocxError, readDocx } from "../../src/docx";
import { readShared } from "./helpers";

function readsOrRefuses(bytes: Uint8Array): boolean {
  try {
    readDocx(bytes);
    return true;
  } catch (e) {
    if (e instanceof DocxError) return true;
    throw e;
  }
}

const samples = [
  readShared("samples/beschlussvorlage-digitalagentur.docx"),
  readShared("samples/strategie-entwurf1.docx"),
  readShared("corpus/oxsdk__Comment020.docx"),
];

describe("reader inputs (fast-check)", () => {
  it("random bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), readsOrRefuses), { numRuns: 300 });
  });

  it("random bytes behind a zip or CFB signature", () => {
    const prefix = fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0x50, 0x4b, 0x05, 0x06]);
    fc.assert(fc.property(prefix, fc.uint8Array({ maxLength: 2048 }), (p, rest) => readsOrRefuses(new Uint8Array([...p, ...rest]))), { numRuns: 200 });
  });

  it("real files truncated anywhere", () => {
    fc.assert(fc.property(fc.constantFrom(...samples), fc.double({ min: 0, max: 1, noNaN: true }), (file, cut) =>
      readsOrRefuses(file.subarray(0, Math.floor(file.length * cut)))), { numRuns: 150 });
  });

  it("real files with bytes overwritten", () => {
    const edits = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(fc.constantFrom(...samples), edits, (file, changes) => {
      const copy = file.slice();
      for (const [at, value] of changes) copy[Math.floor(at * copy.length)] = value;
      return readsOrRefuses(copy);
    }), { numRuns: 300 });
  });

  it("real packages with their XML mutated and zipped again", () => {
    // Exercises the XML and story readers (the CRC is correct again after re-zipping).
    const parts = samples.map((s) => unzipSync(s));
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.nat({ max: 40 }), fc.constantFrom("", "<", ">", "</w:p>", "<w:p>", "<w:r>", "<w:del w:id=\"9\">", "</w:ins>", "<w:fldChar w:fldCharType=\"begin\"/>", "<w:commentRangeStart w:id=\"7\"/>", "&amp;", "\u0000", "ü"));
    fc.assert(fc.property(fc.constantFrom(...parts), fc.constantFrom("word/document.xml", "word/styles.xml", "word/numbering.xml", "word/comments.xml", "word/commentsExtended.xml"), fc.array(edit, { minLength: 1, maxLength: 6 }), (files, part, edits) => {
      let xml = strFromU8(files[part] ?? new Uint8Array(0));
      for (const [at, remove, insert] of edits) {
        const i = Math.floor(at * xml.length);
        xml = xml.slice(0, i) + insert + xml.slice(i + remove);
      }
      return readsOrRefuses(zipSync({ ...files, [part]: strToU8(xml) }));
    }), { numRuns: 300 });
  });
});
