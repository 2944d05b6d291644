/** The real analysis of the first sample draft: readDocx and analyzeDocument, as the pane gets it from Word. */
import fs from "fs";
import path from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import { analyzeDocument, type AnalysisResult } from "../../src/analysis";
import { readDocx } from "../../src/docx";

const SAMPLE = path.resolve(__dirname, "../../../shared/samples/strategie-entwurf1.docx");

export function sampleDraftAnalysis(): AnalysisResult {
  // jsdom, where the component tests run, has no TextDecoder; the reader needs it as browsers and Node have it.
  globalThis.TextDecoder ??= NodeTextDecoder as typeof TextDecoder;
  return analyzeDocument(readDocx(new Uint8Array(fs.readFileSync(SAMPLE))));
}
