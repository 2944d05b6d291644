/**
 * The command line's configuration: `--config FILE`, else `beschlussreif.config.json` in the working directory,
 * else the built-in neutral defaults. A file that cannot be read or breaks the schema ends the run (exit 2) with
 * one line naming the file and every bad field — the command line never silently falls back.
 */
import { CONFIGURATION_FILE, DEFAULT_CONFIGURATION, importOparl, OparlImportError, parseConfiguration, type Configuration } from "../config";
import { UsageError } from "./errors";
import { parseWith, readJson } from "./input";
import type { CliIO } from "./io";

export function readConfiguration(io: CliIO, path: string | undefined): Configuration {
  const file = path ?? (io.exists(CONFIGURATION_FILE) ? CONFIGURATION_FILE : null);
  return file === null ? DEFAULT_CONFIGURATION : parseWith(file, parseConfiguration, readJson(io, file));
}

export interface ImportOparlOptions {
  out?: string;
  /** A configuration whose other settings (glossary, colours, OParl, defaults) the result keeps. */
  config?: string;
}

/** `beschlussreif config import-oparl ORGANIZATIONS.json [PERSONS.json]`: the RIS's lists as a configuration file. */
export async function runImportOparl(io: CliIO, organizations: string, persons: string | undefined, options: ImportOparlOptions, today: string): Promise<0> {
  const base = options.config ? readJson(io, options.config) : {};
  if (options.config) parseWith(options.config, parseConfiguration, base);
  let imported: ReturnType<typeof importOparl>;
  try {
    imported = importOparl(readJson(io, organizations), persons === undefined ? undefined : readJson(io, persons), today);
  } catch (error) {
    if (error instanceof OparlImportError) throw new UsageError(`${error.list === "persons" ? persons : organizations}: ${error.message}`);
    throw error;
  }
  const file = { ...(base as object), ...imported.file };
  // What is written must load: the same check as every later run.
  parseWith(options.out ?? "Ergebnis", parseConfiguration, file);
  const text = JSON.stringify(file, null, 2) + "\n";
  if (options.out) io.writeFile(options.out, text);
  else io.stdout(text);
  for (const note of imported.notes) io.stderr(`Hinweis: ${note}\n`);
  return 0;
}
