/** `beschlussreif overview`: Änderungsübersicht, Synopse or Beirat list as a file. */
import { analyse, overviewFile, overviewOf } from "../app";
import { OverviewError, type OverviewFormat, type OverviewKind } from "../overview";
import { UsageError } from "./errors";
import { readDocument } from "./input";
import type { CliIO } from "./io";

export interface OverviewOptions {
  kind: OverviewKind;
  format: OverviewFormat;
  out?: string;
  status?: string;
  committee?: string;
  proposer?: string;
  section?: string;
  includeComments: boolean;
  groupBySection: boolean;
}

const BINARY: ReadonlySet<OverviewFormat> = new Set(["docx", "xlsx"]);

export async function runOverview(io: CliIO, file: string, options: OverviewOptions): Promise<0> {
  if (BINARY.has(options.format) && !options.out) {
    throw new UsageError(`Für das Format ${options.format} bitte mit --out eine Zieldatei angeben.`);
  }
  const { result } = analyse(readDocument(io, file));
  const now = new Date();
  const data = overviewOf(result, {
    kind: options.kind,
    date: now.toISOString().slice(0, 10),
    groupBySection: options.groupBySection,
    includeComments: options.includeComments,
    status: options.status ? [options.status] : undefined,
    committee: options.committee ? [options.committee] : undefined,
    proposer: options.proposer ? [options.proposer] : undefined,
    section: options.section ? [options.section] : undefined,
  });
  let output: Uint8Array | string;
  try {
    output = (await overviewFile(data, options.format, { registry: result.amendments.registry, now })).data;
  } catch (error) {
    if (error instanceof OverviewError) throw new UsageError(error.message);
    throw error;
  }
  if (options.out) io.writeFile(options.out, output);
  else io.stdout(typeof output === "string" ? output : "");
  return 0;
}
