/**
 * LibreOffice round trip: each sample converted by `soffice --headless --convert-to docx` reads the same
 * headings, comments and tracked changes. LibreOffice drops comment threading (commentsExtended): a reply
 * comes back as a comment of its own, anchored where its parent was, keeping its own done flag.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readDocx } from "../../src/docx";
import type { DocumentModel } from "../../src/model/document";
import { convertWithLibreOffice, needs } from "../support/programs";
import { SHARED } from "./helpers";

const SAMPLES = ["beschlussvorlage-digitalagentur.docx", "strategie-entwurf1.docx"];

const headings = (m: DocumentModel) =>
  m.paragraphs.filter((p) => p.outlineLevel !== null).map((p) => ({ level: p.outlineLevel, label: p.list?.label ?? "", text: p.text }));
const changes = (m: DocumentModel) =>
  m.trackedChanges.map((t) => ({ kind: t.kind, author: t.author, text: t.text, story: t.story, location: t.location }));
/** Every comment and reply, flattened (LibreOffice flattens threads), in anchor order. */
const flatComments = (m: DocumentModel) =>
  m.comments
    .flatMap((c) => [c, ...c.replies.map((r) => ({ ...r, anchorText: c.anchorText, anchor: c.anchor }))])
    .map((c) => ({ author: c.author, text: c.text, anchorText: c.anchorText, at: c.anchor?.start }))
    .sort((a, b) => (a.at!.paragraph - b.at!.paragraph) || (a.at!.offset - b.at!.offset) || a.author.localeCompare(b.author));

needs("soffice").describe("LibreOffice round trip", () => {
  const out = mkdtempSync(path.join(tmpdir(), "beschlussreif-lo-out-"));
  const converted = new Map<string, DocumentModel>();

  beforeAll(() => {
    const files = convertWithLibreOffice(SAMPLES.map((s) => path.join(SHARED, "samples", s)), "docx", out);
    SAMPLES.forEach((s, i) => converted.set(s, readDocx(new Uint8Array(readFileSync(files[i])))));
  }, 200_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  describe.each(SAMPLES)("%s", (sample) => {
    const original = readDocx(new Uint8Array(readFileSync(path.join(SHARED, "samples", sample))));

    it("keeps the headings, their levels and displayed numbers", () => {
      expect(headings(converted.get(sample)!)).toEqual(headings(original));
    });

    it("keeps the tracked changes with authors and locations", () => {
      expect(changes(converted.get(sample)!)).toEqual(changes(original));
    });

    it("keeps every comment and reply with its anchor (threads flattened)", () => {
      expect(flatComments(converted.get(sample)!)).toEqual(flatComments(original));
    });
  });

  it("loses the thread link: the resolved reply becomes a resolved comment of its own", () => {
    const lo = converted.get("beschlussvorlage-digitalagentur.docx")!;
    expect(lo.comments.every((c) => c.replies.length === 0)).toBe(true);
    expect(lo.comments.map((c) => [c.author, c.resolved])).toEqual([
      ["Personalamt", false],
      ["Stabsstelle Kreisentwicklung", true],
      ["Kämmerei", false],
    ]);
  });

  it("keeps the field TOC (LibreOffice wraps it in a content control)", () => {
    const lo = converted.get("beschlussvorlage-digitalagentur.docx")!;
    expect(lo.tocFields).toHaveLength(1);
    expect(lo.tocFields[0].inContentControl).toBe(true);
    expect(lo.tocFields[0].entries.map((e) => e.text)).toEqual(
      readDocx(new Uint8Array(readFileSync(path.join(SHARED, "samples/beschlussvorlage-digitalagentur.docx")))).tocFields[0].entries.map((e) => e.text));
  });
});
