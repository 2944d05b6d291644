/**
 * Finds a model TextRange in Word: Word has no offsets, so the range's text is searched in its story (the body, or
 * all footnotes or endnotes in one body, `Document.getFootnoteBody`/`getEndnoteBody`, WordApi 1.5) and the occurrence that the
 * model places at the range's start is taken. Sync 1 of a located write loads the story's paragraph texts (to detect
 * a changed document) together with the search hits; the caller then queues its write on the returned range and
 * syncs once more.
 */
import { isRemoved, type DocumentModel, type LocatedStory, type Paragraph, type TextPosition, type TextRange } from "../model/document";
import { referenceMarks, storyOf } from "../model/notes";
import { changedError } from "./errors";
import { matchWithDeletions, sameParagraphText, textWithDeletions } from "./paragraph-text";

/**
 * Word rejects search strings over 255 characters (`Body.search`), counted after escaping (OfficeDev/office-js
 * #1726), and reads "^" as the start of a special character ("^p", "^t"); a caret itself is "^^"
 * (learn.microsoft.com/office/dev/add-ins/word/search-option-guidance).
 */
const MAX_SEARCH = 255;

export const escapeSearch = (text: string): string => text.replace(/\^/g, "^^");

const escapedLength = (c: string) => (c === "^" ? 2 : 1);
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The longest start of `text` whose escaped form Word accepts (never half a surrogate pair). */
export function searchableHead(text: string): string {
  let used = 0;
  let i = 0;
  while (i < text.length && used + escapedLength(text[i]) <= MAX_SEARCH) used += escapedLength(text[i++]);
  if (i < text.length && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  return text.slice(0, i);
}

/** The longest end of `text` whose escaped form Word accepts (never half a surrogate pair). */
export function searchableTail(text: string): string {
  let used = 0;
  let i = text.length;
  while (i > 0 && used + escapedLength(text[i - 1]) <= MAX_SEARCH) used += escapedLength(text[--i]);
  if (i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i))) i++;
  return text.slice(i);
}

/**
 * Where a search text occurs, counted two ways: Word searches the final view or, where `Range.text` includes
 * tracked deletions (paragraph-text.ts), the text with deletions, finding matches inside deleted text and none
 * across a deletion (OfficeDev/office-js #5874). Word's hit count tells which view it searched.
 */
interface Needle {
  text: string;
  /** Index of the wanted match among the final view's non-overlapping matches, in document order, and their count. */
  occurrence: number;
  count: number;
  /** The same in the text with deletions; -1 when the wanted match crosses a deletion there. */
  occurrenceWithDeletions: number;
  countWithDeletions: number;
}

/**
 * A story of the model as Word holds it: its paragraphs, where Word's text has a note mark that a search cannot cross,
 * and its texts in both views, each joined into one string once: a search text is counted with one scan of each view,
 * not one per paragraph (saving all Anträge of a long draft locates thousands of ranges).
 */
interface Story {
  paragraphs: Paragraph[];
  marks: Map<number, number[]>;
  final: Joined;
  withDeletions: Joined;
  /** Per paragraph: whether its text with deletions differs from the final one (`textWithDeletions` is not null). */
  marked: boolean[];
}

/** Texts joined by a character no paragraph holds, so that no match runs across two; `starts[i]`: where text i begins. */
interface Joined {
  text: string;
  starts: number[];
}

const SEPARATOR = "\u0000";

function joined(texts: readonly string[]): Joined {
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + SEPARATOR.length;
  }
  return { text: texts.join(SEPARATOR), starts };
}

function storyIn(paragraphs: Paragraph[], marks: Map<number, number[]>): Story {
  const withDeletions = paragraphs.map(textWithDeletions);
  return {
    paragraphs, marks, final: joined(paragraphs.map((p) => p.text)), withDeletions: joined(withDeletions.map((t, i) => t ?? paragraphs[i].text)),
    marked: withDeletions.map((t) => t !== null),
  };
}

/** Non-overlapping matches of `text` in the joined texts, in order: the index of the text each stands in and the offset there. */
function matchesIn(j: Joined, text: string): { i: number; offset: number }[] {
  const out: { i: number; offset: number }[] = [];
  let i = 0;
  for (let k = j.text.indexOf(text); k >= 0; k = j.text.indexOf(text, k + text.length)) {
    while (i + 1 < j.starts.length && j.starts[i + 1] <= k) i++;
    out.push({ i, offset: k - j.starts[i] });
  }
  return out;
}

/** Whether a match of `length` at `offset` would cross a note mark: Word's text has a character there. */
const crossesMark = (story: Story, paragraph: number, offset: number, length: number) =>
  (story.marks.get(paragraph) ?? []).some((m) => m > offset && m < offset + length);

function occurrences(story: Story, text: string): TextPosition[] {
  return matchesIn(story.final, text)
    .map(({ i, offset }) => ({ paragraph: story.paragraphs[i].index, offset }))
    .filter((o) => !crossesMark(story, o.paragraph, o.offset, text.length));
}

/** Matches in the text with deletions: their final-view start and whether they are clean (see `matchWithDeletions`). */
function occurrencesWithDeletions(story: Story, text: string): { paragraph: number; start: number; clean: boolean }[] {
  return matchesIn(story.withDeletions, text)
    .map(({ i, offset }) => {
      const p = story.paragraphs[i];
      const { start, clean } = story.marked[i] ? matchWithDeletions(p, offset, text.length) : { start: offset, clean: true };
      return { paragraph: p.index, start, clean };
    })
    .filter((o) => !crossesMark(story, o.paragraph, o.start, text.length));
}

function needle(story: Story, text: string, at: TextPosition, action: string): Needle {
  const inFinal = occurrences(story, text);
  const occurrence = inFinal.findIndex((o) => o.paragraph === at.paragraph && o.offset === at.offset);
  if (occurrence < 0) throw changedError(action);
  const withDeletions = occurrencesWithDeletions(story, text);
  return {
    text, occurrence, count: inFinal.length,
    occurrenceWithDeletions: withDeletions.findIndex((o) => o.clean && o.paragraph === at.paragraph && o.start === at.offset),
    countWithDeletions: withDeletions.length,
  };
}

/** The index of the wanted hit by Word's hit count; -1 when the count fits neither view or leaves it ambiguous. */
function hitIndex(n: Needle, hits: number): number {
  const byFinal = hits === n.count ? n.occurrence : -1;
  const byDeletions = hits === n.countWithDeletions ? n.occurrenceWithDeletions : -1;
  if (byFinal >= 0 && byDeletions >= 0 && byFinal !== byDeletions) return -1;
  return byFinal >= 0 ? byFinal : byDeletions;
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

/** The Word body holding a story: the document's body, or all its footnotes or endnotes in one body (WordApi 1.5). */
export function storyBody(context: Word.RequestContext, story: LocatedStory): Word.Body {
  const doc = context.document;
  return story === "body" ? doc.body : story === "footnotes" ? doc.getFootnoteBody() : doc.getEndnoteBody();
}

/** The model's paragraphs of one story (Word numbers them from 0; index - first.index is Word's index). */
export function storyParagraphs(model: DocumentModel, story: LocatedStory): Paragraph[] {
  return model.paragraphs.filter((p) => storyOf(p) === story);
}

/** Final-view offsets strictly between `from` and `to` where tracked deletions stand in the paragraph. */
const deletionsInside = (p: Paragraph, from: number, to: number): number[] =>
  p.runs.filter((r) => isRemoved(r.revision) && r.finalOffset > from && r.finalOffset < to).map((r) => r.finalOffset);

/** One story's Word body with its loaded paragraph texts and the searches made in it. */
interface StoryInWord {
  story: Story;
  body: Word.Body;
  paragraphs: Word.ParagraphCollection;
  searches: Map<string, Word.RangeCollection>;
}

/**
 * Locates several ranges in one batch: each story's paragraph texts are loaded once and each distinct search text
 * is searched once per story, however many ranges use it.
 */
export class Locator {
  private readonly stories = new Map<LocatedStory, StoryInWord>();
  private marks: Map<number, number[]> | null = null;

  constructor(private readonly context: Word.RequestContext, private readonly model: DocumentModel, private readonly action: string) {}

  private storyOf(paragraph: Paragraph): StoryInWord {
    const name = storyOf(paragraph);
    let found = this.stories.get(name);
    if (!found) {
      this.marks ??= referenceMarks(this.model);
      const body = storyBody(this.context, name);
      found = {
        story: storyIn(storyParagraphs(this.model, name), this.marks),
        body, paragraphs: body.paragraphs.load("items/text"), searches: new Map(),
      };
      this.stories.set(name, found);
    }
    return found;
  }

  /** Queues the loads that locate `range`; call `resolve()` after the next sync. Throws "changed" at once for a range the model lacks. */
  locate(range: TextRange): PendingRange {
    const { model, action } = this;
    const { start, end } = range;
    const first = model.paragraphs[start.paragraph];
    const last = model.paragraphs[end.paragraph];
    if (first === undefined || last === undefined || storyOf(first) !== storyOf(last)) throw changedError(action);
    const inWord = this.storyOf(first);
    const search = (text: string, at: TextPosition, take: Search["take"]): Search => {
      const n = needle(inWord.story, text, at, action);
      let hits = inWord.searches.get(n.text);
      if (!hits) {
        hits = inWord.body.search(escapeSearch(n.text), { matchCase: true }).load("items/text");
        inWord.searches.set(n.text, hits);
      }
      return { needle: n, hits, take };
    };
    const startText = first.text;
    const endText = last.text;

    let head: Search | "paragraphStart";
    let tail: Search | null = null;
    if (start.paragraph === end.paragraph && start.offset === end.offset) {
      // A point: the end of the text before it, or the paragraph's start.
      const before = startText.slice(Math.max(0, start.offset - 60), start.offset);
      head = before ? search(before, { paragraph: start.paragraph, offset: start.offset - before.length }, "End") : "paragraphStart";
    } else {
      // Neither search crosses a tracked deletion: where Range.text includes deleted text (Word on the web), Word finds
      // no text across one (office-js #5874). The head ends at the first deletion, the tail starts at the last.
      const headEnd = start.paragraph === end.paragraph ? end.offset : startText.length;
      const tailFrom = start.paragraph === end.paragraph ? start.offset : 0;
      const headText = startText.slice(start.offset, Math.min(headEnd, ...deletionsInside(first, start.offset, headEnd)));
      const tailText = endText.slice(Math.max(tailFrom, ...deletionsInside(last, tailFrom, end.offset)), end.offset);
      const searchable = searchableHead(headText);
      head = searchable ? search(searchable, start, "Whole") : "paragraphStart";
      if (start.paragraph !== end.paragraph || searchable.length < end.offset - start.offset) {
        const t = searchableTail(tailText);
        tail = t ? search(t, { paragraph: end.paragraph, offset: end.offset - t.length }, "Whole") : null;
      }
    }

    const { paragraphs, story } = inWord;
    // Word numbers a story's paragraphs from 0; the model numbers them on from the stories before.
    const offset = story.paragraphs[0].index;
    return {
      resolve() {
        const items = paragraphs.items;
        const same = items.length === story.paragraphs.length
          && [start.paragraph, end.paragraph].every((i) => sameParagraphText(items[i - offset].text, model.paragraphs[i]));
        if (!same) throw changedError(action);
        const pick = (s: Search): Word.Range => {
          const k = hitIndex(s.needle, s.hits.items.length);
          if (k < 0) throw changedError(action);
          const hit = s.hits.items[k];
          return s.take === "Whole" ? hit : hit.getRange(s.take);
        };
        const from = head === "paragraphStart" ? items[start.paragraph - offset].getRange("Start") : pick(head);
        return tail ? from.expandTo(pick(tail)) : from;
      },
    };
  }
}

/** Queues the loads that locate one `range`; call `resolve()` after the next sync. */
export function queueLocate(context: Word.RequestContext, model: DocumentModel, range: TextRange, action: string): PendingRange {
  return new Locator(context, model, action).locate(range);
}
