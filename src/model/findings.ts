/** Findings shared by every check (SPEC §2.7). Rule ids are stable: tools and users key on them. */

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
  /** Body paragraph index, null for document-wide findings. */
  paragraph: number | null;
  /** Outline number path of the enclosing section ("B.X", "3.5"), null before the first heading. */
  section: string | null;
  /** A short excerpt of the text concerned. */
  text: string | null;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** German, for a clerk. */
  message: string;
  location: FindingLocation;
  data?: Record<string, unknown>;
}
