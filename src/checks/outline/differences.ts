/** Turning the differences between an outline and the body into findings a clerk can act on. */
import type { Finding, Severity } from "../../model/findings";
import type { Difference, Shift } from "./compare";
import { displayName, followingEntries, headingLocation, PENDING_DELETED, PENDING_INSERTED, quote } from "./messages";
import type { FoundToc } from "./toc";
import type { OutlineFix, TocEntryView } from "./types";

/** What the headings are compared with: the document's own TOC, or a reference outline. */
export type Against = "toc" | "reference";

const WORDS: Record<Against, { in: string; the: string }> = {
  toc: { in: "im Inhaltsverzeichnis", the: "das Inhaltsverzeichnis" },
  reference: { in: "in der Vergleichsgliederung", the: "die Vergleichsgliederung" },
};

const capitalize = (s: string) => s[0].toUpperCase() + s.slice(1);

function shiftData(shifted: readonly Shift[]) {
  return shifted.map(({ entry, heading }) => ({
    title: heading.title, outlineLabel: entry.label, bodyLabel: heading.label,
    outlineParagraph: entry.paragraph < 0 ? null : entry.paragraph, headingParagraph: heading.paragraph, section: heading.path,
  }));
}

function shiftSentence(shifted: readonly Shift[]): string {
  return shifted.length ? `; deshalb ${followingEntries(shifted.length)} verschoben.` : ".";
}

/** The typed line to insert: same punctuation as the heading shows, tab before the (unknown) page. */
function insertFix(d: Extract<Difference, { kind: "missing-in-outline" }>, toc: FoundToc): OutlineFix {
  const h = d.heading;
  const afterParagraph = d.afterEntry?.paragraph ?? toc.titleParagraph;
  return {
    kind: "insert-toc-entry",
    afterParagraph,
    beforeParagraph: afterParagraph === null ? d.beforeEntry?.paragraph ?? null : null,
    text: h.label ? `${h.scheme === "decimalMulti" ? h.label : `${h.label}.`}\t${h.title}\t` : `${h.title}\t`,
    level: h.level,
    style: toc.styleOfLevel.get(h.level) ?? null,
    renumber: d.shifted
      .filter(({ entry }) => entry.paragraph >= 0)
      .map(({ entry, heading }) => ({ paragraph: entry.paragraph, text: lineText({ ...entry, label: heading.label, scheme: heading.scheme }, entry.title) })),
  };
}

function entryLocation(e: TocEntryView, fallbackParagraph: number | null): Finding["location"] {
  return { paragraph: e.paragraph >= 0 ? e.paragraph : fallbackParagraph, section: e.path || null, note: null, text: displayName(e) };
}

/** `toc` is given for the document's typed TOC, whose lines the pane can repair. */
export function differenceFindings(diffs: readonly Difference[], against: Against, toc: FoundToc | null): Finding[] {
  const w = WORDS[against];
  const finding = (rule: Finding["rule"], severity: Severity, message: string, location: Finding["location"], data: Record<string, unknown>): Finding =>
    ({ rule, severity, message, location, data: { against, ...data } });
  return diffs.map((d): Finding => {
    switch (d.kind) {
      case "missing-in-outline": {
        const h = d.heading;
        const pending = h.pendingChange === "inserted" ? ` ${PENDING_INSERTED}` : "";
        return finding("toc/missing-in-toc", "error",
          `${capitalize(w.in)} fehlt ${quote(displayName(h))}${shiftSentence(d.shifted)}${pending}`,
          headingLocation(h),
          { heading: h.paragraph, pendingChange: h.pendingChange, shifted: shiftData(d.shifted), ...(toc ? { fix: insertFix(d, toc) } : {}) });
      }
      case "missing-in-body": {
        const e = d.entry;
        const pending = d.deletedHeading ? ` ${PENDING_DELETED}` : "";
        return finding("toc/missing-in-body", "error",
          `Im Text fehlt der Abschnitt ${quote(displayName(e))}, den ${w.the} aufführt${shiftSentence(d.shifted)}${pending}`,
          entryLocation(e, d.deletedHeading?.paragraph ?? d.nextHeading?.paragraph ?? d.previousHeading?.paragraph ?? null),
          { pendingChange: d.deletedHeading ? "deleted" : null, deletedHeading: d.deletedHeading?.paragraph ?? null, shifted: shiftData(d.shifted) });
      }
      case "title": {
        const pending = d.originalMatches ? " Der Titel ist durch eine Änderung geändert, die noch nicht angenommen ist." : "";
        const fix: OutlineFix | null = toc && d.entry.paragraph >= 0
          ? { kind: "replace-toc-entry", paragraph: d.entry.paragraph, text: lineText(d.entry, d.heading.title) }
          : null;
        return finding("toc/title-mismatch", "warning",
          `Der Titel ${w.in} (${quote(d.entry.title)}) weicht von der Überschrift im Text ab (${quote(d.heading.title)}).${pending}`,
          headingLocation(d.heading),
          { outlineTitle: d.entry.title, bodyTitle: d.heading.title, outlineParagraph: d.entry.paragraph >= 0 ? d.entry.paragraph : null, pendingChange: d.originalMatches ? "changed" : null, ...(fix ? { fix } : {}) });
      }
      case "number": {
        const fix: OutlineFix | null = toc && d.entry.paragraph >= 0
          ? { kind: "replace-toc-entry", paragraph: d.entry.paragraph, text: lineText({ ...d.entry, label: d.heading.label, scheme: d.heading.scheme }, d.entry.title) }
          : null;
        return finding("toc/number-mismatch", "error",
          numberMessage(capitalize(w.in), d.entry.label, d.heading.title, d.heading.label),
          headingLocation(d.heading),
          { outlineLabel: d.entry.label, bodyLabel: d.heading.label, outlineParagraph: d.entry.paragraph >= 0 ? d.entry.paragraph : null, ...(fix ? { fix } : {}) });
      }
      case "order":
        return finding("toc/order", "warning",
          `${quote(displayName(d.heading))} steht ${w.in} an anderer Stelle als im Text.`,
          headingLocation(d.heading),
          { outlineParagraph: d.entry.paragraph >= 0 ? d.entry.paragraph : null, outlineLabel: d.entry.label });
    }
  });
}

function numberMessage(inOutline: string, outlineLabel: string, title: string, bodyLabel: string): string {
  if (!bodyLabel) return `${inOutline} trägt ${quote(title)} die Nummer ${outlineLabel}, im Text ist die Überschrift nicht nummeriert.`;
  if (!outlineLabel) return `${inOutline} steht ${quote(title)} ohne Nummer, im Text mit der Nummer ${bodyLabel}.`;
  return `${inOutline} trägt ${quote(title)} die Nummer ${outlineLabel}, im Text die Nummer ${bodyLabel}.`;
}

/** The entry's line with a new title, keeping its number and page. */
function lineText(e: TocEntryView, title: string): string {
  const label = e.label ? `${e.scheme === "decimalMulti" ? e.label : `${e.label}.`}\t` : "";
  return `${label}${title}\t${e.page ?? ""}`;
}
