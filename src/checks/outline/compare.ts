/**
 * Comparing an outline (TOC entries or a reference) with the body's headings: align both
 * sequences, then name each difference — and when one missing entry shifts the numbers of the
 * entries after it, keep those shifts with that one cause.
 */
import type { Heading } from "../../model/outline";
import { align, type AlignOp } from "./align";
import { normalizeTitle, TitleSimilarity } from "./titles";
import type { OutlinePair, TocEntryView } from "./types";

/** An entry whose number differs only because an earlier entry is missing on one side. */
export interface Shift {
  entry: TocEntryView;
  heading: Heading;
}

export type Difference =
  | { kind: "missing-in-outline"; heading: Heading; shifted: Shift[]; afterEntry: TocEntryView | null; beforeEntry: TocEntryView | null }
  | { kind: "missing-in-body"; entry: TocEntryView; shifted: Shift[]; deletedHeading: Heading | null; nextHeading: Heading | null; previousHeading: Heading | null }
  | { kind: "title"; entry: TocEntryView; heading: Heading; originalMatches: boolean }
  | { kind: "number"; entry: TocEntryView; heading: Heading }
  | { kind: "order"; entry: TocEntryView; heading: Heading };

/** The gain of a pair with equal titles, labels and levels: the most any pair can gain. */
const BEST = 12;
/** Below this bigram similarity two titles are different sections, unless number and level agree. */
const RENAMED = 0.5;
/** Largest stretch (entries × headings) between exact matches that is re-aligned with fuzzy titles. */
const FUZZY_CELLS = 250_000;

interface Scoring {
  left: string[];
  right: string[];
  /** Equal titles, or equal number and level: cheap enough for the whole outline. */
  exact(i: number, j: number): number | null;
  /** Also similar titles (renamed headings): for the stretches between exact matches. */
  fuzzy(i: number, j: number): number | null;
}

function scoring(entries: readonly TocEntryView[], body: readonly Heading[]): Scoring {
  const sim = new TitleSimilarity();
  const left = entries.map((e) => normalizeTitle(e.title));
  const right = body.map((h) => normalizeTitle(h.title));
  const sameLabel = (i: number, j: number) => entries[i].label !== "" && entries[i].label === body[j].label;
  const bonus = (i: number, j: number) => (sameLabel(i, j) ? 1 : 0) + (entries[i].level === body[j].level ? 1 : 0);
  const exact = (i: number, j: number): number | null => {
    if (left[i] === right[j]) return BEST - 2 + bonus(i, j);
    return sameLabel(i, j) && entries[i].level === body[j].level ? 2 : null;
  };
  return {
    left, right, exact,
    fuzzy(i, j) {
      const e = exact(i, j);
      if (e !== null && e > 2) return e;
      if (entries[i].level !== body[j].level) return e;
      const s = sim.of(left[i], right[j]);
      return s >= RENAMED ? 4 + 4 * s + bonus(i, j) : e;
    },
  };
}

/** Exact alignment first; each stretch between exact matches is aligned again allowing renamed titles. */
function alignOutlines(n: number, m: number, sc: Scoring): AlignOp[] {
  const coarse = align(n, m, (i, j) => (sc.left[i] === sc.right[j] ? sc.exact(i, j) : null), BEST);
  const out: AlignOp[] = [];
  let k = 0;
  while (k < coarse.length) {
    if (coarse[k].kind === "match") { out.push(coarse[k++]); continue; }
    const stretch: AlignOp[] = [];
    while (k < coarse.length && coarse[k].kind !== "match") stretch.push(coarse[k++]);
    const lefts = stretch.flatMap((o) => (o.kind === "leftOnly" ? [o.left] : []));
    const rights = stretch.flatMap((o) => (o.kind === "rightOnly" ? [o.right] : []));
    if (!lefts.length || !rights.length || lefts.length * rights.length > FUZZY_CELLS) { out.push(...stretch); continue; }
    const [l0, r0] = [lefts[0], rights[0]];
    for (const o of align(lefts.length, rights.length, (i, j) => sc.fuzzy(l0 + i, r0 + j))) {
      out.push(o.kind === "match" ? { kind: "match", left: l0 + o.left, right: r0 + o.right }
        : o.kind === "leftOnly" ? { kind: "leftOnly", left: l0 + o.left } : { kind: "rightOnly", right: r0 + o.right });
    }
  }
  return out;
}

interface ShiftState {
  offset: number;
  /** The `shifted` list of the latest cause at this level. */
  shifted: Shift[];
}

/** Labels differ; is it the running offset of a missing sibling, or of a shifted parent ("4.1" vs "3.1")? */
function shiftCause(state: Map<number, ShiftState>, e: TocEntryView, h: Heading): ShiftState | null {
  if (e.value !== null && h.value !== null && e.scheme === h.scheme) {
    const own = state.get(h.level);
    if (own && own.offset !== 0 && h.value - e.value === own.offset) return own;
    if (h.value === e.value) {
      for (let l = h.level - 1; l >= 1; l--) {
        const parent = state.get(l);
        if (parent && parent.offset !== 0) return parent;
      }
    }
  }
  return null;
}

/**
 * `listed` tells which headings the outline should show (the TOC's levels); the others may still
 * pair with an entry of the same title (a TOC typed in one style for two levels) but are never missing.
 */
export function compareOutline(
  entries: readonly TocEntryView[], body: readonly Heading[], original: readonly Heading[], listed: (h: Heading) => boolean,
): { differences: Difference[]; pairs: OutlinePair[] } {
  const sc = scoring(entries, body);
  const { left, right } = sc;
  const ops = alignOutlines(entries.length, body.length, sc);

  // A title on both sides that the alignment could not pair in order has moved.
  const moved = new Map<AlignOp, AlignOp>();
  const unpairedBody = new Map<string, AlignOp[]>();
  for (const op of ops) {
    if (op.kind !== "rightOnly") continue;
    const list = unpairedBody.get(right[op.right]);
    if (list) list.push(op);
    else unpairedBody.set(right[op.right], [op]);
  }
  for (const op of ops) {
    if (op.kind !== "leftOnly") continue;
    const partner = unpairedBody.get(left[op.left])?.shift();
    if (partner) { moved.set(op, partner); moved.set(partner, op); }
  }

  const deletedByTitle = new Map<string, Heading>();
  for (const h of original) if (h.pendingChange === "deleted") deletedByTitle.set(normalizeTitle(h.title), h);

  const outlineHasNumbers = entries.some((e) => e.label !== "");
  const diffs: Difference[] = [];
  const pairs: OutlinePair[] = [];
  const state = new Map<number, ShiftState>();
  const enter = (level: number) => { for (const l of [...state.keys()]) if (l > level) state.delete(l); };
  let lastEntry: TocEntryView | null = null;
  let lastHeading: Heading | null = null;
  // The next entry and heading after each operation: where a missing one would be inserted or jumped to.
  const nextEntry: (TocEntryView | null)[] = new Array(ops.length);
  const nextHeading: (Heading | null)[] = new Array(ops.length);
  for (let k = ops.length - 1, e: TocEntryView | null = null, h: Heading | null = null; k >= 0; k--) {
    nextEntry[k] = e;
    nextHeading[k] = h;
    const o = ops[k];
    if (o.kind !== "rightOnly") e = entries[o.left];
    if (o.kind !== "leftOnly") h = body[o.right];
  }

  ops.forEach((op, k) => {
    const partner = moved.get(op);
    if (op.kind === "leftOnly") {
      const entry = entries[op.left];
      pairs.push({ heading: null, entry, titleDiffers: false });
      enter(entry.level);
      if (partner?.kind === "rightOnly") diffs.push({ kind: "order", entry, heading: body[partner.right] });
      else {
        const d: Difference = {
          kind: "missing-in-body", entry, shifted: [], deletedHeading: deletedByTitle.get(left[op.left]) ?? null,
          nextHeading: nextHeading[k], previousHeading: lastHeading,
        };
        diffs.push(d);
        state.set(entry.level, { offset: (state.get(entry.level)?.offset ?? 0) - 1, shifted: d.shifted });
      }
      lastEntry = entry;
    } else if (op.kind === "rightOnly") {
      const heading = body[op.right];
      if (!listed(heading)) return;
      pairs.push({ heading, entry: null, titleDiffers: false });
      enter(heading.level);
      if (!partner) {
        const d: Difference = { kind: "missing-in-outline", heading, shifted: [], afterEntry: lastEntry, beforeEntry: nextEntry[k] };
        diffs.push(d);
        state.set(heading.level, { offset: (state.get(heading.level)?.offset ?? 0) + 1, shifted: d.shifted });
      }
      lastHeading = heading;
    } else {
      const entry = entries[op.left], heading = body[op.right];
      pairs.push({ heading, entry, titleDiffers: left[op.left] !== right[op.right] });
      enter(heading.level);
      if (left[op.left] !== right[op.right]) {
        const before = original.find((h) => h.paragraph === heading.paragraph);
        diffs.push({ kind: "title", entry, heading, originalMatches: !!before && normalizeTitle(before.title) === left[op.left] });
      }
      if (entry.label !== heading.label && outlineHasNumbers) {
        const cause = shiftCause(state, entry, heading);
        if (cause) cause.shifted.push({ entry, heading });
        else diffs.push({ kind: "number", entry, heading });
      }
      lastEntry = entry;
      lastHeading = heading;
    }
  });
  return { differences: diffs, pairs };
}
