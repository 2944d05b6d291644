/** Findings shared by every check (SPEC §2.7). Rule ids are stable: tools and users key on them. */
import type { DocumentModel, Note } from "./document";
import { noteOf } from "./notes";
import { sectionOf, type Heading } from "./outline";

export type Severity = "error" | "warning" | "info";

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export type RuleId =
  | "toc/missing-in-toc" | "toc/missing-in-body" | "toc/title-mismatch" | "toc/number-mismatch"
  | "toc/order" | "toc/not-found" | "toc/outdated-field"
  | "numbering/gap" | "numbering/duplicate" | "numbering/mixed"
  | "section/length" | "section/shape"
  | "term/glossary" | "term/variant"
  | "meta/missing" | "meta/invalid" | "meta/date-order" | "meta/unknown-committee" | "meta/storage-unreadable"
  | "beirat/unanswered";

export interface FindingLocation {
  /** Paragraph index in the model (body or note), null for document-wide findings. */
  paragraph: number | null;
  /** Outline number path of the enclosing section ("B.X", "3.5"), null before the first heading; for a note, its reference's. */
  section: string | null;
  /** The footnote or endnote the paragraph belongs to, null in the body. */
  note: Pick<Note, "kind" | "number"> | null;
  /** A short excerpt of the text concerned. */
  text: string | null;
}

/** The location of a finding at a paragraph (or of a document-wide one): its section and, in a note, the note. */
export function locationAt(model: DocumentModel, hs: readonly Heading[], paragraph: number | null, text: string | null): FindingLocation {
  if (paragraph === null) return { paragraph: null, section: null, note: null, text };
  return { paragraph, section: sectionOf(model, hs, paragraph)?.path ?? null, note: noteOf(model, paragraph), text };
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** German, for a clerk. */
  message: string;
  location: FindingLocation;
  data?: Record<string, unknown>;
}
