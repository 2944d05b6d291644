/** Checks of Antrag metadata (SPEC §2.2): missing proposer, unknown committee, impossible dates, order of dates. */
import type { DocumentModel } from "../model/document";
import { locationAt, type Finding, type RuleId, type Severity } from "../model/findings";
import { headings, type Heading } from "../model/outline";
import { isValidIsoDate } from "../model/dates";
import { formatDateDe } from "../model/labels";
import { findCommittee, findStatus, normalizeName, type Registry } from "./registry";
import type { Amendment } from "./types";

/**
 * Stored records that cannot be read (damaged, or written by a newer version) are never overwritten; the finding says
 * why, so that nobody takes the document's Anträge for complete.
 */
export function checkStorage(storageProblem: string | null): Finding[] {
  if (storageProblem === null) return [];
  return [{
    rule: "meta/storage-unreadable", severity: "error",
    message: `Die gespeicherten Antragsangaben können nicht gelesen werden: ${storageProblem} Beschlussreif überschreibt sie nicht; Antragsangaben lassen sich in diesem Dokument erst wieder speichern, wenn sie lesbar sind.`,
    location: { paragraph: null, section: null, note: null, text: null },
    data: { reason: storageProblem },
  }];
}

/** With the model, findings name the section (outline path) they stand in. */
export function checkAmendments(amendments: Amendment[], registry: Registry, model?: DocumentModel): Finding[] {
  const hs: Heading[] = model ? headings(model) : [];
  // Editorial changes and comments are not decided by a committee: nothing to complete.
  const findings: Finding[] = [];
  for (const a of amendments) if (a.category === "antrag") checkOne(a, registry, model, hs, findings);
  return findings;
}

/** Adds the amendment's findings to `findings`. */
function checkOne(a: Amendment, registry: Registry, model: DocumentModel | undefined, hs: Heading[], findings: Finding[]): void {
  const paragraph = a.location?.start.paragraph ?? null;
  const excerpt = (a.inserted || a.removed).slice(0, 80) || null;
  const add = (rule: RuleId, severity: Severity, message: string, field: string) =>
    findings.push({
      rule, severity, message,
      location: model ? locationAt(model, hs, paragraph, excerpt) : { paragraph, section: null, note: null, text: excerpt },
      data: { key: a.key, field },
    });
  const m = a.metadata;
  // Records no longer found are history.
  if (!m.antragsteller && a.found) {
    add("meta/missing", "warning", "Für diesen Antrag ist kein Antragsteller angegeben.", "antragsteller");
  }
  const checkDate = (field: string, value: string | null) => {
    if (value !== null && !isValidIsoDate(value)) add("meta/invalid", "error", `Das Datum „${formatDateDe(value)}“ gibt es nicht.`, field);
  };
  checkDate("datum", m.datum);
  checkDate("statusDatum", m.statusDatum);
  m.beratungsfolge.forEach((s, i) => checkDate(`beratungsfolge.${i}.date`, s.date));
  // A committee named in several steps, or in a step and the status, is one gap in the registry: reported once.
  const unknown: string[] = [];
  const checkCommittee = (gremium: string) => {
    const name = normalizeName(gremium);
    if (unknown.includes(name) || findCommittee(gremium, registry)) return;
    unknown.push(name);
    add("meta/unknown-committee", "warning", `Das Gremium „${gremium}“ steht nicht im Verzeichnis der Gremien.`, "gremium");
  };
  for (const s of m.beratungsfolge) checkCommittee(s.gremium);
  if (m.statusGremium) checkCommittee(m.statusGremium);
  if (m.status) {
    const status = findStatus(m.status, registry);
    if (!status) add("meta/invalid", "warning", `Der Status „${m.status}“ steht nicht im Verzeichnis der Statuswerte.`, "status");
    else if (status.needsDate && !m.statusDatum) add("meta/invalid", "warning", `Der Status „${m.status}“ braucht ein Datum.`, "statusDatum");
  }
  if (m.datum && isValidIsoDate(m.datum)) {
    for (const step of m.beratungsfolge) {
      if (step.date && isValidIsoDate(step.date) && step.date < m.datum) {
        add("meta/date-order", "warning",
          `Die Beratung im ${step.gremium} am ${formatDateDe(step.date)}${step.result ? ` (${step.result})` : ""} liegt vor dem Antragsdatum ${formatDateDe(m.datum)}.`,
          "beratungsfolge");
      }
    }
    // A status dated by one of the steps is reported with that step already.
    if (m.statusDatum && isValidIsoDate(m.statusDatum) && m.statusDatum < m.datum && !m.beratungsfolge.some((s) => s.date === m.statusDatum)) {
      add("meta/date-order", "warning", `Das Statusdatum ${formatDateDe(m.statusDatum)} liegt vor dem Antragsdatum ${formatDateDe(m.datum)}.`, "statusDatum");
    }
  }
}
