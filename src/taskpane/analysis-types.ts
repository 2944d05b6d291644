/**
 * What the task pane shows: one analysis of the open document (src/analysis). The pane only reads
 * these data; the checks compute them. Re-exported here so that the components name one module.
 */
export type { AnalysisResult } from "../analysis";
export type { Amendment, AntragMetadata, ConsultationStep, ImportedField, ImportProposal } from "../amendments/types";
export type { AmendmentCollection, EditableField } from "../amendments";
export type { Registry } from "../amendments/registry";
export type { BeiratAnswer, BeiratItem } from "../beirat";
export type { HeadingView, OutlineFix, OutlineReport, TocEntryView } from "../checks/outline";
export type { TermGroup, TermPlace, TermReport, TermVariant } from "../checks/terminology/types";
