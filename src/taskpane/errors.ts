/**
 * What the pane says when something fails: the German sentence of our own errors, never a library's internals
 * (an English parser message, "nodebuffer is not supported", a stack). Those go to the browser console.
 */
import { Refusal } from "../app/refusal";
import { ConfigurationError } from "../config/configuration";
import { DocxError } from "../docx/errors";
import { WordError } from "../word/errors";

/** Errors whose message is written for the user (German, one sentence, no internals). */
const SPOKEN: readonly (new (...args: never[]) => Error)[] = [Refusal, WordError, DocxError, ConfigurationError];

export const UNEXPECTED_ERROR = "Etwas Unerwartetes ist schiefgegangen. Bitte versuchen Sie es erneut; hilft das nicht, laden Sie den Aufgabenbereich neu.";

/** The message the pane shows for `error`. */
export function userMessage(error: unknown): string {
  if (error instanceof Error && error.message && SPOKEN.some((kind) => error instanceof kind)) return error.message;
  console.error(error);
  return UNEXPECTED_ERROR;
}
