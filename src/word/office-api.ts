/** The two Office.js entry points the Word layer calls. Real Office.js: `{ Word, Office }`; tests: the simulator. */
import type { Requirements } from "./capabilities";

export interface OfficeApi {
  Word: { run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> };
  Office: { context: { requirements: Requirements } };
}

/** The real Office.js globals, for the add-in; call after `Office.onReady`. */
export function officeJs(): OfficeApi {
  return { Word, Office };
}
