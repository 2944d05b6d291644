/** List labels as Word shows them, on small numbering definitions. */
import { readNumbering, formatNumber } from "../../src/docx/numbering";
import { parseXml } from "../../src/docx/xml";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, fmt: string, text: string, extra = "") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

function numbering(xml: string, styleNum: Record<string, string> = {}) {
  return readNumbering(parseXml(`<w:numbering ${W}>${xml}</w:numbering>`, "word/numbering.xml"), (id) => styleNum[id] ?? null);
}

describe("numbering labels", () => {
  it("formats numbers like Word", () => {
    expect([1, 4, 9, 14, 40].map((n) => formatNumber(n, "upperRoman"))).toEqual(["I", "IV", "IX", "XIV", "XL"]);
    expect([1, 26, 27, 28].map((n) => formatNumber(n, "upperLetter"))).toEqual(["A", "Z", "AA", "BB"]);
    expect(formatNumber(3, "lowerLetter")).toBe("c");
    expect(formatNumber(7, "lowerRoman")).toBe("vii");
    expect(formatNumber(5, "decimalZero")).toBe("05");
  });

  it("counts multi-level decimal lists and restarts deeper levels", () => {
    const n = numbering(`<w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    const labels = [0, 1, 1, 0, 1, 1, 1].map((l) => n.next("1", l, null)!.label);
    expect(labels).toEqual(["1.", "1.1", "1.2", "2.", "2.1", "2.2", "2.3"]);
  });

  it("applies startOverride and lvlOverride, and shares counters between nums of one abstract", () => {
    const n = numbering(`<w:abstractNum w:abstractNumId="0">${lvl(0, "upperLetter", "%1)")}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%1)"/></w:lvl></w:lvlOverride></w:num>`);
    expect([n.next("1", 0, null), n.next("2", 0, null), n.next("3", 0, null), n.next("3", 0, null), n.next("4", 0, null)].map((i) => i!.label))
      .toEqual(["A)", "B)", "D)", "E)", "(i)"]);
  });

  it("shows legal numbering (isLgl) in arabic digits and bullets as their character", () => {
    const n = numbering(`<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%1.%2", '<w:isLgl/>')}</w:abstractNum>
      <w:abstractNum w:abstractNumId="1">${lvl(0, "bullet", "\uF0B7")}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`);
    expect(n.next("1", 0, null)!.label).toBe("I.");
    expect(n.next("1", 0, null)!.label).toBe("II.");
    expect(n.next("1", 1, null)!.label).toBe("2.1");
    expect(n.next("2", 0, null)).toEqual({ numId: "2", level: 0, label: "•", format: "bullet" });
  });

  it("finds the level of a heading style through the level's pStyle and follows numStyleLink", () => {
    const n = numbering(`<w:abstractNum w:abstractNumId="0">${lvl(0, "upperLetter", "%1.", '<w:pStyle w:val="berschrift1"/>')}${lvl(1, "upperRoman", "%2.", '<w:pStyle w:val="berschrift2"/>')}</w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Gliederung"/></w:abstractNum>
      <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>`, { Gliederung: "5" });
    expect(n.next("5", null, "berschrift1")!.label).toBe("A.");
    expect(n.next("5", null, "berschrift2")!.label).toBe("I.");
    expect(n.next("6", 1, null)!.label).toBe("II.");
    expect(n.next("6", 0, null)!.label).toBe("B.");
    expect(n.next("99", 0, null)).toBeNull();
  });
});
