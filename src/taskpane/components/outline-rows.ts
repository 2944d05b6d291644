/** What the "Gliederung" tab offers beside the outline check's findings: their repairs (pure). The table shows the check's own pairing (OutlineReport.pairs). */
import type { OutlineFix } from "../analysis-types";
import type { Finding } from "../../model/findings";

/** The repair a finding offers, when the outline check attached one. */
export function fixOf(f: Finding): OutlineFix | null {
  const fix = f.data?.fix as OutlineFix | undefined;
  return fix && typeof fix === "object" && "kind" in fix ? fix : null;
}

export const FIX_LABEL: Record<OutlineFix["kind"], string> = {
  "update-field": "Verzeichnis aktualisieren",
  "insert-toc-entry": "Eintrag einfügen",
  "replace-toc-entry": "Eintrag korrigieren",
};
