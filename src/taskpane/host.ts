/**
 * What the task pane needs from its host: Word (src/word over Office.js), the Word simulator
 * in the demo, or a fake in tests. Actions a host cannot perform are absent; the pane then
 * hides their controls (feature detection, e.g. older Word).
 */
import type { TextRange } from "../model/document";
import type { AnalysisResult, TermGroup } from "./analysis-types";

export type OverviewKind = "amendments" | "synopse" | "beirat";
export type OverviewTarget = "newDocument" | "cursor";

export interface HostActions {
  /** Pink highlight and a comment on the current selection, recorded for the Teilhabebeirat. */
  askQuestion?(question: string): Promise<void>;
  /** Inserts the text after the selection as a tracked change in pink. */
  proposeAddition?(text: string): Promise<void>;
  /** Replaces the selection by the text as a tracked change in pink. */
  proposeChange?(text: string): Promise<void>;
  replyToComment?(commentId: string, text: string): Promise<void>;
  resolveComment?(commentId: string): Promise<void>;
  /** Replaces every other spelling of the group by `preferred`, as tracked changes. */
  unifyTerm?(group: TermGroup, preferred: string): Promise<void>;
  insertOverview?(kind: OverviewKind, target: OverviewTarget): Promise<void>;
}

export interface WordHost {
  /** Reads the document and analyses it. Rejects with an Error whose message is German. */
  refresh(): Promise<AnalysisResult>;
  /** Selects and scrolls to a paragraph, or a range in the final view. */
  select(paragraph: number, range?: TextRange): Promise<void>;
  actions: HostActions;
  /** What this host cannot do, in German, shown once in the pane (e.g. "Word unterstützt WordApi 1.6 nicht"). */
  limitations: string[];
}

/** A place in the document the user asked to see. */
export interface DocumentPlace {
  paragraph: number;
  range?: TextRange;
}
