/**
 * CSV as German Excel opens it by double click: UTF-8 with BOM, ";" between fields, CRLF line ends,
 * quotes around fields with separators, quotes or line breaks. Marks cannot be shown: the old text
 * column holds the original wording, the new one the final wording. Notes that explain markers follow the
 * table after an empty line, as they would stand under it on paper.
 */
import { plain } from "./marked";
import type { OverviewTable } from "./types";

const BOM = "\uFEFF";

/** A field starting with "=", "+" or "@" would run as a formula in Excel; a leading apostrophe keeps it text. */
function field(value: string): string {
  const safe = /^[=+@]/.test(value) ? `'${value}` : value;
  const crlf = safe.replace(/\r?\n/g, "\r\n");
  return /[;"\r\n]|^\s|\s$/.test(crlf) ? `"${crlf.replace(/"/g, '""')}"` : crlf;
}

export function renderCsv(table: OverviewTable): string {
  const width = table.columns.length;
  const lines = [table.columns.map((c) => field(c.header)).join(";")];
  for (const row of table.rows) {
    const cells = row.kind === "group" ? [row.text, ...Array<string>(width - 1).fill("")] : row.cells.map(plain);
    lines.push(cells.map(field).join(";"));
  }
  if (table.notes.length > 0) lines.push("", ...table.notes.map(field));
  return BOM + lines.join("\r\n") + "\r\n";
}
