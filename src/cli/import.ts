/** `beschlussreif import`: what the free text says becomes stored metadata, in a copy of the file. */
import { DocxError } from "../docx";
import { importLegacyMetadata, MetadataWriteError } from "../docx/metadata-writer";
import { UsageError } from "./errors";
import { plural } from "./format";
import type { CliIO } from "./io";
import { readConfiguration } from "./configuration";

export interface ImportOptions {
  out: string;
  config?: string;
}

export async function runImport(io: CliIO, input: string, options: ImportOptions): Promise<0> {
  const { registry } = readConfiguration(io, options.config);
  const bytes = io.readFile(input);
  let result: ReturnType<typeof importLegacyMetadata>;
  try {
    result = importLegacyMetadata(bytes, new Date().toISOString(), undefined, registry);
  } catch (error) {
    if (error instanceof DocxError || error instanceof MetadataWriteError) throw new UsageError(`${input}: ${error.message}`);
    throw error;
  }
  io.writeFile(options.out, result.bytes);
  const confirmed = result.amendments.filter((a) => a.source === "metadata").length;
  io.stdout(`${options.out}: ${plural(confirmed, "Antrag", "Anträge")} mit Angaben gespeichert, ${plural(result.amendments.length - confirmed, "Antrag", "Anträge")} ohne erkannte Angaben.\n`);
  return 0;
}
