/** Dates as written in annotations → ISO dates, a missing year taken from the note's own date. */
import type { Confidence, IsoDate } from "../types";
import type { WrittenDate } from "./text";

export interface ReadDate {
  /** May be an impossible calendar date ("2025-02-30"): validation reports it, import never repairs it. */
  value: IsoDate;
  confidence: Confidence;
  note: string | null;
}

const DAY_MS = 86_400_000;

/**
 * The ISO date of a written date. Without a year, the year is chosen that puts the date nearest to `reference` (the
 * day the comment was written, else the document's date): "16.12." written on 8 January is last December's. Without a
 * reference a date without a year is not read.
 */
export function readDate(d: WrittenDate, reference: IsoDate | null): ReadDate | null {
  if (d.year !== null) {
    return d.yearDigits === 2
      ? { value: iso(d.year, d.month, d.day), confidence: "medium", note: "zweistellige Jahreszahl als 20xx gelesen" }
      : { value: iso(d.year, d.month, d.day), confidence: "high", note: null };
  }
  const ref = reference ? Date.parse(`${reference.slice(0, 10)}T00:00:00Z`) : NaN;
  if (Number.isNaN(ref)) return null;
  const base = new Date(ref).getUTCFullYear();
  const year = [base - 1, base, base + 1]
    .map((y) => ({ y, distance: Math.abs(Date.UTC(y, d.month - 1, d.day) - ref) / DAY_MS }))
    .sort((a, b) => a.distance - b.distance)[0].y;
  return { value: iso(year, d.month, d.day), confidence: "low", note: `Jahr nicht angegeben, ${year} aus dem Zusammenhang ergänzt` };
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
