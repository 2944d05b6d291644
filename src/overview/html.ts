/** A printable standalone page: escaped text only, <del>/<ins> marks, landscape A4, no external resources. */
import type { MarkedText, OverviewTable } from "./types";

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function cell(text: MarkedText): string {
  return text.map((s) => {
    const body = escapeHtml(s.text).replace(/\n/g, "<br>");
    return s.mark === "deleted" ? `<del>${body}</del>` : s.mark === "inserted" ? `<ins>${body}</ins>` : body;
  }).join("");
}

const STYLE = `
@page { size: A4 landscape; margin: 15mm 12mm; }
body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 9.5pt; color: #000; margin: 0 1em; }
h1 { font-size: 13pt; margin: 0.6em 0 0.2em; }
p.stand { margin: 0 0 0.8em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #555; padding: 3pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #d9e2ec; font-weight: bold; }
tr { break-inside: avoid; }
tr.group td { background: #eef2f6; font-weight: bold; }
del { text-decoration: line-through; font-style: italic; }
ins { text-decoration: none; font-weight: bold; }
`;

export function renderHtml(table: OverviewTable): string {
  const total = table.columns.reduce((n, c) => n + c.width, 0);
  const cols = table.columns.map((c) => `<col style="width:${((100 * c.width) / total).toFixed(1)}%">`).join("");
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join("");
  const rows = table.rows.map((r) => r.kind === "group"
    ? `<tr class="group"><td colspan="${table.columns.length}">${escapeHtml(r.text)}</td></tr>`
    : `<tr>${r.cells.map((c) => `<td>${cell(c)}</td>`).join("")}</tr>`).join("\n");
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${escapeHtml(table.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(table.title)}</h1>
<p class="stand">${escapeHtml(table.subtitle)}</p>
<table>
<colgroup>${cols}</colgroup>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
