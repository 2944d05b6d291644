/** The body's headings beside the table of contents, one row per section, for the "Gliederung" tab (pure). */
import { normalizeTitle } from "../../checks/outline/titles";
import type { HeadingView, OutlineFix, TocEntryView } from "../analysis-types";
import type { Finding } from "../../model/findings";

export interface OutlineRow {
  heading: HeadingView | null;
  entry: TocEntryView | null;
  /** Both sides are there but their titles differ. */
  titleDiffers: boolean;
}

const keyOf = (x: { label: string; path: string; title: string }) => (x.label ? `n:${x.path}` : `t:${normalizeTitle(x.title)}`);

/**
 * Pairs headings and entries by number path (title when unnumbered) along their longest common subsequence,
 * so that one missing section does not misalign everything after it. Headings deeper than the TOC goes are left out.
 */
export function outlineRows(headings: readonly HeadingView[], toc: readonly TocEntryView[]): OutlineRow[] {
  const depth = toc.length ? Math.max(...toc.map((t) => t.level)) : Infinity;
  const a = headings.filter((h) => h.level <= depth);
  const b = toc;
  const ka = a.map(keyOf), kb = b.map(keyOf);
  // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = ka[i] === kb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const rows: OutlineRow[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && ka[i] === kb[j]) {
      rows.push({ heading: a[i], entry: b[j], titleDiffers: normalizeTitle(a[i].title) !== normalizeTitle(b[j].title) });
      i++; j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
      rows.push({ heading: a[i++], entry: null, titleDiffers: false });
    } else {
      rows.push({ heading: null, entry: b[j++], titleDiffers: false });
    }
  }
  return rows;
}

/** The repair a finding offers, when the outline check attached one. */
export function fixOf(f: Finding): OutlineFix | null {
  const fix = f.data?.fix as OutlineFix | undefined;
  return fix && typeof fix === "object" && "kind" in fix ? fix : null;
}

export const FIX_LABEL: Record<OutlineFix["kind"], string> = {
  "update-field": "Verzeichnis aktualisieren",
  "insert-toc-entry": "Eintrag einfügen",
  "replace-toc-entry": "Eintrag korrigieren",
};
