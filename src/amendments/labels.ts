/** German names of the kinds of Antrag, shared by the command line, the task pane and the exports. */
import type { AmendmentKind } from "./types";

export const AMENDMENT_KIND_LABEL: Record<AmendmentKind, string> = {
  insertion: "Einfügung",
  deletion: "Streichung",
  replacement: "Ersetzung",
  move: "Verschiebung",
  comment: "Kommentar",
};
