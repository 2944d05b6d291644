/**
 * Marked text from a paragraph's runs: the whole sentence(s) around a change, in the original view
 * (deleted words marked) and the final view (inserted words marked).
 */
import type { Paragraph, Run, TextRange } from "../model/document";
import type { Mark, MarkedText, Segment } from "./types";

/** Where a run stands: in both views, only in the original / the final one, or in neither. */
type Side = "both" | "original" | "final" | "neither";

interface Piece {
  text: string;
  side: Side;
  /** The run belongs to the changes being shown (it gets a mark). */
  own: boolean;
  /** Final-view offset of the first character (for text only the original view has: where it stood). */
  at: number;
}

/** A stretch of one paragraph's final text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** The parts of final-view ranges that lie in paragraph `index`. */
export function spansIn(ranges: readonly TextRange[], index: number): Span[] {
  return ranges.filter((r) => r.start.paragraph <= index && index <= r.end.paragraph).map((r) => ({
    start: r.start.paragraph === index ? r.start.offset : 0,
    end: r.end.paragraph === index ? r.end.offset : Infinity,
  }));
}

function sideOf(run: Run): Side {
  switch (run.revision.kind) {
    case "none": return "both";
    case "deleted": case "movedFrom": return "original";
    case "inserted": case "movedTo": return "final";
    case "insertedRemoved": return "neither";
  }
}

function changeIdOf(run: Run): string | null {
  return run.revision.kind === "none" ? null : run.revision.changeId;
}

function piecesOf(p: Paragraph, own: ReadonlySet<string>): Piece[] {
  if (p.runs.length === 0) {
    // A reader without runs (or an empty paragraph): the two views as whole texts.
    if (p.text === p.originalText) return [{ text: p.text, side: "both", own: false, at: 0 }];
    return [{ text: p.originalText, side: "original", own: true, at: 0 }, { text: p.text, side: "final", own: true, at: 0 }];
  }
  return p.runs.map((r) => {
    const id = changeIdOf(r);
    return { text: r.text, side: sideOf(r), own: id !== null && own.has(id), at: r.finalOffset };
  });
}

/** The pieces without the final-view text in `spans`; text only the original view has stays. */
function omitted(pieces: readonly Piece[], spans: readonly Span[]): Piece[] {
  if (spans.length === 0) return [...pieces];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return pieces.map((x) => {
    if (x.side === "original") return x;
    let kept = "", pos = 0;
    for (const s of sorted) {
      const from = Math.min(x.text.length, Math.max(pos, s.start - x.at));
      kept += x.text.slice(pos, from);
      pos = Math.min(x.text.length, Math.max(from, s.end - x.at));
    }
    return { ...x, text: kept + x.text.slice(pos) };
  });
}

/** Merges neighbouring segments with the same mark; drops empty ones. */
export function normalize(segments: readonly Segment[]): MarkedText {
  const out: Segment[] = [];
  for (const s of segments) {
    if (s.text === "") continue;
    const last = out[out.length - 1];
    if (last && last.mark === s.mark) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

function view(pieces: readonly Piece[], which: "original" | "final"): MarkedText {
  const mark: Mark = which === "original" ? "deleted" : "inserted";
  return normalize(pieces.filter((x) => x.side === "both" || x.side === which)
    .map((x) => ({ text: x.text, mark: x.side === which && x.own ? mark : "none" })));
}

const ABBREVIATIONS = new Set(["z", "b", "bzw", "ggf", "u", "a", "d", "h", "abt", "nr", "vgl", "dr", "ca", "inkl", "gem", "s", "sog", "evtl", "usw", "etc", "str", "abs"]);

/** Offsets in `text` where a new sentence begins (after ".", "!", "?" or ";" and white space, not after an abbreviation). */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  const re = /[.!?;]\s+(?=\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const word = /([\p{L}\d]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? "";
    if (text[m.index] === "." && (ABBREVIATIONS.has(word.toLowerCase()) || /^\d+$/.test(word))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/**
 * The sentences of a paragraph that touch the shown changes (or the anchor span, for a comment),
 * in both views. Sentence bounds are taken on the text with both deleted and inserted words,
 * so a sentence changed at its edge still comes out whole.
 */
export function sentenceContext(
  p: Paragraph, own: ReadonlySet<string>, anchor: Span | null, omit: readonly Span[] = [],
): { before: MarkedText; after: MarkedText } {
  const pieces = piecesOf(p, own);
  const combined = pieces.map((x) => x.text).join("");
  // Span of the shown changes in the combined text.
  let from = Infinity, to = -Infinity, pos = 0;
  for (const x of pieces) {
    if (x.own) { from = Math.min(from, pos); to = Math.max(to, pos + x.text.length); }
    pos += x.text.length;
  }
  if (anchor && p.runs.length > 0) {
    const a = combinedOffset(p.runs, anchor.start), b = combinedOffset(p.runs, anchor.end);
    from = Math.min(from, a); to = Math.max(to, b);
  }
  if (from === Infinity) { from = 0; to = combined.length; }
  const starts = sentenceStarts(combined);
  const start = [...starts].reverse().find((s) => s <= from) ?? 0;
  const end = starts.find((s) => s >= Math.max(to, from + 1) && s > start) ?? combined.length;
  const cut = omitted(slicePieces(pieces, start, end), omit);
  return { before: trimmed(view(cut, "original")), after: trimmed(view(cut, "final")) };
}

/** A final-view offset mapped into the text of all runs (deleted runs included). */
function combinedOffset(runs: readonly Run[], finalOffset: number): number {
  let pos = 0;
  for (const r of runs) {
    const inFinal = sideOf(r) !== "original";
    if (inFinal && finalOffset <= r.finalOffset + r.text.length) return pos + Math.max(0, finalOffset - r.finalOffset);
    pos += r.text.length;
  }
  return pos;
}

function slicePieces(pieces: readonly Piece[], start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let pos = 0;
  for (const x of pieces) {
    const a = Math.max(start, pos), b = Math.min(end, pos + x.text.length);
    if (a < b) out.push({ ...x, text: x.text.slice(a - pos, b - pos), at: x.side === "original" ? x.at : x.at + (a - pos) });
    pos += x.text.length;
  }
  return out;
}

function trimmed(text: MarkedText): MarkedText {
  if (text.length === 0) return text;
  const out = text.map((s) => ({ ...s }));
  out[0].text = out[0].text.replace(/^\s+/, "");
  out[out.length - 1].text = out[out.length - 1].text.replace(/\s+$/, "");
  return normalize(out);
}

/** The whole paragraph in both views, every change marked (the Synopse's cells). */
export function paragraphViews(p: Paragraph, omit: readonly Span[] = []): { before: MarkedText; after: MarkedText } {
  const all = new Set(p.runs.map(changeIdOf).filter((id): id is string => id !== null));
  const pieces = omitted(piecesOf(p, all), omit);
  return { before: view(pieces, "original"), after: view(pieces, "final") };
}

export function plain(text: MarkedText): string {
  return text.map((s) => s.text).join("");
}

/** Joins the texts of several paragraphs with a line break. */
export function joinParagraphs(parts: readonly MarkedText[]): MarkedText {
  const out: Segment[] = [];
  parts.filter((p) => p.length > 0).forEach((p, i) => {
    if (i > 0) out.push({ text: "\n", mark: "none" });
    out.push(...p);
  });
  return normalize(out);
}
