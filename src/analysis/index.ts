/**
 * One analysis of a document: every check over one model, as the command line's `check`,
 * the task pane and the benchmark run it. Pure: model in, result out.
 */
import type { DocumentModel } from "../model/document";
import type { Amendment } from "../amendments/types";
import { SEVERITY_RANK, type Finding } from "../model/findings";
import { withoutInsertedOverviews } from "../model/inserted";
import { sharingHeadings } from "../model/outline";
import { checkOutline, type OutlineReport, type ReferenceOutline } from "../checks/outline";
import { checkTerminology, type Glossary, type TermReport } from "../checks/terminology";
import { checkAmendments, checkStorage, collectAmendments, type AmendmentCollection } from "../amendments";
import { checkBeirat, collectBeiratItems, recordedQuestions, type BeiratItem } from "../beirat";
import { NAMESPACE } from "../amendments/storage";
import { DEFAULT_CONFIGURATION, type Configuration } from "../config";
import { SETTINGS_NAMESPACE } from "./settings";

/** The custom XML parts the analysis reads (amendment data, check settings): all a reader needs of a document's parts. */
export const ANALYSIS_PARTS: readonly string[] = [NAMESPACE, SETTINGS_NAMESPACE];

export interface AnalysisOptions {
  /** The county's configuration (src/config); the built-in neutral one when absent. */
  configuration?: Configuration;
  /** Command-line and document glossaries, in precedence order; the configuration's and the built-in follow. */
  glossaries?: Glossary[];
  reference?: ReferenceOutline;
  /** Term groups the user chose to ignore in this document. */
  ignoredTerms?: string[];
}

export interface AnalysisResult {
  model: DocumentModel;
  outline: OutlineReport;
  terms: TermReport;
  amendments: AmendmentCollection;
  beirat: BeiratItem[];
  /** All findings, in document order, the more severe first at the same place. */
  findings: Finding[];
  /** The configuration the analysis ran with: what the hosts offer (OParl address, defaults) follows it. */
  configuration: Configuration;
}

export function analyzeDocument(model: DocumentModel, options: AnalysisOptions = {}): AnalysisResult {
  // The checks read the draft without the overviews the add-in inserted; the result keeps the document as Word has it.
  const text = withoutInsertedOverviews(model);
  /* Every check names sections: the headings are read once for all of them. */
  return { ...sharingHeadings(text, () => analyze(text, options)), model };
}

function analyze(model: DocumentModel, options: AnalysisOptions): AnalysisResult {
  const configuration = options.configuration ?? DEFAULT_CONFIGURATION;
  const outline = checkOutline(model, { reference: options.reference });
  const glossaries = [...(options.glossaries ?? []), ...(configuration.glossary ? [configuration.glossary] : [])];
  const terms = checkTerminology(model, { glossaries, ignored: options.ignoredTerms });
  const amendments = collectAmendments(model, configuration.registry);
  const beirat = beiratItems(model, configuration, amendments.amendments);
  const findings = [
    ...outline.findings,
    ...terms.findings,
    ...checkStorage(amendments.storageProblem),
    ...checkAmendments(amendments.amendments, amendments.registry, model),
    ...checkBeirat(beirat),
  ].sort(byPlace);
  return { model, outline, terms, amendments, beirat, findings, configuration };
}

/** The Beirat's questions and additions as the configuration names and colours them, with the questions its records hold. */
export function beiratItems(model: DocumentModel, configuration: Configuration, amendments: readonly Amendment[]): BeiratItem[] {
  const { name, ...marking } = configuration.beirat;
  return collectBeiratItems(model, { ...marking, recordedQuestions: recordedQuestions(amendments, name) });
}

function byPlace(a: Finding, b: Finding): number {
  const pa = a.location.paragraph ?? -1;
  const pb = b.location.paragraph ?? -1;
  return pa - pb || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
}
