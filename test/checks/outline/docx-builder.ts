/** Word documents for the outline check, written with the `docx` package (fictional Kreis Musterland). */
import { DeletedTextRun, Document, HeadingLevel, Packer, Paragraph, Tab, TableOfContents, TextRun, type ParagraphChild } from "docx";

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string; deletedBy?: string }
  | { kind: "text"; text: string }
  | { kind: "bullet"; text: string }
  /** A typed TOC line in style TOC n ("I.\tTitel\t3"). */
  | { kind: "tocLine"; level: 1 | 2; text: string }
  /** A TOC field whose result shows these entries (as Word last computed them). */
  | { kind: "tocField"; entries: { level: number; title: string; page: number }[]; dirty?: boolean };

/** The goals' numerals in the Kreis's strategy papers (part B, level 2). */
export const ROMAN = ["I", "II", "III", "IV", "V", "VI"];

/** A typed table of contents of a strategy paper: parts A and B, then the goals under B with their pages. */
export const typedToc = (goals: readonly string[]): Block[] => [
  { kind: "text", text: "Inhaltsverzeichnis" },
  { kind: "tocLine", level: 1, text: "A.\tGrundsätze\t1" },
  { kind: "tocLine", level: 1, text: "B.\tStrategische Ziele\t2" },
  ...goals.map((g, i): Block => ({ kind: "tocLine", level: 2, text: `${ROMAN[i]}.\t${g}\t${i + 2}` })),
];

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const REVISION = { author: "Kreis Musterland", date: "2025-03-14T10:00:00Z" };

function children(blocks: readonly Block[]) {
  let id = 1;
  return blocks.map((b) => {
    switch (b.kind) {
      case "heading": {
        if (!b.deletedBy) return new Paragraph({ heading: HEADING[b.level], children: [new TextRun(b.text)] });
        const run: ParagraphChild = new DeletedTextRun({ text: b.text, id: id++, ...REVISION, author: b.deletedBy });
        return new Paragraph({ heading: HEADING[b.level], children: [run], run: { deletion: { id: id++, ...REVISION, author: b.deletedBy } } });
      }
      case "text": return new Paragraph({ children: [new TextRun(b.text)] });
      case "bullet": return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(b.text)] });
      case "tocLine": {
        const [first, ...rest] = b.text.split("\t");
        return new Paragraph({ style: `TOC${b.level}`, children: [new TextRun({ children: [first, ...rest.flatMap((part) => [new Tab(), part])] })] });
      }
      case "tocField":
        return new TableOfContents("Inhaltsverzeichnis", { hyperlink: true, headingStyleRange: "1-3", cachedEntries: b.entries, beginDirty: b.dirty ?? false });
    }
  });
}

export async function buildDocx(blocks: readonly Block[]): Promise<Uint8Array> {
  const doc = new Document({
    creator: "Kreis Musterland",
    styles: {
      paragraphStyles: [1, 2].map((n) => ({ id: `TOC${n}`, name: `toc ${n}`, basedOn: "Normal", next: "Normal", paragraph: { indent: { left: (n - 1) * 240 } } })),
    },
    sections: [{ children: children(blocks) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
