/**
 * The overview tables as data: what the committee reads, independent of the file format.
 * Builders (tables.ts, synopse.ts, beirat.ts) produce these; renderers turn them into files.
 */
import type { AntragNumber } from "../amendments/numbering";
import type { AmendmentCategory, AmendmentKind, IsoDate, MetadataSource } from "../amendments/types";
import type { TextRange } from "../model/document";

export type Mark = "none" | "deleted" | "inserted";

/** A stretch of text with its revision mark: struck/italic for deleted, bold for inserted. */
export interface Segment {
  text: string;
  mark: Mark;
}

/** Text with marked words; "\n" inside a segment separates paragraphs. */
export type MarkedText = Segment[];

export interface AmendmentRow {
  /** The stored Antrag number, or a provisional count marked as such (src/amendments/numbering.ts); filters keep it. */
  nr: AntragNumber;
  key: string;
  kind: AmendmentKind;
  category: AmendmentCategory;
  /** Outline path ("B.I") and heading title; null before the first heading or when not found. */
  sectionPath: string | null;
  sectionTitle: string | null;
  /** "B.I Wirtschaft und Arbeit" as the column shows it. */
  section: string;
  /** Place within the section ("Absatz 2", "Aufzählungspunkt 4"). */
  fundstelle: string;
  before: MarkedText;
  after: MarkedText;
  antragsteller: string | null;
  ausschuss: string | null;
  datum: IsoDate | null;
  /** Beratungsfolge, one line per step ("AfASSuG (Vorberatung), 05.03.2025: Zustimmung"). */
  beratung: string;
  status: string | null;
  statusDatum: IsoDate | null;
  statusGremium: string | null;
  /** The Antrag's reason, as its proposer gave it. */
  begruendung: string | null;
  /** The administration's statement on the Antrag. */
  stellungnahme: string | null;
  source: MetadataSource;
  found: boolean;
  trackedChanges: { id: string; kind: string; author: string; date: string | null; text: string }[];
  /** The Antrag's comment threads as people wrote them: the add-in's readable "Antrag: …" lines are left out. */
  comments: RowComment[];
  /** Committees of the Beratungsfolge (first = federführend) with role and result, for OParl. */
  consultations: { gremium: string; role: string; date: IsoDate | null; result: string | null }[];
  /** When its changes, comments, replies and metadata edits were made, as the file says: OParl's created/modified. */
  timestamps: string[];
}

export interface RowComment {
  id: string;
  author: string;
  date: string | null;
  text: string;
  resolved: boolean;
  replies: { author: string; date: string | null; text: string }[];
}

export interface AmendmentFilter {
  status?: readonly string[];
  /** Committee short names; matches any step of the Beratungsfolge or the status committee. */
  committee?: readonly string[];
  proposer?: readonly string[];
  /** Outline paths; a path also selects its subsections ("B" selects "B.I"). */
  section?: readonly string[];
}

export interface AmendmentOptions extends AmendmentFilter {
  /** Comments that are no Anträge (questions, notes) count as rows (default true). */
  includeComments?: boolean;
  /** The add-in's editorial changes (terminology unified, table of contents repaired) count as rows (default false). */
  includeEditorial?: boolean;
  /**
   * Final-view ranges the wording columns leave out, each with the blank that separates it from the text
   * (annotations in the text that were read into the metadata).
   */
  omit?: readonly TextRange[];
}

export type SynopseRow =
  | { kind: "unchanged"; paragraphs: number[]; texts: string[] }
  | { kind: "changed"; paragraph: number; before: MarkedText; after: MarkedText }
  | { kind: "removed"; paragraph: number; before: MarkedText }
  | { kind: "added"; paragraph: number; after: MarkedText };

export interface SynopseSection {
  /** "B.I Wirtschaft und Arbeit"; null for text before the first heading. */
  heading: string | null;
  rows: SynopseRow[];
}

export interface Synopse {
  title: string;
  /** Date line of the paper, "YYYY-MM-DD". */
  date: IsoDate;
  sections: SynopseSection[];
}

/** What the Beirat list needs of an item (src/beirat's BeiratItem fits). */
export interface BeiratInput {
  nr: number;
  kind: "question" | "addition";
  section: string | null;
  paragraph: number | null;
  text: string;
  comment: string | null;
  author: string | null;
  datum: IsoDate | null;
  answers: { author: string; datum: IsoDate | null; text: string }[];
  resolved: boolean;
}

/** A row of the Beirat list: the item with its place named in words and its state. */
export interface BeiratRow extends Omit<BeiratInput, "paragraph"> {
  fundstelle: string;
  state: "offen" | "beantwortet" | "erledigt";
}

/** A table ready for any file format: a title, columns and rows of marked cells, optional group rows. */
export interface OverviewTable {
  title: string;
  /** Date line ("Stand 14.03.2025"). */
  subtitle: string;
  columns: { header: string; /** Width in characters at 9 pt. */ width: number }[];
  /** The first cell of a data row names the row ("Nr."): a row header for screen readers. */
  rowHeaders: boolean;
  rows: TableRow[];
  /** Notes under the table, each explaining a marker used in the cells ("¹ …"). */
  notes: string[];
}

export type TableRow =
  | { kind: "data"; cells: MarkedText[] }
  /** A row across all columns naming a section. */
  | { kind: "group"; text: string };

export type OverviewKind = "amendments" | "synopse" | "beirat";
export type OverviewFormat = "docx" | "xlsx" | "csv" | "html" | "json" | "oparl";

interface PaperInfo {
  /** Title of the draft the overview belongs to. */
  title: string;
  /** Date line, "YYYY-MM-DD" (passed in: the builders never read the clock). */
  date: IsoDate;
}

/** How the Änderungsübersicht presents its rows. */
export interface AmendmentPresentation {
  groupBySection: boolean;
  /** A column with the comment threads (never the add-in's lines or its hints). */
  comments: boolean;
  /** Values read from an annotation and not yet confirmed carry a marker explained under the table. */
  markUnconfirmed: boolean;
}

export type OverviewData =
  | ({ kind: "amendments"; rows: AmendmentRow[] } & AmendmentPresentation & PaperInfo)
  | { kind: "synopse"; synopse: Synopse; unchanged: "collapsed" | "full" }
  | ({ kind: "beirat"; rows: BeiratRow[] } & PaperInfo);
