/**
 * One pass over the stories the model holds (the body, then each footnote and endnote; or one comment, one header):
 * paragraphs with final and original text, runs with revision state and formatting, tracked changes, fields (TOC),
 * bookmarks, comment ranges, note references, and table cell membership. Paragraph indices run on through all the
 * stories one reader reads, so positions in notes and in the body share one space. What it cannot read it reports.
 */
import { isoDateTimeOrNull } from "../model/dates";
import {
  isAdded, isRemoved, paragraphIn, type AddedRevision, type Note, type NoteKind, type Paragraph, type RemovedRevision, type Run, type RunFormat,
  type RunRevision, type Story, type TableCellRef, type TextPosition, type TrackedChange, type TrackedChangeKind,
} from "../model/document";
import type { ReaderMessages } from "./messages";
import type { Numbering } from "./numbering";
import { mergeRunProps, readNumPr, readOutlineLvl, readRunProps, type RunProps, type Styles } from "./styles";
import { symbolCharacter } from "./symbols";
import { child, val, type XmlElement } from "./xml";

export interface CommentMarks {
  start?: TextPosition;
  end?: TextPosition;
  /** Where `w:commentReference` stands; the anchor of a point comment without a range. */
  reference?: TextPosition;
}

export interface TocSpan {
  instruction: string;
  firstParagraph: number;
  lastParagraph: number;
  inContentControl: boolean;
  dirty: boolean;
}

export interface BookmarkMarks {
  name: string;
  start?: TextPosition;
  end?: TextPosition;
}

/** A `w:footnoteReference` / `w:endnoteReference` in the body, in document order. */
export interface NoteReference {
  kind: NoteKind;
  id: string;
  at: TextPosition;
}

export interface StoryResult {
  paragraphs: Paragraph[];
  trackedChanges: TrackedChange[];
  comments: Map<string, CommentMarks>;
  bookmarks: BookmarkMarks[];
  tocs: TocSpan[];
  noteReferences: NoteReference[];
}

/** Text met while a field was in its code phase: dropped when the code ends, shown when the field never ends. */
interface Held {
  text: string;
  format: RunFormat;
  revision: RunRevision;
  commentIds: string[];
  changes: TrackedChange[];
}

interface Field {
  instruction: string;
  phase: "code" | "result";
  dirty: boolean;
  toc: TocSpan | null;
  held: Held[];
}

interface ParagraphBuilder {
  runs: Run[];
  text: string;
  original: string;
}

/** One level of the revision nesting: what a `w:ins`, `w:del`, `w:moveFrom`, `w:moveTo` or a row mark does to its text. */
type RevisionMark = AddedRevision | RemovedRevision;

const REVISION_KIND: Record<string, { run: RevisionMark["kind"]; change: TrackedChangeKind }> = {
  "w:ins": { run: "inserted", change: "insertion" },
  "w:del": { run: "deleted", change: "deletion" },
  "w:moveFrom": { run: "movedFrom", change: "moveFrom" },
  "w:moveTo": { run: "movedTo", change: "moveTo" },
};

const TABLE_CHANGES = new Set(["w:tblPrChange", "w:trPrChange", "w:tcPrChange", "w:tblGridChange", "w:cellIns", "w:cellDel", "w:cellMerge"]);

const NO_REVISION: RunRevision = { kind: "none" };

/** Block-level elements without text of their own: range and permission markers, properties. */
const QUIET_BLOCKS = new Set([
  "w:sectPr", "w:tblPr", "w:tblGrid", "w:sdtPr", "w:sdtEndPr", "w:permStart", "w:permEnd", "w:proofErr",
  "w:moveFromRangeStart", "w:moveFromRangeEnd", "w:moveToRangeStart", "w:moveToRangeEnd",
  "w:customXmlInsRangeStart", "w:customXmlInsRangeEnd", "w:customXmlDelRangeStart", "w:customXmlDelRangeEnd",
  "w:customXmlMoveFromRangeStart", "w:customXmlMoveFromRangeEnd", "w:customXmlMoveToRangeStart", "w:customXmlMoveToRangeEnd",
]);

/** Inline elements whose content is read as the paragraph's own. */
const INLINE_CONTAINERS = new Set(["w:hyperlink", "w:smartTag", "w:customXml", "w:dir", "w:bdo", "w:sdtContent"]);

/** Run content that carries no text of the document: page numbers, note marks, separators, date blocks. */
const QUIET_RUN_CONTENT = new Set([
  "w:rPr", "w:softHyphen", "w:annotationRef", "w:lastRenderedPageBreak", "w:footnoteRef", "w:endnoteRef", "w:separator",
  "w:continuationSeparator", "w:pgNum", "w:dayShort", "w:dayLong", "w:monthShort", "w:monthLong", "w:yearShort", "w:yearLong",
]);

/** Embedded content whose text lives in another part or format. */
const EMBEDDED = new Set(["w:object", "w:altChunk", "w:subDoc", "w:contentPart", "w:control"]);

const MATH = new Set(["m:oMath", "m:oMathPara"]);

/** DrawingML graphics whose text lives in their own parts: charts and SmartArt diagrams. */
const GRAPHIC_KINDS: Record<string, string> = {
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "Diagramm (c:chart)",
  "http://schemas.microsoft.com/office/drawing/2014/chartex": "Diagramm (cx:chart)",
  "http://schemas.openxmlformats.org/drawingml/2006/diagram": "SmartArt (dgm)",
};

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return a.highlight === b.highlight && a.shading === b.shading && a.color === b.color
    && a.bold === b.bold && a.italic === b.italic && a.strike === b.strike;
}

function sameRevision(a: RunRevision, b: RunRevision): boolean {
  if (a.kind === "none" || b.kind === "none") return a.kind === b.kind;
  if (a.kind === "insertedRemoved" || b.kind === "insertedRemoved") {
    return a.kind === "insertedRemoved" && b.kind === "insertedRemoved" && a.changeId === b.changeId && a.addedBy === b.addedBy;
  }
  return a.kind === b.kind && a.changeId === b.changeId;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * The revision of text inside nested revision marks (ECMA-376 17.13.5: content inside `w:ins` is inserted, inside
 * `w:del` deleted, whatever else surrounds it): the innermost adding and the innermost removing mark decide; with
 * both the text stands in neither view.
 */
function effectiveRevision(stack: readonly RevisionMark[]): RunRevision {
  let added: AddedRevision | null = null;
  let removed: RemovedRevision | null = null;
  for (const m of stack) {
    if (isAdded(m)) added = m;
    else removed = m;
  }
  if (added && removed) return { kind: "insertedRemoved", changeId: removed.changeId, addedBy: added.changeId };
  return removed ?? added ?? NO_REVISION;
}

export interface StoryOptions {
  styles: Styles;
  /** Where skipped content is reported; null for stories the model does not show (headers, footers). */
  messages: ReaderMessages | null;
}

/** One story to read: which it is, its package part (for messages), list numbering, and the note it belongs to. */
export interface StoryPart {
  story: Story;
  part: string;
  /** List labels are counted through a story in document order; null: the story shows none. */
  numbering: Numbering | null;
  note?: Note;
}

/** Reads one story on its own (a comment, a header). */
export function readStory(blocks: readonly XmlElement[], part: StoryPart, options: StoryOptions): StoryResult {
  const reader = new StoryReader(options);
  reader.read(blocks, part);
  return reader.result();
}

export class StoryReader {
  private readonly paragraphs: Paragraph[] = [];
  private readonly changes: TrackedChange[] = [];
  private readonly comments = new Map<string, CommentMarks>();
  private readonly bookmarks = new Map<string, BookmarkMarks>();
  private readonly tocs: TocSpan[] = [];
  private readonly noteReferences: NoteReference[] = [];
  private readonly fields: Field[] = [];
  private readonly activeComments: string[] = [];
  /** Inline changes open around the text being read: all of them get its text. */
  private readonly openChanges: TrackedChange[] = [];
  private readonly tables: { top: number; row: number; cell: number }[] = [];
  private readonly deferred: XmlElement[] = [];
  private readonly revisions: RevisionMark[] = [];
  private revision: RunRevision = NO_REVISION;
  /** Run properties the current paragraph's style gives every run. */
  private paragraphStyleRun: RunProps = {};
  private tocContentControls = 0;
  private topTables = 0;
  private p: ParagraphBuilder | null = null;
  private current: StoryPart = { story: "body", part: "", numbering: null };

  constructor(private readonly options: StoryOptions) {}

  /** Reads the blocks of one story; paragraph indices continue from the stories read before. */
  read(blocks: readonly XmlElement[], part: StoryPart): void {
    this.current = part;
    this.topTables = 0;
    for (const b of blocks) this.block(b);
  }

  result(): StoryResult {
    return {
      paragraphs: this.paragraphs,
      trackedChanges: this.changes,
      comments: this.comments,
      bookmarks: [...this.bookmarks.values()],
      tocs: this.tocs,
      noteReferences: this.noteReferences,
    };
  }

  private get index(): number {
    return this.paragraphs.length;
  }

  private position(): TextPosition {
    return { paragraph: this.index, offset: this.p ? this.p.text.length : 0 };
  }

  private report(kind: Parameters<ReaderMessages["add"]>[0], detail: string): void {
    this.options.messages?.add(kind, detail, this.current.part);
  }

  private addChange(el: XmlElement, kind: TrackedChangeKind): TrackedChange {
    const story = this.current.story;
    const at = story === "body" || story === "footnotes" || story === "endnotes" ? this.position() : null;
    // One literal, no leading spread: every change then shares one hidden class (see paragraphIn).
    const change = {
      id: el.attrs["w:id"] ?? "", kind, author: el.attrs["w:author"] ?? "", date: isoDateTimeOrNull(el.attrs["w:date"]), text: "",
      story, location: at && { start: at, end: { ...at } },
    } as TrackedChange;
    this.changes.push(change);
    return change;
  }

  /** An insertion's location ends where its text ends; a removal stays a point. */
  private endChange(change: TrackedChange): void {
    if (change.location && change.kind !== "deletion" && change.kind !== "moveFrom") change.location.end = this.position();
  }

  private pushRevision(mark: RevisionMark): void {
    this.revisions.push(mark);
    this.revision = effectiveRevision(this.revisions);
  }

  private popRevision(): void {
    this.revisions.pop();
    this.revision = effectiveRevision(this.revisions);
  }

  private block(el: XmlElement): void {
    switch (el.name) {
      case "w:p":
        this.paragraph(el);
        return;
      case "w:tbl":
        this.table(el);
        return;
      case "w:sdt":
        this.sdt(el, (c) => this.block(c));
        return;
      case "w:txbxContent": case "w:customXml": case "w:smartTag": case "w:sdtContent":
        for (const c of el.children) this.block(c);
        return;
      case "mc:AlternateContent":
        this.alternate(el, (c) => this.block(c));
        return;
      default:
        // Range markers between paragraphs (bookmarks, comment ranges) apply at the start of the next one.
        if (!this.marker(el) && !QUIET_BLOCKS.has(el.name)) this.unreadable(el);
    }
  }

  /** Content the reader does not turn into text: reported by kind. */
  private unreadable(el: XmlElement): void {
    if (EMBEDDED.has(el.name)) this.report("embeddedObject", el.name);
    else if (MATH.has(el.name)) this.report("math", el.name);
    else this.report("unknownElement", el.name);
  }

  private alternate(el: XmlElement, each: (c: XmlElement) => void): void {
    // Word writes the same content twice (Choice for new readers, Fallback for old); read one of them.
    const branch = child(el, "mc:Fallback") ?? child(el, "mc:Choice");
    for (const c of branch?.children ?? []) each(c);
  }

  private sdt(el: XmlElement, each: (c: XmlElement) => void): void {
    const gallery = val(child(child(el, "w:sdtPr"), "w:docPartObj"), "w:docPartGallery");
    const isToc = gallery === "Table of Contents";
    if (isToc) this.tocContentControls++;
    for (const c of child(el, "w:sdtContent")?.children ?? []) each(c);
    if (isToc) this.tocContentControls--;
  }

  /**
   * Rows and cells may stand inside content controls (repeating sections, form fields) and custom XML, as blocks
   * may: `wrapped` unwraps them at any level and hands the content on.
   */
  private wrapped(el: XmlElement, each: (c: XmlElement) => void): boolean {
    switch (el.name) {
      case "w:sdt":
        this.sdt(el, each);
        return true;
      case "w:customXml": case "w:smartTag":
        for (const c of el.children) each(c);
        return true;
      case "mc:AlternateContent":
        this.alternate(el, each);
        return true;
      default:
        return false;
    }
  }

  private table(el: XmlElement): void {
    const top = this.tables.length === 0 ? this.topTables++ : this.tables[0].top;
    const frame = { top, row: -1, cell: -1 };
    this.tables.push(frame);
    const rows = (c: XmlElement): void => {
      if (c.name === "w:tr") this.row(c, frame);
      else if (c.name === "w:tblPr" || c.name === "w:tblGrid") this.tableProps(c);
      else if (!this.wrapped(c, rows)) this.block(c);
    };
    for (const c of el.children) rows(c);
    this.tables.pop();
  }

  /**
   * A row; `w:trPr/w:ins` and `w:trPr/w:del` insert or delete it with all its text (ECMA-376 17.13.5.19, 17.13.5.12):
   * the row's marks are the outermost revisions of everything in it (a row inserted and deleted again has both).
   * Word writes its own run revisions inside as well; a row marked only on `w:trPr` (other writers) loses or gains
   * its text through the mark alone.
   */
  private row(tr: XmlElement, frame: { row: number; cell: number }): void {
    frame.row++;
    frame.cell = -1;
    const marks = child(tr, "w:trPr")?.children.filter((c) => c.name === "w:ins" || c.name === "w:del") ?? [];
    const first = this.index;
    const changes = marks.map((mark) => {
      const change = this.addChange(mark, mark.name === "w:ins" ? "rowInsertion" : "rowDeletion");
      this.pushRevision({ kind: mark.name === "w:ins" ? "inserted" : "deleted", changeId: change.id });
      return change;
    });
    const cells = (c: XmlElement): void => {
      if (c.name === "w:tc") {
        frame.cell++;
        for (const cc of c.children) {
          if (cc.name === "w:tcPr") this.tableProps(cc);
          else this.block(cc);
        }
      } else if (c.name === "w:trPr" || c.name === "w:tblPrEx") this.tableProps(c);
      else if (!this.wrapped(c, cells)) this.block(c);
    };
    for (const c of tr.children) cells(c);
    const last = this.paragraphs[this.index - 1];
    for (const change of changes) {
      this.popRevision();
      // The row's own text: what its mark inserts or deletes and no run revision inside does, paragraph by paragraph.
      const id = change.id;
      const own = (r: RunRevision) => r.kind !== "none" && (r.changeId === id || (r.kind === "insertedRemoved" && r.addedBy === id));
      change.text = this.paragraphs.slice(first).map((p) => p.runs.filter((r) => own(r.revision)).map((r) => r.text).join("")).filter((t) => t !== "").join("\n");
      // The mark covers the whole row: all its paragraphs, as Word reports the change for each of them.
      if (change.location && last && this.index > first) change.location.end = { paragraph: last.index, offset: last.text.length };
    }
  }

  /** Structural table revisions: property changes, inserted/deleted cells. */
  private tableProps(el: XmlElement): void {
    for (const c of el.children) if (TABLE_CHANGES.has(c.name)) this.addChange(c, "tableChange");
  }

  private tableRef(): TableCellRef | null {
    if (this.tables.length === 0) return null;
    const inner = this.tables[this.tables.length - 1];
    return { depth: this.tables.length, table: inner.top, row: inner.row, cell: inner.cell };
  }

  private paragraph(el: XmlElement): void {
    if (this.p) {
      // A paragraph inside a paragraph (text box content): read it afterwards.
      this.deferred.push(el);
      return;
    }
    const pPr = child(el, "w:pPr");
    const styles = this.options.styles;
    const pStyle = val(pPr, "w:pStyle") ?? null;
    const style = styles.paragraph(pStyle) ?? styles.paragraph(null);
    this.paragraphStyleRun = style?.run ?? {};
    this.p = { runs: [], text: "", original: "" };
    if (pPr) {
      const pPrChange = child(pPr, "w:pPrChange");
      if (pPrChange) this.addChange(pPrChange, "paragraphFormatting");
    }
    for (const c of el.children) if (c.name !== "w:pPr") this.inline(c);
    this.endFieldCodes();

    // The paragraph mark's own revisions stand at the end of the paragraph.
    let markInserted: string | null = null;
    let markDeleted: string | null = null;
    const markRPr = child(pPr, "w:rPr");
    for (const c of markRPr?.children ?? []) {
      if (c.name === "w:ins" || c.name === "w:moveTo") {
        markInserted = c.attrs["w:id"] ?? "";
        this.addChange(c, c.name === "w:ins" ? "paragraphInsertion" : "moveTo");
      } else if (c.name === "w:del" || c.name === "w:moveFrom") {
        markDeleted = c.attrs["w:id"] ?? "";
        this.addChange(c, c.name === "w:del" ? "paragraphDeletion" : "moveFrom");
      } else if (c.name === "w:rPrChange") {
        this.addChange(c, "runFormatting");
      }
    }

    const directLvl = readOutlineLvl(pPr);
    const lvl = directLvl ?? style?.outlineLvl ?? null;
    const b = this.p;
    this.p = null;
    const common = {
      index: this.index,
      text: b.text,
      originalText: b.original,
      runs: b.runs,
      styleId: pStyle ?? style?.id ?? null,
      styleName: style?.name ?? null,
      builtInStyle: style?.builtIn ?? "Normal",
      list: this.listInfo(pPr, style?.numbering ?? null, style?.id ?? null),
      table: this.tableRef(),
      markInserted,
      markDeleted,
      paraId: el.attrs["w14:paraId"] ?? null,
    };
    this.paragraphs.push(paragraphIn(common, this.current.note ?? null, lvl !== null && lvl < 9 ? lvl + 1 : null));
    // Text boxes met inside the paragraph follow it.
    for (const d of this.deferred.splice(0)) this.block(d);
  }

  private listInfo(pPr: XmlElement | undefined, fromStyle: { numId: string; ilvl: number | null } | null, styleId: string | null): Paragraph["list"] {
    const numbering = this.current.numbering;
    if (!numbering) return null;
    const direct = readNumPr(pPr);
    const ilvlOnly = child(child(pPr, "w:numPr"), "w:ilvl");
    const numId = direct?.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === "0") return null;
    const ilvlValue = ilvlOnly ? Number(ilvlOnly.attrs["w:val"]) : NaN;
    const ilvl = direct?.ilvl ?? (Number.isInteger(ilvlValue) ? ilvlValue : null) ?? fromStyle?.ilvl ?? null;
    return numbering.next(numId, ilvl, direct ? null : styleId);
  }

  private inline(el: XmlElement): void {
    switch (el.name) {
      case "w:r":
        this.run(el);
        return;
      case "w:ins": case "w:del": case "w:moveFrom": case "w:moveTo": {
        const kind = REVISION_KIND[el.name];
        const change = this.addChange(el, kind.change);
        this.pushRevision({ kind: kind.run, changeId: change.id } as RevisionMark);
        this.openChanges.push(change);
        for (const c of el.children) this.inline(c);
        this.openChanges.pop();
        this.popRevision();
        this.endChange(change);
        return;
      }
      case "w:fldSimple": {
        const instruction = el.attrs["w:instr"] ?? "";
        this.fieldBegin(el.attrs["w:dirty"]);
        this.fields[this.fields.length - 1].instruction = instruction;
        this.fieldSeparate();
        for (const c of el.children) this.inline(c);
        this.fieldEnd();
        return;
      }
      case "w:sdt":
        this.sdt(el, (c) => this.inline(c));
        return;
      case "mc:AlternateContent":
        this.alternate(el, (c) => this.inline(c));
        return;
      case "w:p": case "w:tbl": case "w:txbxContent":
        this.deferred.push(el);
        return;
      case "w:pPr": case "w:rPr": case "w:sdtPr": case "w:sdtEndPr":
        return;
      default:
        if (this.marker(el) || QUIET_BLOCKS.has(el.name)) return;
        if (INLINE_CONTAINERS.has(el.name)) {
          for (const c of el.children) this.inline(c);
          return;
        }
        if (EMBEDDED.has(el.name) || MATH.has(el.name)) {
          this.unreadable(el);
          return;
        }
        this.unknownInline(el);
    }
  }

  /** An element the reader does not know: its runs are read all the same; it is reported when they gave no text. */
  private unknownInline(el: XmlElement): void {
    const before = this.p ? this.p.text.length + this.p.original.length : 0;
    const deferred = this.deferred.length;
    for (const c of el.children) this.inline(c);
    const after = this.p ? this.p.text.length + this.p.original.length : 0;
    if (after === before && this.deferred.length === deferred) this.report("unknownElement", el.name);
  }

  /** Bookmarks and comment ranges; returns false for anything else. */
  private marker(el: XmlElement): boolean {
    const id = el.attrs["w:id"] ?? "";
    switch (el.name) {
      case "w:commentRangeStart":
        this.commentMarks(id).start = this.position();
        if (!this.activeComments.includes(id)) this.activeComments.push(id);
        return true;
      case "w:commentRangeEnd": {
        this.commentMarks(id).end = this.position();
        const i = this.activeComments.indexOf(id);
        if (i >= 0) this.activeComments.splice(i, 1);
        return true;
      }
      case "w:bookmarkStart":
        this.bookmarks.set(id, { name: el.attrs["w:name"] ?? "", start: this.position() });
        return true;
      case "w:bookmarkEnd": {
        const b = this.bookmarks.get(id);
        if (b) b.end = this.position();
        return true;
      }
      default:
        return false;
    }
  }

  private commentMarks(id: string): CommentMarks {
    let m = this.comments.get(id);
    if (!m) this.comments.set(id, (m = {}));
    return m;
  }

  /** The outermost field in its code phase: text inside it is code, not document text. */
  private codeField(): Field | null {
    for (const f of this.fields) if (f.phase === "code") return f;
    return null;
  }

  private fieldBegin(dirty: string | undefined): void {
    this.fields.push({ instruction: "", phase: "code", dirty: dirty === "true" || dirty === "1", toc: null, held: [] });
  }

  private fieldSeparate(): void {
    const f = this.fields[this.fields.length - 1];
    if (!f || f.phase === "result") return;
    f.phase = "result";
    f.held = [];
    if (/^\s*TOC\b/i.test(f.instruction)) {
      f.toc = {
        instruction: f.instruction.trim(),
        firstParagraph: this.index,
        lastParagraph: this.index,
        inContentControl: this.tocContentControls > 0,
        dirty: f.dirty,
      };
    }
  }

  private fieldEnd(): void {
    const f = this.fields.pop();
    if (!f) return;
    if (f.toc) {
      f.toc.lastParagraph = this.index;
      this.tocs.push(f.toc);
    } else if (/^\s*TOC\b/i.test(f.instruction)) {
      // A TOC field never updated: no result, no entries.
      this.tocs.push({
        instruction: f.instruction.trim(), firstParagraph: this.index, lastParagraph: this.index - 1,
        inContentControl: this.tocContentControls > 0, dirty: f.dirty,
      });
    }
  }

  /**
   * A field code does not cross a paragraph mark. A field still in its code phase here never ended (LibreOffice 3.3
   * writes stray `begin`s): it ends with the paragraph, and what it hid — the results of the fields nested in it —
   * is the paragraph's text, as Word shows it. Fields nested in it end with it.
   */
  private endFieldCodes(): void {
    const k = this.fields.findIndex((f) => f.phase === "code");
    if (k < 0) return;
    const broken = this.fields[k];
    this.fields.length = k;
    for (const h of broken.held) this.append(h.text, h.format, h.revision, h.commentIds, h.changes);
  }

  private runProps(rPr: XmlElement | undefined): RunFormat {
    const styles = this.options.styles;
    const charStyle = styles.character(val(rPr, "w:rStyle") ?? null);
    let props: RunProps = this.paragraphStyleRun;
    if (charStyle) props = mergeRunProps(props, charStyle.run);
    props = mergeRunProps(props, readRunProps(rPr));
    return {
      highlight: props.highlight ?? null,
      shading: props.shading ?? null,
      color: props.color ?? null,
      bold: props.bold ?? false,
      italic: props.italic ?? false,
      strike: props.strike ?? false,
    };
  }

  private run(el: XmlElement): void {
    const rPr = child(el, "w:rPr");
    const format = this.runProps(rPr);
    const rPrChange = child(rPr, "w:rPrChange");
    const change = rPrChange ? this.addChange(rPrChange, "runFormatting") : null;
    for (const c of el.children) {
      switch (c.name) {
        case "w:t": case "w:delText":
          this.emit(c.text, format);
          break;
        case "w:instrText": case "w:delInstrText": {
          const f = this.fields[this.fields.length - 1];
          if (f && f.phase === "code") f.instruction += c.text;
          break;
        }
        case "w:fldChar": {
          const type = c.attrs["w:fldCharType"];
          if (type === "begin") this.fieldBegin(c.attrs["w:dirty"]);
          else if (type === "separate") this.fieldSeparate();
          else if (type === "end") this.fieldEnd();
          break;
        }
        case "w:tab": case "w:ptab":
          this.emit("\t", format);
          break;
        case "w:br": case "w:cr":
          this.emit("\n", format);
          break;
        case "w:noBreakHyphen":
          this.emit("-", format);
          break;
        case "w:sym": {
          const font = c.attrs["w:font"];
          const code = c.attrs["w:char"];
          const character = symbolCharacter(font, code);
          if (character) this.emit(character, format);
          else this.report("unmappedSymbol", `${font ?? "ohne Schriftart"} ${code ?? "?"}`);
          break;
        }
        case "w:commentReference":
          this.commentMarks(c.attrs["w:id"] ?? "").reference = this.position();
          break;
        case "w:footnoteReference": case "w:endnoteReference":
          if (this.current.story === "body") {
            this.noteReferences.push({ kind: c.name === "w:footnoteReference" ? "footnote" : "endnote", id: c.attrs["w:id"] ?? "", at: this.position() });
          }
          break;
        case "w:drawing": case "w:pict":
          this.graphic(c);
          break;
        case "mc:AlternateContent":
          this.alternate(c, (x) => (x.name === "w:drawing" || x.name === "w:pict" ? this.graphic(x) : this.unreadable(x)));
          break;
        default:
          if (QUIET_RUN_CONTENT.has(c.name)) break;
          // Ruby: the base text is the document's; the guide above it (w:rt) is a reading aid.
          if (c.name === "w:ruby") for (const r of child(c, "w:rubyBase")?.children ?? []) this.inline(r);
          else this.unreadable(c);
      }
    }
    if (change) this.endChange(change);
  }

  /**
   * A picture, shape or chart: its text boxes are read after the paragraph (deferred); a chart's or diagram's text
   * lives in its own part and is reported; embedded OLE objects in VML are reported.
   */
  private graphic(el: XmlElement): void {
    const walk = (x: XmlElement): void => {
      if (x.name === "w:txbxContent") {
        this.deferred.push(x);
        return;
      }
      if (x.name.endsWith("}graphicData")) {
        const kind = GRAPHIC_KINDS[x.attrs["uri"] ?? ""];
        if (kind) this.report("embeddedObject", kind);
      }
      if (x.name.endsWith("}OLEObject")) this.report("embeddedObject", "OLE-Objekt (o:OLEObject)");
      for (const c of x.children) walk(c);
    };
    walk(el);
  }

  private emit(text: string, format: RunFormat): void {
    if (!text || !this.p) return;
    const code = this.codeField();
    if (code) {
      code.held.push({ text, format, revision: this.revision, commentIds: [...this.activeComments], changes: [...this.openChanges] });
      return;
    }
    this.append(text, format, this.revision, this.activeComments.length ? [...this.activeComments] : [], this.openChanges);
  }

  private append(text: string, format: RunFormat, revision: RunRevision, commentIds: string[], changes: readonly TrackedChange[]): void {
    const b = this.p;
    if (!b) return;
    const last = b.runs[b.runs.length - 1];
    if (last && sameRevision(last.revision, revision) && sameFormat(last.format, format) && sameIds(last.commentIds, commentIds)) {
      last.text += text;
    } else {
      b.runs.push({ text, revision, format, finalOffset: b.text.length, originalOffset: b.original.length, commentIds });
    }
    if (!isRemoved(revision)) b.text += text;
    if (!isAdded(revision)) b.original += text;
    for (const change of changes) change.text += text;
  }
}
