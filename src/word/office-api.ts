/** The two Office.js entry points the Word layer calls. Real Office.js: `{ Word, Office }`; tests: the simulator. */
import type { Requirements } from "./capabilities";

export interface OfficeApi {
  Word: { run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> };
  Office: {
    context: {
      requirements: Requirements;
      /** Office.PlatformType: "OfficeOnline", "PC", "Mac", … at run time (typed as an enum); absent in very old hosts. */
      platform?: Office.PlatformType | string | null;
      /** Office.ContextInformation: the host's version ("0.0.0.0" on the web) and platform. */
      diagnostics?: { platform: Office.PlatformType | string; version: string } | null;
    };
  };
}

/** The real Office.js globals, for the add-in; call after `Office.onReady`. */
export function officeJs(): OfficeApi {
  return { Word, Office };
}
