/**
 * Storing Antrag metadata: the records part (through the one guarded write, records.ts) and the readable line in
 * each Antrag's comment thread, as a plan that src/word executes in one `Word.run` — or, for `import`, that the
 * .docx writer executes on a copy of the package. Lines are formatted from the records as composed, so a field a
 * co-author changed meanwhile shows in them too.
 */
import {
  collectAmendments, confirmImport, metadataWrite, NAMESPACE, parseCommentLine, RegistrySchema, replaceCommentLine, type Amendment, type AmendmentCollection, type MergeContext, type Registry,
} from "../amendments";
import { SCHEMA_VERSION, type StoredData } from "../amendments/storage";
import type { AnalysisResult } from "../analysis";
import type { PackageWrite } from "../docx/metadata-writer";
import type { DocumentModel, TextRange } from "../model/document";
import type { EditPlan, EditStep, PartUpdate } from "../word/edit-plan";
import { composeRecords, lineOf, unreadableRecords } from "./records";
import { Refusal } from "./refusal";

/** Who saves when: the history of every record changed, and of a field both sides changed. */
export type SaveContext = MergeContext;

/**
 * What this side read: the stored part, or with none no record and no registry of the document's own. A registry
 * edited for the document (`registry`) started from the one in force: the configured one when the document had none.
 */
export function baseOf(collection: AmendmentCollection, registry?: Registry | null): StoredData {
  const stored = collection.stored ?? { version: SCHEMA_VERSION, registry: null, records: [], lastNumber: 0 };
  return registry && !stored.registry ? { ...stored, registry: collection.registry } : stored;
}

/** `registry`: the document's own to store (null: none, the configuration applies); absent: as stored. */
function writeFor(model: DocumentModel, collection: AmendmentCollection, amendments: Amendment[], registry?: Registry | null) {
  // Never overwrite stored records we could not read (the write would refuse too, but only once in Word).
  if (collection.storageProblem) throw unreadableRecords(collection.storageProblem);
  return metadataWrite(model, collection, amendments, registry);
}

/**
 * The readable line in a comment's thread, updated where it stands (the comment, or the latest reply holding one)
 * rather than appended as a new reply: an earlier line never stays behind as a stale one.
 */
function lineStep(model: DocumentModel, commentId: string, line: string): EditStep {
  const comment = model.comments.find((c) => c.id === commentId);
  const holder = comment ? [comment.text, ...comment.replies.map((r) => r.text)].filter((t) => parseCommentLine(t) !== null).pop() : undefined;
  return { op: "updateLine", commentId, old: holder ?? null, text: holder !== undefined ? replaceCommentLine(holder, line) : line };
}

/** The part of a save in Word: records composed into what is stored, with (`withLines`) the readable lines. */
export function recordsUpdate(analysis: AnalysisResult, amendments: Amendment[], ctx: SaveContext, registry?: Registry | null, withLines = true): PartUpdate {
  const collection = analysis.amendments;
  const write = writeFor(analysis.model, collection, amendments, registry);
  const lines = withLines ? write.commentLines : [];
  const locationOf = new Map(amendments.map((a) => [a.key, a.location]));
  const anchorOf = (key: string): TextRange | null => locationOf.get(key) ?? null;
  return {
    namespaceUri: NAMESPACE,
    afterSteps: false,
    anchors: lines.flatMap((t) => (t.kind === "comment" ? [] : [anchorOf(t.key)].filter((r) => r !== null))),
    compose(stored) {
      const { xml, data } = composeRecords(stored, baseOf(collection, registry), write.stored, ctx);
      const steps = lines.flatMap((t): EditStep[] => {
        const text = lineOf(data, t.key) ?? t.line;
        if (t.kind === "comment") return [lineStep(analysis.model, t.commentId, text)];
        const range = anchorOf(t.key);
        return range ? [{ op: "commentAt", range, text }] : [];
      });
      return { xml, steps };
    },
  };
}

/**
 * Stores the amendments' metadata: the whole list of the analysis (document order) with the edited amendments
 * replaced. Those with source "metadata" are written; records no longer found are kept from the stored part.
 */
export function planAmendmentsSave(analysis: AnalysisResult, amendments: Amendment[], ctx: SaveContext): EditPlan {
  return { label: "Antragsangaben speichern", target: null, trackChanges: false, steps: [], part: recordsUpdate(analysis, amendments, ctx) };
}

/**
 * Stores the document's own registries, or with null none (the document follows the central configuration again);
 * the amendments are written as the analysis has them, so no comment line is touched.
 */
export function planRegistrySave(analysis: AnalysisResult, registry: Registry | null, ctx: SaveContext): EditPlan {
  if (registry && !RegistrySchema.safeParse(registry).success) throw new Refusal("Die Verzeichnisse sind unvollständig: Jeder Eintrag braucht einen Namen.");
  const part = recordsUpdate(analysis, analysis.amendments.amendments, ctx, registry, false);
  return { label: "Verzeichnisse speichern", target: null, trackChanges: false, steps: [], part };
}

/** The same save into a .docx package (for `import`): the records and lines the pane would write in Word. */
export function planPackageSave(model: DocumentModel, collection: AmendmentCollection, amendments: Amendment[], ctx: SaveContext): PackageWrite {
  const write = writeFor(model, collection, amendments);
  return {
    namespaceUri: NAMESPACE,
    date: ctx.at,
    compose(stored) {
      const { xml, data } = composeRecords(stored, baseOf(collection), write.stored, ctx);
      return { xml, lines: write.commentLines.map((t) => ({ ...t, line: lineOf(data, t.key) ?? t.line })) };
    },
  };
}

/**
 * `beschlussreif import`: what the free text says becomes confirmed metadata (history: `ctx.by` at `ctx.at`), written
 * with the readable lines into a copy of the package. Stored metadata stays as it is.
 */
export function planImport(model: DocumentModel, ctx: SaveContext, registry?: Registry): { write: PackageWrite; amendments: Amendment[] } {
  const collection = collectAmendments(model, registry);
  const amendments = collection.amendments.map((a) => confirmImport(a, ctx.by, ctx.at));
  return { amendments, write: planPackageSave(model, collection, amendments, ctx) };
}
