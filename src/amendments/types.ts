/**
 * An Antrag (amendment): the tracked changes and comments that belong together, with the
 * metadata the committee needs. Modelled on OParl Paper / Consultation (research/anchors.md §6).
 */
import type { TextRange } from "../model/document";
import type { Committee, Proposer } from "./registry";

/** Calendar date "YYYY-MM-DD". */
export type IsoDate = string;

export type ConsultationRole = "Vorberatung" | "Anhörung" | "Entscheidung" | "Kenntnisnahme";

/** One step of the Beratungsfolge (OParl Consultation). */
export interface ConsultationStep {
  /** Committee short name from the registry ("AfASSuG"). */
  gremium: string;
  role: ConsultationRole;
  date: IsoDate | null;
  /** Outcome as the minutes say it ("Zustimmung", "abgelehnt"), null while pending. */
  result: string | null;
}

export interface HistoryEntry {
  /** ISO timestamp of the edit. */
  at: string;
  by: string;
  field: string;
  from: string | null;
  to: string | null;
}

export interface AntragMetadata {
  /** Proposer: registry name of an organisation or a person. */
  antragsteller: string | null;
  /** Date of the motion. */
  datum: IsoDate | null;
  beratungsfolge: ConsultationStep[];
  /** One of the registry's status values ("eingereicht", "angenommen", …). */
  status: string | null;
  statusDatum: IsoDate | null;
  statusGremium: string | null;
  begruendung: string | null;
  stellungnahme: string | null;
  history: HistoryEntry[];
}

/** Where an amendment's metadata came from. */
export type MetadataSource = "metadata" | "imported" | "none";

export type AmendmentKind = "insertion" | "deletion" | "replacement" | "move" | "comment";

/**
 * What a group of changes and comments is to the committee: an Antrag (tracked changes, or a comment that proposes
 * wording or carries a recognised annotation), an editorial change the add-in made itself (terminology unified, the
 * table of contents repaired: "redaktionelle Änderung"), or a comment (a question, a note) that is no Antrag.
 */
export type AmendmentCategory = "antrag" | "editorial" | "comment";

export interface Amendment {
  /** Our own persistent key (stored records) or a fingerprint-derived key (not yet stored). */
  key: string;
  kind: AmendmentKind;
  category: AmendmentCategory;
  /**
   * The Antrag's number, given once when it is first stored and never changed or reused ("Änderungsantrag Nr. 7");
   * null until then, and always for editorial changes and comments (see numbering.ts for what is shown instead).
   */
  number: number | null;
  /** Ids of the model's tracked changes and comments in this group (session-local). */
  changeIds: string[];
  commentIds: string[];
  /** Final-view range covering the group; null when the anchor is no longer in the document. */
  location: TextRange | null;
  /** The changed wording: removed text and inserted text (fragments, in document order). */
  removed: string;
  inserted: string;
  author: string | null;
  date: string | null;
  metadata: AntragMetadata;
  source: MetadataSource;
  /** False for stored records whose anchor was not found again ("nicht mehr im Dokument gefunden"). */
  found: boolean;
}

/** How sure an automatic recognition is; anything below "high" needs the user's confirmation. */
export type Confidence = "high" | "medium" | "low";

/** One value recognised in an annotation. */
export type ImportedValue =
  | { field: "antragsteller"; value: string }
  | { field: "datum" | "statusDatum"; value: IsoDate }
  | { field: "status" | "statusGremium" | "begruendung"; value: string }
  | { field: "beratungsfolge"; value: ConsultationStep };

/** The text an annotation stands in: a comment, one of its replies, a paragraph (final view), a comment's author. */
export type AnnotationSource =
  | { kind: "comment"; commentId: string }
  | { kind: "reply"; commentId: string; replyId: string }
  | { kind: "paragraph"; paragraph: number }
  | { kind: "author"; commentId: string };

/** Where a value was read: offsets [start, end) in the source's text (a comment's, a reply's or a paragraph's text). */
export interface SourceSpan {
  source: AnnotationSource;
  start: number;
  end: number;
}

export type ImportedField = ImportedValue & {
  confidence: Confidence;
  /** The words the value was read from, as written ("Zustimmung im AfUKM am 10.03.2025"): the span's text. */
  source: string;
  span: SourceSpan;
  /** Why the confidence is reduced, or how the value was derived (German, for the user); null when there is nothing to say. */
  note: string | null;
};

/** Where an annotation stood: a comment, a reply in its thread, a parenthesis in the text, a note paragraph after a change. */
export type AnnotationOrigin = "comment" | "reply" | "inline" | "paragraph" | "author";

/** One annotation that was read. */
export interface AnnotationNote {
  origin: AnnotationOrigin;
  source: AnnotationSource;
  /** The words read, as written: the comment or reply, the words inside the brackets, the note paragraph, the author. */
  text: string;
  /** Where `text` stands in the source's text. */
  start: number;
  end: number;
  /**
   * For notes in the document text, their exact range in the final view: an inline note's whole parenthesis,
   * brackets included, or the note paragraph — what an overview leaves out of the wording, or a clean-up deletes.
   * Null for comments.
   */
  range: TextRange | null;
}

/**
 * An annotation in the document text that the import reads (a parenthesis after the amended sentence), of any
 * amendment, confirmed or not: what the overviews leave out of the wording and "Vermerke aus dem Text entfernen" deletes.
 */
export interface InlineAnnotation {
  amendmentKey: string;
  /** The whole parenthesis, brackets included, in the final view. */
  range: TextRange;
  text: string;
}

/** A committee or proposer an annotation names that the registry does not list: offered for the registry. */
export type RegistryAddition = { list: "committees"; entry: Committee } | { list: "proposers"; entry: Proposer };

/**
 * What the import read for one amendment — the comment thread in date order, the parentheses after the amended
 * sentence, a note paragraph — merged into one proposal: a value per field with its source and certainty, every
 * step of the Beratungsfolge, the status derived from the steps. Never applied silently: the user confirms.
 */
export interface ImportProposal {
  amendmentKey: string;
  /** The annotations read, in reading order. */
  notes: AnnotationNote[];
  fields: ImportedField[];
  /** Committees and proposers named here that the registry lacks. */
  unknown: RegistryAddition[];
}
