/**
 * Finds a model TextRange in Word: Word has no offsets, so the range's text is searched in the body and the
 * occurrence that the model places at the range's start is taken. Sync 1 of a located write loads the
 * paragraph texts (to detect a changed document) together with the search hits; the caller then queues its
 * write on the returned range and syncs once more.
 */
import type { DocumentModel, TextPosition, TextRange } from "../model/document";
import { changedError } from "./errors";

/** Word rejects search strings over 255 characters. */
const MAX_SEARCH = 255;

interface Needle {
  text: string;
  /** Occurrence index among the body's non-overlapping matches, in document order. */
  occurrence: number;
}

function occurrences(model: DocumentModel, text: string): TextPosition[] {
  const out: TextPosition[] = [];
  for (const p of model.paragraphs) {
    for (let k = p.text.indexOf(text); k >= 0; k = p.text.indexOf(text, k + text.length)) out.push({ paragraph: p.index, offset: k });
  }
  return out;
}

function needle(model: DocumentModel, text: string, at: TextPosition, action: string): Needle {
  const occurrence = occurrences(model, text).findIndex((o) => o.paragraph === at.paragraph && o.offset === at.offset);
  if (occurrence < 0) throw changedError(action);
  return { text, occurrence };
}

interface Search {
  needle: Needle;
  hits: Word.RangeCollection;
  /** Which end of the hit is wanted. */
  take: "Whole" | "Start" | "End";
}

export interface PendingRange {
  /** After the first sync: the Word range, or a WordError("changed"). */
  resolve(): Word.Range;
}

/**
 * Locates several ranges in one batch: the paragraph texts are loaded once and each distinct search text is
 * searched once, however many ranges use it.
 */
export class Locator {
  private readonly paragraphs: Word.ParagraphCollection;
  private readonly searches = new Map<string, Word.RangeCollection>();

  constructor(private readonly context: Word.RequestContext, private readonly model: DocumentModel, private readonly action: string) {
    this.paragraphs = context.document.body.paragraphs.load("items/text");
  }

  /** Queues the loads that locate `range`; call `resolve()` after the next sync. Throws "changed" at once for a range the model lacks. */
  locate(range: TextRange): PendingRange {
    const { model, action } = this;
    const search = (text: string, at: TextPosition, take: Search["take"]): Search => {
      const n = needle(model, text, at, action);
      let hits = this.searches.get(n.text);
      if (!hits) {
        hits = this.context.document.body.search(n.text, { matchCase: true }).load("items/text");
        this.searches.set(n.text, hits);
      }
      return { needle: n, hits, take };
    };
    const { start, end } = range;
    const startText = model.paragraphs[start.paragraph]?.text;
    const endText = model.paragraphs[end.paragraph]?.text;
    if (startText === undefined || endText === undefined) throw changedError(action);

    let first: Search | "paragraphStart";
    let last: Search | null = null;
    if (start.paragraph === end.paragraph && start.offset === end.offset) {
      // A point: the end of the text before it, or the paragraph's start.
      const before = startText.slice(Math.max(0, start.offset - 60), start.offset);
      first = before ? search(before, { paragraph: start.paragraph, offset: start.offset - before.length }, "End") : "paragraphStart";
    } else {
      const head = start.paragraph === end.paragraph ? startText.slice(start.offset, end.offset) : startText.slice(start.offset);
      const tail = endText.slice(start.paragraph === end.paragraph ? start.offset : 0, end.offset);
      first = head
        ? search(head.slice(0, MAX_SEARCH), start, "Whole")
        : "paragraphStart";
      if (start.paragraph !== end.paragraph || head.length > MAX_SEARCH) {
        const t = tail.slice(-MAX_SEARCH);
        last = t ? search(t, { paragraph: end.paragraph, offset: end.offset - t.length }, "Whole") : null;
      }
    }

    const paragraphs = this.paragraphs;
    return {
      resolve() {
        const items = paragraphs.items;
        const same = items.length === model.paragraphs.length
          && [start.paragraph, end.paragraph].every((i) => items[i].text === model.paragraphs[i].text);
        if (!same) throw changedError(action);
        const pick = (s: Search): Word.Range => {
          if (s.hits.items.length !== occurrences(model, s.needle.text).length) throw changedError(action);
          const hit = s.hits.items[s.needle.occurrence];
          return s.take === "Whole" ? hit : hit.getRange(s.take);
        };
        const from = first === "paragraphStart" ? items[start.paragraph].getRange("Start") : pick(first);
        return last ? from.expandTo(pick(last)) : from;
      },
    };
  }
}

/** Queues the loads that locate one `range`; call `resolve()` after the next sync. */
export function queueLocate(context: Word.RequestContext, model: DocumentModel, range: TextRange, action: string): PendingRange {
  return new Locator(context, model, action).locate(range);
}
