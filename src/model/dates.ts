/** Dates as the model carries them (ISO 8601) and as German readers see them (dd.mm.yyyy). */

/** True for an existing calendar day "YYYY-MM-DD". */
export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A timestamp as written in a file (`w:date`), or null when it is no real date and time ("2025-13-45", "gestern"). */
export function isoDateTimeOrNull(value: string | undefined): string | null {
  const m = value ? ISO_DATE_TIME.exec(value) : null;
  if (!m || !isValidIsoDate(m[1])) return null;
  const [hour, minute, second] = [m[2], m[3], m[4]].map((v) => (v === undefined ? 0 : +v));
  return hour <= 23 && minute <= 59 && second <= 59 ? value! : null;
}
