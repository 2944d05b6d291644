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
const PERSONS_FORM = /^\s*(Datum|Status|Stand|Eingang|Beratungsfolge)\s*:/;


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
  return ourLines(commentText).find((l) => l.ours !== null)?.ours ?? null;
}

/**
 * The comment's lines, split at "\n" (a "\r" stays with its line), each with what it says if it is our line. Our
 * line keeps date and status in segments of its own: a note with "Datum:" or "Status:" lines is a person's form.
 */
function ourLines(commentText: string): { line: string; ours: LineMetadata | null }[] {
  // Most comments hold no line of ours: nothing to split.
  if (!commentText.includes(PREFIX)) return [{ line: commentText, ours: null }];
  const lines = commentText.split("\n");
  const form = lines.some((l) => PERSONS_FORM.test(l));
  return lines.map((line) => {
    const bare = line.replace(/\r$/, "");
    return { line, ours: !form && bare.startsWith(PREFIX) ? parseLine(bare) : null };
  });
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

/**
 * The comment text without our line: what the author wrote, the basis of the comment's fingerprint. Kept as it
 * was first written (every line of our grammar stripped), so that stored records find their comments again.
 */
export function stripCommentLine(commentText: string): string {
  // Most comments hold no line of ours: only their line ends are made one.
  if (!commentText.includes(PREFIX)) return commentText.replace(/\r\n/g, "\n").trim();
  return commentText.split(/\r?\n/).filter((l) => !(l.startsWith(PREFIX) && parseLine(l))).join("\n").trim();
}

/** The comment or reply text with our (first) line replaced by `line` and any later one of ours dropped: updated in place. */
export function replaceCommentLine(commentText: string, line: string): string {
  let replaced = false;
  return ourLines(commentText).flatMap((l) => {
    if (!l.ours) return [l.line];
    if (replaced) return [];
    replaced = true;
    return [line + (l.line.endsWith("\r") ? "\r" : "")];
  }).join("\n");
}

/** The comment text with our line blanked out, same length: offsets into it are offsets into the comment. */
export function maskCommentLine(commentText: string): string {
  return ourLines(commentText).map((l) => (l.ours ? " ".repeat(l.line.length) : l.line)).join("\n");
}
