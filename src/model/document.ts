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
export type RunRevision = { kind: "none" } | AddedRevision | RemovedRevision;
/** The run's text is new in the final view: inserted, or moved here. */
export type AddedRevision = { kind: "inserted" | "movedTo"; changeId: string };
/** The run's text is gone from the final view (it stands in the original only): deleted, or moved away from here. */
export type RemovedRevision = { kind: "deleted" | "movedFrom"; changeId: string };

export const isAdded = (revision: RunRevision): revision is AddedRevision => revision.kind === "inserted" || revision.kind === "movedTo";
export const isRemoved = (revision: RunRevision): revision is RemovedRevision => revision.kind === "deleted" || revision.kind === "movedFrom";

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

export interface Paragraph {
  /** Index in `DocumentModel.paragraphs` (body story, document order, deleted paragraphs included). */
  index: number;
  /** Text with all tracked changes accepted. */
  text: string;
  /** Text with all tracked changes rejected. */
  originalText: string;
  runs: Run[];
  styleId: string | null;
  styleName: string | null;
  builtInStyle: BuiltInStyle;
  /** 1–9 for headings (Heading 1 = 1), null for body text. Resolved through `basedOn` chains and direct formatting. */
  outlineLevel: number | null;
  list: ListInfo | null;
  table: TableCellRef | null;
  /** Change id when the paragraph mark itself is a tracked insertion / deletion. */
  markInserted: string | null;
  markDeleted: string | null;
  /** `w14:paraId`, when the writer recorded one. */
  paraId: string | null;
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
  | "runFormatting" | "paragraphFormatting" | "tableChange";

export type Story = "body" | "header" | "footer" | "footnotes" | "endnotes" | "comments";

export interface TrackedChange {
  /** `w:id` in the file; in Word a session-local id. */
  id: string;
  kind: TrackedChangeKind;
  author: string;
  date: IsoDateTime | null;
  /** Inserted or deleted text; empty for formatting changes and paragraph marks. */
  text: string;
  story: Story;
  /** Final-view location in the body; a deletion is a point. Null outside the body. */
  location: TextRange | null;
}

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

export interface DocumentModel {
  paragraphs: Paragraph[];
  comments: Comment[];
  trackedChanges: TrackedChange[];
  bookmarks: Bookmark[];
  tocFields: TocField[];
  customXmlParts: CustomXmlPart[];
  properties: CoreProperties;
  /** Word's "Track changes" switch (`w:trackRevisions` / `changeTrackingMode`). */
  trackRevisions: boolean;
}

/** A model with the given parts and everything else empty: for derived views (TOC lines read as headings) and tests. */
export function createDocumentModel(parts: Partial<Omit<DocumentModel, "properties">> & { properties?: Partial<CoreProperties> } = {}): DocumentModel {
  return {
    paragraphs: [], comments: [], trackedChanges: [], bookmarks: [], tocFields: [], customXmlParts: [], trackRevisions: false,
    ...parts,
    properties: {
      title: null, subject: null, creator: null, lastModifiedBy: null, created: null, modified: null, revision: null, application: null,
      ...parts.properties,
    },
  };
}
