/**
 * Word for Mac reports tracked deletions with empty text (OfficeDev/office-js #5178, #5188). A paragraph's original
 * view (`getReviewedText("Original")`) still holds the deleted text: the original with the deletions taken out is
 * the final view with the insertions taken out, so a diff of the two gives the deleted pieces, which go, in document
 * order, to the deletions Word reported empty.
 */
import diff from "fast-diff";
import type { ReportedChange } from "./align";

/** The changes with the text of each empty deletion rebuilt from the paragraph's final and original text. */
export function withDeletedText(finalText: string, original: string, changes: ReportedChange[]): ReportedChange[] {
  if (!changes.some((c) => c.type === "Deleted" && c.text === "")) return changes;
  // The final view without its insertions (found in order, as alignRuns finds them).
  let common = "";
  let at = 0;
  for (const c of changes) {
    if (c.type !== "Added" || !c.text) continue;
    const k = finalText.indexOf(c.text, at);
    if (k < 0) continue;
    common += finalText.slice(at, k);
    at = k + c.text.length;
  }
  common += finalText.slice(at);
  // What the original has beyond that: the deletions, the known ones among them.
  const known = new Set(changes.filter((c) => c.type === "Deleted" && c.text !== "").map((c) => c.text));
  const pieces = diff(original, common, undefined, true).filter(([op]) => op === diff.DELETE).map(([, text]) => text);
  const unknown = pieces.filter((text) => !known.delete(text));
  return changes.map((c) => (c.type === "Deleted" && c.text === "" && unknown.length > 0 ? { ...c, text: unknown.shift()! } : c));
}
