/**
 * "Zusammenfassen" and "Aufteilen" in the pane: src/amendments grouping, recorded in the history and marked as stored
 * metadata — only stored records keep a user's grouping across reloads; automatic grouping would undo it otherwise.
 */
import { mergeAmendments, splitAmendment } from "../../amendments";
import type { Amendment } from "../../amendments/types";
import type { DocumentModel } from "../../model/document";

export type GroupEdit = { ok: true; amendments: Amendment[]; count: number } | { ok: false; message: string };

function noted(a: Amendment, to: string, by: string, at: string): Amendment {
  const history = [...a.metadata.history, { at, by, field: "gruppe", from: null, to }];
  return { ...a, metadata: { ...a.metadata, history }, source: "metadata" };
}

/** Only amendments anchored in the document by changes or comments can be regrouped. */
function regroupable(a: Amendment): boolean {
  return a.found && a.changeIds.length + a.commentIds.length > 0;
}

/** The whole list with the amendments under `keys` replaced by one, at the place of the first of them. */
export function mergeInList(model: DocumentModel, all: readonly Amendment[], keys: ReadonlySet<string>, number: ReadonlyMap<string, string>, by: string, at: string): GroupEdit {
  const chosen = all.filter((a) => keys.has(a.key));
  if (chosen.length < 2) return { ok: false, message: "Bitte wählen Sie mindestens zwei Anträge zum Zusammenfassen aus." };
  const lost = chosen.filter((a) => !regroupable(a)).map((a) => `Nr. ${number.get(a.key)}`);
  if (lost.length > 0) {
    return { ok: false, message: `${lost.join(", ")} ${lost.length === 1 ? "ist" : "sind"} nicht mit Änderungen oder Kommentaren im Dokument verankert und ${lost.length === 1 ? "lässt" : "lassen"} sich nicht zusammenfassen.` };
  }
  const merged = noted(mergeAmendments(model, chosen), `zusammengefasst aus ${chosen.map((a) => `Nr. ${number.get(a.key)}`).join(", ")}`, by, at);
  const first = all.findIndex((a) => keys.has(a.key));
  const rest = all.filter((a) => !keys.has(a.key));
  rest.splice(all.slice(0, first).filter((a) => !keys.has(a.key)).length, 0, merged);
  return { ok: true, amendments: rest, count: 1 };
}

/** Can "Aufteilen" make more than one Antrag of it? Each tracked change becomes its own. */
export function canSplit(a: Amendment): boolean {
  return regroupable(a) && a.changeIds.length >= 2;
}

/** The whole list with the amendment under `key` replaced by its parts. */
export function splitInList(model: DocumentModel, all: readonly Amendment[], key: string, number: ReadonlyMap<string, string>, by: string, at: string): GroupEdit {
  const target = all.find((a) => a.key === key);
  if (!target || !canSplit(target)) return { ok: false, message: "Dieser Antrag enthält nur eine Änderung und lässt sich nicht aufteilen." };
  const parts = splitAmendment(model, target).map((p) => noted(p, `aufgeteilt aus Nr. ${number.get(key)}`, by, at));
  return { ok: true, amendments: all.flatMap((a) => (a.key === key ? parts : [a])), count: parts.length };
}
