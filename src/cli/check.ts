/** `beschlussreif check`: every check, as text or the JSON of SPEC §2.7 — the pane's analysis, settings part included. */
import { analyse, referenceFromFile } from "../app";
import { parseGlossary } from "../checks/terminology";
import { SEVERITY_RANK, type Severity } from "../model/findings";
import { formatFindings, summarizeFindings } from "./format";
import { parseWith, readDocument, readJson, refused } from "./input";
import type { CliIO } from "./io";
import { readConfiguration } from "./configuration";

export interface CheckOptions {
  format: "text" | "json";
  glossary: string[];
  reference?: string;
  /** Absent: the configuration's default, else "error". */
  failOn?: Severity | "never";
  config?: string;
}

export async function runCheck(io: CliIO, file: string, options: CheckOptions): Promise<0 | 1> {
  const configuration = readConfiguration(io, options.config);
  const glossaries = options.glossary.map((path) => parseWith(path, parseGlossary, readJson(io, path)));
  const path = options.reference;
  const reference = path ? await refused(path, () => referenceFromFile(path, io.readFile(path), () => readDocument(io, path))) : undefined;
  const { result } = analyse(readDocument(io, file), { configuration, glossaries, reference });

  if (options.format === "json") {
    const summary = { ...summarizeFindings(result.findings), total: result.findings.length };
    const json = { file, summary, findings: result.findings, outline: { toc: result.outline.toc, headings: result.outline.headings } };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
  } else {
    io.stdout(formatFindings(file, result.findings));
  }
  const failOn = options.failOn ?? configuration.defaults.failOn ?? "error";
  if (failOn === "never") return 0;
  const threshold = SEVERITY_RANK[failOn];
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}
