/** `beschlussreif meta`: what the model holds — counts, the table of contents, the amendments — what the reader skipped and stored data it cannot read. */
import { AMENDMENT_KIND_LABEL } from "../amendments/labels";
import { describeDocument } from "../app";
import type { DocumentStatistics } from "../model/statistics";
import { formatDateDe, SEVERITY_LABEL, TRACKED_CHANGE_LABEL } from "../model/labels";
import { readDocument } from "./input";
import type { CliIO } from "./io";
import { readConfiguration } from "./configuration";

export interface MetaOptions {
  format: "text" | "json";
  config?: string;
}

export async function runMeta(io: CliIO, file: string, options: MetaOptions): Promise<0> {
  const { registry } = readConfiguration(io, options.config);
  const report = describeDocument(readDocument(io, file), registry);
  if (options.format === "json") {
    io.stdout(JSON.stringify({ file, ...report }, null, 2) + "\n");
    return 0;
  }
  const { statistics, toc, amendments, findings } = report;
  const lines = [`${file}`, ...formatStatistics(statistics)];
  lines.push(`Inhaltsverzeichnis: ${toc.source === "field" ? "Word-Feld" : toc.source === "typed" ? "getippt" : "keines gefunden"}${toc.source ? `, ${toc.entries.length} Einträge` : ""}`);
  lines.push(`Anträge: ${amendments.length}`);
  amendments.forEach((a, i) => {
    const m = a.metadata;
    const origin = a.source === "metadata" ? "gespeichert" : a.source === "imported" ? "aus Freitext erkannt" : "ohne Angaben";
    lines.push(`  ${i + 1}. ${AMENDMENT_KIND_LABEL[a.kind]} – ${m.antragsteller ?? "Antragsteller fehlt"} · ${formatDateDe(m.datum)} · ${m.status ?? "kein Status"} (${origin})`);
  });
  lines.push(report.readerMessages.length ? "Nicht gelesen:" : "Nicht gelesen: nichts – der gesamte Text wurde gelesen.");
  for (const m of report.readerMessages) lines.push(`  ${m.message}`);
  for (const f of findings) lines.push(`${SEVERITY_LABEL[f.severity]} ${f.rule}: ${f.message}`);
  io.stdout(lines.join("\n") + "\n");
  return 0;
}

function formatStatistics(s: DocumentStatistics): string[] {
  const kinds = Object.entries(s.trackedChanges.byKind).map(([k, n]) => `${TRACKED_CHANGE_LABEL[k as keyof typeof TRACKED_CHANGE_LABEL]} ${n}`).join(", ");
  const authors = Object.entries(s.trackedChanges.byAuthor).map(([k, n]) => `${k} ${n}`).join(", ");
  const highlights = Object.entries(s.highlights).map(([k, n]) => `${k} ${n}`).join(", ");
  return [
    `Absätze: ${s.paragraphs}, davon Überschriften: ${s.headings}; Fußnoten: ${s.footnotes}, Endnoten: ${s.endnotes}`,
    `Kommentare: ${s.comments} (Antworten: ${s.replies}, erledigt: ${s.resolvedComments})`,
    `Nachverfolgte Änderungen: ${s.trackedChanges.total}${kinds ? ` (${kinds})` : ""}`,
    ...(authors ? [`  nach Autor: ${authors}`] : []),
    `Hervorhebungen: ${highlights || "keine"}`,
    `Textmarken: ${s.bookmarks}, Verzeichnisfelder: ${s.tocFields}, eigene XML-Teile: ${s.customXmlParts}`,
  ];
}
