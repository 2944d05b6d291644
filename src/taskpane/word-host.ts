/**
 * The one wiring point between the task pane and Word: src/word (Office.js reader and writers) plus the
 * analysis become a WordHost here. Until src/word is wired, the pane says so instead of showing nothing.
 */
import type { WordHost } from "./host";

export function createWordHost(): WordHost {
  return {
    refresh: () => Promise.reject(new Error("Diese Fassung des Add-ins ist noch nicht mit Word verbunden. Bitte installieren Sie die aktuelle Fassung.")),
    select: () => Promise.resolve(),
    actions: {},
    limitations: [],
  };
}
