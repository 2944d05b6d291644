/** German wording shared by the outline findings. */
import type { FindingLocation } from "../../model/findings";
import type { Heading, NumberScheme } from "../../model/outline";

/** "X. Mobilität und Verkehr", "3.5 Ziele", or the bare title when unnumbered. */
export function displayName(item: { label: string; scheme: NumberScheme | null; title: string }): string {
  if (!item.label) return item.title;
  return item.scheme === "decimalMulti" ? `${item.label} ${item.title}` : `${item.label}. ${item.title}`;
}

/** Where a finding about a heading stands: headings are body paragraphs, never in a note. */
export function headingLocation(h: Heading): FindingLocation {
  return { paragraph: h.paragraph, section: h.path, note: null, text: displayName(h) };
}

export function quote(s: string): string {
  return `„${s}“`;
}

const NUMBER = new Intl.NumberFormat("de-DE");

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** "ist die Nummer des folgenden Eintrags" / "sind die Nummern der 4 folgenden Einträge" (after "deshalb"). */
export function followingEntries(n: number): string {
  return n === 1 ? "ist die Nummer des folgenden Eintrags" : `sind die Nummern der ${n} folgenden Einträge`;
}

export const SCHEME_NAME: Record<NumberScheme, string> = {
  upperLetter: "Großbuchstaben (A, B)",
  lowerLetter: "Kleinbuchstaben (a, b)",
  upperRoman: "römische Zahlen (I, II)",
  lowerRoman: "kleine römische Zahlen (i, ii)",
  decimal: "arabische Zahlen (1, 2)",
  decimalMulti: "mehrstufige Nummern (1.1, 1.2)",
  bullet: "Aufzählungszeichen",
};

export const PENDING_INSERTED = "Die Überschrift ist als Änderung eingefügt, die noch nicht angenommen ist.";
export const PENDING_DELETED = "Die Überschrift ist als Änderung gelöscht, die noch nicht angenommen ist.";
