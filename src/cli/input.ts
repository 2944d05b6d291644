/** Reading the command line's inputs: every failure becomes one German line naming the file. */
import { Refusal } from "../app";
import { DocxError, readDocx } from "../docx";
import type { DocumentModel } from "../model/document";
import { UsageError } from "./errors";
import type { CliIO } from "./io";

export function readDocument(io: CliIO, path: string): DocumentModel {
  const bytes = io.readFile(path);
  try {
    return readDocx(bytes);
  } catch (error) {
    if (error instanceof DocxError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}

export function readJson(io: CliIO, path: string): unknown {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(io.readFile(path));
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(`${path}: kein gültiges JSON (${(error as Error).message}).`);
  }
}

/** Runs a parser of external JSON (zod-based) and turns its complaint into one line naming the file. */
export function parseWith<T>(path: string, parse: (json: unknown) => T, json: unknown): T {
  try {
    return parse(json);
  } catch (error) {
    throw new UsageError(`${path}: ${(error as Error).message}`);
  }
}

/** Runs a use case on `path`; its refusal becomes one line naming the file (exit 2). */
export async function refused<T>(path: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}
