/**
 * The real analysis of the first sample draft: readDocx and analyzeDocument with the Kreis Coesfeld's example
 * configuration, as the pane gets it from Word in the county whose draft it is.
 */
import fs from "fs";
import path from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import { analyzeDocument, type AnalysisResult } from "../../src/analysis";
import { readDocx } from "../../src/docx";
import { COESFELD } from "../config/county";

const SAMPLE = path.resolve(__dirname, "../../../shared/samples/strategie-entwurf1.docx");

export function sampleDraftAnalysis(): AnalysisResult {
  // jsdom, where the component tests run, has no TextDecoder; the reader needs it as browsers and Node have it.
  globalThis.TextDecoder ??= NodeTextDecoder as typeof TextDecoder;
  return analyzeDocument(readDocx(new Uint8Array(fs.readFileSync(SAMPLE))), { configuration: COESFELD });
}
