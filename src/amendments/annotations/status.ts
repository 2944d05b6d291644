/**
 * The overall status of a motion from what its annotations say, by rules a clerk would apply:
 * 1. "zurückgezogen" anywhere wins: a withdrawn motion stays withdrawn.
 * 2. Otherwise the latest statement decides — later replies override earlier ones; within one note the later step,
 *    by session date when every step has one.
 * 3. A decision by the deciding body (the role "Entscheidung": the Kreistag or council unless the note names another
 *    role) sets the outcome: beschlossen/angenommen → angenommen, geändert → angenommen mit Änderungen, abgelehnt.
 * 4. An advising step (Vorberatung, Anhörung) leaves the decision open: its agreement means "in Beratung"; its
 *    rejection means "abgelehnt" with medium certainty (the deciding body may still decide otherwise).
 * 5. vertagt/zurückgestellt → vertagt; verwiesen, beraten or a planned step → in Beratung; zur Kenntnis genommen and
 *    erledigt as said. A bare "angenommen" or "Status: …" says the status itself.
 * The names are the registry's; a status the registry lacks is proposed with low certainty.
 */
import { findStatus, type Registry } from "../registry";
import type { Confidence, ConsultationRole, IsoDate } from "../types";
import type { Outcome } from "./vocabulary";

export interface StatusEvent {
  /** A step's outcome, or a statement's; null for a step without result (planned or just named). */
  outcome: Outcome | null;
  /** A registry status named outright ("Status: in Beratung"). */
  status: string | null;
  /** The step's role; null for statements. */
  role: ConsultationRole | null;
  weak: boolean;
  date: IsoDate | null;
  gremium: string | null;
  confidence: Confidence;
}

export interface DerivedStatus {
  status: string;
  date: IsoDate | null;
  gremium: string | null;
  confidence: Confidence;
  note: string | null;
  event: StatusEvent;
}

const RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };
export const lowest = (...cs: Confidence[]): Confidence => cs.reduce((a, b) => (RANK[b] < RANK[a] ? b : a), "high");

/** The status one event says, with the certainty of the rule and why (German), before registry spelling. */
function statusOf(e: StatusEvent): { status: string; confidence: Confidence; note: string | null } {
  if (e.status) return { status: e.status, confidence: "high", note: null };
  const deciding = e.role === null || e.role === "Entscheidung";
  switch (e.outcome) {
    case null:
    case "discussed":
    case "referred":
      return { status: "in Beratung", confidence: "high", note: null };
    case "withdrawn":
      return { status: "zurückgezogen", confidence: "high", note: null };
    case "deferred":
      return { status: "vertagt", confidence: "high", note: null };
    case "done":
      return { status: "erledigt", confidence: "high", note: null };
    case "noted":
      return { status: "zur Kenntnis genommen", confidence: "high", note: null };
    case "positive":
    case "changed":
      if (deciding) return { status: e.outcome === "changed" ? "angenommen mit Änderungen" : "angenommen", confidence: e.weak ? "medium" : "high", note: null };
      return { status: "in Beratung", confidence: "high", note: `${e.role} mit positivem Ergebnis – die Entscheidung steht noch aus` };
    case "negative":
      return deciding
        ? { status: "abgelehnt", confidence: "high", note: null }
        : { status: "abgelehnt", confidence: "medium", note: `in der ${e.role} abgelehnt – das beschließende Gremium kann anders entscheiden` };
  }
}

/** The overall status from the events in reading order (see the rules above); null when no event says one. */
export function deriveStatus(events: readonly StatusEvent[], registry: Registry): DerivedStatus | null {
  if (events.length === 0) return null;
  const withdrawn = [...events].reverse().find((e) => e.outcome === "withdrawn" || e.status === "zurückgezogen");
  const event = withdrawn ?? events[events.length - 1];
  const said = statusOf(event);
  const overrides = withdrawn && withdrawn !== events[events.length - 1] ? "„zurückgezogen“ geht späteren Angaben vor" : null;
  const spelled = registryName(said.status, registry);
  const note = [said.note, overrides, spelled.note].filter((n): n is string => n !== null).join("; ") || null;
  return {
    status: spelled.name, date: event.date, gremium: event.gremium,
    confidence: lowest(said.confidence, event.confidence, spelled.confidence), note, event,
  };
}

/** The registry's spelling of a status; "angenommen mit Änderungen" falls back to "angenommen" where it is not listed. */
function registryName(status: string, registry: Registry): { name: string; confidence: Confidence; note: string | null } {
  const found = findStatus(status, registry);
  if (found) return { name: found.name, confidence: "high", note: null };
  const fallback = status === "angenommen mit Änderungen" ? findStatus("angenommen", registry) : null;
  if (fallback) return { name: fallback.name, confidence: "medium", note: "„angenommen mit Änderungen“ steht nicht im Verzeichnis der Statuswerte" };
  return { name: status, confidence: "low", note: `Der Status „${status}“ steht nicht im Verzeichnis der Statuswerte` };
}
