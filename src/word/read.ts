/**
 * Reads the DocumentModel from Word in three syncs (split-loop pattern), a few more for long documents:
 *   1. paragraphs with their properties, the footnotes and endnotes with theirs (WordApi 1.5), comments with
 *      replies, the body's tracked changes (only whether there are any), bookmark names, TOC fields, custom XML
 *      part ids, tracking mode, document properties;
 *   2. per paragraph, where needed (in chunks of a bounded request, `QUERIES_PER_SYNC`), its tracked changes, list label, table cell, comments, bookmarks and the
 *      words of paragraphs with mixed highlights (a note's paragraphs always: notes are short);
 *      per comment its anchor text, per note its comments and bookmarks, per bookmark its text, per custom XML part its XML;
 *      where footnotes and endnotes both occur, the notes of each paragraph holding a reference (note-marks.ts);
 *   3. the original and current text of the paragraphs that have tracked changes (chunked as well), the anchor texts of the notes'
 *      comments and the texts of their bookmarks, and the order of the references in a paragraph holding both kinds.
 * The notes' paragraphs follow the body's in the model, as readDocx puts them; Word's note reference marks
 * (U+0002 in its text) are removed from every text read and place each note's reference.
 * Why properties rather than `body.getOoxml()`: the OOXML of a range omits comments.xml replies/resolution
 * (commentsExtended) and its size makes Word on the web slow; the property API gives exactly the fields
 * the model needs, and the original view comes from the tracked changes (step 3 only for changed paragraphs).
 * Not recoverable through the API (left empty): style ids, list numIds and formats beyond the label, run
 * formatting other than a paragraph-wide highlight/colour, comment initials/durable ids, w14:paraId.
 * When Word fails on the tracked changes of a document (Word for Mac with moved text: office-js #5535, #5216;
 * GeneralException on other hosts), readDocument reads it again without them, as a Word without WordApi 1.6.
 */
import {
  isRemoved, paragraphIn, type BuiltInStyle, type Comment, type DocumentModel, type HighlightColor, type ListInfo, type LocatedChange, type Note, type NoteKind,
  type Paragraph, type RunFormat, type TextRange, type TrackedChange, type TrackedChangeKind,
} from "../model/document";
import { alignRuns, formatSpan, type ReportedChange } from "./align";
import { withDeletedText } from "./deleted-text";
import { run } from "./batch";
import { detectCapabilities, withoutTrackedChanges, type Capabilities } from "./capabilities";
import { toWordError, WordError } from "./errors";
import { highlightFromWord } from "./highlight";
import type { OfficeApi } from "./office-api";
import { queueNoteMarks } from "./note-marks";
import { findReported, finalText, withoutNoteMarks } from "./paragraph-text";
import { foldReplyComments } from "../model/reply-comments";

const BUILT_IN = new Set<string>([
  "Normal", "Title", "Subtitle", "ListParagraph", "TocHeading",
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`Heading${n}`, `Toc${n}`]),
]);

/** What the reader loads of every paragraph, body or note, under a path prefix ("items/", "items/body/paragraphs/items/"). */
function paragraphFields(prefix: string): string {
  return ["text", "styleBuiltIn", "style", "outlineLevel", "isListItem", "tableNestingLevel", "font/highlightColor", "font/color"]
    .map((f) => prefix + f).join(",");
}

const COMMENT_FIELDS = "items/id,items/authorName,items/creationDate,items/content,items/resolved,items/replies/items/id,items/replies/items/authorName,items/replies/items/creationDate,items/replies/items/content";

const NOTE_KINDS: readonly NoteKind[] = ["footnote", "endnote"];

/** Word's "no date" for comments copied between documents (1899); anything before 1900 means absent. */
export function isoOrNull(d: Date | null | undefined): string | null {
  if (!d || Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1900) return null;
  return d.toISOString().replace(/\.000Z$/, "Z");
}

function listFormat(label: string): ListInfo["format"] {
  const core = label.replace(/[.)\s]+$/, "").split(".").pop() ?? "";
  if (core === "") return "none";
  if (/^\d+$/.test(core)) return "decimal";
  if (/^[IVXLCDM]+$/.test(core)) return "upperRoman";
  if (/^[ivxlcdm]+$/.test(core)) return "lowerRoman";
  if (/^[A-Z]$/.test(core)) return "upperLetter";
  if (/^[a-z]$/.test(core)) return "lowerLetter";
  return /^[\u2022\u25CF\u25AA\u25E6\-\u2013\uF0B7o§]$/.test(core) ? "bullet" : "other";
}

/**
 * Final-view range of `text` ("\n" between paragraphs) that Word reported for a range inside paragraphs
 * first..last. Word's `Range.text` may include tracked deletions (paragraph-text.ts); `viaDeletions` then says
 * the reported text is not the final view.
 */
function locate(paragraphs: Paragraph[], first: number, last: number, text: string): { range: TextRange; viaDeletions: boolean } {
  const parts = text.split("\n");
  if (parts.length === 1 || first === last) {
    const found = findReported(paragraphs[first], parts[0], "anywhere");
    const at = found?.start ?? 0;
    const end = first === last ? found?.end ?? Math.min(at + text.length, paragraphs[first].text.length) : at;
    return { range: { start: { paragraph: first, offset: at }, end: { paragraph: first, offset: end } }, viaDeletions: found?.viaDeletions ?? false };
  }
  const head = findReported(paragraphs[first], parts[0], "atEnd");
  const tail = findReported(paragraphs[last], parts[parts.length - 1], "atStart");
  return {
    range: {
      start: { paragraph: first, offset: head?.start ?? Math.max(0, paragraphs[first].text.length - parts[0].length) },
      end: { paragraph: last, offset: tail?.end ?? parts[parts.length - 1].length },
    },
    viaDeletions: (head?.viaDeletions ?? false) || (tail?.viaDeletions ?? false),
  };
}

/** Word reports an inserted or deleted paragraph mark as a change whose text is "\r". */
function changeKind(type: string, text: string): TrackedChangeKind {
  if (type === "Added") return text === "\r" ? "paragraphInsertion" : "insertion";
  if (type === "Deleted") return text === "\r" ? "paragraphDeletion" : "deletion";
  return "runFormatting";
}

/** Office.js font colour ("#RRGGBB", "#000000" for automatic, null when mixed) as the model's hex or null. */
function fontColor(value: string | null): string | null {
  return value && /^#[0-9A-Fa-f]{6}$/.test(value) && value !== "#000000" ? value.slice(1).toUpperCase() : null;
}

/** Where `lines` stand as consecutive paragraphs (their texts as Word reports them), from `from` on; -1 when nowhere. */
function blockAt(texts: readonly string[], lines: readonly string[], from: number): number {
  if (lines.length === 0) return -1;
  for (let i = from; i + lines.length <= texts.length; i++) {
    if (lines.every((line, k) => texts[i + k] === line)) return i;
  }
  return -1;
}

export interface WordReadResult {
  model: DocumentModel;
  capabilities: Capabilities;
}

const READ_ACTION = "Dokument lesen";

/** The codes of Word's failures on tracked changes; others (e.g. InvalidArgument) are not caused by the document. */
const TRACKED_CHANGE_FAILURES: ReadonlySet<string> = new Set(["GeneralException", "ItemNotFound", "NotAllowed"]);

/** A sync that carried tracked-change queries failed as Word fails on them; readDocument reads again without them. */
class TrackedChangesFailed extends WordError {}

async function sync(context: Word.RequestContext, carriesTrackedChanges: boolean): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    const error = toWordError(e, READ_ACTION);
    if (carriesTrackedChanges && error.code !== null && TRACKED_CHANGE_FAILURES.has(error.code)) {
      throw new TrackedChangesFailed(error.kind, error.message, error.code);
    }
    throw e;
  }
}

/**
 * The most queries of one kind per paragraph queued for one sync. A read queues several queries per paragraph; in
 * one sync, a long document's request grows without bound, and Word on the web has hung or failed on large syncs
 * (office-js #719: at some 64,000 characters; #702). Chunks keep each request near 200 KB (about 60 bytes an action
 * plus its arguments); a 1,000-page document needs a few syncs more, a short one none.
 */
export const QUERIES_PER_SYNC = 2000;

/**
 * Queues `queue(item)` for every item, syncing whenever `QUERIES_PER_SYNC` queries are waiting; the last chunk stays
 * queued for the caller's next sync, with whatever else it queues.
 */
async function inChunks<I, Q extends object | null>(context: Word.RequestContext, items: readonly I[], queue: (item: I) => Q, carriesTrackedChanges: boolean): Promise<Q[]> {
  const out: Q[] = [];
  let waiting = 0;
  for (const item of items) {
    const queued = queue(item);
    out.push(queued);
    waiting += queued ? Object.values(queued).filter((q) => q !== null).length : 0;
    if (waiting >= QUERIES_PER_SYNC) {
      await sync(context, carriesTrackedChanges);
      waiting = 0;
    }
  }
  return out;
}

/**
 * The document, with the custom XML parts of the given namespaces (others' parts are never fetched). If Word fails
 * on its tracked changes, a second batch reads it without them and `capabilities.limitations` says so; if that
 * fails too, its error is the one reported.
 */
export async function readDocument(api: OfficeApi, customXmlNamespaces: readonly string[]): Promise<WordReadResult> {
  const read = (capabilities: Capabilities) =>
    run(api, READ_ACTION, "1.3", (context) => readDocumentFromWord(context, capabilities, customXmlNamespaces));
  const capabilities = detectCapabilities(api.Office.context.requirements);
  try {
    return await read(capabilities);
  } catch (e) {
    if (!(e instanceof TrackedChangesFailed)) throw e;
    return read(withoutTrackedChanges(capabilities));
  }
}

/** One batch's read with the given capabilities; a failure on tracked changes rejects with TrackedChangesFailed. */
export async function readDocumentFromWord(
  context: Word.RequestContext, capabilities: Capabilities, customXmlNamespaces: readonly string[],
): Promise<WordReadResult> {
  const has = capabilities.features;
  const doc = context.document;
  const body = doc.body;

  // Sync 1
  const paragraphs = body.paragraphs.load(paragraphFields("items/"));
  // Each note with its paragraphs, footnotes first: the model's order.
  const noteLists = has.notes
    ? NOTE_KINDS.map((kind) => ({ kind, list: (kind === "footnote" ? body.footnotes : body.endnotes).load(`items/type,${paragraphFields("items/body/paragraphs/items/")}`) }))
    : [];
  const comments = has.comments ? body.getComments().load(COMMENT_FIELDS) : null;
  // Per-paragraph tracked changes only when the body has any (as comments below): N queries fewer per read otherwise.
  const bodyChanges = has.trackedChanges ? body.getTrackedChanges().load("items/type") : null;
  const bookmarkNames = has.bookmarks ? body.getRange("Whole").getBookmarks(true, false) : null;
  const tocs = has.tocFields ? body.fields.getByTypes(["TOC" as Word.FieldType]).load("items/code") : null;
  // Only the parts asked for: another program's part may exceed what Word on the web returns (1 MB), and is none of ours.
  const partLists = has.customXml ? customXmlNamespaces.map((ns) => doc.customXmlParts.getByNamespace(ns).load("items/id,items/namespaceUri")) : [];
  if (has.changeTrackingMode) doc.load("changeTrackingMode");
  const props = doc.properties.load("title,subject,author,lastAuthor,creationDate,lastSaveTime,revisionNumber,applicationName");
  await sync(context, bodyChanges !== null);

  // Sync 2
  const notes = noteLists.flatMap(({ kind, list }) => list.items.map((item, k) => ({ item, note: { kind, number: k + 1, reference: null } as Note })));
  // The stories in the model's order: the body, then each note; a paragraph's place in this list is its model index.
  const stories: { note: Note | null; items: Word.Paragraph[] }[] = [
    { note: null, items: paragraphs.items }, ...notes.map((n) => ({ note: n.note, items: n.item.body.paragraphs.items })),
  ];
  const all = stories.flatMap((s) => s.items.map((p) => ({ p, note: s.note })));
  const anyComments = (comments?.items.length ?? 0) > 0;
  const anyChanges = (bodyChanges?.items.length ?? 0) > 0;
  const names = bookmarkNames?.value ?? [];
  // Notes are short and few: their paragraphs are always asked for changes and comments.
  const queueParagraph = ({ p, note }: (typeof all)[number]) => ({
    changes: (note ? has.trackedChanges : anyChanges) ? p.getTrackedChanges().load("items/author,items/date,items/type,items/text") : null,
    list: p.isListItem ? p.listItemOrNullObject.load("listString,level") : null,
    cell: p.tableNestingLevel > 0 ? p.parentTableCellOrNullObject.load("rowIndex,cellIndex") : null,
    comments: (note ? has.comments : anyComments) ? p.getComments().load("items/id") : null,
    bookmarks: (note ? has.bookmarks : names.length > 0) ? p.getRange("Whole").getBookmarks(true, false) : null,
    // Mixed highlights ("") or font colours (null): read them word by word (Teilhabebeirat questions are
    // highlighted and its additions coloured inside paragraphs).
    words: p.font.highlightColor === "" || p.font.color === null ? p.getTextRanges([" "], true).load("items/text,items/font/highlightColor,items/font/color") : null,
  });
  const perParagraph = await inChunks(context, all, queueParagraph, has.trackedChanges);
  const anchorTexts = (comments?.items ?? []).map((c) => c.getRange().load("text"));
  const noteComments = has.comments ? notes.map((n) => n.item.body.getComments().load(COMMENT_FIELDS)) : [];
  const noteBookmarks = has.bookmarks ? notes.map((n) => n.item.body.getRange("Whole").getBookmarks(true, false)) : [];
  const marks = queueNoteMarks(paragraphs.items, noteLists.map(({ kind, list }) => ({ kind, count: list.items.length })));
  const bookmarkTexts = names.map((n) => doc.getBookmarkRangeOrNullObject(n).load("text"));
  // The lines of each TOC field (its result), found among the body's paragraphs below: not every TOC uses Toc styles.
  const tocLines = (tocs?.items ?? []).map((f) => ({ result: f.result.load("text"), paragraphs: f.result.paragraphs.load("items/text") }));
  const parts = partLists.flatMap((list) => list.items);
  const xmls = parts.map((p) => p.getXml());
  await sync(context, perParagraph.some((x) => x.changes !== null));

  // Sync 3 (only when some paragraph has tracked changes, a note has comments, or a paragraph holds both kinds of notes)
  const reviewed = await inChunks(context, perParagraph.map(({ changes }, i) => ({ changes, p: all[i].p })), ({ changes, p }) =>
    (changes && changes.items.length > 0 ? { current: p.getReviewedText("Current"), original: p.getReviewedText("Original") } : null), true);
  const noteCommentItems = noteComments.flatMap((list) => list.items);
  const noteAnchorTexts = noteCommentItems.map((c) => c.getRange().load("text"));
  const markOrder = marks.queueOrder(paragraphs.items);
  const noteNames = [...new Set(noteBookmarks.flatMap((b) => b.value))].filter((n) => !names.includes(n));
  const noteBookmarkTexts = noteNames.map((n) => doc.getBookmarkRangeOrNullObject(n).load("text"));
  if (reviewed.some((r) => r !== null) || noteAnchorTexts.length > 0 || noteBookmarkTexts.length > 0 || markOrder) await sync(context, true);

  const trackedChanges: TrackedChange[] = [];
  const model: DocumentModel = {
    paragraphs: [], notes: notes.map((n) => n.note), comments: [], trackedChanges, bookmarks: [], tocFields: [], customXmlParts: [],
    properties: {
      title: props.title || null, subject: props.subject || null, creator: props.author || null,
      lastModifiedBy: props.lastAuthor || null, created: isoOrNull(props.creationDate), modified: isoOrNull(props.lastSaveTime),
      revision: props.revisionNumber || null, application: props.applicationName || null,
    },
    trackRevisions: has.changeTrackingMode ? doc.changeTrackingMode !== "Off" : false,
    // Word reads all of the text itself: nothing is skipped that a reader could report.
    readerMessages: [],
  };

  // Word's text has a character for each note reference; the model's text has none (paragraph-text.ts).
  const bodyTexts: string[] = [];
  // A change over several paragraphs (a table row inserted or deleted as a whole) is reported by each paragraph of the
  // row: the same change again in the next cell of one row is that change.
  const spanning = new Map<string, { change: LocatedChange; last: number; row: string }>();
  const spans = (c: { type: string; text: string }) => (c.type === "Added" || c.type === "Deleted") && c.text !== "\r";
  const keyOf = (c: { type: string; author: string; date: Date | null; text: string }) => JSON.stringify([c.type, c.author, c.date?.getTime() ?? null, c.text]);
  let tableIndex = -1;
  all.forEach(({ p, note }, index) => {
    const r = reviewed[index];
    const reportedText = r ? r.current.value : p.text;
    if (!note) bodyTexts.push(reportedText);
    const text = withoutNoteMarks(reportedText);
    const original = r ? withoutNoteMarks(r.original.value) : text;
    const highlight: HighlightColor | null = highlightFromWord(p.font.highlightColor);
    const color = fontColor(p.font.color);
    const format: RunFormat = { highlight, shading: null, color, bold: false, italic: false, strike: false };
    const list = perParagraph[index].list;
    const cell = perParagraph[index].cell;
    const depth = p.tableNestingLevel;
    // Tables are counted per story, as readDocx counts them.
    const startsStory = index === 0 || all[index - 1].note !== note;
    if (startsStory) tableIndex = -1;
    if (depth > 0 && (startsStory || all[index - 1].p.tableNestingLevel === 0)) tableIndex += 1;
    const table = depth > 0 && cell && !cell.isNullObject ? { depth, table: tableIndex, row: cell.rowIndex, cell: cell.cellIndex } : null;
    const row = table ? `${table.depth}:${table.table}:${table.row}` : null;
    const reported = (perParagraph[index].changes?.items ?? []).map((c) => {
      // Word separates the paragraphs of a change with "\r"; the model, like readDocx, with "\n" ("\r" alone is a paragraph mark).
      const changeText = c.text === "\r" ? c.text : withoutNoteMarks(c.text).replace(/\r/g, "\n");
      return { type: c.type as string, author: c.author, date: c.date, text: changeText, kind: changeKind(c.type, changeText) };
    }).filter((c) => {
      const seen = spans(c) && row !== null ? spanning.get(keyOf(c)) : undefined;
      if (seen && seen.last === index - 1 && seen.row === row) {
        seen.change.location.end = { paragraph: index, offset: text.length };
        seen.last = index;
        return false;
      }
      return true;
    // Numbered after the merge: a change continued from the cell before takes no number of its own.
    }).map((c, k) => ({ ...c, id: `w${trackedChanges.length + k + 1}` }));
    const textChanges = withDeletedText(text, original, reported
      .filter((c) => c.kind === "insertion" || c.kind === "deletion")
      .map((c): ReportedChange => ({ id: c.id, type: c.kind === "insertion" ? "Added" : "Deleted", text: c.text })));
    for (const c of textChanges) {
      const r = reported.find((x) => x.id === c.id);
      if (r) r.text = c.text;
    }
    const aligned = alignRuns(text, original, textChanges, format);
    let runs = aligned.runs;
    let offset = 0;
    // The space between two words of one marking belongs to it (getTextRanges trims it off both words).
    let previous: { end: number; highlight: HighlightColor | null; color: string | null } | null = null;
    for (const word of perParagraph[index].words?.items ?? []) {
      const wordText = withoutNoteMarks(word.text);
      const at = wordText ? text.indexOf(wordText, offset) : -1;
      if (at < 0) continue;
      offset = at + wordText.length;
      const patch: Partial<RunFormat> = {};
      const wordHighlight = highlightFromWord(word.font.highlightColor);
      const wordColor = fontColor(word.font.color);
      if (wordHighlight) patch.highlight = wordHighlight;
      if (wordColor) patch.color = wordColor;
      const afterSpace = previous !== null && /^\s+$/.test(text.slice(previous.end, at));
      const sameMarking = afterSpace && previous !== null
        && ((wordHighlight !== null && previous.highlight === wordHighlight) || (wordColor !== null && previous.color === wordColor));
      const from = sameMarking && previous ? previous.end : at;
      if (Object.keys(patch).length > 0) runs = formatSpan(runs, from, offset, patch);
      else if (afterSpace && previous && (previous.highlight || previous.color) && (word.font.highlightColor === "" || word.font.color === null)) {
        // A mixed word right after a marked one: the marking ends inside it, before its punctuation ("Sprache." with a
        // pink "Sprache"); Word reports the word's format only as mixed, so the marking takes its letters and digits.
        const letters = /^[\p{L}\p{N}-]+/u.exec(wordText)?.[0].length ?? 0;
        const carried: Partial<RunFormat> = {
          ...(previous.highlight && word.font.highlightColor === "" ? { highlight: previous.highlight } : {}),
          ...(previous.color && word.font.color === null ? { color: previous.color } : {}),
        };
        if (letters > 0) runs = formatSpan(runs, previous.end, at + letters, carried);
      }
      previous = { end: offset, highlight: wordHighlight, color: wordColor };
    }
    let markInserted: string | null = null;
    let markDeleted: string | null = null;
    const story = note ? (note.kind === "footnote" ? "footnotes" : "endnotes") : "body";
    for (const c of reported) {
      const kind = c.kind;
      if (kind === "paragraphInsertion") markInserted = c.id;
      if (kind === "paragraphDeletion") markDeleted = c.id;
      // A paragraph mark stands at the paragraph's end; a change whose text is not one piece of the paragraph (a
      // table row's, reported cell by cell) covers the paragraph, as readDocx places a row's change.
      const at = aligned.locations.get(c.id) ?? (c.text === "\r" ? { start: text.length, end: text.length } : { start: 0, end: text.length });
      const change: LocatedChange = {
        id: c.id, kind, author: c.author, date: isoOrNull(c.date), text: c.text === "\r" ? "" : c.text, story,
        location: { start: { paragraph: index, offset: at.start }, end: { paragraph: index, offset: at.end } },
      };
      trackedChanges.push(change);
      if (spans(c) && row !== null) spanning.set(keyOf(c), { change, last: index, row });
    }
    const common = {
      index, text, originalText: original, runs,
      styleId: null, styleName: p.style || null,
      builtInStyle: (BUILT_IN.has(p.styleBuiltIn) ? p.styleBuiltIn : "Other") as BuiltInStyle,
      list: list && !list.isNullObject ? { numId: "", level: list.level, label: list.listString, format: listFormat(list.listString) } : null,
      table,
      markInserted, markDeleted, paraId: null,
    };
    model.paragraphs.push(paragraphIn(common, note, p.outlineLevel >= 1 && p.outlineLevel <= 9 ? p.outlineLevel : null));
  });
  marks.place(bodyTexts, model.notes);

  // Which paragraphs each comment and bookmark touches, indexed once (a scan per comment would be quadratic).
  const paragraphsByComment = new Map<string, number[]>();
  const paragraphsByBookmark = new Map<string, number[]>();
  const note = (index: Map<string, number[]>, key: string, paragraph: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [paragraph]);
    else if (list[list.length - 1] !== paragraph) list.push(paragraph);
  };
  perParagraph.forEach((item, i) => {
    for (const x of item.comments?.items ?? []) note(paragraphsByComment, x.id, i);
    for (const name of item.bookmarks?.value ?? []) note(paragraphsByBookmark, name, i);
  });
  const read = [
    ...(comments?.items ?? []).map((c, k) => ({ c, anchor: anchorTexts[k] })),
    ...noteCommentItems.map((c, k) => ({ c, anchor: noteAnchorTexts[k] })),
  ];
  const seen = new Set<string>();
  model.comments = read.filter(({ c }) => !seen.has(c.id) && seen.add(c.id)).map(({ c, anchor: anchorRange }): Comment => {
    const inParagraphs = paragraphsByComment.get(c.id) ?? [];
    // Word separates paragraphs with "\r"; the model, like readDocx, with "\n".
    const reportedText = withoutNoteMarks(anchorRange.text).replace(/\r/g, "\n");
    const located = inParagraphs.length ? locate(model.paragraphs, inParagraphs[0], inParagraphs[inParagraphs.length - 1], reportedText) : null;
    const anchor = located?.range ?? null;
    const anchorText = located?.viaDeletions ? finalText(model.paragraphs, located.range) : reportedText;
    if (anchor && anchor.start.paragraph === anchor.end.paragraph) {
      for (const run of model.paragraphs[anchor.start.paragraph].runs) {
        if (!isRemoved(run.revision) && run.finalOffset < anchor.end.offset && run.finalOffset + run.text.length > anchor.start.offset) run.commentIds.push(c.id);
      }
    }
    return {
      id: c.id, author: c.authorName, initials: null, date: isoOrNull(c.creationDate), text: c.content, anchor, anchorText,
      replies: c.replies.items.map((r) => ({ id: r.id, author: r.authorName, initials: null, date: isoOrNull(r.creationDate), text: r.content, durableId: null, paraId: null })),
      resolved: c.resolved, durableId: null, paraId: null,
    };
  });

  const allTexts = [...bookmarkTexts, ...noteBookmarkTexts];
  model.bookmarks = [...names, ...noteNames].map((name, k) => {
    const inParagraphs = paragraphsByBookmark.get(name) ?? [];
    const range = allTexts[k].isNullObject || inParagraphs.length === 0
      ? null
      : locate(model.paragraphs, inParagraphs[0], inParagraphs[inParagraphs.length - 1], withoutNoteMarks(allTexts[k].text).replace(/\r/g, "\n")).range;
    return { name, range, hidden: name.startsWith("_") };
  });

  let searchFrom = 0;
  model.tocFields = (tocs?.items ?? []).map((f, k) => {
    // An empty result still lies in a paragraph (the field's own): it has no lines.
    const lines = tocLines[k].result.text.trim() === "" ? [] : tocLines[k].paragraphs.items.map((p) => p.text);
    const first = blockAt(paragraphs.items.map((p) => p.text), lines, searchFrom);
    if (first >= 0) searchFrom = first + lines.length;
    const inField = first < 0 ? [] : model.paragraphs.slice(first, first + lines.length);
    return {
      instruction: f.code.trim(),
      entries: inField
        .filter((p) => p.text.trim() !== "")
        .map((p) => ({ paragraph: p.index, level: p.builtInStyle.startsWith("Toc") && p.builtInStyle !== "TocHeading" ? Number(p.builtInStyle.slice(3)) : null, text: p.text })),
      inContentControl: false,
      dirty: false,
      isCaptionList: /\\c\b/.test(f.code),
    };
  });

  model.customXmlParts = parts.map((p, k) => ({ id: p.id, namespaceUri: p.namespaceUri || null, xml: xmls[k].value }));
  return { model: foldReplyComments(model), capabilities };
}
