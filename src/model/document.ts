/**
 * The one document model that every feature reads. Both readers produce it:
 * the .docx reader (src/docx) from a file, the Word reader (src/word) from Office.js.
 * No Office, DOM or Node types here.
 */

/** ISO 8601 timestamp as written in the file ("2025-03-14T15:20:00Z"), or null when absent/invalid. */
export type IsoDateTime = string;

/** Word's highlight palette as named in OOXML (`w:highlight/@w:val`). Word's UI calls `magenta` "Pink". */
export type HighlightColor =
  | "black" | "blue" | "cyan" | "green" | "magenta" | "red" | "yellow" | "white"
  | "darkBlue" | "darkCyan" | "darkGreen" | "darkMagenta" | "darkRed" | "darkYellow"
  | "darkGray" | "lightGray";

/** Hex colour without '#', upper case ("FF00FF"). */
export type HexColor = string;

/** Locale-independent style identity, mirroring Office.js `Word.BuiltInStyleName` where it matters to us. */
export type BuiltInStyle =
  | "Normal" | "Title" | "Subtitle" | "ListParagraph" | "TocHeading"
  | `Heading${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`
  | `Toc${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`
  | "Other";

/** How a run of text stands in the revision history. */
export type RunRevision = { kind: "none" } | AddedRevision | RemovedRevision | TransientRevision;
/** The run's text is new in the final view: inserted, or moved here. */
export type AddedRevision = { kind: "inserted" | "movedTo"; changeId: string };
/** The run's text is gone from the final view (it stands in the original only): deleted, or moved away from here. */
export type RemovedRevision = { kind: "deleted" | "movedFrom"; changeId: string };
/**
 * Text a tracked insertion added and a later revision removed again (`w:del` or `w:moveFrom` around or inside a
 * `w:ins`): ECMA-376 treats it as inserted *and* deleted content, so it stands in neither view (accepting all
 * removes it, rejecting all removes it too). `changeId` is the removing change, `addedBy` the insertion.
 */
export type TransientRevision = { kind: "insertedRemoved"; changeId: string; addedBy: string };

/** Not in the original view: added by a tracked change (and maybe removed again). */
export const isAdded = (revision: RunRevision): revision is AddedRevision | TransientRevision =>
  revision.kind === "inserted" || revision.kind === "movedTo" || revision.kind === "insertedRemoved";
/** Not in the final view: removed by a tracked change (and maybe added by one before). */
export const isRemoved = (revision: RunRevision): revision is RemovedRevision | TransientRevision =>
  revision.kind === "deleted" || revision.kind === "movedFrom" || revision.kind === "insertedRemoved";

export interface RunFormat {
  highlight: HighlightColor | null;
  /** Run shading fill (`w:shd/@w:fill`), null for none/auto. */
  shading: HexColor | null;
  /** Font colour (`w:color/@w:val`), null for auto. */
  color: HexColor | null;
  bold: boolean;
  italic: boolean;
  strike: boolean;
}

/** A stretch of text with uniform revision state and formatting. Field codes are never runs; field results are. */
export interface Run {
  text: string;
  revision: RunRevision;
  format: RunFormat;
  /** Offset in the paragraph's final text where this run starts (for deleted runs: where it would stand). */
  finalOffset: number;
  /** Offset in the paragraph's original text where this run starts (for inserted runs: where it would stand). */
  originalOffset: number;
  /** Ids of the comments whose anchor covers this run. */
  commentIds: string[];
}

/** Numbering as Word displays it. */
export interface ListInfo {
  numId: string;
  /** 0-based list level (`w:ilvl`). */
  level: number;
  /** The label Word shows, e.g. "3.5", "IV.", "B.", "•". Empty when the level shows nothing. */
  label: string;
  format: "bullet" | "decimal" | "upperRoman" | "lowerRoman" | "upperLetter" | "lowerLetter" | "none" | "other";
}

export interface TableCellRef {
  /** Nesting depth, 1 for a cell of a top-level table (as Office.js `tableNestingLevel`). */
  depth: number;
  /** Index of the top-level table in the story, 0-based. */
  table: number;
  row: number;
  cell: number;
}

export type NoteKind = "footnote" | "endnote";

/**
 * A footnote or endnote. Its paragraphs follow the body's in `DocumentModel.paragraphs` (all footnotes, then all
 * endnotes, each in the order of its reference), so a TextPosition means the same in every story and reader.
 */
export interface Note {
  kind: NoteKind;
  /** Its number as Word counts it: 1-based per kind, in the order of the references in the body. */
  number: number;
  /**
   * Where its reference mark stands in the body (final view; the mark itself is no text of the model); null when the
   * reader cannot place it (a Word that leaves the mark out of the paragraph text).
   */
  reference: TextPosition | null;
}

/** A paragraph of the body or of a note: text, runs, style, list and table membership, paragraph-mark revisions. */
export interface ParagraphBase {
  /** Index in `DocumentModel.paragraphs` (document order: the body, then the notes; deleted paragraphs included). */
  index: number;
  /** Text with all tracked changes accepted. */
  text: string;
  /** Text with all tracked changes rejected. */
  originalText: string;
  runs: Run[];
  styleId: string | null;
  styleName: string | null;
  builtInStyle: BuiltInStyle;
  list: ListInfo | null;
  table: TableCellRef | null;
  /** Change id when the paragraph mark itself is a tracked insertion / deletion. */
  markInserted: string | null;
  markDeleted: string | null;
  /** `w14:paraId`, when the writer recorded one. */
  paraId: string | null;
}

/** A paragraph of the document's main text. */
export interface BodyParagraph extends ParagraphBase {
  note: null;
  /** 1–9 for headings (Heading 1 = 1), null for body text. Resolved through `basedOn` chains and direct formatting. */
  outlineLevel: number | null;
}

/** A paragraph of a footnote or endnote: whatever its style, never a heading of the outline. */
export interface NoteParagraph extends ParagraphBase {
  note: Note;
  outlineLevel: null;
}

export type Paragraph = BodyParagraph | NoteParagraph;

/**
 * A paragraph of its story: a note's paragraph is never a heading, whatever outline level its style gives it. The
 * readers build every paragraph here, as one literal with its fields in one order: a spread first (`{ ...base, note }`)
 * gives each object a hidden class of its own in V8, and 20,000 shapes turn every check's reads into slow lookups.
 */
export function paragraphIn(base: ParagraphBase, note: Note | null, outlineLevel: number | null): Paragraph {
  const { index, text, originalText, runs, styleId, styleName, builtInStyle, list, table, markInserted, markDeleted, paraId } = base;
  // The parameters' types keep the union's rule; the literal (no spread) only spells it in one shape.
  return { index, text, originalText, runs, styleId, styleName, builtInStyle, list, table, markInserted, markDeleted, paraId, note, outlineLevel: note ? null : outlineLevel } as Paragraph;
}

/** A position in the final view: paragraph index and offset into `Paragraph.text`. */
export interface TextPosition {
  paragraph: number;
  offset: number;
}

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

export interface CommentReply {
  id: string;
  author: string;
  initials: string | null;
  date: IsoDateTime | null;
  text: string;
  durableId: string | null;
  paraId: string | null;
}

export interface Comment {
  /** `w:id` in the file, the session id in Word. Not persistent: never a key for stored data. */
  id: string;
  author: string;
  initials: string | null;
  date: IsoDateTime | null;
  text: string;
  /** Where the comment is anchored (final view); a point comment has start == end. Null if the anchor is gone. */
  anchor: TextRange | null;
  /** The anchored text, final view. */
  anchorText: string;
  replies: CommentReply[];
  resolved: boolean;
  /** `w16cid:durableId`, when present. */
  durableId: string | null;
  paraId: string | null;
}

export type TrackedChangeKind =
  | "insertion" | "deletion" | "moveFrom" | "moveTo"
  | "paragraphInsertion" | "paragraphDeletion"
  /** A table row inserted or deleted as a whole (`w:trPr/w:ins`, `w:trPr/w:del`): its text with it. */
  | "rowInsertion" | "rowDeletion"
  | "runFormatting" | "paragraphFormatting" | "tableChange";

/** Stories whose paragraphs the model holds: changes there have a place in `DocumentModel.paragraphs`. */
export type LocatedStory = "body" | "footnotes" | "endnotes";
/** Stories the model reads only for their tracked changes. */
export type UnlocatedStory = "header" | "footer" | "comments";
export type Story = LocatedStory | UnlocatedStory;

interface TrackedChangeBase {
  /** `w:id` in the file; in Word a session-local id. */
  id: string;
  kind: TrackedChangeKind;
  author: string;
  date: IsoDateTime | null;
  /** Inserted or deleted text ("\n" between the paragraphs of a row); empty for formatting changes and paragraph marks. */
  text: string;
}

/** A change in the body or a note; a deletion (and a paragraph or row mark) is a point. */
export interface LocatedChange extends TrackedChangeBase {
  story: LocatedStory;
  location: TextRange;
}

/** A change in a header, footer or comment. */
export interface UnlocatedChange extends TrackedChangeBase {
  story: UnlocatedStory;
  location: null;
}

export type TrackedChange = LocatedChange | UnlocatedChange;

export interface Bookmark {
  name: string;
  /** Null when only one end was found. */
  range: TextRange | null;
  hidden: boolean;
}

export interface TocEntry {
  /** Body paragraph holding the entry. */
  paragraph: number;
  /** 1-based level from the TOC style (Toc1 = 1), null if the paragraph has none. */
  level: number | null;
  /** Entry text as shown, tab characters kept between label, title and page. */
  text: string;
}

/** A Word TOC field (`TOC \o "1-3" …`), also inside a content control. */
export interface TocField {
  instruction: string;
  /** The field's result paragraphs. */
  entries: TocEntry[];
  /** The field sits in a content control (docPartGallery "Table of Contents"). */
  inContentControl: boolean;
  /** `w:dirty="true"` on the field: Word will update it on open. */
  dirty: boolean;
  /** True for `\c` tables of figures/tables: not a table of contents of the headings. */
  isCaptionList: boolean;
}

export interface CustomXmlPart {
  /** Part name in the package ("customXml/item1.xml"); the Word reader uses the Office.js id. */
  id: string;
  namespaceUri: string | null;
  xml: string;
}

export interface CoreProperties {
  title: string | null;
  subject: string | null;
  creator: string | null;
  lastModifiedBy: string | null;
  created: IsoDateTime | null;
  modified: IsoDateTime | null;
  revision: string | null;
  application: string | null;
}

/**
 * Content a reader met and could not turn into text, reported instead of dropped silently (like mammoth's
 * messages). Counted per kind, detail and part.
 */
export interface ReaderMessage {
  kind: ReaderMessageKind;
  /** What exactly: the element ("w:object", "m:oMathPara"), or for a symbol its font and code ("Marlett F030"). */
  detail: string;
  /** The package part it stands in ("word/document.xml", "word/footnotes.xml"). */
  part: string;
  count: number;
}

export type ReaderMessageKind =
  /** An element the reader does not know; any text inside it is not read. */
  | "unknownElement"
  /** An embedded object, document or chart (`w:object`, `w:altChunk`, `w:subDoc`, a chart or diagram): its content lives elsewhere. */
  | "embeddedObject"
  /** A formula (Office Math): its text is not read. */
  | "math"
  /** A `w:sym` character of a font without a Unicode table. */
  | "unmappedSymbol";

export interface DocumentModel {
  /** The body's paragraphs, then the notes' (see Note). */
  paragraphs: Paragraph[];
  /** Footnotes, then endnotes, each in the order of their references. */
  notes: Note[];
  comments: Comment[];
  trackedChanges: TrackedChange[];
  bookmarks: Bookmark[];
  tocFields: TocField[];
  customXmlParts: CustomXmlPart[];
  properties: CoreProperties;
  /** Word's "Track changes" switch (`w:trackRevisions` / `changeTrackingMode`). */
  trackRevisions: boolean;
  /** What the reader skipped; empty when it read everything. */
  readerMessages: ReaderMessage[];
}

/** A model with the given parts and everything else empty: for derived views (TOC lines read as headings) and tests. */
export function createDocumentModel(parts: Partial<Omit<DocumentModel, "properties">> & { properties?: Partial<CoreProperties> } = {}): DocumentModel {
  return {
    paragraphs: [], notes: [], comments: [], trackedChanges: [], bookmarks: [], tocFields: [], customXmlParts: [], trackRevisions: false,
    readerMessages: [],
    ...parts,
    properties: {
      title: null, subject: null, creator: null, lastModifiedBy: null, created: null, modified: null, revision: null, application: null,
      ...parts.properties,
    },
  };
}
