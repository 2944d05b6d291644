/**
 * The browser's selection in the rendered document as a range of the model (final view), so that a selection made
 * with mouse or keyboard becomes the simulated Word's selection. DocumentView marks each paragraph with
 * `data-paragraph` and `data-length`, and each visible run's text with `data-offset` (its final-view offset);
 * labels and badges ("eingefügt:", "pink markiert") and deleted text have none and so are not counted.
 */
import type { TextPosition, TextRange } from "../model/document";

/** A DOM point as a position in the model; a point on a label or between runs counts as the next run's start. */
export function modelPosition(node: Node, offset: number): TextPosition | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest<HTMLElement>("[data-paragraph]");
  if (!element || !paragraph) return null;
  const index = Number(paragraph.dataset.paragraph);
  const run = element.closest<HTMLElement>("[data-offset]");
  if (run && node.nodeType === Node.TEXT_NODE) return { paragraph: index, offset: Number(run.dataset.offset) + offset };
  const point = document.createRange();
  point.setStart(node, offset);
  for (const r of paragraph.querySelectorAll<HTMLElement>("[data-offset]")) {
    // 1: the run starts after the point.
    if (point.comparePoint(r, 0) === 1) return { paragraph: index, offset: Number(r.dataset.offset) };
  }
  return { paragraph: index, offset: Number(paragraph.dataset.length) };
}

/** The selection inside `container` as a model range; null when it is elsewhere or outside the paragraphs. */
export function modelSelection(selection: Selection | null, container: Element): TextRange | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = modelPosition(range.startContainer, range.startOffset);
  const end = modelPosition(range.endContainer, range.endOffset);
  return start && end ? { start, end } : null;
}
