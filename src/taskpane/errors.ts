/**
 * What the pane says when something fails: the German sentence of our own errors, never a library's internals
 * (an English parser message, "nodebuffer is not supported", a stack). Those go to the browser console.
 * The host keeps to this at its edge (`spokenError`); the pane still refuses the built-in programming errors.
 */
import { Refusal } from "../app/refusal";
import { ConfigurationError } from "../config/configuration";
import { DocxError } from "../docx/errors";
import { WordError } from "../word/errors";

/** Errors whose message is written for the user (German, one sentence, no internals). */
const SPOKEN: readonly (new (...args: never[]) => Error)[] = [Refusal, WordError, DocxError, ConfigurationError];
/** JavaScript's own errors: a fault in the program or a library, never a sentence for the user. */
const BUILT_IN: readonly (new (...args: never[]) => Error)[] = [TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];

export const UNEXPECTED_ERROR = "Etwas Unerwartetes ist schiefgegangen. Bitte versuchen Sie es erneut; hilft das nicht, laden Sie den Aufgabenbereich neu.";

/** The host's edge: our own errors pass, anything else becomes the general German sentence (details in the console). */
export function spokenError(error: unknown): Error {
  if (error instanceof Error && error.message && SPOKEN.some((kind) => error instanceof kind)) return error;
  console.error(error);
  return new Refusal(UNEXPECTED_ERROR);
}

/** The message the pane shows for what a host rejected with (hosts reject with German messages). */
export function userMessage(error: unknown): string {
  if (error instanceof Error && error.message && !BUILT_IN.some((kind) => error instanceof kind)) return error.message;
  console.error(error);
  return UNEXPECTED_ERROR;
}
