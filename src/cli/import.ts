/** `beschlussreif import`: what the free text says becomes stored metadata, in a copy of the file. */
import { planImport } from "../app";
import { MetadataWriteError, writePackage } from "../docx/metadata-writer";
import { DocxError } from "../docx";
import { UsageError } from "./errors";
import { plural } from "./format";
import { readDocument, refused } from "./input";
import type { CliIO } from "./io";
import { readConfiguration } from "./configuration";

export interface ImportOptions {
  out: string;
  config?: string;
}

export async function runImport(io: CliIO, input: string, options: ImportOptions): Promise<0> {
  const { registry } = readConfiguration(io, options.config);
  const bytes = io.readFile(input);
  const { write, amendments } = await refused(input, () => planImport(readDocument(io, input), { by: "beschlussreif import", at: new Date().toISOString() }, registry));
  let written: Uint8Array;
  try {
    // The records part is composed from what the package stores: a part it cannot read or a newer one is refused.
    written = await refused(input, () => writePackage(bytes, write));
  } catch (error) {
    if (error instanceof DocxError || error instanceof MetadataWriteError) throw new UsageError(`${input}: ${error.message}`);
    throw error;
  }
  io.writeFile(options.out, written);
  const confirmed = amendments.filter((a) => a.source === "metadata").length;
  io.stdout(`${options.out}: ${plural(confirmed, "Antrag", "Anträge")} mit Angaben gespeichert, ${plural(amendments.length - confirmed, "Antrag", "Anträge")} ohne erkannte Angaben.\n`);
  return 0;
}
