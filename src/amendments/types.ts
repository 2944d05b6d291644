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
