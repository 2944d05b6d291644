/**
 * Global sequence alignment (Needleman–Wunsch with free gaps, i.e. a weighted longest common
 * subsequence): an entry inserted or dropped on one side leaves the rest of the sequences paired.
 */

export type AlignOp =
  | { kind: "match"; left: number; right: number }
  | { kind: "leftOnly"; left: number }
  | { kind: "rightOnly"; right: number };

/**
 * Aligns `leftCount` against `rightCount` items. `score(i, j)` is the gain of pairing them, or
 * null when they may not be paired. Returns the operations in sequence order.
 */
export function align(leftCount: number, rightCount: number, score: (left: number, right: number) => number | null): AlignOp[] {
  const width = rightCount + 1;
  const best = new Float64Array((leftCount + 1) * width);
  /** 0 = left gap, 1 = right gap, 2 = match */
  const step = new Uint8Array((leftCount + 1) * width);
  for (let j = 1; j <= rightCount; j++) step[j] = 1;
  for (let i = 1; i <= leftCount; i++) {
    for (let j = 1; j <= rightCount; j++) {
      const up = best[(i - 1) * width + j];
      const left = best[i * width + j - 1];
      let value = up, choice = 0;
      if (left > value) { value = left; choice = 1; }
      const s = score(i - 1, j - 1);
      if (s !== null) {
        const diag = best[(i - 1) * width + j - 1] + s;
        if (diag >= value) { value = diag; choice = 2; }
      }
      best[i * width + j] = value;
      step[i * width + j] = choice;
    }
  }
  const ops: AlignOp[] = [];
  let i = leftCount, j = rightCount;
  while (i > 0 || j > 0) {
    const choice = i === 0 ? 1 : j === 0 ? 0 : step[i * width + j];
    if (choice === 2) { ops.push({ kind: "match", left: i - 1, right: j - 1 }); i--; j--; }
    else if (choice === 0) { ops.push({ kind: "leftOnly", left: i - 1 }); i--; }
    else { ops.push({ kind: "rightOnly", right: j - 1 }); j--; }
  }
  return ops.reverse();
}
