/**
 * The Teilhabebeirat's records as the document holds them: pink markings in the runs and the
 * Beirat's comments. A pink highlight or shading is a question (its comment asks it, the comment's
 * replies answer it); pink text is an addition. Comments by the Beirat without pink count as
 * questions too, so nothing it asked is lost when someone removes the colour — or Word does: the web has lost
 * the Pink highlight on reload (OfficeDev/office-js #3950), and a question asked through the pane carries the
 * asking person's name, so its stored record says it is the Beirat's.
 */
import { parseCommentLine } from "../amendments/comment-line";
import { changesOf } from "../amendments/grouping";
import type { Amendment } from "../amendments/types";
import { BEIRAT_PROPOSER } from "./actions";
import { isAdded, isRemoved, type Comment, type DocumentModel, type IsoDateTime, type Note, type Paragraph, type TextPosition, type TextRange, type TrackedChange } from "../model/document";
import { locationAt } from "../model/findings";
import { headings, type Heading } from "../model/outline";
import { pinkKind, type PinkKind } from "./pink";

export type BeiratKind = "question" | "addition";

/** offen: no answer yet; beantwortet: replied to; erledigt: the comment is resolved. */
export type BeiratState = "offen" | "beantwortet" | "erledigt";

/** Calendar date "YYYY-MM-DD". */
export type IsoDate = string;

export interface BeiratAnswer {
  author: string;
  datum: IsoDate | null;
  text: string;
}

export interface BeiratItem {
  /** 1-based, in document order. */
  nr: number;
  kind: BeiratKind;
  /** How the text is marked; null for a Beirat comment without pink. */
  marking: PinkKind | null;
  /** Paragraph where the item starts (body or note); null for a comment whose anchor is gone. */
  paragraph: number | null;
  /** Outline path of the enclosing section ("B.IV"), null before the first heading; for a note, its reference's. */
  section: string | null;
  /** The footnote or endnote the item stands in, null in the body. */
  note: Pick<Note, "kind" | "number"> | null;
  /** The marked (or commented) text, final view. */
  text: string;
  comment: string | null;
  /** Session id of the attached comment (for reply/resolve in Word); never a key for stored data. */
  commentId: string | null;
  author: string | null;
  datum: IsoDate | null;
  answers: BeiratAnswer[];
  resolved: boolean;
  state: BeiratState;
  location: TextRange | null;
}

export interface BeiratOptions {
  /** Comment authors that are the Beirat (case-insensitive, also matched as part of the name). */
  authors?: string[];
  /** Comment initials that are the Beirat (case-insensitive). */
  initials?: string[];
  /** Comments whose confirmed records name the Beirat as proposer (see `recordedQuestions`). */
  recordedQuestions?: ReadonlySet<string>;
  /** Colours the Beirat marks with besides pink, as colour keys ("FF99CC", see `colorKey`). */
  colors?: ReadonlySet<string>;
}

/** The comments of comment-only Anträge whose confirmed metadata names the Beirat (`name`): its questions, pink or not. */
export function recordedQuestions(amendments: readonly Amendment[], name = BEIRAT_PROPOSER): Set<string> {
  return new Set(amendments
    .filter((a) => a.kind === "comment" && a.source === "metadata" && a.metadata.antragsteller === name)
    .flatMap((a) => a.commentIds));
}

const DEFAULT_AUTHORS = ["Teilhabebeirat"];
const DEFAULT_INITIALS = ["THB"];

/** Date part of an ISO timestamp, null when absent or not a timestamp. */
export function isoDate(value: IsoDateTime | null): IsoDate | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function comparePositions(a: TextPosition, b: TextPosition): number {
  return a.paragraph - b.paragraph || a.offset - b.offset;
}

/** A comment anchor overlaps a marking; a point comment counts when it stands inside or at either end. */
function overlaps(anchor: TextRange, marking: TextRange): boolean {
  if (comparePositions(anchor.start, anchor.end) === 0) {
    return comparePositions(marking.start, anchor.start) <= 0 && comparePositions(anchor.start, marking.end) <= 0;
  }
  return comparePositions(anchor.start, marking.end) < 0 && comparePositions(marking.start, anchor.end) < 0;
}

/** Who the Beirat is in comments, lower-cased once per reading. */
interface BeiratNames {
  authors: string[];
  initials: string[];
  recorded: ReadonlySet<string> | undefined;
}

function beiratNames(options: BeiratOptions): BeiratNames {
  return {
    authors: (options.authors ?? DEFAULT_AUTHORS).map((a) => a.toLowerCase()),
    initials: (options.initials ?? DEFAULT_INITIALS).map((i) => i.toLowerCase()),
    recorded: options.recordedQuestions,
  };
}

function isBeiratComment(c: Comment, names: BeiratNames): boolean {
  const author = c.author.toLowerCase();
  return names.authors.some((a) => author.includes(a)) || (c.initials !== null && names.initials.includes(c.initials.toLowerCase()))
    || (names.recorded?.has(c.id) ?? false);
}

interface Marking {
  kind: BeiratKind;
  marking: PinkKind;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  commentIds: Set<string>;
  /** Change ids of tracked insertions inside the marking (their author and date stand in for a comment's). */
  changeIds: string[];
}

const kindOf = (p: PinkKind): BeiratKind => (p === "color" ? "addition" : "question");

const BEIRAT_WORD = /\b(?:Teilhabe-?beirats?|Beirats?|THB)\b/i;
const PINK_WORD = /\b(?:pink\w*|magenta\w*|rosa)\b/i;
/** Legends name what the colour means; a proposal or question long enough to mention both is rarer than a legend. */
const LEGEND_LENGTH = 300;

/**
 * A legend of the draft's colours ("Ergänzungen Teilhabebeirat Farbe pink, Fragen THB pink hinterlegt"): it names
 * the Beirat and the colour, and its pink words are samples of the marking, not the Beirat's contribution.
 */
export function isColourLegend(text: string): boolean {
  return text.length <= LEGEND_LENGTH && BEIRAT_WORD.test(text) && PINK_WORD.test(text);
}

/** Pink runs of one paragraph, adjacent runs of the same kind merged into one marking. */
function markingsOf(p: Paragraph, colors: ReadonlySet<string> | undefined): Marking[] {
  const out: Marking[] = [];
  let open: Marking | null = null;
  for (const run of p.runs) {
    // Deleted text is not in the final view: it neither shows a marking nor interrupts one.
    if (isRemoved(run.revision) || run.text === "") continue;
    const pink = pinkKind(run.format, colors);
    const start = run.finalOffset;
    if (pink === null) {
      open = null;
      continue;
    }
    if (open && open.kind === kindOf(pink) && open.end === start) {
      open.end += run.text.length;
      open.text += run.text;
    } else {
      open = { kind: kindOf(pink), marking: pink, paragraph: p.index, start, end: start + run.text.length, text: run.text, commentIds: new Set(), changeIds: [] };
      out.push(open);
    }
    for (const id of run.commentIds) open.commentIds.add(id);
    if (isAdded(run.revision)) open.changeIds.push(run.revision.changeId);
  }
  if (out.length === 0) return out;
  // Spaces at a marking's edges are not part of it: whether they carry the marking differs between Word's reports
  // and the .docx (Word's words come trimmed), and the pane and the command line must list the same text.
  return out.filter((m) => m.text.trim() !== "").map((m) => {
    const lead = m.text.length - m.text.trimStart().length;
    const text = m.text.trim();
    return { ...m, start: m.start + lead, end: m.start + lead + text.length, text };
  });
}

function pickComment(m: Marking, range: TextRange, comments: Comment[], used: Set<string>, names: BeiratNames): Comment | null {
  const free = comments.filter((c) => !used.has(c.id) && (m.commentIds.has(c.id) || (c.anchor !== null && overlaps(c.anchor, range))));
  const beirat = free.filter((c) => isBeiratComment(c, names));
  // An addition's text carries other people's comments too (legacy proposer notes); only the Beirat's belong to it.
  return beirat[0] ?? (m.kind === "question" ? free[0] ?? null : null);
}

function stateOf(answers: BeiratAnswer[], resolved: boolean): BeiratState {
  return resolved ? "erledigt" : answers.length > 0 ? "beantwortet" : "offen";
}

/** The replies, without the readable metadata line the add-in adds to a record's thread: that is no answer. */
function answersOf(c: Comment | null): BeiratAnswer[] {
  const answers: BeiratAnswer[] = [];
  if (c) for (const r of c.replies) if (parseCommentLine(r.text) === null) answers.push({ author: r.author, datum: isoDate(r.date), text: r.text });
  return answers;
}

/**
 * An item, numbered once all are in document order. Marked text and Beirat comments make their items here alike:
 * one literal, so that every item has one shape.
 */
function newItem(
  model: DocumentModel, hs: Heading[], kind: BeiratKind, marking: PinkKind | null, paragraph: number | null, text: string,
  comment: Comment | null, change: TrackedChange | null, location: TextRange | null,
): BeiratItem {
  const { section, note } = locationAt(model, hs, paragraph, null);
  const answers = answersOf(comment);
  const resolved = comment?.resolved ?? false;
  return {
    nr: 0, kind, marking, paragraph, section, note, text,
    comment: comment?.text ?? null, commentId: comment?.id ?? null,
    author: comment?.author ?? change?.author ?? null,
    datum: isoDate(comment?.date ?? change?.date ?? null),
    answers, resolved, state: stateOf(answers, resolved), location,
  };
}

/** All Beirat items in document order (items whose comment anchor is gone come last). */
export function collectBeiratItems(model: DocumentModel, options: BeiratOptions = {}): BeiratItem[] {
  const hs = headings(model, "final");
  const names = beiratNames(options);
  const used = new Set<string>();
  const items = markedItems(model, hs, options.colors, names, used);
  for (const c of model.comments) {
    if (used.has(c.id) || !isBeiratComment(c, names)) continue;
    items.push(newItem(model, hs, "question", null, c.anchor?.start.paragraph ?? null, c.anchorText, c, null, c.anchor));
  }
  // Array sort is stable: items at one place keep the order they were found in.
  const order = (i: BeiratItem) => i.location?.start ?? { paragraph: Number.MAX_SAFE_INTEGER, offset: 0 };
  items.sort((a, b) => comparePositions(order(a), order(b)));
  items.forEach((item, i) => { item.nr = i + 1; });
  return items;
}

/** The items of the pink markings, each with the comment it takes (added to `used`). */
function markedItems(model: DocumentModel, hs: Heading[], colors: ReadonlySet<string> | undefined, names: BeiratNames, used: Set<string>): BeiratItem[] {
  const items: BeiratItem[] = [];
  for (const p of model.paragraphs) {
    const markings = markingsOf(p, colors);
    // Most paragraphs have no pink: the legend test reads the text only of those that do.
    if (markings.length === 0 || isColourLegend(p.text)) continue;
    for (const m of markings) {
      const location: TextRange = { start: { paragraph: m.paragraph, offset: m.start }, end: { paragraph: m.paragraph, offset: m.end } };
      const comment = pickComment(m, location, model.comments, used, names);
      if (comment) used.add(comment.id);
      const change = changesOf(model, m.changeIds)[0] ?? null;
      items.push(newItem(model, hs, m.kind, m.marking, m.paragraph, m.text, comment, change, location));
    }
  }
  return items;
}

/** One entry of `overview --kind beirat --format json` (SPEC §2.7). */
export interface BeiratJsonItem {
  nr: number;
  kind: BeiratKind;
  section: string | null;
  text: string;
  comment: string | null;
  author: string | null;
  datum: IsoDate | null;
  answers: BeiratAnswer[];
  resolved: boolean;
}

export function beiratJson(items: readonly BeiratItem[]): { items: BeiratJsonItem[] } {
  return {
    items: items.map((i) => ({
      nr: i.nr, kind: i.kind, section: i.section, text: i.text, comment: i.comment,
      author: i.author, datum: i.datum, answers: i.answers.map((a) => ({ ...a })), resolved: i.resolved,
    })),
  };
}
