/** Finding the table of contents: a Word TOC field, else a typed one (TOC styles, or lines after "Inhaltsverzeichnis"). */
import type { DocumentModel, Paragraph, TocField } from "../../model/document";
import { bodyParagraphs } from "../../model/notes";
import { inView, parseTypedLabel, type Heading, type NumberScheme } from "../../model/outline";
import { outlineOfLines, type OutlineLine } from "./entries";
import { normalizeTitle } from "./titles";
import type { TocEntryView, TocSource } from "./types";

export interface FoundToc {
  source: TocSource;
  entries: TocEntryView[];
  /** Heading levels the TOC covers (`\o "1-3"`, or the levels its entries show). */
  levels: ReadonlySet<number>;
  /** The paragraph "Inhaltsverzeichnis" above the entries, when there is one. */
  titleParagraph: number | null;
  /** Paragraph style of the entries by level ("Toc2"), for inserting a missing one. */
  styleOfLevel: ReadonlyMap<number, string>;
  field: { index: number; dirty: boolean } | null;
}

const TOC_TITLES = new Set(["inhaltsverzeichnis", "inhalt", "inhaltsübersicht", "gliederung", "inhaltsangabe"]);

/** Page number at the end of a line, after a tab or a dot leader ("Ziele\t. 10", "Ziele ........ 4"). */
const PAGE_AT_END = /^(.*?\S)[ \t]*(?:\t|(?:[.…·_][ \t]*){2,}|…)[\t .…·_]*(\d{1,4}|[ivxlcdm]{1,7})\s*$/;

function splitPage(text: string): { text: string; page: string | null } {
  const m = PAGE_AT_END.exec(text);
  return m ? { text: m[1], page: m[2] } : { text: text.trim(), page: null };
}

function tocLevelOf(p: Paragraph): number | null {
  const m = /^Toc(\d)$/.exec(p.builtInStyle);
  return m ? Number(m[1]) : null;
}

export function isTocTitle(p: Paragraph): boolean {
  return p.builtInStyle === "TocHeading" || TOC_TITLES.has(normalizeTitle(p.text));
}

/** `\o "1-3"` → {1,2,3}; a field without `\o` (only `\t` or `\u`) may show any level. */
function fieldLevels(instruction: string): Set<number> {
  const m = /\\o\s+"?\s*(\d)\s*-\s*(\d)/.exec(instruction);
  const [from, to] = m ? [Number(m[1]), Number(m[2])] : [1, 9];
  const out = new Set<number>();
  for (let l = from; l <= to; l++) out.add(l);
  return out;
}

function precedingTitle(model: DocumentModel, firstEntry: number): number | null {
  for (let i = firstEntry - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const p = model.paragraphs[i];
    if (p.text.trim() === "") continue;
    if (isTocTitle(p)) return i;
    seen++;
  }
  return null;
}

function styleMap(model: DocumentModel, entries: readonly TocEntryView[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const e of entries) {
    const style = model.paragraphs[e.paragraph]?.builtInStyle;
    if (style && /^Toc\d$/.test(style) && !out.has(e.level)) out.set(e.level, style);
  }
  return out;
}

function fromField(model: DocumentModel, field: TocField, index: number): FoundToc {
  const lines: OutlineLine[] = [];
  for (const e of field.entries) {
    const p = model.paragraphs[e.paragraph];
    if (!e.text.trim() || (p && !inView(p, "final"))) continue;
    const { text, page } = splitPage(e.text);
    lines.push({ paragraph: e.paragraph, level: e.level ?? (p ? tocLevelOf(p) : null) ?? 1, text, page });
  }
  const entries = outlineOfLines(lines);
  const first = field.entries[0]?.paragraph;
  return {
    source: "field", entries, levels: fieldLevels(field.instruction),
    titleParagraph: first === undefined ? null : precedingTitle(model, first),
    styleOfLevel: styleMap(model, entries), field: { index, dirty: field.dirty },
  };
}

/** Body paragraphs in TOC styles that no field owns: the first contiguous block (blank lines allowed). */
function fromTocStyles(model: DocumentModel): FoundToc | null {
  const owned = new Set(model.tocFields.flatMap((f) => f.entries.map((e) => e.paragraph)));
  const lines: OutlineLine[] = [];
  for (const p of bodyParagraphs(model)) {
    const level = tocLevelOf(p);
    if (level === null || owned.has(p.index) || !inView(p, "final") || !p.text.trim()) {
      if (lines.length && p.outlineLevel !== null && p.text.trim() !== "") break;
      continue;
    }
    lines.push({ paragraph: p.index, level, ...splitPage(p.text) });
  }
  if (!lines.length) return null;
  const entries = outlineOfLines(lines);
  return {
    source: "typed", entries, levels: new Set(entries.map((e) => e.level)),
    titleParagraph: precedingTitle(model, lines[0].paragraph), styleOfLevel: styleMap(model, entries), field: null,
  };
}

type SchemeFamily = "letter" | "roman" | "decimal";

/**
 * Levels of typed lines without TOC styles, from their numbering: the first scheme seen is level 1,
 * the next new one level 2 ("A." then "I."), "3.5" counts its parts. An "I" after "H" stays a letter.
 */
function inferLevels(texts: readonly string[], topLevel: number): number[] {
  const levelOf = new Map<SchemeFamily, number>();
  const lastValue = new Map<SchemeFamily, string>();
  return texts.map((text) => {
    const parsed = parseTypedLabel(text);
    if (!parsed) return topLevel;
    if (parsed.schemes.includes("decimalMulti")) return topLevel + parsed.label.split(".").length - 1;
    const families = parsed.schemes.map(familyOf);
    const letterFollows = families.includes("letter") && lastValue.has("letter") &&
      parsed.label.toUpperCase().charCodeAt(0) === lastValue.get("letter")!.toUpperCase().charCodeAt(0) + 1;
    const family: SchemeFamily = letterFollows ? "letter" : families.find((f) => f !== "letter") ?? families[0];
    if (!levelOf.has(family)) levelOf.set(family, levelOf.size + topLevel);
    lastValue.set(family, parsed.label);
    return levelOf.get(family)!;
  });
}

function familyOf(s: NumberScheme): SchemeFamily {
  return s.endsWith("Letter") ? "letter" : s.endsWith("Roman") ? "roman" : "decimal";
}

/** Lines "number – title – page" after a paragraph "Inhaltsverzeichnis", up to the first body heading. */
function fromTypedLines(model: DocumentModel, topLevel: number): FoundToc | null {
  const body = bodyParagraphs(model);
  for (const title of body) {
    if (!isTocTitle(title) || !inView(title, "final")) continue;
    const found: { paragraph: number; text: string; page: string }[] = [];
    for (let i = title.index + 1; i < body.length; i++) {
      const p = model.paragraphs[i];
      if (p.outlineLevel !== null) break;
      if (!p.text.trim() || !inView(p, "final")) continue;
      const { text, page } = splitPage(p.text);
      if (page === null) break;
      found.push({ paragraph: i, text, page });
    }
    if (!found.length) continue;
    const levels = inferLevels(found.map((f) => f.text), topLevel);
    const entries = outlineOfLines(found.map((f, k) => ({ ...f, level: levels[k] })));
    return { source: "typed", entries, levels: new Set(entries.map((e) => e.level)), titleParagraph: title.index, styleOfLevel: new Map(), field: null };
  }
  return null;
}

export function findToc(model: DocumentModel, bodyHeadings: readonly Heading[]): FoundToc | null {
  const fieldIndex = model.tocFields.findIndex((f) => !f.isCaptionList);
  if (fieldIndex >= 0) return fromField(model, model.tocFields[fieldIndex], fieldIndex);
  const topLevel = bodyHeadings.reduce((min, h) => Math.min(min, h.level), bodyHeadings.length ? 9 : 1);
  return fromTocStyles(model) ?? fromTypedLines(model, topLevel);
}
