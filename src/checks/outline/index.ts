/**
 * The outline check (SPEC §2.3): the body's headings against the table of contents and an
 * optional reference outline; numbering within each level; the build of the sections.
 */
import type { DocumentModel } from "../../model/document";
import type { Finding } from "../../model/findings";
import { headings, type Heading } from "../../model/outline";
import { compareOutline, type Difference } from "./compare";
import { differenceFindings } from "./differences";
import { displayName } from "./messages";
import { numberingFindings, parentPath, slotKey } from "./numbering";
import { referenceEntries } from "./reference";
import { sectionFindings } from "./sections";
import { findToc, isTocTitle, type FoundToc } from "./toc";
import type { OutlineFix, OutlinePair, OutlineReport, ReferenceOutline } from "./types";

export type { HeadingView, OutlineFix, OutlinePair, OutlineReport, ReferenceEntry, ReferenceOutline, TocEntryView, TocSource } from "./types";
export { parseReferenceOutline, referenceFromModel } from "./reference";
export { normalizeTitle } from "./titles";

export interface OutlineOptions {
  reference?: ReferenceOutline;
}

/** The body's headings an outline is compared with: not the TOC's own title or lines. */
function comparable(body: readonly Heading[], model: DocumentModel, skip: ReadonlySet<number>): Heading[] {
  return body.filter((h) => !skip.has(h.paragraph) && !isTocTitle(model.paragraphs[h.paragraph]));
}

const atLevels = (levels: ReadonlySet<number>) => (h: Heading) => levels.has(h.level);

/** A TOC field is updated by Word with one click: one finding, the differences in its data. */
function outdatedField(toc: FoundToc, diffs: readonly Difference[]): Finding | null {
  if (!toc.field || (!diffs.length && !toc.field.dirty)) return null;
  const details = differenceFindings(diffs, "toc", null);
  const first = toc.entries[0];
  const fix: OutlineFix = { kind: "update-field", fieldIndex: toc.field.index };
  const message = details.length
    ? `Das Inhaltsverzeichnis ist nicht aktuell: ${details.length === 1 ? "eine Abweichung" : `${details.length} Abweichungen`} von den Überschriften im Text, z. B.: ${details[0].message} Bitte „Verzeichnis aktualisieren“ wählen.`
    : "Das Inhaltsverzeichnis ist zur Aktualisierung markiert; seine Seitenzahlen und Einträge können veraltet sein. Bitte „Verzeichnis aktualisieren“ wählen.";
  return {
    rule: "toc/outdated-field", severity: details.length ? "warning" : "info", message,
    location: { paragraph: first?.paragraph ?? toc.titleParagraph, section: null, note: null, text: first ? displayName(first) : null },
    data: { fix, dirty: toc.field.dirty, differences: details.map((d) => ({ rule: d.rule, message: d.message, location: d.location })) },
  };
}

/** Slots the TOC lists and the body lacks: the jump over them is the same cause, reported once. */
function explainedSlots(diffs: readonly Difference[]): Set<string> {
  const out = new Set<string>();
  for (const d of diffs) {
    if (d.kind === "missing-in-body" && d.entry.value !== null) out.add(slotKey(d.entry.level, parentPath(d.entry.path), d.entry.value));
  }
  return out;
}

export function checkOutline(model: DocumentModel, options: OutlineOptions = {}): OutlineReport {
  const body = headings(model, "final");
  const original = headings(model, "original");
  const toc = findToc(model, body);
  const tocParagraphs = new Set<number>(toc ? [...toc.entries.map((e) => e.paragraph), ...(toc.titleParagraph === null ? [] : [toc.titleParagraph])] : []);
  const findings: Finding[] = [];
  let diffs: Difference[] = [];
  let pairs: OutlinePair[];

  if (!toc) {
    pairs = comparable(body, model, tocParagraphs).map((heading) => ({ heading, entry: null, titleDiffers: false }));
    findings.push({
      rule: "toc/not-found", severity: "info",
      message: "Im Dokument wurde kein Inhaltsverzeichnis gefunden (weder ein Word-Verzeichnis noch eine Zeile „Inhaltsverzeichnis“ mit Einträgen).",
      location: { paragraph: null, section: null, note: null, text: null },
    });
  } else {
    ({ differences: diffs, pairs } = compareOutline(toc.entries, comparable(body, model, tocParagraphs), original, atLevels(toc.levels)));
    if (toc.source === "field") {
      const f = outdatedField(toc, diffs);
      if (f) findings.push(f);
    } else {
      findings.push(...differenceFindings(diffs, "toc", toc));
    }
  }

  const bodyHeadings = body.filter((h) => !tocParagraphs.has(h.paragraph));
  findings.push(...numberingFindings(bodyHeadings, original, explainedSlots(diffs)));

  if (options.reference) {
    const entries = referenceEntries(options.reference);
    const levels = new Set(entries.map((e) => e.level));
    findings.push(...differenceFindings(compareOutline(entries, comparable(body, model, tocParagraphs), original, atLevels(levels)).differences, "reference", null));
  }

  findings.push(...sectionFindings(model, bodyHeadings, tocParagraphs));
  findings.sort((a, b) => (a.location.paragraph ?? -1) - (b.location.paragraph ?? -1));
  return { findings, pairs, toc: toc?.entries ?? [], headings: body, tocSource: toc?.source ?? null };
}
