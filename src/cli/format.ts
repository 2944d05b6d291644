/** Plain-text rendering for the terminal (German). JSON output needs no rendering. */
import type { Finding, Severity } from "../model/findings";
import { SEVERITY_LABEL } from "../model/labels";
import { noteName } from "../model/notes";

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summarizeFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function formatFindings(file: string, findings: readonly Finding[]): string {
  const c = summarizeFindings(findings);
  const lines = [
    `${file}: ${plural(c.error, "Fehler", "Fehler")}, ${plural(c.warning, "Warnung", "Warnungen")}, ${plural(c.info, "Hinweis", "Hinweise")}`,
  ];
  for (const f of findings) {
    const { section, note, paragraph } = f.location;
    // A note is named by its number: its paragraphs are no "Absatz" of the text.
    const where = [section ? `Abschnitt ${section}` : null, note ? noteName(note) : paragraph !== null ? `Absatz ${paragraph + 1}` : null]
      .filter(Boolean)
      .join(", ");
    lines.push(`${SEVERITY_LABEL[f.severity].padEnd(8)} ${f.rule.padEnd(24)} ${where ? `${where}: ` : ""}${f.message}`);
  }
  return lines.join("\n") + "\n";
}
