/** The body reader on small hand-written documents (fictional Kreis Musterland). */
import { readDocx } from "../../src/docx";
import { minimalDocx } from "./helpers";

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const by = (author: string, id: number) => `w:id="${id}" w:author="${author}" w:date="2025-05-02T10:00:00Z"`;
const run = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe("body reader", () => {
  it("turns tabs, breaks, non-breaking hyphens and symbols into text and skips field codes", () => {
    const m = readDocx(minimalDocx(`<w:p><w:r><w:t>Kreis</w:t><w:tab/><w:t>Muster</w:t><w:noBreakHyphen/><w:t>land</w:t><w:br/><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>Ende</w:t></w:r>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
      <w:fldSimple w:instr=" NUMPAGES ">${run("9")}</w:fldSimple></w:p>`));
    // Wingdings 0xFC is U+2713 CHECK MARK in Unicode's encoding of the Wingdings font (L2/11-052R).
    expect(m.paragraphs[0].text).toBe("Kreis\tMuster-land\n\u2713Ende79");
  });

  it("reads insertions, deletions and moves into final and original text with locations", () => {
    const m = readDocx(minimalDocx(`<w:p>${run("Der Kreistag ")}<w:del ${by("Fraktion A", 1)}><w:r><w:delText>beschließt</w:delText></w:r></w:del><w:ins ${by("Fraktion A", 2)}>${run("empfiehlt")}</w:ins>${run(".")}</w:p>
      <w:p><w:moveFrom ${by("Kämmerei", 3)}>${run("Satz B.")}</w:moveFrom>${run("Satz A.")}<w:moveTo ${by("Kämmerei", 4)}>${run(" Satz B.")}</w:moveTo></w:p>`));
    const [p0, p1] = m.paragraphs;
    expect([p0.text, p0.originalText]).toEqual(["Der Kreistag empfiehlt.", "Der Kreistag beschließt."]);
    expect([p1.text, p1.originalText]).toEqual(["Satz A. Satz B.", "Satz B.Satz A."]);
    expect(m.trackedChanges.map((t) => [t.kind, t.id, t.author, t.text, t.location])).toEqual([
      ["deletion", "1", "Fraktion A", "beschließt", { start: { paragraph: 0, offset: 13 }, end: { paragraph: 0, offset: 13 } }],
      ["insertion", "2", "Fraktion A", "empfiehlt", { start: { paragraph: 0, offset: 13 }, end: { paragraph: 0, offset: 22 } }],
      ["moveFrom", "3", "Kämmerei", "Satz B.", { start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 0 } }],
      ["moveTo", "4", "Kämmerei", " Satz B.", { start: { paragraph: 1, offset: 7 }, end: { paragraph: 1, offset: 15 } }],
    ]);
    expect(p0.runs.map((r) => [r.text, r.revision, r.finalOffset, r.originalOffset])).toEqual([
      ["Der Kreistag ", { kind: "none" }, 0, 0],
      ["beschließt", { kind: "deleted", changeId: "1" }, 13, 13],
      ["empfiehlt", { kind: "inserted", changeId: "2" }, 13, 23],
      [".", { kind: "none" }, 22, 23],
    ]);
  });

  it("reads paragraph-mark insertions/deletions and formatting changes", () => {
    const m = readDocx(minimalDocx(`<w:p><w:pPr><w:pPrChange ${by("A", 5)}><w:pPr/></w:pPrChange><w:rPr><w:ins ${by("A", 6)}/></w:rPr></w:pPr>${run("Neu")}</w:p>
      <w:p><w:pPr><w:rPr><w:del ${by("B", 7)}/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:rPrChange ${by("B", 8)}><w:rPr/></w:rPrChange></w:rPr><w:t>fett</w:t></w:r></w:p>`));
    expect(m.paragraphs.map((p) => [p.markInserted, p.markDeleted])).toEqual([["6", null], [null, "7"]]);
    expect(m.trackedChanges.map((t) => [t.kind, t.id, t.location?.start])).toEqual([
      ["paragraphFormatting", "5", { paragraph: 0, offset: 0 }],
      ["paragraphInsertion", "6", { paragraph: 0, offset: 3 }],
      ["runFormatting", "8", { paragraph: 1, offset: 0 }],
      ["paragraphDeletion", "7", { paragraph: 1, offset: 4 }],
    ]);
    expect(m.paragraphs[1].runs[0].format).toEqual({ highlight: null, shading: null, color: null, bold: true, italic: false, strike: false });
  });

  it("reads run formatting: highlight, shading, colour, italic, strike", () => {
    const m = readDocx(minimalDocx(`<w:p>${run("pink", '<w:highlight w:val="magenta"/>')}${run("grau", '<w:shd w:val="clear" w:color="auto" w:fill="d9d9d9"/><w:color w:val="FF0000"/><w:i/><w:strike/>')}${run("ohne", '<w:highlight w:val="none"/><w:color w:val="auto"/><w:shd w:fill="auto"/>')}</w:p>`));
    expect(m.paragraphs[0].runs.map((r) => r.format)).toEqual([
      { highlight: "magenta", shading: null, color: null, bold: false, italic: false, strike: false },
      { highlight: null, shading: "D9D9D9", color: "FF0000", bold: false, italic: true, strike: true },
      { highlight: null, shading: null, color: null, bold: false, italic: false, strike: false },
    ]);
  });

  it("anchors comments across paragraphs and marks the runs they cover", () => {
    const comments = `<w:comments ${W_NS}><w:comment w:id="0" w:author="Teilhabebeirat" w:initials="TB" w:date="2025-05-03T09:00:00Z"><w:p><w:r><w:t>Erste Zeile</w:t></w:r></w:p><w:p><w:r><w:t>zweite Zeile</w:t></w:r></w:p></w:comment></w:comments>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`;
    const m = readDocx(minimalDocx(`<w:p>${run("Vor ")}<w:commentRangeStart w:id="0"/>${run("Anfang")}</w:p><w:p>${run("Ende")}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${run(" danach")}</w:p>`,
      { "word/comments.xml": comments, "word/_rels/document.xml.rels": rels }));
    expect(m.comments).toEqual([{
      id: "0", author: "Teilhabebeirat", initials: "TB", date: "2025-05-03T09:00:00Z", text: "Erste Zeile\nzweite Zeile",
      anchor: { start: { paragraph: 0, offset: 4 }, end: { paragraph: 1, offset: 4 } }, anchorText: "Anfang\nEnde",
      replies: [], resolved: false, durableId: null, paraId: null,
    }]);
    expect(m.paragraphs.flatMap((p) => p.runs.map((r) => [r.text, r.commentIds]))).toEqual([
      ["Vor ", []], ["Anfang", ["0"]], ["Ende", ["0"]], [" danach", []],
    ]);
  });

  it("records table cells, TOC fields in content controls, dirty flags and bookmarks", () => {
    const m = readDocx(minimalDocx(`<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>
      <w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("1\tZiele\t2")}</w:p>
      <w:p>${run("2\tMaßnahmen\t3")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>
      <w:tbl><w:tr><w:tc><w:p>${run("A1")}</w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p>${run("innen")}</w:p></w:tc></w:tr></w:tbl></w:tc></w:tr><w:tr><w:tc><w:p><w:bookmarkStart w:id="1" w:name="Ziel"/>${run("B1")}<w:bookmarkEnd w:id="1"/></w:p></w:tc></w:tr></w:tbl>`));
    expect(m.tocFields).toEqual([{
      instruction: 'TOC \\o "1-3"', inContentControl: true, dirty: true, isCaptionList: false,
      entries: [{ paragraph: 0, level: null, text: "1\tZiele\t2" }, { paragraph: 1, level: null, text: "2\tMaßnahmen\t3" }],
    }]);
    expect(m.paragraphs.slice(2).map((p) => [p.text, p.table])).toEqual([
      ["A1", { depth: 1, table: 0, row: 0, cell: 0 }],
      ["innen", { depth: 2, table: 0, row: 0, cell: 0 }],
      ["B1", { depth: 1, table: 0, row: 1, cell: 0 }],
    ]);
    expect(m.bookmarks).toEqual([{ name: "Ziel", hidden: false, range: { start: { paragraph: 4, offset: 0 }, end: { paragraph: 4, offset: 2 } } }]);
  });

  it("reads a text box once (mc:Fallback), right after its paragraph", () => {
    const box = (t: string) => `<w:txbxContent><w:p>${run(t)}</w:p></w:txbxContent>`;
    const m = readDocx(minimalDocx(`<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing>${box("Kasten")}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box("Kasten")}</w:pict></mc:Fallback></mc:AlternateContent></w:r>${run("Text")}</w:p><w:p>${run("Danach")}</w:p>`));
    expect(m.paragraphs.map((p) => p.text)).toEqual(["Text", "Kasten", "Danach"]);
  });

  it("reads custom XML parts, core properties and the track-changes switch", () => {
    const m = readDocx(minimalDocx(`<w:p/>`, {
      "customXml/item1.xml": `<antrag xmlns="urn:beschlussreif:test"><nr>1</nr></antrag>`,
      "customXml/itemProps1.xml": `<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" ds:itemID="{1}"/>`,
      "docProps/core.xml": `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Haushalt 2026</dc:title><dc:creator>Kreis Musterland</dc:creator><dcterms:created>2025-01-02T03:04:05Z</dcterms:created><cp:revision>4</cp:revision></cp:coreProperties>`,
      "word/settings.xml": `<w:settings ${W_NS}><w:trackRevisions/></w:settings>`,
      "word/_rels/document.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`,
    }));
    expect(m.customXmlParts).toEqual([{ id: "customXml/item1.xml", namespaceUri: "urn:beschlussreif:test", xml: `<antrag xmlns="urn:beschlussreif:test"><nr>1</nr></antrag>` }]);
    expect(m.properties).toEqual({
      title: "Haushalt 2026", subject: null, creator: "Kreis Musterland", lastModifiedBy: null,
      created: "2025-01-02T03:04:05Z", modified: null, revision: "4", application: null,
    });
    expect(m.trackRevisions).toBe(true);
  });

  it("resolves outline levels through basedOn chains and direct formatting, and ids/names of any language", () => {
    const styles = `<w:styles ${W_NS}>
      <w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="Heading 1"/><w:basedOn w:val="Standard"/></w:style>
      <w:style w:type="paragraph" w:styleId="style2"><w:name w:val="Titre 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Antrag"><w:name w:val="Antragsüberschrift"/><w:basedOn w:val="style2"/></w:style>
      <w:style w:type="paragraph" w:styleId="Verzeichnis3"><w:name w:val="Verzeichnis 3"/></w:style></w:styles>`;
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
    const para = (style: string, text: string, pPr = "") => `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${pPr}</w:pPr>${run(text)}</w:p>`;
    const m = readDocx(minimalDocx(para("1", "Eins") + para("style2", "Zwei") + para("Antrag", "Antrag") + para("", "Direkt", '<w:outlineLvl w:val="2"/>') + para("1", "Textkörper", '<w:outlineLvl w:val="9"/>') + para("Verzeichnis3", "Eintrag"),
      { "word/styles.xml": styles, "word/_rels/document.xml.rels": rels }));
    expect(m.paragraphs.map((p) => [p.styleId, p.builtInStyle, p.outlineLevel])).toEqual([
      ["1", "Heading1", 1], ["style2", "Heading2", 2], ["Antrag", "Other", 2], ["Standard", "Normal", 3], ["1", "Heading1", null], ["Verzeichnis3", "Toc3", null],
    ]);
  });

  it("reads the text of an element it does not know and reports one whose content gave no text", () => {
    const ext = 'xmlns:x="urn:beispiel:erweiterung"';
    const m = readDocx(minimalDocx(`<w:p>${run("Eingang: ")}<x:stempel ${ext}>${run("14.03.2025")}</x:stempel><x:siegel ${ext}/></w:p>`));
    expect(m.paragraphs[0].text).toBe("Eingang: 14.03.2025");
    expect(m.readerMessages).toEqual([{ kind: "unknownElement", detail: "{urn:beispiel:erweiterung}siegel", part: "word/document.xml", count: 1 }]);
  });

  it("reads a text box after its paragraph and reports a chart, whose text lives in its own part", () => {
    const graphic = (uri: string, inner: string) => `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="${uri}">${inner}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const box = `<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent><w:p>${run("Kasten")}</w:p></w:txbxContent></wps:txbx></wps:wsp>`;
    const chart = `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>`;
    const m = readDocx(minimalDocx(`<w:p>${run("Abbildung ")}${graphic("http://schemas.microsoft.com/office/word/2010/wordprocessingShape", box)}${graphic("http://schemas.openxmlformats.org/drawingml/2006/chart", chart)}</w:p>`));
    expect(m.paragraphs.map((p) => p.text)).toEqual(["Abbildung ", "Kasten"]);
    expect(m.readerMessages).toEqual([{ kind: "embeddedObject", detail: "Diagramm (c:chart)", part: "word/document.xml", count: 1 }]);
  });

  it("counts what it skips once per kind and element, and past 100 distinct elements all further ones together", () => {
    const ext = 'xmlns:x="urn:beispiel:erweiterung"';
    const elements = Array.from({ length: 150 }, (_, i) => `<x:e${i} ${ext}/>`).join("");
    const m = readDocx(minimalDocx(`<w:p>${run("Text")}${elements}${elements}</w:p>`));
    expect(m.readerMessages).toHaveLength(101);
    expect(m.readerMessages[0]).toEqual({ kind: "unknownElement", detail: "{urn:beispiel:erweiterung}e0", part: "word/document.xml", count: 2 });
    expect(m.readerMessages[100]).toEqual({ kind: "unknownElement", detail: "weitere", part: "word/document.xml", count: 100 });
  });
});
