/**
 * The document's headings as a reader sees them: level, displayed number, title and
 * section path ("B.X", "3.5"). Derived from the model; shared by every feature that
 * names a place in the document.
 */
import type { DocumentModel, Paragraph } from "./document";
import { bodyPlaceOf } from "./notes";

export type NumberScheme = "upperLetter" | "lowerLetter" | "upperRoman" | "lowerRoman" | "decimal" | "decimalMulti" | "bullet";

export type View = "final" | "original";

export interface Heading {
  paragraph: number;
  level: number;
  /** Displayed number without trailing punctuation ("IV", "3.5", "B"); "" when unnumbered. */
  label: string;
  title: string;
  /** Outline number path, e.g. "B.X" or "3.5"; the title when unnumbered. */
  path: string;
  scheme: NumberScheme | null;
  /** Numeric value of the label's last component (IV → 4, C → 3, 3.5 → 5). */
  value: number | null;
  /** Where the number comes from: Word's numbering, or typed in the text. */
  numberSource: "list" | "typed" | null;
  /** The heading exists only because of (or is changed by) an unaccepted tracked change. */
  pendingChange: "inserted" | "deleted" | "changed" | null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function romanToInt(s: string): number | null {
  const up = s.toUpperCase();
  if (!/^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(up) || up === "") return null;
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN[up[i]];
    const next = ROMAN[up[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function intToRoman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

export function letterToInt(s: string): number {
  return s.toUpperCase().charCodeAt(0) - 64;
}

export interface ParsedLabel {
  label: string;
  title: string;
  /** Candidate schemes; a single letter such as "C" may be a letter or a roman numeral. */
  schemes: NumberScheme[];
}

const TYPED_LABEL = /^\s*((?:\d+\.)*\d+|[A-Za-z]|[IVXLCDM]+|[ivxlcdm]+)([.)])?(\s+)(\S.*)$/s;

/**
 * Splits a typed number off a heading or TOC line ("IV. Bildung", "3.5 Ziele", "B) Text", "II<tab>Ziele").
 * A letter or roman numeral needs punctuation or a tab after it: "A bis Z" and "C Kultur" are prose.
 */
export function parseTypedLabel(text: string): ParsedLabel | null {
  const m = TYPED_LABEL.exec(text);
  if (!m) return null;
  const [, label, punct, separator, title] = m;
  const marked = Boolean(punct) || separator.includes("\t");
  const schemes: NumberScheme[] = [];
  if (/^\d+$/.test(label)) schemes.push("decimal");
  else if (/^\d+(\.\d+)+$/.test(label)) schemes.push("decimalMulti");
  else {
    if (!marked) return null;
    if (/^[IVXLCDM]+$/.test(label) && romanToInt(label) !== null) schemes.push("upperRoman");
    if (/^[ivxlcdm]+$/.test(label) && romanToInt(label) !== null) schemes.push("lowerRoman");
    if (label.length === 1) schemes.push(/[A-Z]/.test(label) ? "upperLetter" : "lowerLetter");
    if (schemes.length === 0) return null;
  }
  return { label, title: title.replace(/\s+/g, " ").trim(), schemes };
}

export function labelValue(label: string, scheme: NumberScheme | null): number | null {
  switch (scheme) {
    case "decimal": return Number(label);
    case "decimalMulti": return Number(label.split(".").pop());
    case "upperRoman": case "lowerRoman": return romanToInt(label);
    case "upperLetter": case "lowerLetter": return letterToInt(label);
    default: return null;
  }
}

/** Whether the paragraph exists in the given view (a tracked-deleted paragraph is gone from the final view). */
export function inView(p: Paragraph, view: View): boolean {
  if (view === "final") return !(p.markDeleted && p.text.trim() === "");
  return !(p.markInserted && p.originalText.trim() === "");
}

function pendingChange(p: Paragraph): Heading["pendingChange"] {
  if (p.markInserted && p.originalText.trim() === "") return "inserted";
  if (p.markDeleted && p.text.trim() === "") return "deleted";
  return p.text !== p.originalText ? "changed" : null;
}

function listScheme(format: string): NumberScheme | null {
  switch (format) {
    case "decimal": return "decimal";
    case "upperRoman": case "lowerRoman": case "upperLetter": case "lowerLetter": return format;
    case "bullet": return "bullet";
    default: return null;
  }
}

/** The headings of the model under analysis, once per view (see `sharingHeadings`). */
let shared: { model: DocumentModel; views: Partial<Record<View, Heading[]>> } | null = null;

/**
 * Runs `fn` with the model's headings read once per view: one analysis names sections in every check, and each
 * would otherwise read all paragraphs again. The model must not change meanwhile; callers never change the lists.
 */
export function sharingHeadings<T>(model: DocumentModel, fn: () => T): T {
  const outer = shared;
  shared = { model, views: {} };
  try {
    return fn();
  } finally {
    shared = outer;
  }
}

/** All headings in document order for one view, with resolved numbers and section paths. */
export function headings(model: DocumentModel, view: View = "final"): Heading[] {
  if (shared?.model === model) return (shared.views[view] ??= readHeadings(model, view));
  return readHeadings(model, view);
}

function readHeadings(model: DocumentModel, view: View): Heading[] {
  const hs: Heading[] = [];
  /* Per heading: the schemes its typed number may have (a single "C" may be a letter or a roman numeral). */
  const candidates: NumberScheme[][] = [];
  for (const p of model.paragraphs) {
    if (p.outlineLevel === null || p.table || !inView(p, view)) continue;
    const shown = (view === "final" ? p.text : p.originalText).trim();
    const text = shown.replace(/\s+/g, " ");
    if (text === "") continue;
    const listLabel = p.list && p.list.format !== "bullet" && p.list.format !== "none" ? p.list.label.trim() : "";
    const label = listLabel.replace(/[.)]+$/, "");
    const scheme = !listLabel ? null : /^\d+(\.\d+)+$/.test(label) ? "decimalMulti" : listScheme(p.list!.format);
    const typed = listLabel ? null : parseTypedLabel(shown);
    // One literal for every heading: the headings share one hidden class.
    hs.push({
      paragraph: p.index, level: p.outlineLevel, label: typed?.label ?? label, title: typed?.title ?? text, path: "", scheme,
      value: labelValue(label, scheme), numberSource: listLabel ? "list" : typed ? "typed" : null, pendingChange: pendingChange(p),
    });
    candidates.push(typed?.schemes ?? (scheme ? [scheme] : []));
  }
  resolveAmbiguousSchemes(hs, candidates);
  const stack: Heading[] = [];
  for (const h of hs) {
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    const parent = stack[stack.length - 1];
    h.path = !h.label ? h.title : h.scheme === "decimalMulti" || !parent?.label ? h.label : `${parent.path}.${h.label}`;
    stack.push(h);
  }
  return hs;
}

/** Letters vs. roman numerals: a level whose labels include a non-roman letter counts letters. */
function resolveAmbiguousSchemes(hs: Heading[], candidates: readonly NumberScheme[][]): void {
  const lettersAtLevel = new Set<number>();
  hs.forEach((h, i) => {
    if (candidates[i].length === 1 && candidates[i][0].endsWith("Letter")) lettersAtLevel.add(h.level);
  });
  hs.forEach((h, i) => {
    if (h.scheme || candidates[i].length === 0) return;
    const letter = candidates[i].find((s) => s.endsWith("Letter"));
    const roman = candidates[i].find((s) => s.endsWith("Roman"));
    h.scheme = letter && (lettersAtLevel.has(h.level) || !roman) ? letter : (roman ?? candidates[i][0]);
    h.value = labelValue(h.label, h.scheme);
  });
}

/**
 * The heading whose section contains the paragraph (the last heading at or before it); for a paragraph of a note,
 * the section of the note's reference.
 */
export function sectionOf(model: DocumentModel, hs: readonly Heading[], paragraph: number): Heading | null {
  const at = bodyPlaceOf(model, paragraph);
  if (at === null) return null;
  let lo = 0, hi = hs.length - 1, found: Heading | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid].paragraph <= at) { found = hs[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
