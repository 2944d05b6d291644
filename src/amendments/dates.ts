/** German date forms as written in drafts ("9.3.2025", "09.03.25", "28. Januar 2021", "04.03.") → ISO dates. */
import type { Confidence, IsoDate } from "./types";

const MONTHS = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];

/** Matches one German date; group names tell the form. Used inside larger patterns, so no anchors. */
export const GERMAN_DATE_SOURCE =
  `(?:\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\d{4}|\\d{2}(?!\\d))?|\\d{1,2}\\.\\s*(?:${MONTHS.join("|")}|jan\\.|feb\\.|aug\\.|sept?\\.|okt\\.|nov\\.|dez\\.)\\s*\\d{4})`;

export interface ParsedDate {
  /** May be an impossible calendar date ("2025-02-30"): validation reports it, import never repairs it. */
  value: IsoDate;
  confidence: Confidence;
  note: string | null;
}

/** Parses one date; `contextYear` completes dates written without a year (then confidence is low). */
export function parseGermanDate(text: string, contextYear: number | null): ParsedDate | null {
  const t = text.trim().toLowerCase();
  const numeric = /^(\d{1,2})\.\s?(\d{1,2})\.(\d{4}|\d{2})?$/.exec(t);
  if (numeric) {
    const [, d, m, y] = numeric;
    if (!y) {
      if (contextYear === null) return null;
      return { value: iso(contextYear, +m, +d), confidence: "low", note: `Jahr nicht angegeben, ${contextYear} aus dem Zusammenhang ergänzt` };
    }
    if (y.length === 2) return { value: iso(2000 + +y, +m, +d), confidence: "medium", note: "zweistellige Jahreszahl als 20xx gelesen" };
    return { value: iso(+y, +m, +d), confidence: "high", note: null };
  }
  const named = /^(\d{1,2})\.\s*([a-zä]+)\.?\s*(\d{4})$/.exec(t);
  if (named) {
    const month = MONTHS.findIndex((name) => name.startsWith(named[2].slice(0, 3)));
    if (month < 0) return null;
    return { value: iso(+named[3], month + 1, +named[1]), confidence: "high", note: null };
  }
  return null;
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
