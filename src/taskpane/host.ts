/**
 * What the task pane needs from its host: Word (src/word over Office.js), the Word simulator
 * in the demo, or a fake in tests. Actions a host cannot perform are absent; the pane then
 * hides their controls (feature detection, e.g. older Word).
 */
import type { TextRange } from "../model/document";
import type { OverviewData, OverviewFormat } from "../overview/types";
import type { Amendment, AnalysisResult, OutlineFix, Registry, TermGroup } from "./analysis-types";

/** Where a created overview goes: a new Word document, a file for the user, or a table at the cursor. */
export type OverviewTarget = "newDocument" | "download" | "cursor";

/** Every target, in the order the pane offers them: what a host without `overviewTargets` can do. */
export const OVERVIEW_TARGETS: readonly OverviewTarget[] = ["newDocument", "download", "cursor"];

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
  /**
   * Removes the annotations in the text whose values are stored (confirmed Anträge) as tracked deletions
   * (src/app planAnnotationRemoval); the records and their readable lines keep the values.
   */
  removeAnnotations?(): Promise<void>;
  /**
   * Stores the amendments' metadata in the document: the whole list of the analysis (document order) with the
   * edited amendments replaced. Those with source "metadata" are written (src/app planAmendmentsSave: the custom
   * XML part, merged with what co-authors stored meanwhile, and the readable comment lines); records no longer
   * found are kept from the stored part. Rejects, writing nothing, when the stored records cannot be read.
   */
  saveAmendments?(amendments: Amendment[]): Promise<void>;
  /**
   * Stores the edited registries (committees, proposers, status values) with the document: the same custom XML part
   * as the amendments (src/app planRegistrySave), the analysis's current amendments unchanged.
   * The pane validates with RegistrySchema and refuses removing entries still in use before calling this.
   * null removes the document's own registries: the central configuration's apply again.
   */
  saveRegistry?(registry: Registry | null): Promise<void>;
  /**
   * Makes an overview from the pane's data. Word: a new document for "newDocument" (docx), a table at the cursor
   * for "cursor"; a browser host saves a file for "download". Files are rendered as the command line renders them (src/app).
   */
  createOverview?(data: OverviewData, format: OverviewFormat, target: OverviewTarget): Promise<void>;
  /** Ignores the term group (TermGroup.id) for this document; the host stores the id with the document. */
  ignoreTerm?(groupId: string): Promise<void>;
  /** Checks an ignored term group again (the undo of ignoreTerm). */
  unignoreTerm?(groupId: string): Promise<void>;
  /** Adds the term to the document glossary stored with the document (preferred form and its variants). */
  addToGlossary?(term: { preferred: string; variants: string[] }): Promise<void>;
  /** Applies the repair the outline check offers in `finding.data.fix` (update the TOC field, insert a typed entry). */
  applyOutlineFix?(fix: OutlineFix): Promise<void>;
  /** Compares the outline with a reference (.docx or outline .json) chosen by the user; the next refresh shows the result. */
  compareWithReference?(file: File): Promise<void>;
  /**
   * The Selbsttest: each capability the add-in needs, tried in the Word it runs in (on a scratch paragraph that is
   * removed again); the German report for IT.
   */
  runSelfTest?(): Promise<SelfTestResult>;
}

export interface SelfTestResult {
  /** One line per capability: what was tried, passed or not, what Word answered and what it means. */
  checks: { label: string; ok: boolean; detail: string }[];
  /** The whole report as text to copy (platform, version, requirement sets, every check). */
  text: string;
}

export interface WordHost {
  /** Reads the document and analyses it. Rejects with an Error whose message is German. */
  refresh(): Promise<AnalysisResult>;
  /** Selects and scrolls to a paragraph, or a range in the final view. */
  select(paragraph: number, range?: TextRange): Promise<void>;
  actions: HostActions;
  /**
   * What this host cannot do, in German, shown in the pane (e.g. "Word unterstützt WordApi 1.6 nicht"). Set anew by
   * each successful refresh, which may find a limitation of the document (Word failing on its tracked changes).
   */
  limitations: string[];
  /** Where this host can put an overview (createOverview's target); absent means all three. */
  overviewTargets?: OverviewTarget[];
}

/** A place in the document the user asked to see. */
export interface DocumentPlace {
  paragraph: number;
  range?: TextRange;
}
