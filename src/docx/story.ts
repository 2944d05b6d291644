/**
 * One pass over a story (the body, a header, the footnotes, one comment): paragraphs with final and
 * original text, runs with revision state and formatting, tracked changes, fields (TOC), bookmarks,
 * comment ranges and table cell membership.
 */
import { isoDateTimeOrNull } from "../model/dates";
import {
  isAdded, isRemoved, type Paragraph, type Run, type RunFormat, type RunRevision, type Story, type TableCellRef, type TextPosition,
  type TrackedChange, type TrackedChangeKind,
} from "../model/document";
import type { Numbering } from "./numbering";
import { mergeRunProps, readNumPr, readOutlineLvl, readRunProps, type RunProps, type Styles } from "./styles";
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

export interface StoryResult {
  paragraphs: Paragraph[];
  trackedChanges: TrackedChange[];
  comments: Map<string, CommentMarks>;
  bookmarks: BookmarkMarks[];
  tocs: TocSpan[];
}

interface Field {
  instruction: string;
  phase: "code" | "result";
  dirty: boolean;
  toc: TocSpan | null;
}

interface ParagraphBuilder {
  runs: Run[];
  text: string;
  original: string;
}

const REVISION_KIND: Record<string, { run: "inserted" | "deleted" | "movedFrom" | "movedTo"; change: TrackedChangeKind }> = {
  "w:ins": { run: "inserted", change: "insertion" },
  "w:del": { run: "deleted", change: "deletion" },
  "w:moveFrom": { run: "movedFrom", change: "moveFrom" },
  "w:moveTo": { run: "movedTo", change: "moveTo" },
};

const TABLE_CHANGES = new Set(["w:tblPrChange", "w:trPrChange", "w:tcPrChange", "w:tblGridChange", "w:cellIns", "w:cellDel", "w:cellMerge"]);

const NO_REVISION: RunRevision = { kind: "none" };


function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return a.highlight === b.highlight && a.shading === b.shading && a.color === b.color
    && a.bold === b.bold && a.italic === b.italic && a.strike === b.strike;
}

function sameRevision(a: RunRevision, b: RunRevision): boolean {
  return a.kind === b.kind && (a.kind === "none" || (b.kind !== "none" && a.changeId === b.changeId));
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export interface StoryOptions {
  story: Story;
  styles: Styles;
  /** Body only: list labels are counted through the body in document order. */
  numbering: Numbering | null;
}

export function readStory(blocks: readonly XmlElement[], options: StoryOptions): StoryResult {
  return new StoryReader(options).read(blocks);
}

class StoryReader {
  private readonly paragraphs: Paragraph[] = [];
  private readonly changes: TrackedChange[] = [];
  private readonly comments = new Map<string, CommentMarks>();
  private readonly bookmarks = new Map<string, BookmarkMarks>();
  private readonly tocs: TocSpan[] = [];
  private readonly fields: Field[] = [];
  private readonly activeComments: string[] = [];
  private readonly openChanges: TrackedChange[] = [];
  private readonly tables: { top: number; row: number; cell: number }[] = [];
  private readonly deferred: XmlElement[] = [];
  private revision: RunRevision = NO_REVISION;
  /** Run properties the current paragraph's style gives every run. */
  private paragraphStyleRun: RunProps = {};
  private tocContentControls = 0;
  private topTables = 0;
  private p: ParagraphBuilder | null = null;
  private readonly isBody: boolean;

  constructor(private readonly options: StoryOptions) {
    this.isBody = options.story === "body";
  }

  read(blocks: readonly XmlElement[]): StoryResult {
    for (const b of blocks) this.block(b);
    return {
      paragraphs: this.paragraphs,
      trackedChanges: this.changes,
      comments: this.comments,
      bookmarks: [...this.bookmarks.values()],
      tocs: this.tocs,
    };
  }

  private get index(): number {
    return this.paragraphs.length;
  }

  private position(): TextPosition {
    return { paragraph: this.index, offset: this.p ? this.p.text.length : 0 };
  }

  private location(): TextPosition | null {
    return this.isBody ? this.position() : null;
  }

  private addChange(el: XmlElement, kind: TrackedChangeKind): TrackedChange {
    const at = this.location();
    const change: TrackedChange = {
      id: el.attrs["w:id"] ?? "",
      kind,
      author: el.attrs["w:author"] ?? "",
      date: isoDateTimeOrNull(el.attrs["w:date"]),
      text: "",
      story: this.options.story,
      location: at ? { start: at, end: at } : null,
    };
    this.changes.push(change);
    return change;
  }

  private endChange(change: TrackedChange): void {
    if (change.location && change.kind !== "deletion" && change.kind !== "moveFrom") change.location.end = this.position();
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
      case "w:sectPr": case "w:tblPr": case "w:tblGrid": case "w:sdtPr": case "w:sdtEndPr":
        return;
      default:
        // Range markers between paragraphs (bookmarks, comment ranges) apply at the start of the next one.
        this.marker(el);
    }
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

  private table(el: XmlElement): void {
    const top = this.tables.length === 0 ? this.topTables++ : this.tables[0].top;
    const frame = { top, row: -1, cell: -1 };
    this.tables.push(frame);
    for (const c of el.children) {
      if (c.name === "w:tblPr") this.tableProps(c);
      else if (c.name === "w:tblGrid") this.tableProps(c);
      else if (c.name === "w:tr") {
        frame.row++;
        frame.cell = -1;
        for (const rc of c.children) {
          if (rc.name === "w:trPr" || rc.name === "w:tblPrEx") this.tableProps(rc);
          else if (rc.name === "w:tc") {
            frame.cell++;
            for (const cc of rc.children) {
              if (cc.name === "w:tcPr") this.tableProps(cc);
              else this.block(cc);
            }
          } else this.block(rc);
        }
      } else this.block(c);
    }
    this.tables.pop();
  }

  /** Structural table revisions: property changes, inserted/deleted rows and cells. */
  private tableProps(el: XmlElement): void {
    for (const c of el.children) {
      if (TABLE_CHANGES.has(c.name) || ((c.name === "w:ins" || c.name === "w:del") && el.name === "w:trPr")) {
        this.addChange(c, "tableChange");
      }
    }
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
    // A field code does not cross a paragraph mark; an unfinished one (LibreOffice 3.3 writes stray
    // `begin`s) would otherwise hide the rest of the document as "code".
    while (this.fields.length && this.fields[this.fields.length - 1].phase === "code") this.fields.pop();

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
    this.paragraphs.push({
      index: this.index,
      text: b.text,
      originalText: b.original,
      runs: b.runs,
      styleId: pStyle ?? style?.id ?? null,
      styleName: style?.name ?? null,
      builtInStyle: style?.builtIn ?? "Normal",
      outlineLevel: lvl !== null && lvl < 9 ? lvl + 1 : null,
      list: this.listInfo(pPr, style?.numbering ?? null, style?.id ?? null),
      table: this.tableRef(),
      markInserted,
      markDeleted,
      paraId: el.attrs["w14:paraId"] ?? null,
    });
    // Text boxes met inside the paragraph follow it.
    for (const d of this.deferred.splice(0)) this.block(d);
  }

  private listInfo(pPr: XmlElement | undefined, fromStyle: { numId: string; ilvl: number | null } | null, styleId: string | null): Paragraph["list"] {
    const numbering = this.options.numbering;
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
        const outer = this.revision;
        this.revision = { kind: kind.run, changeId: change.id };
        this.openChanges.push(change);
        for (const c of el.children) this.inline(c);
        this.openChanges.pop();
        this.revision = outer;
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
      case "w:rPr": case "w:pPr": case "w:sdtPr": case "w:sdtEndPr":
        return;
      default:
        if (!this.marker(el)) for (const c of el.children) this.inline(c);
    }
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

  private inFieldCode(): boolean {
    for (const f of this.fields) if (f.phase === "code") return true;
    return false;
  }

  private fieldBegin(dirty: string | undefined): void {
    this.fields.push({ instruction: "", phase: "code", dirty: dirty === "true" || dirty === "1", toc: null });
  }

  private fieldSeparate(): void {
    const f = this.fields[this.fields.length - 1];
    if (!f || f.phase === "result") return;
    f.phase = "result";
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
        case "w:commentReference":
          this.commentMarks(c.attrs["w:id"] ?? "").reference = this.position();
          break;
        case "w:rPr": case "w:sym": case "w:softHyphen": case "w:footnoteReference": case "w:endnoteReference":
        case "w:annotationRef": case "w:lastRenderedPageBreak":
          break;
        default:
          // Drawings and objects may hold text boxes; their paragraphs are deferred.
          this.inline(c);
      }
    }
    if (change) this.endChange(change);
  }

  private emit(text: string, format: RunFormat): void {
    if (!text || !this.p || this.inFieldCode()) return;
    const b = this.p;
    const revision = this.revision;
    const inFinal = !isRemoved(revision);
    const inOriginal = !isAdded(revision);
    const commentIds = this.activeComments.length ? [...this.activeComments] : [];
    const last = b.runs[b.runs.length - 1];
    if (last && sameRevision(last.revision, revision) && sameFormat(last.format, format) && sameIds(last.commentIds, commentIds)) {
      last.text += text;
    } else {
      b.runs.push({ text, revision, format, finalOffset: b.text.length, originalOffset: b.original.length, commentIds });
    }
    if (inFinal) b.text += text;
    if (inOriginal) b.original += text;
    const open = this.openChanges[this.openChanges.length - 1];
    if (open) open.text += text;
  }
}
