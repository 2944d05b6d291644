/**
 * A printable standalone page: escaped text only, <del>/<ins> marks, landscape A4, no external resources.
 * Accessible as a committee paper must be (BITV 2.0): German language, a heading, a caption, header cells with
 * scope, section rows as row groups, and the marks announced in words (a screen reader does not say <del>/<ins>).
 */
import type { MarkedText, OverviewTable, TableRow } from "./types";

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function cell(text: MarkedText): string {
  return text.map((s) => {
    const body = escapeHtml(s.text).replace(/\n/g, "<br>");
    return s.mark === "deleted" ? `<del>${body}</del>` : s.mark === "inserted" ? `<ins>${body}</ins>` : body;
  }).join("");
}

const HIDDEN = "position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;";

const STYLE = `
@page { size: A4 landscape; margin: 15mm 12mm; }
body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 9.5pt; color: #000; background: #fff; margin: 0 1em; }
h1 { font-size: 13pt; margin: 0.6em 0 0.2em; }
p.stand { margin: 0 0 0.8em; }
p.note { margin: 0.4em 0 0; font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
caption { ${HIDDEN} }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #555; padding: 3pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: #d9e2ec; font-weight: bold; }
tbody th[scope=row] { font-weight: normal; }
tr { break-inside: avoid; }
tbody th[scope=rowgroup] { background: #eef2f6; font-weight: bold; }
del { text-decoration: line-through; font-style: italic; }
ins { text-decoration: none; font-weight: bold; }
del::before, del::after, ins::before, ins::after { ${HIDDEN} }
del::before { content: " [gestrichen: "; }
ins::before { content: " [eingefügt: "; }
del::after, ins::after { content: "] "; }
`;

function dataRow(cells: readonly MarkedText[], rowHeaders: boolean): string {
  return `<tr>${cells.map((c, i) => (rowHeaders && i === 0 ? `<th scope="row">${cell(c)}</th>` : `<td>${cell(c)}</td>`)).join("")}</tr>`;
}

/** Section rows open a <tbody> each, so that a screen reader names the section with every cell in it. */
function bodies(table: OverviewTable): string {
  const groups: { heading: string | null; rows: Extract<TableRow, { kind: "data" }>[] }[] = [{ heading: null, rows: [] }];
  for (const r of table.rows) {
    if (r.kind === "group") groups.push({ heading: r.text, rows: [] });
    else groups[groups.length - 1].rows.push(r);
  }
  return groups.filter((g) => g.heading !== null || g.rows.length > 0).map((g) => {
    const head = g.heading === null ? [] : [`<tr><th scope="rowgroup" colspan="${table.columns.length}">${escapeHtml(g.heading)}</th></tr>`];
    const rows = g.rows.map((r) => dataRow(r.cells, table.rowHeaders));
    return `<tbody>\n${[...head, ...rows].join("\n")}\n</tbody>`;
  }).join("\n");
}

export function renderHtml(table: OverviewTable): string {
  const total = table.columns.reduce((n, c) => n + c.width, 0);
  const cols = table.columns.map((c) => `<col style="width:${((100 * c.width) / total).toFixed(1)}%">`).join("");
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join("");
  const notes = table.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>\n`).join("");
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(table.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(table.title)}</h1>
<p class="stand">${escapeHtml(table.subtitle)}</p>
<table>
<caption>${escapeHtml(table.title)}</caption>
<colgroup>${cols}</colgroup>
<thead><tr>${head}</tr></thead>
${bodies(table)}
</table>
${notes}</main>
</body>
</html>
`;
}
