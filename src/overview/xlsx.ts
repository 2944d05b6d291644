/**
 * The overview as an Excel workbook: an Excel table (its header row marked as such, with filter buttons) on a
 * sheet with the header frozen and repeated on every printed page, set column widths, wrapped text, marks as rich
 * text (deletions struck and italic, insertions bold), landscape print setup, notes under the table, and the
 * title and language (de-DE) as document properties.
 */
import ExcelJS from "exceljs";
import type { MarkedText, OverviewTable } from "./types";

function richText(text: MarkedText): ExcelJS.CellRichTextValue {
  return {
    richText: text.map((s) => ({
      text: s.text,
      font: s.mark === "deleted" ? { strike: true, italic: true } : s.mark === "inserted" ? { bold: true } : {},
    })),
  };
}

function value(text: MarkedText): ExcelJS.CellValue {
  return text.some((s) => s.mark !== "none") ? richText(text) : text.map((s) => s.text).join("");
}

export async function renderXlsx(table: OverviewTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Beschlussreif";
  workbook.title = table.title;
  workbook.subject = table.subtitle;
  // exceljs writes dc:language from this property, which its type declarations leave out.
  (workbook as ExcelJS.Workbook & { language: string }).language = "de-DE";
  const sheet = workbook.addWorksheet("Übersicht", {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
    headerFooter: { oddHeader: `&L${table.title.replace(/&/g, "&&")}&R${table.subtitle.replace(/&/g, "&&")}` },
  });
  sheet.columns = table.columns.map((c) => ({ width: c.width + 2 }));
  const width = table.columns.length;
  sheet.addTable({
    name: "Uebersicht",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: false },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    // An Excel table has at least one data row: an empty overview gets an empty one.
    rows: table.rows.length === 0 ? [Array<string>(width).fill("")]
      : table.rows.map((r) => (r.kind === "group" ? [r.text, ...Array<string>(width - 1).fill("")] : r.cells.map(value))),
  });
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: "top", wrapText: true };
  head.eachCell((c) => { c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2EC" } }; });
  table.rows.forEach((r, i) => {
    const row = sheet.getRow(i + 2);
    if (r.kind === "group") row.font = { bold: true };
    else row.alignment = { vertical: "top", wrapText: true };
  });
  // Notes stand under the table after a blank row, outside it, so that sorting and filtering leave them be.
  table.notes.forEach((n, i) => { sheet.getCell(table.rows.length + 3 + i, 1).value = n; });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
