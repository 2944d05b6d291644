/** German names for the model's enumerations and its dates, shared by the command line, the task pane and the exports. */
import type { ReaderMessage, ReaderMessageKind, TrackedChangeKind } from "./document";
import type { Severity } from "./findings";

export const TRACKED_CHANGE_LABEL: Record<TrackedChangeKind, string> = {
  insertion: "Einfügung",
  deletion: "Löschung",
  moveFrom: "Verschiebung (Herkunft)",
  moveTo: "Verschiebung (Ziel)",
  paragraphInsertion: "Absatzmarke eingefügt",
  paragraphDeletion: "Absatzmarke gelöscht",
  rowInsertion: "Tabellenzeile eingefügt",
  rowDeletion: "Tabellenzeile gelöscht",
  runFormatting: "Zeichenformatierung",
  paragraphFormatting: "Absatzformatierung",
  tableChange: "Tabellenänderung",
};

const READER_MESSAGE: Record<ReaderMessageKind, string> = {
  unknownElement: "Unbekanntes Element – sein Inhalt wurde nicht gelesen",
  embeddedObject: "Eingebettetes Objekt – sein Inhalt steht nicht im Text und wurde nicht gelesen",
  math: "Formel – ihr Text wurde nicht gelesen",
  unmappedSymbol: "Sonderzeichen ohne Unicode-Entsprechung – ausgelassen",
};

/** "Eingebettetes Objekt – … (w:object, 2×, word/document.xml)". */
export function readerMessageText(m: ReaderMessage): string {
  return `${READER_MESSAGE[m.kind]} (${m.detail}, ${m.count}×, ${m.part})`;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: "Fehler", warning: "Warnung", info: "Hinweis" };

/** "2025-03-14…" → "14.03.2025"; "–" when absent. */
export function formatDateDe(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : "–";
}
