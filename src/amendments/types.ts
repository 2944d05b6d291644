/**
 * An Antrag (amendment): the tracked changes and comments that belong together, with the
 * metadata the committee needs. Modelled on OParl Paper / Consultation (research/anchors.md §6).
 */
import type { TextRange } from "../model/document";

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

export interface Amendment {
  /** Our own persistent key (stored records) or a fingerprint-derived key (not yet stored). */
  key: string;
  kind: AmendmentKind;
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

/** One value recognised in legacy free text, with the text it came from. */
export type ImportedValue =
  | { field: "antragsteller"; value: string }
  | { field: "datum" | "statusDatum"; value: IsoDate }
  | { field: "status" | "statusGremium"; value: string }
  | { field: "beratungsfolge"; value: ConsultationStep };

export type ImportedField = ImportedValue & {
  confidence: Confidence;
  /** The words the value was read from ("vom 09.03.2025"). */
  source: string;
  /** Why the confidence is reduced (German, for the user), null when there is nothing to say. */
  note: string | null;
};

/** Where a legacy annotation stood. */
export type AnnotationOrigin = "comment" | "inline" | "paragraph" | "author";

/** What legacy import recognised for one amendment: a proposal for the user to confirm, never applied silently. */
export interface ImportProposal {
  amendmentKey: string;
  origin: AnnotationOrigin;
  /** The whole annotation as written. */
  text: string;
  fields: ImportedField[];
}
