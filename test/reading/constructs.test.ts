/**
 * One small document per construct of ECMA-376 Part 1 that a reader can lose text in, each with its final view
 * (all revisions accepted) and original view (all rejected) written from the standard, read by both readers: the
 * .docx reader, and the Word reader over the simulator holding that document. Paragraphs of notes follow the body
 * (the model's order); their note is named after the text.
 */
import { readDocx } from "../../src/docx";
import type { DocumentModel, ReaderMessage } from "../../src/model/document";
import { noteName } from "../../src/model/notes";
import { createWordSimulator } from "../../src/simulator";
import { readDocument } from "../../src/word";
import { storyDocx } from "../docx/helpers";

const BY = (id: number, author = "Fraktion B90/Die Grünen") => `w:id="${id}" w:author="${author}" w:date="2025-03-09T10:00:00Z"`;
const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const del = (text: string) => `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>`;
const p = (...inline: string[]) => `<w:p>${inline.join("")}</w:p>`;
const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${p(t(text))}</w:tc>`;
const footnoteRef = (id: number) => `<w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
const endnoteRef = (id: number) => `<w:r><w:rPr><w:rStyle w:val="Endnotenzeichen"/></w:rPr><w:endnoteReference w:id="${id}"/></w:r>`;
/** A note's first paragraph as Word writes it: the note's own mark (w:footnoteRef), a space, the text. */
const noteText = (kind: "footnote" | "endnote", text: string) => p(`<w:r><w:${kind}Ref/></w:r>`, t(` ${text}`));

interface Expected {
  /** Per paragraph in the model's order: where it stands ("Text" or "Fußnote 1"), its final and its original text. */
  views: [string, string, string][];
  notes?: { kind: "footnote" | "endnote"; number: number; reference: { paragraph: number; offset: number } }[];
  /** What the .docx reader reports as skipped (kind, detail, count); the Word reader reads Word's text and skips nothing. */
  skipped?: [ReaderMessage["kind"], string, number][];
}

const views = (m: DocumentModel) => m.paragraphs.map((q): [string, string, string] => [q.note ? noteName(q.note) : "Text", q.text, q.originalText]);
const notes = (m: DocumentModel) => m.notes.map((n) => ({ kind: n.kind, number: n.number, reference: n.reference }));

interface Construct {
  name: string;
  docx: Uint8Array;
  expected: Expected;
}

const constructs: Construct[] = [
  {
    name: "footnotes and an endnote (17.11): notes after the text, numbered per kind in the order of their references",
    docx: storyDocx(
      p(t("Der Kreistag beschließt die Strategie"), footnoteRef(2), t(" mit Wirkung zum 01.01.2026"), footnoteRef(1), t("."))
      + p(t("Sie wird jährlich fortgeschrieben."), endnoteRef(1)),
      {
        footnotes: [noteText("footnote", "Gemäß § 5 Abs. 2 KrO NRW."), noteText("footnote", "Beschluss vom 14.03.2025, Drucksache 2025/117.") + p(t("Siehe auch Anlage 3."))],
        endnotes: [noteText("endnote", "Fortschreibungsbericht 2027.")],
      },
    ),
    expected: {
      views: [
        ["Text", "Der Kreistag beschließt die Strategie mit Wirkung zum 01.01.2026.", "Der Kreistag beschließt die Strategie mit Wirkung zum 01.01.2026."],
        ["Text", "Sie wird jährlich fortgeschrieben.", "Sie wird jährlich fortgeschrieben."],
        ["Fußnote 1", " Beschluss vom 14.03.2025, Drucksache 2025/117.", " Beschluss vom 14.03.2025, Drucksache 2025/117."],
        ["Fußnote 1", "Siehe auch Anlage 3.", "Siehe auch Anlage 3."],
        ["Fußnote 2", " Gemäß § 5 Abs. 2 KrO NRW.", " Gemäß § 5 Abs. 2 KrO NRW."],
        ["Endnote 1", " Fortschreibungsbericht 2027.", " Fortschreibungsbericht 2027."],
      ],
      notes: [
        { kind: "footnote", number: 1, reference: { paragraph: 0, offset: 37 } },
        { kind: "footnote", number: 2, reference: { paragraph: 0, offset: 64 } },
        { kind: "endnote", number: 1, reference: { paragraph: 1, offset: 34 } },
      ],
    },
  },
  {
    name: "a footnote and an endnote referenced in one paragraph, endnote first (17.11.2, 17.11.14)",
    docx: storyDocx(p(t("Radverkehr"), endnoteRef(1), t(" und Fußverkehr"), footnoteRef(1), t(" werden gefördert.")), {
      footnotes: [noteText("footnote", "Mobilitätskonzept 2024.")], endnotes: [noteText("endnote", "Radverkehrsnetz NRW.")],
    }),
    expected: {
      views: [
        ["Text", "Radverkehr und Fußverkehr werden gefördert.", "Radverkehr und Fußverkehr werden gefördert."],
        ["Fußnote 1", " Mobilitätskonzept 2024.", " Mobilitätskonzept 2024."],
        ["Endnote 1", " Radverkehrsnetz NRW.", " Radverkehrsnetz NRW."],
      ],
      notes: [
        { kind: "footnote", number: 1, reference: { paragraph: 0, offset: 25 } },
        { kind: "endnote", number: 1, reference: { paragraph: 0, offset: 10 } },
      ],
    },
  },
  {
    name: "tracked changes and a comment inside a footnote (17.13.5, 17.13.4): both views of the note",
    docx: storyDocx(p(t("Die Mittel stehen bereit."), footnoteRef(1)), {
      footnotes: [p(`<w:r><w:footnoteRef/></w:r>`, t(" Haushalt "), `<w:del ${BY(11)}>${del("2025")}</w:del>`, `<w:ins ${BY(12)}>${t("2026")}</w:ins>`,
        `<w:commentRangeStart w:id="5"/>`, t(", Produkt 12.01"), `<w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r>`, t("."))],
      comments: `<w:comment w:id="5" w:author="Kämmerei" w:initials="K" w:date="2025-03-10T09:00:00Z">${p(t("Produktnummer prüfen."))}</w:comment>`,
    }),
    expected: {
      views: [
        ["Text", "Die Mittel stehen bereit.", "Die Mittel stehen bereit."],
        ["Fußnote 1", " Haushalt 2026, Produkt 12.01.", " Haushalt 2025, Produkt 12.01."],
      ],
      notes: [{ kind: "footnote", number: 1, reference: { paragraph: 0, offset: 25 } }],
    },
  },
  {
    name: "content controls around blocks, runs, table rows and table cells (17.5.2.29–17.5.2.32)",
    docx: storyDocx(
      `<w:sdt><w:sdtPr><w:alias w:val="Antragsteller"/></w:sdtPr><w:sdtContent>${p(t("SPD-Kreistagsfraktion"))}</w:sdtContent></w:sdt>`
      + p(t("Datum: "), `<w:sdt><w:sdtPr><w:date w:fullDate="2025-03-14T00:00:00Z"/></w:sdtPr><w:sdtContent>${t("14.03.2025")}</w:sdtContent></w:sdt>`)
      + `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>`
      + `<w:sdt><w:sdtPr><w:alias w:val="Maßnahmen"/></w:sdtPr><w:sdtContent><w:tr>${cell("Radwegenetz")}${cell("2026")}</w:tr><w:tr>${cell("Bürgerbusse")}${cell("2027")}</w:tr></w:sdtContent></w:sdt>`
      + `<w:tr><w:sdt><w:sdtPr><w:alias w:val="Kosten"/></w:sdtPr><w:sdtContent>${cell("Kosten")}</w:sdtContent></w:sdt>${cell("120.000 €")}</w:tr></w:tbl>`,
    ),
    expected: {
      views: [
        ["Text", "SPD-Kreistagsfraktion", "SPD-Kreistagsfraktion"],
        ["Text", "Datum: 14.03.2025", "Datum: 14.03.2025"],
        ["Text", "Radwegenetz", "Radwegenetz"], ["Text", "2026", "2026"],
        ["Text", "Bürgerbusse", "Bürgerbusse"], ["Text", "2027", "2027"],
        ["Text", "Kosten", "Kosten"], ["Text", "120.000 €", "120.000 €"],
      ],
    },
  },
  {
    name: "nested revisions (17.13.5.14, 17.13.5.18, 17.13.5.22): text inside an adding and a removing mark stands in neither view",
    docx: storyDocx(
      // An insertion that was moved away afterwards (poi Tika-792): moved text at the source is gone from the final view,
      // inserted text is absent from the original.
      p(t("Satz A. "), `<w:moveFrom ${BY(21)}><w:ins ${BY(22)}>${t("Eingefügt, dann verschoben.")}</w:ins></w:moveFrom>`)
      // Word's markup for another author deleting an insertion.
      + p(t("Der Kreis "), `<w:ins ${BY(23)}><w:del ${BY(24, "Verwaltung")}>${del("prüft und ")}</w:del>${t("fördert")}</w:ins>`, t(" Vereine."))
      // Moved text deleted at its destination.
      + p(`<w:moveTo ${BY(25)}><w:del ${BY(26, "Verwaltung")}>${del("Satz B.")}</w:del></w:moveTo>`, t("Satz C.")),
    ),
    expected: {
      views: [
        ["Text", "Satz A. ", "Satz A. "],
        ["Text", "Der Kreis fördert Vereine.", "Der Kreis  Vereine."],
        ["Text", "Satz C.", "Satz C."],
      ],
    },
  },
  {
    name: "rows inserted or deleted as a whole (17.13.5.12 del, 17.13.5.19 ins of a table row)",
    docx: storyDocx(
      `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>`
      + `<w:tr>${cell("Maßnahme")}${cell("Kosten")}</w:tr>`
      + `<w:tr><w:trPr><w:del ${BY(31)}/></w:trPr>${cell("Sportstättenbedarfsplan")}${cell("40.000 €")}</w:tr>`
      + `<w:tr><w:trPr><w:ins ${BY(32)}/></w:trPr>${cell("Radwegenetz")}${cell("120.000 €")}</w:tr>`
      + `<w:tr><w:trPr><w:del ${BY(33)}/></w:trPr><w:tc>${p(`<w:del ${BY(34)}>${del("Bürgerbusse")}</w:del>`)}</w:tc></w:tr></w:tbl>`,
    ),
    expected: {
      views: [
        ["Text", "Maßnahme", "Maßnahme"], ["Text", "Kosten", "Kosten"],
        ["Text", "", "Sportstättenbedarfsplan"], ["Text", "", "40.000 €"],
        ["Text", "Radwegenetz", ""], ["Text", "120.000 €", ""],
        ["Text", "", "Bürgerbusse"],
      ],
    },
  },
  {
    name: "symbols (17.3.3.30 sym): Symbol after the Adobe Symbol encoding, Wingdings after Unicode's, an unknown font reported",
    docx: storyDocx(p(t("Winkel "), `<w:r><w:sym w:font="Symbol" w:char="F061"/></w:r>`, t(" "), `<w:r><w:sym w:font="Symbol" w:char="B3"/></w:r>`,
      t(" 30°, erledigt "), `<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>`, `<w:r><w:sym w:font="MT Extra" w:char="F025"/></w:r>`)),
    expected: {
      // Adobe Symbol: 0x61 alpha → U+03B1, 0xB3 greaterequal → U+2265; Wingdings 0xFC → U+2713 CHECK MARK.
      views: [["Text", "Winkel \u03B1 \u2265 30°, erledigt \u2713", "Winkel \u03B1 \u2265 30°, erledigt \u2713"]],
      skipped: [["unmappedSymbol", "MT Extra F025", 1]],
    },
  },
  {
    name: "fields (17.16): a result shows, its code and a nested field's result in the code do not; a field never ended ends with its paragraph",
    docx: storyDocx(
      p(t("Status: "), `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>`,
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD Status </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${t("«Status»")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
        `<w:r><w:instrText xml:space="preserve"> = "neu" "Entwurf" "Beschluss" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${t("Beschluss")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
      // LibreOffice 3.3 (xdocreport DocxBig): a stray begin before the title field.
      + p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TITLE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${t("Kreisentwicklungsstrategie 2030")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
      + p(t("Folgeabsatz.")),
    ),
    expected: {
      views: [
        ["Text", "Status: Beschluss", "Status: Beschluss"],
        ["Text", "Kreisentwicklungsstrategie 2030", "Kreisentwicklungsstrategie 2030"],
        ["Text", "Folgeabsatz.", "Folgeabsatz."],
      ],
    },
  },
  {
    name: "content without text of the document: embedded objects, an embedded document, a formula, an unknown element, all reported",
    docx: storyDocx(
      p(t("Tabelle: "), `<w:r><w:object><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="o1"/></w:object></w:r>`)
      + `<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rAlt"/>`
      + `<m:oMathPara xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:oMath><m:r><m:t>a²+b²=c²</m:t></m:r></m:oMath></m:oMathPara>`
      + `<x:bewertung xmlns:x="urn:beispiel:erweiterung">gut</x:bewertung>`
      + p(t("Ende.")),
    ),
    expected: {
      views: [["Text", "Tabelle: ", "Tabelle: "], ["Text", "Ende.", "Ende."]],
      skipped: [["embeddedObject", "w:object", 1], ["embeddedObject", "w:altChunk", 1], ["math", "m:oMathPara", 1], ["unknownElement", "{urn:beispiel:erweiterung}bewertung", 1]],
    },
  },
];

describe.each(constructs.map((c) => [c.name, c] as const))("%s", (_name, { docx, expected }) => {
  const fromFile = readDocx(docx);

  it("the .docx reader gives both views", () => {
    expect(views(fromFile)).toEqual(expected.views);
    expect(notes(fromFile)).toEqual(expected.notes ?? []);
    expect(fromFile.readerMessages.map((m) => [m.kind, m.detail, m.count])).toEqual(expected.skipped ?? []);
  });

  it("the Word reader gives both views from Word holding the document", async () => {
    const { model } = await readDocument(createWordSimulator(structuredClone(fromFile)), []);
    expect(views(model)).toEqual(expected.views);
    expect(notes(model)).toEqual(expected.notes ?? []);
    expect(model.readerMessages).toEqual([]);
  });
});
