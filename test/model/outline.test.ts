import { createDocumentModel, type BodyParagraph, type Paragraph } from "../../src/model/document";
import { headings, intToRoman, parseTypedLabel, romanToInt, sectionOf } from "../../src/model/outline";

function para(index: number, text: string, outlineLevel: number | null, extra: Partial<BodyParagraph> = {}): Paragraph {
  return {
    index, text, originalText: text, runs: [], styleId: null, styleName: null, builtInStyle: "Normal",
    note: null, outlineLevel, list: null, table: null, markInserted: null, markDeleted: null, paraId: null, ...extra,
  };
}

const model = (paragraphs: Paragraph[]) => createDocumentModel({ paragraphs });

describe("roman numerals", () => {
  it("round-trips 1..50 and rejects non-numerals", () => {
    for (let n = 1; n <= 50; n++) expect(romanToInt(intToRoman(n))).toBe(n);
    expect(romanToInt("IIII")).toBeNull();
    expect(romanToInt("VX")).toBeNull();
    expect(romanToInt("")).toBeNull();
  });
});

describe("parseTypedLabel", () => {
  it("splits typed numbers of each scheme", () => {
    expect(parseTypedLabel("IV. Bildung und Ausbildung")).toEqual({ label: "IV", title: "Bildung und Ausbildung", schemes: ["upperRoman"] });
    expect(parseTypedLabel("3.5 Ziele")).toMatchObject({ label: "3.5", schemes: ["decimalMulti"] });
    expect(parseTypedLabel("2. Ziele")).toMatchObject({ label: "2", schemes: ["decimal"] });
    expect(parseTypedLabel("B. Strategische Ziele")).toMatchObject({ label: "B", schemes: ["upperLetter"] });
    expect(parseTypedLabel("C. Kultur")?.schemes).toEqual(["upperRoman", "upperLetter"]);
    expect(parseTypedLabel("II\tBürgerorientierung")).toMatchObject({ label: "II", title: "Bürgerorientierung", schemes: ["upperRoman"] });
    expect(parseTypedLabel("X.\tMobilität")).toMatchObject({ label: "X", title: "Mobilität" });
  });
  it("leaves prose alone", () => {
    expect(parseTypedLabel("Im Rahmen der Planung")).toBeNull();
    expect(parseTypedLabel("A bis Z")).toBeNull();
    expect(parseTypedLabel("C Kultur")).toBeNull();
    expect(parseTypedLabel("Die Ziele")).toBeNull();
    expect(parseTypedLabel("Vorwort des Landrats")).toBeNull();
  });
});

describe("headings", () => {
  const doc = model([
    para(0, "A. Handlungsprinzipien", 1),
    para(1, "I. Demokratie", 2),
    para(2, "Text", null),
    para(3, "B. Strategische Ziele", 1),
    para(4, "I. Wirtschaft", 2),
    para(5, "X. Mobilität", 2),
    para(6, "", 2, { originalText: "XI. Gestrichen", markDeleted: "9" }),
    para(7, "C. Anhang", 1),
  ]);

  it("builds section paths from typed labels and resolves letters against roman numerals", () => {
    const hs = headings(doc);
    expect(hs.map((h) => h.path)).toEqual(["A", "A.I", "B", "B.I", "B.X", "C"]);
    expect(hs.find((h) => h.label === "C")?.scheme).toBe("upperLetter");
    expect(hs.find((h) => h.label === "X")?.value).toBe(10);
  });

  it("drops a tracked-deleted heading from the final view but keeps it in the original", () => {
    expect(headings(doc).some((h) => h.title === "Gestrichen")).toBe(false);
    const original = headings(doc, "original").find((h) => h.title === "Gestrichen");
    expect(original).toMatchObject({ path: "B.XI", pendingChange: "deleted" });
  });

  it("prefers Word's list label over the text", () => {
    const hs = headings(model([
      para(0, "Sachdarstellung", 2, { list: { numId: "2", level: 1, label: "3.5.", format: "decimal" } }),
    ]));
    expect(hs[0]).toMatchObject({ label: "3.5", path: "3.5", scheme: "decimalMulti", value: 5, numberSource: "list", title: "Sachdarstellung" });
  });

  it("finds the section of a paragraph", () => {
    const hs = headings(doc);
    expect(sectionOf(doc, hs, 2)?.path).toBe("A.I");
    expect(sectionOf(doc, hs, 5)?.path).toBe("B.X");
    const untitled = model([para(0, "x", null), para(1, "A. Start", 1)]);
    expect(sectionOf(untitled, headings(untitled), 0)).toBeNull();
  });
});
