/** `beschlussreif meta`: what the model holds — counts, the table of contents, the amendments — and what the reader skipped. */
import { collectAmendments } from "../amendments";
import { checkOutline } from "../checks/outline";
import { documentStatistics, type DocumentStatistics } from "../model/statistics";
import { AMENDMENT_KIND_LABEL, formatDateDe, readerMessageText, TRACKED_CHANGE_LABEL } from "../model/labels";
import { readDocument } from "./input";
import type { CliIO } from "./io";

export interface MetaOptions {
  format: "text" | "json";
}

export async function runMeta(io: CliIO, file: string, options: MetaOptions): Promise<0> {
  const model = readDocument(io, file);
  const statistics = documentStatistics(model);
  const outline = checkOutline(model);
  const { amendments } = collectAmendments(model);
  if (options.format === "json") {
    const readerMessages = model.readerMessages.map((m) => ({ ...m, message: readerMessageText(m) }));
    const json = { file, statistics, readerMessages, toc: { source: outline.tocSource, entries: outline.toc }, amendments };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
    return 0;
  }
  const lines = [`${file}`, ...formatStatistics(statistics)];
  lines.push(`Inhaltsverzeichnis: ${outline.tocSource === "field" ? "Word-Feld" : outline.tocSource === "typed" ? "getippt" : "keines gefunden"}${outline.tocSource ? `, ${outline.toc.length} Einträge` : ""}`);
  lines.push(`Anträge: ${amendments.length}`);
  amendments.forEach((a, i) => {
    const m = a.metadata;
    const origin = a.source === "metadata" ? "gespeichert" : a.source === "imported" ? "aus Freitext erkannt" : "ohne Angaben";
    lines.push(`  ${i + 1}. ${AMENDMENT_KIND_LABEL[a.kind]} – ${m.antragsteller ?? "Antragsteller fehlt"} · ${formatDateDe(m.datum)} · ${m.status ?? "kein Status"} (${origin})`);
  });
  lines.push(model.readerMessages.length ? "Nicht gelesen:" : "Nicht gelesen: nichts – der gesamte Text wurde gelesen.");
  for (const m of model.readerMessages) lines.push(`  ${readerMessageText(m)}`);
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
