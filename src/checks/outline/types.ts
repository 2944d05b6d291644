/** What the outline check reports: plain JSON, printed as `outline.toc` / `outline.headings` (SPEC §2.7). */
import type { Finding } from "../../model/findings";
import type { Heading, NumberScheme } from "../../model/outline";

/** One line of the table of contents as read from the document. */
export interface TocEntryView {
  /** Body paragraph that holds the entry. */
  paragraph: number;
  /** 1-based level: from the TOC style (Verzeichnis 2 → 2) or, in a typed list without styles, from its numbering. */
  level: number;
  /** Number as shown without trailing punctuation ("B", "XII", "3.5"); "" when unnumbered. */
  label: string;
  title: string;
  /** Page number as printed, null when the line shows none. */
  page: string | null;
  /** Outline path the entry names ("B.XII", "3.5"). */
  path: string;
  scheme: NumberScheme | null;
  value: number | null;
}

/** A body heading in the final view (all tracked changes accepted). */
export type HeadingView = Heading;

export type TocSource = "field" | "typed";

/** An outline to compare against: the agreed Inhaltsverzeichnis of an earlier draft. */
export interface ReferenceEntry {
  level: number;
  label: string;
  title: string;
}

export interface ReferenceOutline {
  entries: ReferenceEntry[];
}

/** The repair the task pane can offer for a finding, as data (`finding.data.fix`). */
export type OutlineFix =
  | { kind: "update-field"; fieldIndex: number }
  | {
      kind: "insert-toc-entry";
      /** The new entry goes after this paragraph (the previous TOC entry or the TOC's title)… */
      afterParagraph: number | null;
      /** …or, when the missing entry comes first and the TOC has no title, before this one. */
      beforeParagraph: number | null;
      text: string;
      level: number;
      /** Paragraph style of the neighbouring entries ("Toc2"), null for a TOC typed without styles. */
      style: string | null;
      /** The following lines whose numbers the missing entry shifted, with their corrected text. */
      renumber: { paragraph: number; text: string }[];
    }
  | { kind: "replace-toc-entry"; paragraph: number; text: string };

/**
 * One row of the body's headings beside the outline (TOC or reference), as the check paired them: the pane's table
 * shows this pairing, so it never contradicts the findings. A side is null where the other has no partner.
 */
export interface OutlinePair {
  heading: HeadingView | null;
  entry: TocEntryView | null;
  /** Both sides are there but their titles differ. */
  titleDiffers: boolean;
}

export interface OutlineReport {
  findings: Finding[];
  /** The headings beside the TOC entries, in document order (every heading when there is no TOC). */
  pairs: OutlinePair[];
  toc: TocEntryView[];
  headings: HeadingView[];
  tocSource: TocSource | null;
}
