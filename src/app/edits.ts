/**
 * Edits of the document's wording the pane offers: unifying a term's spellings (tracked replacements) and the
 * outline check's repairs of the table of contents, planned for src/word to carry out. Their tracked changes are the
 * administration's editorial changes ("redaktionelle Änderung"), no Anträge: once they are in the document, they are
 * recorded as such — proposer the registry's Verwaltung, no Antrag number, no readable line, left out of the
 * Änderungsübersicht unless asked for — so no Antrag is numbered anew and no `meta/missing` is raised.
 */
import type { Amendment } from "../amendments";
import { emptyMetadata } from "../amendments/grouping";
import { changeFingerprint, looseKey } from "../amendments/fingerprint";
import type { AnalysisResult } from "../analysis";
import type { OutlineFix } from "../checks/outline";
import { replacementsFor, type TermGroup } from "../checks/terminology";
import type { BuiltInStyle } from "../model/document";
import type { TextReplacement } from "../word/replace";
import type { EditPlan } from "../word/edit-plan";
import type { TocEdit } from "../word/toc";
import { Refusal } from "./refusal";
import { planAmendmentsSave, type SaveContext } from "./save";

/** Every other spelling of the group becomes `preferred`; gendered forms are left to the author. */
export function planUnifyTerm(group: TermGroup, preferred: string): TextReplacement[] {
  const replacements = replacementsFor(group, preferred);
  if (replacements.length === 0) throw new Refusal("Diese Schreibweisen lassen sich nicht automatisch ersetzen; bitte passen Sie die Stellen von Hand an.");
  return replacements;
}

/** The repair the outline check offers in `finding.data.fix`, as edits of the table of contents in order. */
export function planOutlineFix(fix: OutlineFix): TocEdit[] {
  switch (fix.kind) {
    case "update-field":
      return [{ op: "updateField", fieldIndex: fix.fieldIndex }];
    case "replace-toc-entry":
      return [{ op: "replaceLine", paragraph: fix.paragraph, text: fix.text }];
    case "insert-toc-entry": {
      // Renumber the shifted lines first, while their paragraph indices are still the model's, and from the
      // last one up: Word finds a text by its occurrence in the body, which an earlier replacement would move.
      const renumber = [...fix.renumber].reverse().map((line): TocEdit => ({ op: "replaceLine", paragraph: line.paragraph, text: line.text }));
      // The check names styles by Word's built-in names ("Toc2"); anything else keeps the neighbour's style.
      const style = fix.style && /^Toc[1-9]$/.test(fix.style) ? (fix.style as BuiltInStyle) : null;
      if (fix.afterParagraph !== null) return [...renumber, { op: "insertLine", side: "After", paragraph: fix.afterParagraph, text: fix.text, style }];
      if (fix.beforeParagraph !== null) return [...renumber, { op: "insertLine", side: "Before", paragraph: fix.beforeParagraph, text: fix.text, style }];
      throw new Refusal("Für den fehlenden Eintrag ist keine Stelle im Inhaltsverzeichnis bekannt; bitte fügen Sie ihn von Hand ein.");
    }
  }
}

/** Who makes editorial changes: the registry's (configured) Verwaltung, else the built-in name. */
function administrationOf(analysis: AnalysisResult): string {
  return analysis.amendments.registry.proposers.find((p) => p.kind === "Verwaltung")?.name ?? "Verwaltung";
}

/**
 * With the document read before (`before`) and after (`after`) an edit of the add-in's own: the plan that records
 * the groups made only of the edit's new tracked changes as editorial changes; null when there is none. `what` says
 * what was done ("Schreibweise vereinheitlicht: „Potenzial“"), for the history.
 */
export function planEditorialRecords(before: AnalysisResult, after: AnalysisResult, what: string, ctx: SaveContext): EditPlan | null {
  // Changes are told apart by what survives an edit elsewhere (author, minute, kind, text): those not there before are the edit's.
  const known = new Map<string, number>();
  for (const c of before.model.trackedChanges) {
    const key = looseKey(changeFingerprint(before.model, c));
    known.set(key, (known.get(key) ?? 0) + 1);
  }
  const fresh = new Set(after.model.trackedChanges.filter((c) => {
    const key = looseKey(changeFingerprint(after.model, c));
    const left = known.get(key) ?? 0;
    known.set(key, left - 1);
    return left <= 0;
  }).map((c) => c.id));
  const editorial = (a: Amendment): Amendment => ({
    ...a, category: "editorial", number: null, source: "metadata",
    metadata: {
      ...emptyMetadata(), antragsteller: administrationOf(after), datum: ctx.at.slice(0, 10),
      history: [{ at: ctx.at, by: ctx.by, field: "redaktionell", from: null, to: what }],
    },
  });
  let found = false;
  const amendments = after.amendments.amendments.map((a) => {
    if (a.source !== "none" || a.changeIds.length === 0 || a.commentIds.length > 0 || !a.changeIds.every((id) => fresh.has(id))) return a;
    found = true;
    return editorial(a);
  });
  return found ? { ...planAmendmentsSave(after, amendments, ctx), label: "Redaktionelle Änderung festhalten" } : null;
}
