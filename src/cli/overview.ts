/** `beschlussreif overview`: Änderungsübersicht, Synopse or Beirat list as a file. */
import { analyse, oparlContext, overviewFile, overviewOf } from "../app";
import { OparlBaseError, OverviewError, parseBaseUrl, type OverviewFormat, type OverviewKind } from "../overview";
import { readConfiguration } from "./configuration";
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
  /** Absent: the configuration's default, else no. */
  includeComments?: boolean;
  /** The add-in's editorial changes as rows (`--include-editorial`); off by default. */
  includeEditorial?: boolean;
  groupBySection?: boolean;
  baseUrl?: string;
  config?: string;
  markUnconfirmed: boolean;
}

const BINARY: ReadonlySet<OverviewFormat> = new Set(["docx", "xlsx"]);

/** The base of OParl ids: --base-url, else the configuration's; checked before the document is read. */
function oparlBase(given: string | undefined, configured: string | null): string {
  if (given === undefined && configured === null) {
    throw new UsageError(
      "Für das Format oparl fehlt die Basisadresse der OParl-Objekte: bitte mit --base-url angeben, unter welcher Adresse das " +
      "Ratsinformationssystem sie veröffentlicht (z. B. --base-url https://ris.example.org/oparl/), oder „oparl.baseUrl“ in der Konfiguration eintragen.",
    );
  }
  if (given === undefined) return configured!;
  try {
    return parseBaseUrl(given);
  } catch (error) {
    if (error instanceof OparlBaseError) throw new UsageError(`--base-url: ${error.message}`);
    throw error;
  }
}

export async function runOverview(io: CliIO, file: string, options: OverviewOptions): Promise<0> {
  if (BINARY.has(options.format) && !options.out) {
    throw new UsageError(`Für das Format ${options.format} bitte mit --out eine Zieldatei angeben.`);
  }
  if (options.baseUrl !== undefined && options.format !== "oparl") throw new UsageError("--base-url gilt nur für --format oparl.");
  const configuration = readConfiguration(io, options.config);
  const base = options.format === "oparl" ? oparlBase(options.baseUrl, configuration.oparl.baseUrl) : null;
  const { result } = analyse(readDocument(io, file), { configuration });
  const { defaults } = configuration;
  const now = new Date();
  const data = overviewOf(result, {
    kind: options.kind,
    date: now.toISOString().slice(0, 10),
    groupBySection: options.groupBySection ?? defaults.groupBySection ?? false,
    includeComments: options.includeComments ?? defaults.includeComments ?? false,
    includeEditorial: options.includeEditorial ?? false,
    markUnconfirmed: options.markUnconfirmed,
    status: options.status ? [options.status] : undefined,
    committee: options.committee ? [options.committee] : undefined,
    proposer: options.proposer ? [options.proposer] : undefined,
    section: options.section ? [options.section] : undefined,
  });
  let output: Uint8Array | string;
  try {
    output = (await overviewFile(data, options.format, { now, oparl: oparlContext(result, base) })).data;
  } catch (error) {
    if (error instanceof OverviewError) throw new UsageError(error.message);
    throw error;
  }
  if (options.out) io.writeFile(options.out, output);
  else io.stdout(typeof output === "string" ? output : "");
  return 0;
}
