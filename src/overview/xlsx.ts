/**
 * The overview as an Excel workbook: a bold frozen header row with autoFilter, set column widths,
 * wrapped text, marks as rich text (deletions struck and italic, insertions bold), landscape print setup.
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

export async function renderXlsx(table: OverviewTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Beschlussreif";
  const sheet = workbook.addWorksheet("Übersicht", {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
    headerFooter: { oddHeader: `&L${table.title.replace(/&/g, "&&")}&R${table.subtitle.replace(/&/g, "&&")}` },
  });
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width + 2 }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: "top", wrapText: true };
  head.eachCell((c) => { c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2EC" } }; });
  for (const r of table.rows) {
    if (r.kind === "group") {
      const row = sheet.addRow([r.text]);
      row.font = { bold: true };
      continue;
    }
    const row = sheet.addRow(r.cells.map((c) => (c.some((s) => s.mark !== "none") ? richText(c) : c.map((s) => s.text).join(""))));
    row.alignment = { vertical: "top", wrapText: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
