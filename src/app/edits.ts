/**
 * Edits of the document's wording the pane offers: unifying a term's spellings (tracked replacements), removing the
 * annotations read into confirmed records (tracked deletions) and the outline check's repairs of the table of
 * contents, planned for src/word to carry out. Their tracked changes are the administration's editorial changes
 * ("redaktionelle Änderung"), no Anträge: once they are in the document, they are recorded as such — proposer the
 * registry's Verwaltung, no Antrag number, no readable line, left out of the Änderungsübersicht unless asked for — so
 * no Antrag is numbered anew and no `meta/missing` is raised.
 */
import type { Amendment, AmendmentCollection, InlineAnnotation } from "../amendments";
import { emptyMetadata } from "../amendments/grouping";
import { changeFingerprint, looseKey } from "../amendments/fingerprint";
import type { AnalysisResult } from "../analysis";
import type { OutlineFix } from "../checks/outline";
import { replacementsFor, type TermGroup } from "../checks/terminology";
import { isRemoved, type BuiltInStyle, type DocumentModel, type TextRange } from "../model/document";
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

/**
 * The annotations in the text whose values are stored: those of confirmed Anträge still in the document. Unconfirmed
 * ones stay — their values live only in the text until the user takes them over.
 */
export function removableAnnotations(collection: Pick<AmendmentCollection, "amendments" | "inlineAnnotations">): InlineAnnotation[] {
  const stored = new Set(collection.amendments.filter((a) => a.source === "metadata" && a.found).map((a) => a.key));
  return collection.inlineAnnotations.filter((n) => stored.has(n.amendmentKey));
}

/**
 * "Vermerke aus dem Text entfernen": each removable annotation with the blank before it, as a tracked deletion —
 * the committee sees it and can reject it; the record and its readable line keep the values.
 */
export function planAnnotationRemoval(model: DocumentModel, collection: Pick<AmendmentCollection, "amendments" | "inlineAnnotations">): TextReplacement[] {
  const removable = removableAnnotations(collection);
  if (removable.length === 0) {
    throw new Refusal("Im Text stehen keine Vermerke zu übernommenen Anträgen. Übernehmen Sie zuerst die erkannten Angaben („Import prüfen“).");
  }
  return removable.map((a) => removal(model, a.range));
}

/**
 * The annotation with the blanks before it, when they stand as its opening bracket does (both plain text, or both in
 * one tracked insertion): a clerk's insertion "(Antrag …)" goes without cutting into the text around it.
 */
function removal(model: DocumentModel, range: TextRange): TextReplacement {
  const p = model.paragraphs[range.start.paragraph];
  const revisionAt = (offset: number) => {
    const run = p.runs.find((r) => !isRemoved(r.revision) && r.finalOffset <= offset && offset < r.finalOffset + r.text.length);
    return run?.revision.kind === "none" || !run ? "none" : `${run.revision.kind}:${run.revision.changeId}`;
  };
  const bracket = revisionAt(range.start.offset);
  let start = range.start.offset;
  while (start > 0 && /\s/.test(p.text[start - 1]) && revisionAt(start - 1) === bracket) start--;
  return { paragraph: p.index, start, end: range.end.offset, replacement: "" };
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
