/**
 * The readable line in an Antrag's comment — "Antrag: SPD-Kreistagsfraktion · 14.03.2025 · AfASSuG: Zustimmung" —
 * for colleagues without the add-in, and the fallback from which the metadata is rebuilt when the XML part is lost.
 * Grammar: "Antrag: " proposer [" · " date] {" · " Gremium [" (" role ")"] [" " date] [": " result]} [" · Status: " status [" " date] [" (" Gremium ")"]].
 */
import { formatDateDe } from "../model/labels";
import { defaultRole } from "./annotations/reading";
import type { AntragMetadata, ConsultationRole, ConsultationStep } from "./types";

const PREFIX = "Antrag: ";
const SEPARATOR = " · ";
const NO_PROPOSER = "ohne Antragsteller";
const ROLES: ConsultationRole[] = ["Vorberatung", "Anhörung", "Entscheidung", "Kenntnisnahme"];
const DATE = String.raw`(\d{2})\.(\d{2})\.(\d{4})`;


/** The fields the line carries; Begründung, Stellungnahme and history live in the XML part only. */
export type LineMetadata = Pick<AntragMetadata, "antragsteller" | "datum" | "beratungsfolge" | "status" | "statusDatum" | "statusGremium">;

export function formatCommentLine(m: LineMetadata): string {
  const parts = [PREFIX + (m.antragsteller ?? NO_PROPOSER)];
  if (m.datum) parts.push(formatDateDe(m.datum));
  for (const step of m.beratungsfolge) {
    let s = step.gremium;
    if (step.role !== defaultRole(step.gremium)) s += ` (${step.role})`;
    if (step.date) s += ` ${formatDateDe(step.date)}`;
    if (step.result) s += `: ${step.result}`;
    parts.push(s);
  }
  if (m.status) {
    let s = `Status: ${m.status}`;
    if (m.statusDatum) s += ` ${formatDateDe(m.statusDatum)}`;
    if (m.statusGremium) s += ` (${m.statusGremium})`;
    parts.push(s);
  }
  return parts.join(SEPARATOR);
}

/** Finds and parses our line in a comment's text; null when there is none or it does not follow the grammar. */
export function parseCommentLine(commentText: string): LineMetadata | null {
  for (const line of commentText.split(/\r?\n/)) {
    const parsed = line.startsWith(PREFIX) ? parseLine(line) : null;
    if (parsed) return parsed;
  }
  return null;
}

/** Strict enough that a sentence a person wrote ("Antrag: Ist das so gewollt?") is not taken for our line. */
function parseLine(line: string): LineMetadata | null {
  if (/[?!]/.test(line)) return null;
  const segments = line.slice(PREFIX.length).split(SEPARATOR);
  const proposer = segments.shift()!.trim();
  // Our line gives the date its own segment; "Antrag: CDU-Fraktion, 05.03.2025" is a person's note.
  if (/\d{1,2}\.\d{1,2}\.\d{2,4}/.test(proposer)) return null;
  const result: LineMetadata = {
    antragsteller: proposer === NO_PROPOSER || proposer === "" ? null : proposer,
    datum: null, beratungsfolge: [], status: null, statusDatum: null, statusGremium: null,
  };
  const first = segments[0] !== undefined ? new RegExp(`^${DATE}$`).exec(segments[0]) : null;
  if (first) {
    result.datum = `${first[3]}-${first[2]}-${first[1]}`;
    segments.shift();
  }
  for (const [i, segment] of segments.entries()) {
    if (segment.startsWith("Status: ")) {
      if (i !== segments.length - 1) return null;
      const m = new RegExp(`^Status: (.+?)(?: ${DATE})?(?: \\((.+)\\))?$`).exec(segment);
      if (!m) return null;
      result.status = m[1];
      result.statusDatum = m[2] ? `${m[4]}-${m[3]}-${m[2]}` : null;
      result.statusGremium = m[5] ?? null;
      continue;
    }
    const step = parseStep(segment);
    if (!step) return null;
    result.beratungsfolge.push(step);
  }
  return result;
}

function parseStep(segment: string): ConsultationStep | null {
  const m = new RegExp(`^(.+?)(?: \\((${ROLES.join("|")})\\))?(?: ${DATE})?(?:: (.+))?$`).exec(segment);
  if (!m || !/^[\p{Lu}\d]/u.test(m[1])) return null;
  const gremium = m[1];
  return {
    gremium,
    role: (m[2] as ConsultationRole | undefined) ?? defaultRole(gremium),
    date: m[3] ? `${m[5]}-${m[4]}-${m[3]}` : null,
    result: m[6] ?? null,
  };
}

/** The comment text without our line: what the author wrote, the basis of the comment's fingerprint. */
export function stripCommentLine(commentText: string): string {
  return commentText.split(/\r?\n/).filter((l) => !(l.startsWith(PREFIX) && parseLine(l))).join("\n").trim();
}

/** The comment text with our line blanked out, same length: offsets into it are offsets into the comment. */
export function maskCommentLine(commentText: string): string {
  return commentText.split("\n").map((l) => (l.replace(/\r$/, "").startsWith(PREFIX) && parseLine(l.replace(/\r$/, "")) ? " ".repeat(l.length) : l)).join("\n");
}
