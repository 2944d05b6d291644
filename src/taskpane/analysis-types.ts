/**
 * What the task pane shows: one analysis of the open document. The pane only reads these
 * plain data; the checks (src/checks, src/amendments, src/beirat) compute them.
 */
import type { Amendment } from "../amendments/types";
import type { DocumentModel, TextRange } from "../model/document";
import type { Finding } from "../model/findings";
import type { Heading } from "../model/outline";

/** One line of the table of contents, typed or from a TOC field. */
export interface TocLine {
  /** Body paragraph that holds the entry. */
  paragraph: number;
  level: number | null;
  /** Number as shown ("B", "3.5"), "" when unnumbered. */
  label: string;
  title: string;
}

export interface OutlineResult {
  findings: Finding[];
  toc: TocLine[];
  headings: Heading[];
}

/** Where one spelling of a term occurs. */
export interface TermVariant {
  text: string;
  count: number;
  /** Final-view ranges of the occurrences, in document order. */
  places: TextRange[];
}

export interface TermGroup {
  /** Stable key of the group (the user may ignore it by this key). */
  key: string;
  /** The spelling to use: from the glossary, or the most frequent one; null when undecided. */
  preferred: string | null;
  /** Why the spellings belong together, German ("Schreibweise mit Bindestrich", "Glossar"). */
  reason: string;
  variants: TermVariant[];
}

export interface TermsResult {
  findings: Finding[];
  groups: TermGroup[];
}

export interface BeiratAnswer {
  author: string;
  /** ISO date or timestamp, null when unknown. */
  datum: string | null;
  text: string;
}

/** A Teilhabebeirat marking (SPEC §2.7 `overview --kind beirat`), with its place for the pane. */
export interface BeiratItem {
  nr: number;
  kind: "question" | "addition";
  /** Outline path of the enclosing section, null before the first heading. */
  section: string | null;
  /** The marked text. */
  text: string;
  /** The question's comment text, null when the marking has no comment. */
  comment: string | null;
  author: string | null;
  datum: string | null;
  answers: BeiratAnswer[];
  resolved: boolean;
  /** Session id of the comment in Word, null when there is none. */
  commentId: string | null;
  location: TextRange | null;
}

export interface AnalysisResult {
  model: DocumentModel;
  outline: OutlineResult;
  terms: TermsResult;
  amendments: Amendment[];
  beirat: BeiratItem[];
  /** All findings in document order. */
  findings: Finding[];
}
