/**
 * The task pane's host in the demo page: the document comes from a .docx read in the browser,
 * "select" scrolls the rendered document. Writing actions need Word (or its simulator) and are absent.
 */
import type { DocumentModel, TextRange } from "../model/document";
import type { AnalysisResult } from "../taskpane/analysis-types";
import type { WordHost } from "../taskpane/host";

export function createDemoHost(
  model: Promise<DocumentModel>,
  analyze: (model: DocumentModel) => AnalysisResult,
  show: (paragraph: number, range?: TextRange) => void,
): WordHost {
  return {
    refresh: async () => analyze(await model),
    select: async (paragraph, range) => {
      const m = await model;
      if (!m.paragraphs[paragraph]) throw new Error(`Absatz ${paragraph + 1} gibt es in diesem Dokument nicht mehr.`);
      show(paragraph, range);
    },
    actions: {},
    limitations: ["In der Demo werden keine Änderungen in das Dokument geschrieben; Fragen, Antworten und Übersichten erstellen Sie in Word."],
  };
}
