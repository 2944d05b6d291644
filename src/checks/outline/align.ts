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
 *
 * `best` is the highest gain any pair can have: leading and trailing pairs that reach it are paired without the
 * quadratic table (no alignment can gain more by pairing either of them elsewhere), so that two outlines that
 * agree cost linear time.
 */
export function align(leftCount: number, rightCount: number, score: (left: number, right: number) => number | null, best = Infinity): AlignOp[] {
  let head = 0;
  while (head < leftCount && head < rightCount && score(head, head) === best) head++;
  let tail = 0;
  while (tail < leftCount - head && tail < rightCount - head && score(leftCount - 1 - tail, rightCount - 1 - tail) === best) tail++;
  if (head === 0 && tail === 0) return alignTable(leftCount, rightCount, score);
  const middle = alignTable(leftCount - head - tail, rightCount - head - tail, (i, j) => score(head + i, head + j));
  const ops: AlignOp[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: "match", left: k, right: k });
  for (const o of middle) {
    ops.push(o.kind === "match" ? { kind: "match", left: head + o.left, right: head + o.right }
      : o.kind === "leftOnly" ? { kind: "leftOnly", left: head + o.left } : { kind: "rightOnly", right: head + o.right });
  }
  for (let k = tail; k > 0; k--) ops.push({ kind: "match", left: leftCount - k, right: rightCount - k });
  return ops;
}

function alignTable(leftCount: number, rightCount: number, score: (left: number, right: number) => number | null): AlignOp[] {
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
