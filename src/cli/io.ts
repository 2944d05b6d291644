/** The command line's only contact with the file system and the terminal, injectable for tests. */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { UsageError } from "./errors";

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array | string): void;
  /** Whether a path (relative: to the working directory) exists. */
  exists(path: string): boolean;
}

/** Larger inputs are refused before reading: no strategy paper comes near this. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export const nodeIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile(path) {
    let size: number;
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) throw new UsageError(`${path}: ist ein Ordner, keine Datei.`);
      size = stat.size;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${path}: Datei nicht gefunden oder nicht lesbar.`);
    }
    if (size > MAX_INPUT_BYTES) throw new UsageError(`${path}: Datei ist zu groß (${Math.round(size / 1048576)} MB).`);
    return new Uint8Array(readFileSync(path));
  },
  exists: (path) => existsSync(path),
  writeFile(path, data) {
    try {
      writeFileSync(path, data);
    } catch {
      throw new UsageError(`${path}: Datei kann nicht geschrieben werden.`);
    }
  },
};
