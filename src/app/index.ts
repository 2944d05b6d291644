/**
 * The application layer: the use cases both hosts — the task pane in Word (src/taskpane/word-host.ts) and the
 * command line (src/cli) — call. Pure: a use case takes what was read and returns the result or a write plan,
 * which src/word executes in Word and src/docx on a package. Refusals are Refusal errors with a German message.
 */
export { analyse, type DocumentAnalysis } from "./analyse";
export { planBeiratAction, type BeiratRun } from "./beirat";
export { planAnnotationRemoval, planEditorialRecords, planOutlineFix, planUnifyTerm, removableAnnotations } from "./edits";
export { describeDocument } from "./meta";
export { oparlContext, overviewDocument, overviewFile, overviewOf, overviewTable } from "./overview";
export { referenceFromFile } from "./reference";
export { Refusal } from "./refusal";
export { planAmendmentsSave, planImport, planPackageSave, planRegistrySave, type SaveContext } from "./save";
export { planAddToGlossary, planIgnoreTerm, planUnignoreTerm } from "./settings";
