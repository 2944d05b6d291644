/**
 * The overview as a Word document: A4 landscape, a German-looking grid table with a shaded header
 * row repeated on every page, 9 pt Arial, deletions struck and italic, insertions bold (HdR).
 * Accessible as a committee paper must be (BITV 2.0 / EN 301 549): German as the language of every style,
 * the title as core property and as "Überschrift 1", the header row marked as such (w:tblHeader), and the
 * notes that explain markers right under the table. One code path in Node and the browser: the package is
 * packed to an ArrayBuffer, never to a Node Buffer.
 */
import {
  BorderStyle, Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell,
  TableLayoutType, TableRow, TextRun, WidthType,
} from "docx";
import type { MarkedText, OverviewTable } from "./types";

const PAGE = { width: 11906, height: 16838 }; // A4 in twips, portrait; docx swaps for landscape
const MARGIN = 850; // 1.5 cm
const USABLE = PAGE.height - 2 * MARGIN;
const FONT = "Arial";
const SIZE = 18; // half-points: 9 pt
const HEADER_FILL = "D9E2EC";
const GROUP_FILL = "EEF2F6";
const LANGUAGE = "de-DE";

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "555555" };
// Borders and cell margins are set once on the table: per cell they triple the time for large tables.
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function runs(text: MarkedText, bold = false): TextRun[] {
  const out: TextRun[] = [];
  for (const s of text) {
    s.text.split("\n").forEach((line, i) => {
      out.push(new TextRun({
        // Font and size come from the document defaults: per run they would bloat large tables.
        text: line, break: i > 0 ? 1 : undefined,
        ...(bold || s.mark === "inserted" ? { bold: true } : {}),
        ...(s.mark === "deleted" ? { strike: true, italics: true } : {}),
      }));
    });
  }
  return out;
}

function cell(text: MarkedText, width: number, options: { bold?: boolean; fill?: string; span?: number } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: runs(text, options.bold), spacing: { before: 20, after: 20 } })],
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    shading: options.fill ? { type: ShadingType.CLEAR, color: "auto", fill: options.fill } : undefined,
  });
}

export async function renderDocx(table: OverviewTable): Promise<Uint8Array> {
  const total = table.columns.reduce((n, c) => n + c.width, 0);
  const widths = table.columns.map((c) => Math.floor((USABLE * c.width) / total));
  const header = new TableRow({
    tableHeader: true, cantSplit: true,
    children: table.columns.map((c, i) => cell([{ text: c.header, mark: "none" }], widths[i], { bold: true, fill: HEADER_FILL })),
  });
  const body = table.rows.map((r) => r.kind === "group"
    ? new TableRow({ cantSplit: true, children: [cell([{ text: r.text, mark: "none" }], USABLE, { bold: true, fill: GROUP_FILL, span: widths.length })] })
    : new TableRow({ children: r.cells.map((c, i) => cell(c, widths[i])) }));
  const doc = new Document({
    creator: "Beschlussreif",
    lastModifiedBy: "Beschlussreif",
    title: table.title,
    // German words are long and the columns narrow: hyphenate rather than break words anywhere.
    hyphenation: { autoHyphenation: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE, language: { value: LANGUAGE } } },
        // Word knows the outline level of its built-in heading; other readers (LibreOffice's tagged PDF) need it said.
        heading1: { run: { font: FONT, size: 26, bold: true, color: "000000" }, paragraph: { outlineLevel: 0, spacing: { before: 0, after: 60 } } },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
          margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
        },
      },
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(table.title)] }),
        new Paragraph({ children: [new TextRun(table.subtitle)], spacing: { after: 160 }, keepNext: true }),
        new Table({
          rows: [header, ...body], columnWidths: widths, layout: TableLayoutType.FIXED,
          width: { size: USABLE, type: WidthType.DXA }, borders: BORDERS,
          margins: { top: 40, bottom: 40, left: 60, right: 60, marginUnitType: WidthType.DXA },
        }),
        ...table.notes.map((n) => new Paragraph({ children: [new TextRun({ text: n, size: 16 })], spacing: { before: 80 } })),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
