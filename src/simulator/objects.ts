/**
 * The Word object model over a DocumentModel. Each class implements the members of the @types/office-js
 * class it stands for (`implements Pick<Word.X, …>`, method parameters typed from Word's), so the reader
 * compiled against Office.js uses exactly what the simulator offers.
 */
import type { Comment, CommentReply, CustomXmlPart, DocumentModel, ListInfo, Note, NoteKind, Paragraph, TableCellRef, TextRange, TrackedChange } from "../model/document";
import { HIGHLIGHT_HEX, highlightFromWord } from "../word/highlight";
import { bodyParagraphCount, storyOf } from "../model/notes";
import { parseXmlDom } from "../xml/dom";
import { SimCollection, SimContext, SimError, SimObject, type Loadable } from "./core";
import { addComment, addReply, commonFormat, deleteText, insertText, paragraphRange, setFormat, spans } from "./edit";
import { lookupFor, overlaps } from "./lookup";
import { copyRange, type Followers } from "./mapping";
import { insertParagraphs, insertTable, removeParagraphs, updateTocField } from "./paragraphs";
import type { PlatformQuirks } from "./platforms";
import { reportedOriginalText, reportedParagraph, reportedText, type MarksOf } from "./reported";

/** What the simulated document holds besides the model: the user's view and the session. */
export interface SimState {
  model: DocumentModel;
  /** The range Word last selected and scrolled to. */
  selection: TextRange | null;
  /**
   * The ranges bound by the range proxies of each running batch (Word.run): like Word's Range objects they follow
   * every edit, of their own batch or another (mapping.ts). Dropped when the batch ends, as its proxies are then void.
   */
  liveRanges: Map<SimContext, TextRange[]>;
  /** Documents opened with `application.createDocument(base64).open()`. */
  openedDocuments: string[];
  changeTrackingMode: "Off" | "TrackAll" | "TrackMineOnly";
  /**
   * Whether `Range.text` includes the text of tracked deletions, as Word on the web and Word on Windows with
   * revisions shown inline report it (OfficeDev/office-js #1267, #2314); otherwise it is the final view.
   */
  deletedTextInRanges: boolean;
  /** How this pane's Word departs from the API reference (platforms.ts). */
  quirks: PlatformQuirks;
  author: string;
  now: () => Date;
  /**
   * Every pane open on this document, this one included (co-authors, see `joinWordSimulator`): the same array in
   * each, so that an edit by one moves the others' selections too.
   */
  sessions: SimState[];
  /** Writes to this document by any pane: lookups built before one are stale (lookup.ts). Shared like `sessions`. */
  revision: { writes: number };
}

type ReviewedVersion = Parameters<Word.Paragraph["getReviewedText"]>[0];

/** The ranges outside the model that an edit must move: every pane's selection and every live proxy's range. */
function followers(state: SimState): Followers {
  return [...state.sessions.map((s) => s.selection), ...[...state.liveRanges.values()].flat()];
}

/** Word's "unknown date" (comments copied between documents read back as 1899). */
const NO_DATE = "1899-12-30T00:00:00Z";

/** `OfficeExtension.ClientResult`: the value is there after sync. */
export class SimResult<V> {
  private has = false;
  private v: V | undefined;
  set(v: V): void { this.v = v; this.has = true; }
  get value(): V {
    if (!this.has) throw new SimError("PropertyNotLoaded", "The value of the result object has not been loaded yet.");
    return this.v as V;
  }
}

function result<V>(ctx: SimContext, compute: () => V): SimResult<V> {
  const r = new SimResult<V>();
  ctx.enqueue(() => { ctx.check("read"); r.set(compute()); });
  return r;
}

export class SimFont extends SimObject<TextRange> implements Pick<Word.Font, "highlightColor" | "color" | "bold" | "italic" | "strikeThrough"> {
  constructor(ctx: SimContext, private readonly state: SimState, resolve: () => TextRange | null) { super(ctx, resolve); }
  /** The font of its range as the range stands now. */
  protected override resolvesEachTime(): boolean { return true; }
  protected scalars() {
    const m = this.state.model;
    const mixed = <V>(v: V | "mixed"): V | null => (v === "mixed" ? null : v);
    return {
      // Word: "#RRGGBB", "" for mixed highlights, null for none.
      highlightColor: (r: TextRange) => { const h = commonFormat(m, r, "highlight"); return h === "mixed" ? "" : h ? HIGHLIGHT_HEX[h] : null; },
      // Word: "#RRGGBB" ("#000000" for automatic), null for mixed colours.
      color: (r: TextRange) => { const c = commonFormat(m, r, "color"); return c === "mixed" ? null : `#${c ?? "000000"}`; },
      bold: (r: TextRange) => mixed(commonFormat(m, r, "bold")),
      italic: (r: TextRange) => mixed(commonFormat(m, r, "italic")),
      strikeThrough: (r: TextRange) => mixed(commonFormat(m, r, "strike")),
    };
  }
  get highlightColor(): string { return this.get("highlightColor"); }
  set highlightColor(value: string) {
    this.context.enqueueWrite("setFont", () => {
      const color = value === null ? null : highlightFromWord(value);
      if (value !== null && color === null) throw new SimError("InvalidArgument", `Ungültige Hervorhebungsfarbe "${value}".`);
      // The model is the document as saved: a highlight Word shows but does not save (office-js #3950) never reaches it.
      if (value !== null && this.state.quirks.unsavedHighlightNames.includes(value.toLowerCase())) return;
      setFormat(this.state.model, this.required(), { highlight: color });
    });
  }
  get color(): string { return this.get("color"); }
  set color(value: string) {
    this.context.enqueueWrite("setFont", () => {
      if (!/^#[0-9a-fA-F]{6}$/.test(value)) throw new SimError("InvalidArgument", `Ungültige Schriftfarbe "${value}".`);
      setFormat(this.state.model, this.required(), { color: value.slice(1).toUpperCase() });
    });
  }
  get bold(): boolean { return this.get("bold"); }
  get italic(): boolean { return this.get("italic"); }
  get strikeThrough(): boolean { return this.get("strikeThrough"); }
}

/** A final-view range; paragraphs, comments and tracked changes hand these out. */
export class SimRange extends SimObject<TextRange> implements Pick<Word.Range, "text" | "isEmpty"> {
  /** `fromSearch`: an item of a `search` result (office-js #6760 concerns those). */
  constructor(ctx: SimContext, protected readonly state: SimState, resolve: () => TextRange | null, allowNull = false, private readonly fromSearch = false) {
    super(ctx, resolve, allowNull);
  }
  /** A bound range is the proxy's own copy, registered so that every edit moves it with its content. */
  protected override hold(r: TextRange): TextRange {
    const own = copyRange(r);
    const live = this.state.liveRanges.get(this.context);
    if (live) live.push(own);
    else this.state.liveRanges.set(this.context, [own]);
    return own;
  }
  /** Where Word's text of each paragraph has note reference marks. */
  protected marks(): MarksOf {
    const marks = lookupFor(this.context, this.state.model).noteMarks;
    return (p) => marks.get(p.index) ?? [];
  }
  protected scalars() {
    return {
      text: (r: TextRange) => reportedText(this.state.model, r, this.marks(), this.state.deletedTextInRanges),
      isEmpty: (r: TextRange) => r.start.paragraph === r.end.paragraph && r.start.offset === r.end.offset,
    };
  }
  protected override navigation(): Record<string, () => Loadable> {
    return { font: () => this.font, footnotes: () => this.footnotes, endnotes: () => this.endnotes };
  }
  get text(): string { return this.get("text"); }
  get isEmpty(): boolean { return this.get("isEmpty"); }
  get font(): SimFont { return this.child("font", () => new SimFont(this.context, this.state, () => this.required())); }

  getReviewedText(version: ReviewedVersion): SimResult<string> {
    return result(this.context, () => (version === "Original"
      ? reportedOriginalText(this.state.model, this.required(), this.marks())
      : reportedText(this.state.model, this.required(), this.marks(), false)));
  }

  select(_selectionMode?: Parameters<Word.Range["select"]>[0]): void {
    this.context.enqueueWrite("select", () => { this.state.selection = copyRange(this.required()); });
  }

  /**
   * Plain, case-sensitive search inside the range's paragraphs. Like Word, rejects strings over 255 characters
   * (escapes included) and reads "^" as the start of a special character: "^^" finds a caret; the other codes
   * ("^p", "^t", …) are not simulated and rejected, so an unescaped caret cannot pass unnoticed.
   */
  search(searchText: Parameters<Word.Range["search"]>[0], _options?: Parameters<Word.Range["search"]>[1]): SimCollection<TextRange, SimRange> {
    return new SimCollection(this.context, () => {
      if (searchText.length > 255 || searchText === "") throw new SimError("InvalidArgument", "Der Suchtext ist ungültig.");
      if (/\^(?!\^)/.test(searchText.replace(/\^\^/g, ""))) throw new SimError("InvalidArgument", "Sonderzeichen-Codes (^p, ^t, …) werden nicht simuliert.");
      searchText = searchText.replace(/\^\^/g, "^");
      const r = this.required();
      const found: TextRange[] = [];
      const marks = this.marks();
      for (let i = r.start.paragraph; i <= r.end.paragraph; i++) {
        const p = this.state.model.paragraphs[i];
        const from = i === r.start.paragraph ? r.start.offset : 0;
        const to = i === r.end.paragraph ? r.end.offset : p.text.length;
        // Where Range.text includes tracked deletions, so does the search: it finds matches inside deleted text
        // (a point where the deletion stands) and none across a deletion (OfficeDev/office-js #5874). Nor does it
        // find text across a note's reference mark.
        const view = reportedParagraph(p, marks(p), this.state.deletedTextInRanges);
        for (let k = view.text.indexOf(searchText); k >= 0; k = view.text.indexOf(searchText, k + searchText.length)) {
          const start = view.finalOffset(k);
          const end = view.finalOffset(k + searchText.length);
          if (start >= from && end <= to) found.push({ start: { paragraph: i, offset: start }, end: { paragraph: i, offset: end } });
        }
      }
      return found;
    }, (res, allowNull) => new SimRange(this.context, this.state, res, allowNull, true));
  }

  /** The whole range or the point at its start or end. */
  getRange(rangeLocation: "Whole" | "Start" | "End" | "Content" = "Whole"): SimRange {
    return new SimRange(this.context, this.state, () => {
      const r = this.required();
      if (rangeLocation === "Start") return { start: r.start, end: r.start };
      if (rangeLocation === "End") return { start: r.end, end: r.end };
      return r;
    });
  }

  get paragraphs(): SimCollection<Paragraph, SimParagraph> {
    return this.child("paragraphs", () => new SimCollection(this.context, () => {
      const r = this.required();
      return this.state.model.paragraphs.slice(r.start.paragraph, r.end.paragraph + 1);
    }, (res, n) => new SimParagraph(this.context, this.state, res, n)));
  }

  /** Pieces of the range ending at any of the marks (the mark included), as Word splits sentences or words. */
  getTextRanges(endingMarks: string[], trimSpacing = true): SimCollection<TextRange, SimRange> {
    return new SimCollection(this.context, () => spans(this.state.model, this.required()).flatMap(({ p, start, end }) => {
      const out: TextRange[] = [];
      let from = start;
      for (let k = start; k < end; k++) {
        if (endingMarks.includes(p.text[k]) || k === end - 1) {
          let a = from;
          let b = k + 1;
          if (trimSpacing) { while (a < b && p.text[a] === " ") a++; while (b > a && p.text[b - 1] === " ") b--; }
          if (b > a) out.push({ start: { paragraph: p.index, offset: a }, end: { paragraph: p.index, offset: b } });
          from = k + 1;
        }
      }
      return out;
    }), (res, n) => new SimRange(this.context, this.state, res, n));
  }

  expandTo(range: SimRange): SimRange {
    this.context.assertSame(range.context);
    return new SimRange(this.context, this.state, () => {
      const a = this.required();
      const b = range.required();
      const before = (x: TextRange["start"], y: TextRange["start"]) => x.paragraph < y.paragraph || (x.paragraph === y.paragraph && x.offset <= y.offset);
      return { start: before(a.start, b.start) ? a.start : b.start, end: before(a.end, b.end) ? b.end : a.end };
    });
  }

  insertComment(commentText: Parameters<Word.Range["insertComment"]>[0]): SimComment {
    let created: Comment | null = null;
    this.context.enqueueWrite("insertComment", () => {
      created = addComment(this.state.model, this.required(), commentText, this.state.author, this.state.now().toISOString());
    }, commentText);
    return new SimComment(this.context, this.state, () => created);
  }

  /**
   * "Start"/"Before" insert at the range start, "End"/"After" at its end; "Replace" deletes the range's text and
   * inserts in its place — under change tracking a tracked deletion followed by a tracked insertion, as Word does.
   * Returns the inserted text's range. As Word.InsertLocation says, "Start", "End" and "Replace" text becomes part
   * of this range, "Before"/"After" text stays outside it. Replacing across paragraph marks is not simulated
   * (InvalidArgument).
   */
  insertText(text: string, insertLocation: "Replace" | "Start" | "End" | "Before" | "After"): SimRange {
    let inserted: TextRange | null = null;
    this.context.enqueueWrite("insertText", () => {
      const r = this.required();
      const tracked = this.state.changeTrackingMode === "Off" ? null : { author: this.state.author, date: this.state.now().toISOString() };
      const model = this.state.model;
      let added: TextRange;
      if (insertLocation === "Replace") {
        if (r.start.paragraph !== r.end.paragraph) throw new SimError("InvalidArgument", "Ersetzen über Absatzgrenzen wird nicht simuliert.");
        deleteText(model, copyRange(r), tracked, followers(this.state));
        added = text ? insertText(model, r.start, text, tracked, followers(this.state)) : copyRange(r);
      } else {
        added = insertText(model, insertLocation === "Start" || insertLocation === "Before" ? r.start : r.end, text, tracked, followers(this.state));
      }
      // The mapping kept this range's boundaries out of the new text; put it where Word.InsertLocation says.
      if (insertLocation === "Start" || insertLocation === "Replace") Object.assign(r.start, added.start);
      if (insertLocation === "End" || insertLocation === "Replace") Object.assign(r.end, added.end);
      if (insertLocation === "Before") {
        Object.assign(r.start, added.end);
        if (r.end.paragraph === added.end.paragraph && r.end.offset < added.end.offset) Object.assign(r.end, added.end);
      }
      inserted = added;
      // The text is in; office.js then fails building the returned range and rejects the sync (office-js #6760).
      if (this.fromSearch && this.state.quirks.insertOnSearchRangeRejects) {
        throw new SimError("GeneralException", "Cannot read properties of undefined (reading 'getInstance')");
      }
    }, text);
    return new SimRange(this.context, this.state, () => inserted);
  }

  /** Deletes the range's text — under change tracking as a tracked deletion. Across paragraph marks not simulated (InvalidArgument). */
  delete(): void {
    this.context.enqueueWrite("deleteText", () => {
      const r = this.required();
      if (r.start.paragraph !== r.end.paragraph) throw new SimError("InvalidArgument", "Löschen über Absatzgrenzen wird nicht simuliert.");
      const tracked = this.state.changeTrackingMode === "Off" ? null : { author: this.state.author, date: this.state.now().toISOString() };
      deleteText(this.state.model, copyRange(r), tracked, followers(this.state));
    });
  }

  getComments(): SimCollection<Comment, SimComment> {
    return new SimCollection(this.context, () => {
      const r = this.required();
      return lookupFor(this.context, this.state.model).comments.candidates(r).filter((c) => c.anchor && overlaps(c.anchor, r));
    }, (res, n) => new SimComment(this.context, this.state, res, n));
  }

  /** Fails at sync when the "getTrackedChanges" failure point is set, as Word reports its bugs here: a rejected sync. */
  getTrackedChanges(): SimCollection<TrackedChange, SimTrackedChange> {
    return new SimCollection(this.context, () => {
      this.context.check("getTrackedChanges");
      const r = this.required();
      const found = lookupFor(this.context, this.state.model).trackedChanges.candidates(r)
        .filter((c) => c.location && KIND_TYPE[c.kind] && overlaps(c.location, r));
      return inDocumentOrder(this.state.model, found);
    }, (res, n) => new SimTrackedChange(this.context, this.state, res, n));
  }

  /** A table of plain values before or after the paragraphs of the range (untracked, as Word without tracking). */
  insertTable(rowCount: number, columnCount: number, insertLocation: "Before" | "After", values: string[][]): SimTable {
    let cells: Paragraph[] = [];
    this.context.enqueueWrite("insertTable", () => {
      if (values.length !== rowCount || values.some((r) => r.length !== columnCount)) {
        throw new SimError("InvalidArgument", "Tabellenmaße und Werte passen nicht zusammen.");
      }
      const r = this.required();
      cells = insertTable(this.state.model, insertLocation === "Before" ? r.start.paragraph : r.end.paragraph + 1, values, followers(this.state));
    });
    return new SimTable(this.context, this.state, () => cells);
  }

  /**
   * Marks the range with a bookmark (WordApi 1.4). Word's rule for names: a letter first (an underscore for a hidden
   * bookmark), then letters, digits and underscores, at most 40 characters; an existing bookmark of the name moves.
   */
  insertBookmark(name: string): void {
    this.context.enqueueWrite("insertBookmark", () => {
      if (!/^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(name)) throw new SimError("InvalidArgument", `Ungültiger Name einer Textmarke "${name}".`);
      const range = copyRange(this.required());
      const model = this.state.model;
      model.bookmarks = [...model.bookmarks.filter((b) => b.name.toLowerCase() !== name.toLowerCase()), { name, range, hidden: name.startsWith("_") }];
    });
  }

  /** The footnotes whose reference mark lies in the range (WordApi 1.5), in document order. */
  get footnotes(): SimCollection<Note, SimNoteItem> { return this.child("footnotes", () => this.noteItems("footnote")); }
  /** The endnotes whose reference mark lies in the range (WordApi 1.5), in document order. */
  get endnotes(): SimCollection<Note, SimNoteItem> { return this.child("endnotes", () => this.noteItems("endnote")); }
  protected notesIn(kind: NoteKind): Note[] {
    const r = this.required();
    return this.state.model.notes.filter((n) => n.kind === kind && n.reference && overlaps({ start: n.reference, end: n.reference }, r));
  }
  private noteItems(kind: NoteKind): SimCollection<Note, SimNoteItem> {
    return new SimCollection(this.context, () => this.notesIn(kind), (res, n) => new SimNoteItem(this.context, this.state, res, n));
  }

  getBookmarks(includeHidden?: boolean, _includeAdjacent?: boolean): SimResult<string[]> {
    return result(this.context, () => {
      const r = this.required();
      return lookupFor(this.context, this.state.model).bookmarks.candidates(r)
        .filter((b) => b.range && (includeHidden || !b.hidden) && overlaps(b.range, r)).map((b) => b.name);
    });
  }
}

/**
 * Word reports tracked changes in document order: by position, and at one position in the order of their runs; a
 * table row's insertion or deletion (marked on the row, before its cells) before the changes in its first cell.
 */
function inDocumentOrder(model: DocumentModel, changes: TrackedChange[]): TrackedChange[] {
  // Per paragraph met, the index of the first run of each change id: one pass over its runs, not one per change.
  const firstRuns = new Map<number, Map<string, number>>();
  const runIndex = (c: TrackedChange) => {
    if (!c.location) return Number.MAX_SAFE_INTEGER;
    if (c.kind === "rowInsertion" || c.kind === "rowDeletion") return -1;
    const at = c.location.start.paragraph;
    if (!firstRuns.has(at)) {
      const first = new Map<string, number>();
      (model.paragraphs[at]?.runs ?? []).forEach((run, i) => {
        if (run.revision.kind !== "none" && !first.has(run.revision.changeId)) first.set(run.revision.changeId, i);
      });
      firstRuns.set(at, first);
    }
    return firstRuns.get(at)?.get(c.id) ?? Number.MAX_SAFE_INTEGER;
  };
  const key = (c: TrackedChange) => (c.location ? c.location.start.paragraph * 1e9 + c.location.start.offset : 0);
  return changes.map((c) => ({ c, k: key(c), i: runIndex(c) })).sort((a, b) => a.k - b.k || a.i - b.i).map(({ c }) => c);
}

/** Word's TrackedChangeType for our kinds; table changes are not reported by `getTrackedChanges`. */
const KIND_TYPE: Record<TrackedChange["kind"], "Added" | "Deleted" | "Formatted" | null> = {
  insertion: "Added", moveTo: "Added", paragraphInsertion: "Added", rowInsertion: "Added",
  deletion: "Deleted", moveFrom: "Deleted", paragraphDeletion: "Deleted", rowDeletion: "Deleted",
  runFormatting: "Formatted", paragraphFormatting: "Formatted", tableChange: null,
};

export class SimListItem extends SimObject<ListInfo> implements Pick<Word.ListItem, "listString" | "level"> {
  protected scalars() { return { listString: (l: ListInfo) => l.label, level: (l: ListInfo) => l.level }; }
  get listString(): string { return this.get("listString"); }
  get level(): number { return this.get("level"); }
}

/** Word's uniqueLocalId stays with its paragraph for the session, wherever insertions move it. */
const localIds = new WeakMap<Paragraph, string>();
let localIdCount = 0;
function localId(p: Paragraph): string {
  const known = localIds.get(p);
  if (known) return known;
  const id = `sim-${localIdCount++}`;
  localIds.set(p, id);
  return id;
}

export class SimParagraph extends SimRange
  implements Pick<Word.Paragraph, "text" | "styleBuiltIn" | "style" | "outlineLevel" | "isListItem" | "tableNestingLevel" | "uniqueLocalId"> {
  /** Bound to the paragraph itself: its range is the whole paragraph wherever it now stands; gone once removed. */
  constructor(ctx: SimContext, state: SimState, private readonly paragraph: () => Paragraph | null, allowNull = false) {
    super(ctx, state, () => { const p = paragraph(); return p && state.model.paragraphs[p.index] === p ? paragraphRange(p) : null; }, allowNull);
  }
  protected override resolvesEachTime(): boolean { return true; }
  private para(): Paragraph {
    const p = this.paragraph();
    if (!p || this.state.model.paragraphs[p.index] !== p) throw new SimError("ItemNotFound", "Absatz nicht gefunden.");
    return p;
  }
  protected override scalars() {
    const p = () => this.para();
    return {
      ...super.scalars(),
      styleBuiltIn: () => p().builtInStyle,
      style: () => p().styleName ?? p().styleId ?? "",
      outlineLevel: () => p().outlineLevel ?? 10,
      isListItem: () => p().list !== null,
      tableNestingLevel: () => p().table?.depth ?? 0,
      uniqueLocalId: () => (this.state.quirks.noUniqueLocalId ? null : p().paraId ?? localId(p())),
    };
  }
  protected override navigation() { return { ...super.navigation(), listItemOrNullObject: () => this.listItemOrNullObject,
    parentTableCellOrNullObject: () => this.parentTableCellOrNullObject }; }
  get styleBuiltIn(): Word.BuiltInStyleName { return this.get("styleBuiltIn"); }
  /** Word.BuiltInStyleName's values are the model's names ("Toc2"); the localized name and id are Word's own. */
  set styleBuiltIn(value: Word.BuiltInStyleName) {
    this.context.enqueueWrite("setStyle", () => {
      const style = String(value);
      if (!/^(Normal|Title|Subtitle|ListParagraph|TocHeading|Heading[1-9]|Toc[1-9])$/.test(style)) throw new SimError("InvalidArgument", `Unbekannte Formatvorlage "${style}".`);
      const p = this.para();
      const level = /^(Heading|Toc)([1-9])$/.exec(style);
      p.builtInStyle = style as Paragraph["builtInStyle"];
      p.styleId = style === "Normal" ? "Standard" : level ? `${level[1] === "Toc" ? "TOC" : "Heading"}${level[2]}` : style;
      p.styleName = level ? `${level[1].toLowerCase()} ${level[2]}` : style;
      // A note's paragraph never becomes a heading (see NoteParagraph).
      if (p.note === null) p.outlineLevel = level && level[1] === "Heading" ? Number(level[2]) : null;
    });
  }
  /**
   * A new paragraph before or after this one, with this one's style (as Word does); under change tracking a
   * tracked insertion of its text and paragraph mark.
   */
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): SimParagraph {
    let created: Paragraph | null = null;
    this.context.enqueueWrite("insertParagraph", () => {
      const p = this.para();
      const tracked = this.state.changeTrackingMode === "Off" ? null : { author: this.state.author, date: this.state.now().toISOString() };
      [created] = insertParagraphs(this.state.model, insertLocation === "After" ? p.index + 1 : p.index, [{ text: paragraphText, like: p }], tracked, followers(this.state));
    });
    return new SimParagraph(this.context, this.state, () => created);
  }
  /**
   * Deletes the paragraph with what it holds (its comments, its tracked changes). Only untracked: a tracked deletion
   * of a whole paragraph is not simulated (InvalidArgument).
   */
  override delete(): void {
    this.context.enqueueWrite("delete", () => {
      if (this.state.changeTrackingMode !== "Off") throw new SimError("InvalidArgument", "Nachverfolgtes Löschen ganzer Absätze wird nicht simuliert.");
      const p = this.para();
      const model = this.state.model;
      for (const c of model.comments.filter((c) => c.anchor && c.anchor.start.paragraph === p.index && c.anchor.end.paragraph === p.index)) removeComment(model, c);
      model.trackedChanges = model.trackedChanges.filter((c) => !c.location || c.location.start.paragraph !== p.index);
      removeParagraphs(model, p.index, 1, followers(this.state));
    });
  }
  /** The paragraph before or after in the same story (WordApi 1.3); a null object at its ends. */
  getPreviousOrNullObject(): SimParagraph { return this.neighbour(-1); }
  getNextOrNullObject(): SimParagraph { return this.neighbour(1); }
  private neighbour(step: 1 | -1): SimParagraph {
    return new SimParagraph(this.context, this.state, () => {
      const p = this.para();
      const q = this.state.model.paragraphs[p.index + step];
      return q && storyOf(q) === storyOf(p) ? q : null;
    }, true);
  }
  get style(): string { return this.get("style"); }
  get outlineLevel(): number { return this.get("outlineLevel"); }
  get isListItem(): boolean { return this.get("isListItem"); }
  get tableNestingLevel(): number { return this.get("tableNestingLevel"); }
  get uniqueLocalId(): string { return this.get("uniqueLocalId"); }
  get listItemOrNullObject(): SimListItem { return this.child("listItemOrNullObject", () => new SimListItem(this.context, () => this.para().list, true)); }
  get parentTableCellOrNullObject(): SimTableCell { return this.child("parentTableCellOrNullObject", () => new SimTableCell(this.context, () => this.para().table, true)); }
}

export class SimTableCell extends SimObject<TableCellRef> implements Pick<Word.TableCell, "rowIndex" | "cellIndex"> {
  protected scalars() { return { rowIndex: (c: TableCellRef) => c.row, cellIndex: (c: TableCellRef) => c.cell }; }
  get rowIndex(): number { return this.get("rowIndex"); }
  get cellIndex(): number { return this.get("cellIndex"); }
}

type Props = DocumentModel["properties"];
const dateOrNull = (iso: string | null) => (iso ? new Date(iso) : null);

export class SimDocumentProperties extends SimObject<Props>
  implements Pick<Word.DocumentProperties, "title" | "subject" | "author" | "lastAuthor" | "creationDate" | "lastSaveTime" | "revisionNumber" | "applicationName"> {
  protected scalars() {
    return {
      title: (p: Props) => p.title ?? "", subject: (p: Props) => p.subject ?? "", author: (p: Props) => p.creator ?? "",
      lastAuthor: (p: Props) => p.lastModifiedBy ?? "", creationDate: (p: Props) => dateOrNull(p.created),
      lastSaveTime: (p: Props) => dateOrNull(p.modified), revisionNumber: (p: Props) => p.revision ?? "",
      applicationName: (p: Props) => p.application ?? "",
    };
  }
  get title(): string { return this.get("title"); }
  get subject(): string { return this.get("subject"); }
  get author(): string { return this.get("author"); }
  get lastAuthor(): string { return this.get("lastAuthor"); }
  get creationDate(): Date { return this.get("creationDate"); }
  get lastSaveTime(): Date { return this.get("lastSaveTime"); }
  get revisionNumber(): string { return this.get("revisionNumber"); }
  get applicationName(): string { return this.get("applicationName"); }
}

export class SimCommentReply extends SimObject<CommentReply> implements Pick<Word.CommentReply, "id" | "authorName" | "content" | "creationDate"> {
  protected scalars() {
    return { id: (r: CommentReply) => r.id, authorName: (r: CommentReply) => r.author, content: (r: CommentReply) => r.text,
      creationDate: (r: CommentReply) => new Date(r.date ?? NO_DATE) };
  }
  get id(): string { return this.get("id"); }
  get authorName(): string { return this.get("authorName"); }
  get content(): string { return this.get("content"); }
  set content(value: string) {
    this.context.enqueueWrite("setContent", () => { this.required().text = value; });
  }
  get creationDate(): Date { return this.get("creationDate"); }
}

export class SimComment extends SimObject<Comment> implements Pick<Word.Comment, "id" | "authorName" | "content" | "creationDate" | "resolved"> {
  constructor(ctx: SimContext, private readonly state: SimState, resolve: () => Comment | null, allowNull = false) { super(ctx, resolve, allowNull); }
  protected scalars() {
    return { id: (c: Comment) => c.id, authorName: (c: Comment) => c.author, content: (c: Comment) => c.text,
      creationDate: (c: Comment) => new Date(c.date ?? NO_DATE), resolved: (c: Comment) => c.resolved };
  }
  protected override navigation() { return { replies: () => this.replies }; }
  get id(): string { return this.get("id"); }
  get authorName(): string { return this.get("authorName"); }
  get content(): string { return this.get("content"); }
  set content(value: string) {
    this.context.enqueueWrite("setContent", () => { this.required().text = value; });
  }
  get creationDate(): Date { return this.get("creationDate"); }
  get resolved(): boolean { return this.get("resolved"); }
  set resolved(value: boolean) {
    this.context.enqueueWrite("setResolved", () => { this.required().resolved = value; });
  }
  get replies(): SimCollection<CommentReply, SimCommentReply> {
    return this.child("replies", () => new SimCollection(this.context, () => this.required().replies, (res, n) => new SimCommentReply(this.context, res, n)));
  }
  reply(replyText: Parameters<Word.Comment["reply"]>[0]): void {
    this.context.enqueueWrite("reply", () => {
      if (this.state.quirks.replyFails) throw new SimError("GeneralException", "Cannot read properties of null (reading 'entityType')");
      addReply(this.state.model, this.required(), replyText, this.state.author, this.state.now().toISOString());
    }, replyText);
  }
  getRange(): SimRange {
    return new SimRange(this.context, this.state, () => this.required().anchor);
  }
  /** Deletes the comment and its replies. */
  delete(): void {
    this.context.enqueueWrite("delete", () => removeComment(this.state.model, this.required()));
  }
}

function removeComment(model: DocumentModel, comment: Comment): void {
  model.comments = model.comments.filter((c) => c !== comment);
  for (const p of model.paragraphs) for (const r of p.runs) r.commentIds = r.commentIds.filter((id) => id !== comment.id);
}

export class SimTrackedChange extends SimObject<TrackedChange> implements Pick<Word.TrackedChange, "author" | "date" | "text" | "type"> {
  constructor(ctx: SimContext, private readonly state: SimState, resolve: () => TrackedChange | null, allowNull = false) { super(ctx, resolve, allowNull); }
  protected scalars() {
    return { author: (c: TrackedChange) => c.author, date: (c: TrackedChange) => new Date(c.date ?? NO_DATE),
      // Word for Mac's empty text concerns deleted text; what it reports for a deleted paragraph mark is not known.
      text: (c: TrackedChange) => ((c.kind === "deletion" || c.kind === "moveFrom") && this.state.quirks.emptyDeletedText ? ""
        : c.kind === "paragraphInsertion" || c.kind === "paragraphDeletion" ? "\r" : c.text),
      type: (c: TrackedChange) => KIND_TYPE[c.kind] ?? "None" };
  }
  get author(): string { return this.get("author"); }
  get date(): Date { return this.get("date"); }
  get text(): string { return this.get("text"); }
  get type(): Word.TrackedChangeType | "None" | "Added" | "Deleted" | "Formatted" { return this.get("type"); }
  getRange(): SimRange { return new SimRange(this.context, this.state, () => this.required().location); }
}

type TocTarget = DocumentModel["tocFields"][number];

export class SimField extends SimObject<TocTarget> implements Pick<Word.Field, "code" | "type"> {
  constructor(ctx: SimContext, private readonly state: SimState, resolve: () => TocTarget | null, allowNull = false) { super(ctx, resolve, allowNull); }
  protected scalars() { return { code: (f: TocTarget) => f.instruction, type: () => "TOC" }; }
  get code(): string { return this.get("code"); }
  get type(): Word.FieldType | "TOC" { return this.get("type") as "TOC"; }
  /** The field's result: from its first line to its last (the model keeps the lines with text); empty without lines. */
  get result(): SimRange {
    return this.child("result", () => new SimRange(this.context, this.state, () => {
      const lines = this.required().entries.map((e) => e.paragraph);
      if (lines.length === 0) return { start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 0 } };
      const last = Math.max(...lines);
      return { start: { paragraph: Math.min(...lines), offset: 0 }, end: { paragraph: last, offset: this.state.model.paragraphs[last]?.text.length ?? 0 } };
    }));
  }
  /** Rebuilds the TOC's lines from the headings (see updateTocField in paragraphs.ts). */
  updateResult(): void {
    this.context.enqueueWrite("updateField", () => {
      updateTocField(this.state.model, this.state.model.tocFields.indexOf(this.required()), followers(this.state));
    });
  }
}

export class SimCustomXmlPart extends SimObject<CustomXmlPart> implements Pick<Word.CustomXmlPart, "id" | "namespaceUri"> {
  constructor(ctx: SimContext, private readonly state: SimState, resolve: () => CustomXmlPart | null, allowNull = false) { super(ctx, resolve, allowNull); }
  protected scalars() { return { id: (p: CustomXmlPart) => p.id, namespaceUri: (p: CustomXmlPart) => p.namespaceUri ?? "" }; }
  get id(): string { return this.get("id"); }
  get namespaceUri(): string { return this.get("namespaceUri"); }
  getXml(): SimResult<string> { return result(this.context, () => this.required().xml); }
  setXml(xml: string): void {
    this.context.enqueueWrite("customXml", () => {
      const p = this.required();
      withinPartLimit(this.state, xml);
      p.xml = xml;
      p.namespaceUri = rootNamespace(xml);
    }, xml);
  }
  delete(): void {
    this.context.enqueueWrite("customXml", () => {
      const p = this.required();
      this.state.model.customXmlParts = this.state.model.customXmlParts.filter((x) => x !== p);
    });
  }
}

/** Word on the web rejects custom XML parts over 1 MB (office-js #2408). */
function withinPartLimit(state: SimState, xml: string): void {
  const max = state.quirks.maxCustomXmlBytes;
  if (max !== null && utf8Length(xml) > max) throw new SimError("GeneralException", "Der XML-Teil ist zu groß.");
}

/** Bytes of the text in UTF-8 (no TextEncoder: the simulator runs in every test environment). */
function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The root element's namespace; InvalidArgument for XML that does not parse, as Word rejects it. */
function rootNamespace(xml: string): string | null {
  try {
    return parseXmlDom(xml).documentElement!.namespaceURI ?? null;
  } catch {
    throw new SimError("InvalidArgument", "Der XML-Inhalt ist ungültig.");
  }
}

export class SimCustomXmlParts extends SimCollection<CustomXmlPart, SimCustomXmlPart> {
  constructor(ctx: SimContext, private readonly state: SimState) {
    super(ctx, () => state.model.customXmlParts, (res, n) => new SimCustomXmlPart(ctx, state, res, n));
  }
  add(xml: Parameters<Word.CustomXmlPartCollection["add"]>[0]): SimCustomXmlPart {
    let created: CustomXmlPart | null = null;
    this.context.enqueueWrite("customXml", () => {
      withinPartLimit(this.state, xml);
      const n = this.state.model.customXmlParts.length + 1;
      created = { id: `{SIM-${String(n).padStart(4, "0")}-${Date.now().toString(16).toUpperCase()}}`, namespaceUri: rootNamespace(xml), xml };
      this.state.model.customXmlParts.push(created);
    }, xml);
    return new SimCustomXmlPart(this.context, this.state, () => created);
  }
  getByNamespace(namespaceUri: string): SimCollection<CustomXmlPart, SimCustomXmlPart> {
    return new SimCollection(this.context, () => this.state.model.customXmlParts.filter((p) => p.namespaceUri === namespaceUri),
      (res, n) => new SimCustomXmlPart(this.context, this.state, res, n));
  }
  /** ItemNotFound at sync when there is no part of the id, as Word reports it. */
  getItem(id: string): SimCustomXmlPart {
    return new SimCustomXmlPart(this.context, this.state, () => this.state.model.customXmlParts.find((p) => p.id === id) ?? null);
  }
  getItemOrNullObject(id: string): SimCustomXmlPart {
    return new SimCustomXmlPart(this.context, this.state, () => this.state.model.customXmlParts.find((p) => p.id === id) ?? null, true);
  }
}

/**
 * Which body: the document's main text, all footnotes or all endnotes in one (`getFootnoteBody`), or one note's text.
 * The model keeps each story's paragraphs together (the body's first, then the notes'), so a body is a range.
 */
type BodyStory = { kind: "main" } | { kind: "allNotes"; of: NoteKind } | { kind: "note"; note: () => Note | null };

const BODY_TYPE: Record<NoteKind, "Footnote" | "Endnote"> = { footnote: "Footnote", endnote: "Endnote" };

export class SimBody extends SimRange implements Pick<Word.Body, "type"> {
  constructor(ctx: SimContext, state: SimState, private readonly story: BodyStory = { kind: "main" }) {
    super(ctx, state, () => {
      const ps = storyParagraphs(state, ctx, story);
      if (ps === null) return null;
      const first = ps[0]?.index ?? 0;
      const last = ps[ps.length - 1];
      return { start: { paragraph: first, offset: 0 }, end: { paragraph: last ? last.index : 0, offset: last ? last.text.length : 0 } };
    });
  }
  /** The whole body as it stands now. */
  protected override resolvesEachTime(): boolean { return true; }
  protected override scalars() {
    const story = this.story;
    return {
      ...super.scalars(),
      type: () => (story.kind === "main" ? "MainDoc" : story.kind === "note" ? "NoteItem" : BODY_TYPE[story.of]),
    };
  }
  protected override navigation() { return { ...super.navigation(), paragraphs: () => this.paragraphs }; }
  get type(): Word.BodyType | "MainDoc" | "Footnote" | "Endnote" | "NoteItem" { return this.get("type"); }
  override get paragraphs(): SimCollection<Paragraph, SimParagraph> {
    return this.child("paragraphs", () => new SimCollection(this.context, () => storyParagraphs(this.state, this.context, this.story) ?? [],
      (res, n) => new SimParagraph(this.context, this.state, res, n), true));
  }
  get fields(): { getByTypes(types: Word.FieldType[] | string[]): SimCollection<TocTarget, SimField> } {
    return {
      getByTypes: (types) => new SimCollection(this.context,
        () => ((types as string[]).includes("TOC") && this.story.kind === "main" ? this.state.model.tocFields : []),
        (res, n) => new SimField(this.context, this.state, res, n)),
    };
  }
  /** The main body holds every note, also one whose reference the model could not place. */
  protected override notesIn(kind: NoteKind): Note[] {
    return this.story.kind === "main" ? this.state.model.notes.filter((n) => n.kind === kind) : super.notesIn(kind);
  }
}

/** The paragraphs of a body; null for a note that is gone. */
function storyParagraphs(state: SimState, context: SimContext, story: BodyStory): Paragraph[] | null {
  const ps = state.model.paragraphs;
  switch (story.kind) {
    case "main": return ps.slice(0, bodyParagraphCount(state.model));
    case "allNotes": return ps.filter((p) => p.note?.kind === story.of);
    case "note": {
      const note = story.note();
      return note ? lookupFor(context, state.model).noteParagraphs.get(note) ?? [] : null;
    }
  }
}

/** A footnote or endnote (WordApi 1.5): its type, its text as a body, and its reference mark in the document's body. */
export class SimNoteItem extends SimObject<Note> implements Pick<Word.NoteItem, "type"> {
  constructor(ctx: SimContext, private readonly state: SimState, resolve: () => Note | null, allowNull = false) { super(ctx, resolve, allowNull); }
  protected scalars() { return { type: (n: Note) => BODY_TYPE[n.kind] }; }
  protected override navigation() { return { body: () => this.body, reference: () => this.reference }; }
  get type(): Word.NoteItemType | "Footnote" | "Endnote" { return this.get("type"); }
  get body(): SimBody { return this.child("body", () => new SimBody(this.context, this.state, { kind: "note", note: () => this.target() })); }
  /** The reference mark; a point in the model, which holds no character for it. */
  get reference(): SimRange {
    return this.child("reference", () => new SimRange(this.context, this.state, () => {
      const at = this.required().reference;
      return at ? { start: { ...at }, end: { ...at } } : null;
    }));
  }
  /** The next note of the same kind; ItemNotFound after the last, as Word. */
  getNext(): SimNoteItem { return new SimNoteItem(this.context, this.state, () => this.next()); }
  getNextOrNullObject(): SimNoteItem { return new SimNoteItem(this.context, this.state, () => this.next(), true); }
  private next(): Note | null {
    const note = this.required();
    const same = this.state.model.notes.filter((n) => n.kind === note.kind);
    return same[same.indexOf(note) + 1] ?? null;
  }
}

/** The inserted table: its header row count is kept (the model has no table formatting to hold it). */
/** A table inserted in this batch: its cells' paragraphs once the insertion has run. */
export class SimTable {
  private rows = 0;
  constructor(private readonly context: SimContext, private readonly state: SimState, private readonly cells: () => Paragraph[]) {}
  set headerRowCount(value: number) { this.context.enqueue(() => { this.rows = value; }); }
  get headerRowCount(): number { return this.rows; }
  private lastCell(): Paragraph {
    const last = this.cells().at(-1);
    if (!last || this.state.model.paragraphs[last.index] !== last) throw new SimError("ItemNotFound", "Tabelle nicht gefunden.");
    return last;
  }
  /** The table from its first cell to the end of its last (WordApi 1.3). */
  getRange(_rangeLocation: "Whole" = "Whole"): SimRange {
    return new SimRange(this.context, this.state, () => {
      const last = this.lastCell();
      return { start: { paragraph: this.cells()[0].index, offset: 0 }, end: { paragraph: last.index, offset: last.text.length } };
    });
  }
  /** A paragraph after the table (WordApi 1.3), outside it, in the style "Normal"; tracked when tracking is on. */
  insertParagraph(paragraphText: string, _insertLocation: "After"): SimParagraph {
    let created: Paragraph | null = null;
    this.context.enqueueWrite("insertParagraph", () => {
      const last = this.lastCell();
      const tracked = this.state.changeTrackingMode === "Off" ? null : { author: this.state.author, date: this.state.now().toISOString() };
      [created] = insertParagraphs(this.state.model, last.index + 1, [{ text: paragraphText, like: { ...last, table: null }, builtInStyle: "Normal" }], tracked, followers(this.state));
    });
    return new SimParagraph(this.context, this.state, () => created);
  }
}

export class SimDocument extends SimObject<SimState> implements Pick<Word.Document, "changeTrackingMode"> {
  constructor(ctx: SimContext, private readonly state: SimState) { super(ctx, () => state); }
  protected scalars() { return { changeTrackingMode: (s: SimState) => s.changeTrackingMode }; }
  get changeTrackingMode(): Word.ChangeTrackingMode | "Off" | "TrackAll" | "TrackMineOnly" { return this.get("changeTrackingMode"); }
  set changeTrackingMode(mode: Word.ChangeTrackingMode | "Off" | "TrackAll" | "TrackMineOnly") {
    this.context.enqueueWrite("changeTrackingMode", () => {
      this.state.changeTrackingMode = mode as SimState["changeTrackingMode"];
      this.state.model.trackRevisions = mode !== "Off";
    });
  }
  protected override navigation() { return { properties: () => this.properties }; }
  get body(): SimBody { return this.child("body", () => new SimBody(this.context, this.state)); }
  get properties(): SimDocumentProperties { return this.child("properties", () => new SimDocumentProperties(this.context, () => this.state.model.properties)); }
  /** All footnotes in one body (WordApi 1.5). */
  getFootnoteBody(): SimBody { return new SimBody(this.context, this.state, { kind: "allNotes", of: "footnote" }); }
  /** All endnotes in one body (WordApi 1.5). */
  getEndnoteBody(): SimBody { return new SimBody(this.context, this.state, { kind: "allNotes", of: "endnote" }); }
  get customXmlParts(): SimCustomXmlParts { return this.child("customXmlParts", () => new SimCustomXmlParts(this.context, this.state)); }
  /** The user's selection; Word always has one, so an unset selection is the cursor at the document's start. */
  getSelection(): SimRange {
    return new SimRange(this.context, this.state, () => this.state.selection ?? { start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 0 } });
  }
  getBookmarkRangeOrNullObject(name: string): SimRange {
    return new SimRange(this.context, this.state,
      () => lookupFor(this.context, this.state.model).bookmarkByName.get(name.toLowerCase())?.range ?? null, true);
  }
}

export class SimApplication {
  constructor(private readonly ctx: SimContext, private readonly state: SimState) {}
  createDocument(base64File?: string): { open(): void } {
    return {
      open: () => this.ctx.enqueueWrite("createDocument", () => {
        if (!base64File || !/^[A-Za-z0-9+/=\s]+$/.test(base64File)) throw new SimError("InvalidArgument", "Ungültige Dokumentdaten.");
        this.state.openedDocuments.push(base64File);
      }),
    };
  }
}

/** `Word.RequestContext` as far as we use it. */
export class SimRequestContext extends SimContext {
  readonly document: SimDocument;
  readonly application: SimApplication;
  constructor(state: SimState, stats: SimContext["stats"], failures: SimContext["failures"]) {
    super(stats, failures, state.revision);
    this.document = new SimDocument(this, state);
    this.application = new SimApplication(this, state);
  }
}
