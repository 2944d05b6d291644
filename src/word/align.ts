/**
 * Rebuilds a paragraph's revision runs from what Word reports: its final and original text and its tracked
 * changes in document order. Greedy alignment: each change's text is found after the previous one.
 */
import { isRemoved, type Run, type RunFormat } from "../model/document";

export interface ReportedChange {
  id: string;
  type: "Added" | "Deleted";
  text: string;
}

export interface AlignedParagraph {
  runs: Run[];
  /** Final-view [start, end) of each change that was placed; deletions are points. */
  locations: Map<string, { start: number; end: number }>;
}

export function alignRuns(finalText: string, original: string, changes: ReportedChange[], format: RunFormat): AlignedParagraph {
  const runs: Run[] = [];
  const locations = new Map<string, { start: number; end: number }>();
  let f = 0;
  let o = 0;
  const plain = (text: string) => {
    if (text) runs.push({ text, revision: { kind: "none" }, format: { ...format }, finalOffset: f, originalOffset: o, commentIds: [] });
    f += text.length;
    o += text.length;
  };
  for (const c of changes) {
    if (!c.text) continue;
    const source = c.type === "Added" ? finalText : original;
    const at = source.indexOf(c.text, c.type === "Added" ? f : o);
    if (at < 0) continue;
    plain(finalText.slice(f, f + at - (c.type === "Added" ? f : o)));
    if (c.type === "Added") {
      runs.push({ text: c.text, revision: { kind: "inserted", changeId: c.id }, format: { ...format }, finalOffset: f, originalOffset: o, commentIds: [] });
      locations.set(c.id, { start: f, end: f + c.text.length });
      f += c.text.length;
    } else {
      runs.push({ text: c.text, revision: { kind: "deleted", changeId: c.id }, format: { ...format }, finalOffset: f, originalOffset: o, commentIds: [] });
      locations.set(c.id, { start: f, end: f });
      o += c.text.length;
    }
  }
  plain(finalText.slice(f));
  return { runs, locations };
}

/** Sets format properties on the visible text [start, end) of a paragraph's runs, splitting runs at the edges. */
export function formatSpan(runs: Run[], start: number, end: number, patch: Partial<RunFormat>): Run[] {
  return runs.flatMap((r) => {
    const visible = !isRemoved(r.revision);
    const from = Math.max(start, r.finalOffset);
    const to = Math.min(end, r.finalOffset + r.text.length);
    if (!visible || from >= to) return [r];
    const piece = (a: number, b: number, format: RunFormat): Run => ({
      ...r,
      text: r.text.slice(a - r.finalOffset, b - r.finalOffset),
      finalOffset: a,
      originalOffset: r.originalOffset + (r.revision.kind === "none" ? a - r.finalOffset : 0),
      format: { ...format },
      commentIds: [...r.commentIds],
    });
    const out: Run[] = [];
    if (from > r.finalOffset) out.push(piece(r.finalOffset, from, r.format));
    out.push(piece(from, to, { ...r.format, ...patch }));
    if (to < r.finalOffset + r.text.length) out.push(piece(to, r.finalOffset + r.text.length, r.format));
    return out;
  });
}
