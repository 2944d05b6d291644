/**
 * The analysis both hosts run: every check over one model, with the document's own settings part (ignored term
 * groups, document glossary) applied as the pane and the command line alike must — same document, same findings.
 */
import { analyzeDocument, type AnalysisOptions, type AnalysisResult } from "../analysis";
import type { DocumentModel } from "../model/document";
import { readSettings, type SettingsRead } from "./settings";

export interface DocumentAnalysis {
  result: AnalysisResult;
  /** The document's settings as read, and why they could not be (German), for the pane's changes to them. */
  settings: SettingsRead;
}

/** `options`: what the host adds (glossaries of the command line, a reference outline); the document's settings come first. */
export function analyse(model: DocumentModel, options: AnalysisOptions = {}): DocumentAnalysis {
  const read = readSettings(model);
  const { settings } = read;
  const result = analyzeDocument(model, {
    ...options,
    glossaries: [...(settings.glossary.terms.length > 0 ? [settings.glossary] : []), ...(options.glossaries ?? [])],
    ignoredTerms: [...settings.ignoredTerms, ...(options.ignoredTerms ?? [])],
  });
  return { result, settings: read };
}
