/**
 * Every file of ../shared/corpus: valid ones read and agree with MANIFEST.md's counts, broken ones are refused
 * with the right code. The manifest counts by regular expression over the story parts; where the model rightly
 * counts otherwise, DIFFERENCES below states why and by how much, file by file. Every readable file, and the
 * mammoth.js test documents in corpus/mammoth/, loses no text against mammoth.js and adds none, except where
 * mammoth is wrong (MAMMOTH_WRONG, file by file).
 */
import { readdirSync, readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import * as path from "node:path";
import { DocxError, readDocx } from "../../src/docx";
import type { DocumentModel } from "../../src/model/document";
import { refusedCorpus } from "../support/corpus";
import { SHARED, readShared } from "./helpers";
import { differences, mammothText, modelText } from "./mammoth";

type Count = "comments" | "replies" | "ins" | "del" | "moveFrom" | "moveTo" | "rPrCh" | "pPrCh" | "highlights" | "toc" | "headings";

interface ManifestRow {
  file: string;
  category: string;
  counts: Record<Count, number> | null;
}

/** Parses the overview table of MANIFEST.md; broken files ("–" cells) have no counts. */
function parseManifest(): ManifestRow[] {
  const text = readFileSync(path.join(SHARED, "corpus/MANIFEST.md"), "utf8");
  const rows: ManifestRow[] = [];
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (!/^\S+\.docx$/.test(cells[1] ?? "") || cells.length < 17) continue;
    const [, file, category, , , comments, replies, , ins, del, moves, rPrCh, pPrCh, highlights, toc, headings] = cells;
    if (comments === "–") {
      rows.push({ file, category, counts: null });
      continue;
    }
    const [moveFrom, moveTo] = moves.split("/").map(Number);
    const num = (s: string) => Number.parseInt(s, 10);
    rows.push({
      file, category,
      counts: {
        comments: num(comments), replies: num(replies), ins: num(ins), del: num(del), moveFrom, moveTo,
        rPrCh: num(rPrCh), pPrCh: num(pPrCh), highlights: num(highlights), toc: num(toc), headings: num(headings),
      },
    });
  }
  return rows;
}

/** The same quantities, counted from the model in the manifest's terms (story parts, not comments). */
function modelCounts(m: DocumentModel): Record<Count, number> {
  const changes = m.trackedChanges.filter((t) => t.story !== "comments");
  const kind = (...k: string[]) => changes.filter((t) => k.includes(t.kind)).length;
  const replies = m.comments.reduce((n, c) => n + c.replies.length, 0);
  return {
    comments: m.comments.length + replies,
    replies,
    ins: kind("insertion", "paragraphInsertion", "rowInsertion"),
    del: kind("deletion", "paragraphDeletion", "rowDeletion"),
    moveFrom: kind("moveFrom"),
    moveTo: kind("moveTo"),
    rPrCh: kind("runFormatting"),
    pPrCh: kind("paragraphFormatting"),
    highlights: m.paragraphs.flatMap((p) => p.runs).filter((r) => r.format.highlight !== null).length,
    toc: m.tocFields.length,
    headings: m.paragraphs.filter((p) => p.outlineLevel !== null).length,
  };
}

/** Where the model rightly differs: the model's value and the reason. */
/** Where the model rightly differs: the model's value and the reason; `rows`: rows inserted and deleted as a whole. */
const DIFFERENCES: Record<string, Partial<Record<Count, { model: number; why: string }>> & { rows?: [number, number]; tableChanges?: number }> = {
  "oxsdk__Comment020.docx": { rows: [1, 1] },
  "oxsdk__Comment042.docx": {
    ins: { model: 33, why: "two text boxes are written twice (mc:Choice and mc:Fallback); the model reads each once (12 <w:ins> fewer)" },
    rPrCh: { model: 10, why: "the same duplicated text boxes hold one rPrChange each" },
  },
  "oxpt__RA001-Tracked-Revisions-01.docx": {
    highlights: { model: 5, why: "20 of 25 <w:highlight> format paragraph marks (w:pPr/w:rPr), not text" },
    rows: [10, 10],
    tableChanges: 5,
  },
  "poi__delins.docx": {
    ins: { model: 26, why: "6 <w:ins> sit inside w:rPrChange's old properties: part of a formatting change, not an insertion" },
  },
  "tika__testWORD_2006ml.docx": { rows: [0, 3] },
  "oxpt__HC031-Complicated-Document.docx": { rows: [0, 1] },
  "oxsdk__Strict01.docx": { rows: [0, 1] },
  "docx4j__filenames.docx": {
    highlights: { model: 10, why: "8 <w:highlight> format paragraph marks and 4 format empty runs; the other 10 are runs with text" },
  },
  "poi__bug65649.docx": {
    highlights: { model: 0, why: "all 10 <w:highlight> format paragraph marks" },
    headings: { model: 60, why: "57 Normal paragraphs carry a direct w:outlineLvl (1–3): Word shows them in the outline" },
  },
  "docx2python__libreoffice_conversion.docx": {
    headings: { model: 16, why: "4 paragraphs carry a direct w:outlineLvl" },
  },
  "oxpt__Contract.docx": {
    headings: { model: 0, why: "custom styles 'Heading 1 Numbered' etc. have no outline level: Word does not treat them as headings" },
  },
};

/** The files MANIFEST.md marks unreadable, with the codes they are refused with; every other file must read. */
const BROKEN: Record<string, string[]> = Object.fromEntries(refusedCorpus().map((f) => [f.file, f.codes]));

const manifest = parseManifest();
const present = new Set(readdirSync(path.join(SHARED, "corpus")));

describe("MANIFEST.md", () => {
  it("lists every corpus file present, and its table parses", () => {
    expect(manifest.length).toBeGreaterThanOrEqual(39);
    for (const f of present) if (f.endsWith(".docx")) expect(manifest.map((r) => r.file)).toContain(f);
  });
});

describe.each(manifest.filter((r) => present.has(r.file) && !(r.file in BROKEN)).map((r) => [r.file, r] as const))("%s", (file, row) => {
  const model = readDocx(readShared(`corpus/${file}`));
  const got = modelCounts(model);
  const diff = DIFFERENCES[file] ?? {};

  it.each(Object.keys(row.counts!) as Count[])("%s agrees with the manifest", (count) => {
    const expected = diff[count]?.model ?? row.counts![count];
    expect({ count, value: got[count] }).toEqual({ count, value: expected });
  });

  if (diff.rows !== undefined) {
    it("reads rows inserted or deleted as a whole (w:trPr/w:ins, w:trPr/w:del) as row changes", () => {
      const count = (kind: string) => model.trackedChanges.filter((t) => t.kind === kind).length;
      expect([count("rowInsertion"), count("rowDeletion")]).toEqual(diff.rows);
    });
  }
  if (diff.tableChanges !== undefined) {
    it("reads the other table-structure revisions as tableChange", () => {
      expect(model.trackedChanges.filter((t) => t.kind === "tableChange")).toHaveLength(diff.tableChanges!);
    });
  }

  it("keeps text and offsets consistent", () => {
    for (const p of model.paragraphs) {
      for (const r of p.runs) {
        const inFinal = r.revision.kind === "none" || r.revision.kind === "inserted" || r.revision.kind === "movedTo";
        const inOriginal = r.revision.kind === "none" || r.revision.kind === "deleted" || r.revision.kind === "movedFrom";
        if (inFinal) expect(p.text.slice(r.finalOffset, r.finalOffset + r.text.length)).toBe(r.text);
        if (inOriginal) expect(p.originalText.slice(r.originalOffset, r.originalOffset + r.text.length)).toBe(r.text);
      }
    }
  });
});

describe("files the manifest marks as odd", () => {
  it("reads backslash entry names (xdocreport__Issue234)", () => {
    const m = readDocx(readShared("corpus/xdocreport__Issue234.docx"));
    expect(m.paragraphs).toHaveLength(9);
    expect(m.paragraphs.some((p) => p.text.trim() !== "")).toBe(true);
  });

  it("finds the main part through _rels/.rels (docx2python__renamed_document_xml)", () => {
    const m = readDocx(readShared("corpus/docx2python__renamed_document_xml.docx"));
    expect(m.paragraphs).toHaveLength(1);
    expect(m.paragraphs[0].text).not.toBe("");
  });

  it("reads a schema-invalid commentsExtended (oxsdk__Invalid_Word15Comments): the entry renamed to commentExNG is ignored, its comment stays a thread of its own", () => {
    const m = readDocx(readShared("corpus/oxsdk__Invalid_Word15Comments.docx"));
    const replies = m.comments.reduce((n, c) => n + c.replies.length, 0);
    expect(m.comments.length + replies).toBe(65);
    expect(replies).toBe(27);
    expect(m.comments).toHaveLength(38);
    const orphan = m.comments.find((c) => c.paraId === "37C93C8D")!;
    expect(orphan).toMatchObject({ resolved: false, replies: [] });
    expect(m.comments.some((c) => c.author === "ارمان(ArmanAg)" || c.replies.some((r) => r.author === "ارمان(ArmanAg)"))).toBe(true);
  });

  it("anchors a LibreOffice point comment without commentRangeStart (poi__comment)", () => {
    const m = readDocx(readShared("corpus/poi__comment.docx"));
    expect(m.comments).toHaveLength(1);
    const { anchor } = m.comments[0];
    expect(anchor).not.toBeNull();
    expect(anchor!.start).toEqual(anchor!.end);
  });

  it("reads tracked changes in footnotes with their place in the note (oxpt__RP050)", () => {
    const m = readDocx(readShared("corpus/oxpt__RP050-Deleted-Footnote.docx"));
    const inNotes = m.trackedChanges.filter((t) => t.story === "footnotes");
    expect(inNotes.length).toBeGreaterThan(0);
    expect(inNotes.every((t) => t.location !== null && m.paragraphs[t.location.start.paragraph].note?.kind === "footnote")).toBe(true);
  });

  it("reads TOC fields in content controls and tables of figures", () => {
    const tika = readDocx(readShared("corpus/tika__testWORD_2006ml.docx"));
    expect(tika.tocFields.map((t) => [t.inContentControl, t.isCaptionList])).toEqual([[true, false], [false, true]]);
    const big = readDocx(readShared("corpus/xdocreport__DocxBig.docx"));
    expect(big.tocFields).toHaveLength(1);
    expect(big.tocFields[0].entries.length).toBeGreaterThan(20);
    expect(big.tocFields[0].entries[0].text).toBe("1.Struts2 IDE - WTP XML Search Engine\t2");
    const complex = readDocx(readShared("corpus/oxsdk__complex2005_12rtm.docx"));
    expect(complex.tocFields[0].entries.slice(0, 2).map((e) => [e.level, e.text])).toEqual([[1, "1\tIntroduction\t9"], [2, "1.1\tMotivation\t9"]]);
  });

  it("recognises LibreOffice's localised heading styles (Titre 1, styleId style1)", () => {
    const big = readDocx(readShared("corpus/xdocreport__DocxBig.docx"));
    const h = big.paragraphs.filter((p) => p.outlineLevel === 1);
    expect(h.length).toBe(5);
    expect(h[0]).toMatchObject({ styleId: "style1", styleName: "Titre 1", builtInStyle: "Heading1" });
  });

  it("reads the Strict namespace like Transitional (oxsdk__Strict01 equals oxpt__HC031)", () => {
    const strict = modelCounts(readDocx(readShared("corpus/oxsdk__Strict01.docx")));
    const transitional = modelCounts(readDocx(readShared("corpus/oxpt__HC031-Complicated-Document.docx")));
    expect(strict).toEqual(transitional);
  });
});

describe.each(Object.entries(BROKEN))("broken %s", (file, codes) => {
  it(`is refused with ${codes.join(" or ")}`, () => {
    let error: unknown;
    try {
      readDocx(readShared(`corpus/${file}`));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocxError);
    expect(codes).toContain((error as DocxError).code);
    expect((error as DocxError).message).not.toBe("");
    expect((error as DocxError).messageEn).not.toBe("");
  });
});

describe("error messages", () => {
  it("name the part and line in German and English", () => {
    let error: DocxError | undefined;
    try {
      readDocx(readShared("corpus/poi__ExternalEntityInText.docx"));
    } catch (e) {
      error = e as DocxError;
    }
    expect(error).toMatchObject({ code: "doctype", part: "word/document.xml", line: expect.any(Number) });
    expect(error!.message).toMatch(/^Die Datei enthält eine unzulässige DOCTYPE-Deklaration.*: word\/document\.xml, Zeile \d+/);
    expect(error!.messageEn).toMatch(/word\/document\.xml, line \d+/);
  });
});

/**
 * Where mammoth.js reads a file wrongly: the stretches of the model's final view that mammoth lacks (`added`), or a
 * file mammoth cannot open at all. The model never lacks any of mammoth's text.
 */
/** The results of the simple fields (`w:fldSimple`) of a file's document.xml, in document order, read with a regular expression. */
function simpleFieldResults(file: string): string[] {
  const xml = strFromU8(unzipSync(readShared(file))["word/document.xml"]);
  return [...xml.matchAll(/<w:fldSimple\b[^>]*>(.*?)<\/w:fldSimple>/gs)].map((m) => [...m[1].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
}

const MAMMOTH_WRONG: Record<string, { added: string[]; why: string } | { unreadable: string }> = {
  "oxsdk__complex2005_12rtm.docx": {
    added: simpleFieldResults("corpus/oxsdk__complex2005_12rtm.docx"),
    why: "mammoth drops the results of simple fields (w:fldSimple): the 36 figure numbers of SEQ and STYLEREF fields",
  },
  "oxsdk__Strict01.docx": {
    added: ["☐", "☐"],
    why: "mammoth turns a checkbox content control (w14:checkbox) into a checkbox without text; Word shows its character ☐ and has it in the text",
  },
  "xdocreport__Issue234.docx": { unreadable: "mammoth finds no main document part: the zip names it word\\document.xml, with backslashes" },
};

const mammothFiles = [
  ...manifest.filter((r) => present.has(r.file) && !(r.file in BROKEN)).map((r) => `corpus/${r.file}`),
  ...readdirSync(path.join(SHARED, "corpus/mammoth")).filter((f) => f.endsWith(".docx")).map((f) => `corpus/mammoth/${f}`),
];

describe("no text lost against mammoth.js", () => {
  it("covers the corpus and the 17 mammoth.js test documents", () => {
    expect(mammothFiles.filter((f) => f.startsWith("corpus/mammoth/"))).toHaveLength(17);
  });

  it.each(mammothFiles)("%s", async (file) => {
    const bytes = readShared(file);
    const ours = modelText(readDocx(bytes));
    const known = MAMMOTH_WRONG[path.basename(file)];
    if (known && "unreadable" in known) {
      await expect(mammothText(bytes)).rejects.toThrow();
      return;
    }
    const theirs = await mammothText(bytes);
    expect(differences(ours, theirs)).toEqual({ lost: [], added: known?.added ?? [] });
  });
});
