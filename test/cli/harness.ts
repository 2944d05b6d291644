import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";
import { nodeIO } from "../../src/cli/io";

export const SHARED = path.resolve(__dirname, "../../../shared");
export const sample = (name: string) => path.join(SHARED, "samples", name);
export const corpus = (name: string) => path.join(SHARED, "corpus", name);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process with the real file system and captured terminal output. */
export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { ...nodeIO, stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; } });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "beschlussreif-cli-"));
}

export function writeTemp(name: string, content: string | Uint8Array): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

export const readBytes = (file: string) => new Uint8Array(readFileSync(file));
