/** Comparing heading titles as a reader would: ignoring case, dash and quote styles, spacing; tolerating small rewordings. */

/** The form two titles are compared in: "Wohnen – Bauen" and "wohnen - bauen" are the same title. */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKC")
    .replace(/\u00AD/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/["'„“”‚‘’«»‹›`´]/g, "")
    // Blanks collapse before anything looks around them: "\s*-\s*" or "[\s.]+$" over a long run of blanks
    // backtrack quadratically (a hostile 50,000-blank heading took seconds).
    .replace(/[\s\u00A0\u202F]+/g, " ")
    .replace(/ ?- ?/g, "-")
    .replace(TRAILING_MARKS, "")
    .trim()
    .toLocaleLowerCase("de");
}

/** One run of trailing dots, colons and blanks, matched from a position no such character precedes (linear). */
const TRAILING_MARKS = /(?<![ .:…])[ .:…]+$/;

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const t = s.replace(/ /g, "");
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient over character bigrams (0–1) of two normalised titles; precomputed per title for the alignment. */
export class TitleSimilarity {
  private readonly cache = new Map<string, { grams: Map<string, number>; size: number }>();

  private profile(s: string) {
    let p = this.cache.get(s);
    if (!p) {
      const grams = bigrams(s);
      let size = 0;
      for (const n of grams.values()) size += n;
      p = { grams, size };
      this.cache.set(s, p);
    }
    return p;
  }

  of(a: string, b: string): number {
    if (a === b) return 1;
    const pa = this.profile(a), pb = this.profile(b);
    if (pa.size === 0 || pb.size === 0) return 0;
    let common = 0;
    const [small, large] = pa.grams.size <= pb.grams.size ? [pa.grams, pb.grams] : [pb.grams, pa.grams];
    for (const [g, n] of small) common += Math.min(n, large.get(g) ?? 0);
    return (2 * common) / (pa.size + pb.size);
  }
}
