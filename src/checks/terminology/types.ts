/** What the terminology check reports: groups of variants of one term, each place addressable in the final view. */
import type { Finding, Severity } from "../../model/findings";

export interface TermPlace {
  paragraph: number;
  /** Offsets into the paragraph's final text (`Paragraph.text`). */
  start: number;
  end: number;
  /** The matched text as it stands. */
  text: string;
  /** Inflection ending of each word of the variant's form ("s" in „Potentials“), kept when the place is replaced. */
  endings: string[];
  /** The ending brought an umlaut into the word (Anträge to Antrag): a replacement puts it back (Zuschussanträge). */
  umlaut?: boolean;
  /** The place is the tail of a longer word (stengel in Blütenstengel): a replacement starts with a small letter. */
  tail?: boolean;
}

export interface TermVariant {
  /** The variant as shown to the user (base form, e.g. „Potential“). */
  form: string;
  count: number;
  places: TermPlace[];
}

/** Which kind of inconsistency a group shows; decides how it is explained and whether it can be replaced. */
export type TermGroupKind =
  | "glossary" | "spelling" | "compound" | "case" | "abbreviation"
  /** Gendered forms side by side; replacing them changes articles and adjectives too, so the clerk edits by hand. */
  | "gender";

export interface TermGroup {
  /** Stable across checks of the same document: the key for "ignorieren" stored with it. */
  id: string;
  rule: "term/glossary" | "term/variant";
  kind: TermGroupKind;
  severity: Severity;
  /** In order of first occurrence. */
  variants: TermVariant[];
  suggested: string;
  /**
   * Why `suggested`, in German: "bevorzugter Begriff laut Glossar", the official or Duden-recommended spelling
   * ("geltende Rechtschreibung: ss nach kurzem Vokal …"), or "häufigere Schreibweise (5 zu 2)".
   */
  reason: string;
  /** The glossary note, when a glossary term stands behind the group. */
  note: string | null;
  /** The user chose to ignore this group for the document; it yields no finding. */
  ignored: boolean;
}

export interface TermReport {
  findings: Finding[];
  groups: TermGroup[];
}

export interface Replacement {
  paragraph: number;
  start: number;
  end: number;
  replacement: string;
}
