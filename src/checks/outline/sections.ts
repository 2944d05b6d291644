/**
 * The build of the sections (SPEC §2.3): "vergleichbare Textlängen" and goals that all start with
 * an intro and carry a bullet list.
 */
import type { DocumentModel, Paragraph } from "../../model/document";
import type { Finding } from "../../model/findings";
import { bodyParagraphCount } from "../../model/notes";
import { inView, type Heading } from "../../model/outline";
import { displayName, formatNumber, headingLocation, quote } from "./messages";
import { siblingGroups } from "./numbering";

/** Thresholds against the median length of the siblings, and the fewest siblings worth comparing. */
const SHORT = 0.4;
const LONG = 2.5;
const MIN_SIBLINGS_FOR_LENGTH = 4;
const MIN_SIBLINGS_FOR_SHAPE = 3;

interface SectionText {
  heading: Heading;
  /** Characters of body text in the section, its subsections included. */
  length: number;
  /** Body paragraphs up to the next heading of any level. */
  own: Paragraph[];
}

const TYPED_BULLET = /^\s*[•▪◦·\-–—*]\s+\S/;

function isListItem(p: Paragraph): boolean {
  return (p.list !== null && p.list.format !== "none") || TYPED_BULLET.test(p.text);
}

function sectionTexts(model: DocumentModel, hs: readonly Heading[], skip: ReadonlySet<number>): SectionText[] {
  const isHeading = new Set(hs.map((h) => h.paragraph));
  // A section's text is the body's: the notes' paragraphs follow the last section and belong to none.
  const bodyEnd = bodyParagraphCount(model);
  return hs.map((h, k) => {
    const ownEnd = hs[k + 1]?.paragraph ?? bodyEnd;
    let end = bodyEnd;
    for (let n = k + 1; n < hs.length; n++) if (hs[n].level <= h.level) { end = hs[n].paragraph; break; }
    let length = 0;
    const own: Paragraph[] = [];
    for (let i = h.paragraph + 1; i < end; i++) {
      const p = model.paragraphs[i];
      if (isHeading.has(i) || skip.has(i) || !inView(p, "final") || p.outlineLevel !== null) continue;
      const text = p.text.trim();
      if (!text) continue;
      length += text.length;
      if (i < ownEnd) own.push(p);
    }
    return { heading: h, length, own };
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function lengthFindings(groups: SectionText[][]): Finding[] {
  const findings: Finding[] = [];
  for (const group of groups) {
    if (group.length < MIN_SIBLINGS_FOR_LENGTH) continue;
    const med = median(group.map((s) => s.length));
    if (med === 0) continue;
    for (const s of group) {
      const ratio = s.length / med;
      if (ratio >= SHORT && ratio <= LONG) continue;
      const h = s.heading;
      findings.push({
        rule: "section/length", severity: "info",
        message: `Der Abschnitt ${quote(displayName(h))} ist mit ${formatNumber(s.length)} Zeichen deutlich ${ratio < SHORT ? "kürzer" : "länger"} als die ${group.length - 1} anderen Abschnitte derselben Ebene (Median ${formatNumber(Math.round(med))} Zeichen).`,
        location: headingLocation(h),
        data: { length: s.length, median: med, ratio: Math.round(ratio * 100) / 100, siblings: group.length, level: h.level },
      });
    }
  }
  return findings;
}

/** The goal level: the deepest heading level whose sections have text of their own. */
function goalLevel(sections: readonly SectionText[]): number | null {
  let level: number | null = null;
  for (const s of sections) if (s.own.length && (level === null || s.heading.level > level)) level = s.heading.level;
  return level;
}

function shapeFindings(groups: SectionText[][], level: number): Finding[] {
  const findings: Finding[] = [];
  for (const group of groups) {
    if (group.length < MIN_SIBLINGS_FOR_SHAPE || group[0].heading.level !== level) continue;
    const shapes = group.map((s) => ({ s, intro: s.own.length > 0 && !isListItem(s.own[0]), list: s.own.some(isListItem) }));
    const withIntro = shapes.filter((x) => x.intro).length;
    const withList = shapes.filter((x) => x.list).length;
    for (const { s, intro, list } of shapes) {
      const missing: ("intro" | "list")[] = [];
      if (!intro && withIntro * 2 > group.length) missing.push("intro");
      if (!list && withList * 2 > group.length) missing.push("list");
      if (!missing.length) continue;
      const h = s.heading;
      const what = missing.map((m) => (m === "intro" ? "keinen einleitenden Text" : "keine Aufzählung")).join(" und ");
      findings.push({
        rule: "section/shape", severity: "warning",
        message: `Der Abschnitt ${quote(displayName(h))} hat ${what}, anders als die meisten gleichrangigen Abschnitte (Einleitung: ${withIntro} von ${group.length}, Aufzählung: ${withList} von ${group.length}).`,
        location: headingLocation(h),
        data: { missing, siblings: group.length, withIntro, withList },
      });
    }
  }
  return findings;
}

/** `skip`: paragraphs that are not body text (the TOC's lines). */
export function sectionFindings(model: DocumentModel, hs: readonly Heading[], skip: ReadonlySet<number>): Finding[] {
  const sections = sectionTexts(model, hs, skip);
  const byParagraph = new Map(sections.map((s) => [s.heading.paragraph, s]));
  const groups = siblingGroups(hs).map((g) => g.map((h) => byParagraph.get(h.paragraph)!));
  const level = goalLevel(sections);
  return [...lengthFindings(groups), ...(level === null ? [] : shapeFindings(groups, level))];
}
