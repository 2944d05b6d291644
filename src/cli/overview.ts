/** `beschlussreif overview`: Änderungsübersicht, Synopse or Beirat list as a file. */
import { collectAmendments } from "../amendments";
import { collectBeiratItems, recordedQuestions } from "../beirat";
import { OverviewError, overviewData, renderOverview, type OverviewFormat, type OverviewKind } from "../overview";
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
  markUnconfirmed: boolean;
  groupBySection: boolean;
}

const BINARY: ReadonlySet<OverviewFormat> = new Set(["docx", "xlsx"]);

export async function runOverview(io: CliIO, file: string, options: OverviewOptions): Promise<0> {
  if (BINARY.has(options.format) && !options.out) {
    throw new UsageError(`Für das Format ${options.format} bitte mit --out eine Zieldatei angeben.`);
  }
  const model = readDocument(io, file);
  const collection = collectAmendments(model);
  const now = new Date();
  const data = overviewData(
    { model, amendments: collection.amendments, beirat: collectBeiratItems(model, { recordedQuestions: recordedQuestions(collection.amendments) }) },
    {
      kind: options.kind,
      date: now.toISOString().slice(0, 10),
      groupBySection: options.groupBySection,
      includeComments: options.includeComments,
      markUnconfirmed: options.markUnconfirmed,
      status: options.status ? [options.status] : undefined,
      committee: options.committee ? [options.committee] : undefined,
      proposer: options.proposer ? [options.proposer] : undefined,
      section: options.section ? [options.section] : undefined,
    },
  );
  let output: Uint8Array | string;
  try {
    output = await renderOverview(data, options.format, { generated: now.toISOString(), registry: collection.registry });
  } catch (error) {
    if (error instanceof OverviewError) throw new UsageError(error.message);
    throw error;
  }
  if (options.out) io.writeFile(options.out, output);
  else io.stdout(typeof output === "string" ? output : "");
  return 0;
}
