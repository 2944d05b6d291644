/**
 * The Teilhabebeirat's actions (src/beirat/actions.ts plans) as edit plans for Word, each with its record: an answer
 * or a resolution updates the question's record (its status follows: beantwortet, erledigt) in the same `Word.run`; a question's new record is composed from
 * the comment Word just created, in the same `Word.run` too. A proposal's tracked changes exist only after the edit
 * (and are grouped with their neighbours), so its record is stored by a second plan once the document is read again.
 */
import { NAMESPACE, type Amendment, type AntragMetadata } from "../amendments";
import { buildAmendment } from "../amendments/grouping";
import { recordFromAmendment } from "../amendments/storage";
import type { AnalysisResult } from "../analysis";
import type { BeiratPlan, BeiratRecord, BeiratStep, PlanResult } from "../beirat";
import type { Comment } from "../model/document";
import type { CreatedComment, EditPlan, EditResult, EditStep, EditTarget, PartUpdate } from "../word/edit-plan";
import { composeRecords, unreadableRecords } from "./records";
import { Refusal } from "./refusal";
import { baseOf, planAmendmentsSave, recordsUpdate, type SaveContext } from "./save";

export interface BeiratRun {
  edit: EditPlan;
  /** With the document read again after `edit`: the plan that stores the record, or null when none is needed. */
  then: ((fresh: AnalysisResult, edited: EditResult) => EditPlan | null) | null;
}

function emptySelectionMessage(plan: BeiratPlan): string {
  return plan.action === "frageStellen"
    ? "Bitte markieren Sie zuerst die Textstelle, zu der Sie fragen möchten."
    : "Bitte markieren Sie zuerst den Text, den Sie ändern möchten.";
}

function editStep(step: BeiratStep): EditStep[] {
  switch (step.op) {
    case "highlight":
      return [{ op: "highlight", color: step.name }];
    case "storeRecord":
    case "updateRecord":
      return [];
    default:
      return [step];
  }
}

type StoreStep = Extract<BeiratStep, { op: "storeRecord" }>;
type UpdateStep = Extract<BeiratStep, { op: "updateRecord" }>;

/** The question's record, anchored to the comment Word created for it, composed into what is stored. */
function questionRecord(analysis: AnalysisResult, question: string, record: BeiratRecord, ctx: SaveContext): PartUpdate {
  const { model, amendments: collection } = analysis;
  return {
    namespaceUri: NAMESPACE, anchors: [], afterSteps: true,
    compose(stored, created: CreatedComment | null) {
      if (!created) throw new Refusal("Word hat den Kommentar der Frage nicht gemeldet; bitte aktualisieren Sie die Ansicht.");
      const comment: Comment = {
        id: created.id, author: created.author, initials: null, date: created.date, text: question, anchor: created.at, anchorText: "",
        replies: [], resolved: false, durableId: null, paraId: null,
      };
      const withComment = { ...model, comments: [...model.comments, comment] };
      const amendment: Amendment = { ...buildAmendment(withComment, [], [comment.id]), metadata: record.metadata, source: "metadata" };
      const base = baseOf(collection);
      const ours = { ...base, records: [...base.records, recordFromAmendment(withComment, amendment)] };
      // A question is a comment, no Antrag: its record carries no number and the thread no "Antrag: …" line.
      const { xml } = composeRecords(stored, base, ours, ctx);
      return { xml, steps: [] };
    },
  };
}

function updatedRecord(analysis: AnalysisResult, update: UpdateStep, ctx: SaveContext): PartUpdate | null {
  const all = analysis.amendments.amendments;
  const target = all.find((a) => a.commentIds.includes(update.commentId));
  // Older questions have no record to update.
  if (!target || target.source !== "metadata") return null;
  const metadata: AntragMetadata = { ...target.metadata, ...update.changes, history: [...target.metadata.history, ...update.history] };
  return recordsUpdate(analysis, all.map((a) => (a === target ? { ...a, metadata } : a)), ctx);
}

/** A proposal's record, once its tracked changes are in the document: on its reason's comment, else its newest insertion. */
function proposalRecord(plan: BeiratPlan, store: StoreStep, ctx: SaveContext) {
  return (fresh: AnalysisResult, edited: EditResult): EditPlan | null => {
    const all = fresh.amendments.amendments;
    const inserted = plan.steps.flatMap((s) => (s.op === "insertTracked" ? [s.text] : []));
    const target = edited.commentId
      ? all.find((a) => a.commentIds.includes(edited.commentId!))
      : all.filter((a) => a.source !== "metadata" && inserted.some((text) => a.inserted.includes(text))).pop();
    if (!target) return null;
    const metadata: AntragMetadata = { ...store.record.metadata, history: [...target.metadata.history, ...store.record.metadata.history] };
    return planAmendmentsSave(fresh, all.map((a): Amendment => (a === target ? { ...a, metadata, source: "metadata" } : a)), ctx);
  };
}

export function planBeiratAction(analysis: AnalysisResult, result: PlanResult, ctx: SaveContext): BeiratRun {
  if (!result.ok) throw new Refusal(result.message);
  const plan = result.plan;
  const store = plan.steps.find((s): s is StoreStep => s.op === "storeRecord");
  const update = plan.steps.find((s): s is UpdateStep => s.op === "updateRecord");
  // A record that could not be written afterwards would leave the action half done: refuse before Word.
  if ((store || update) && analysis.amendments.storageProblem) throw unreadableRecords(analysis.amendments.storageProblem);
  const target: EditTarget | null = plan.target?.kind === "selection" ? { ...plan.target, emptyMessage: emptySelectionMessage(plan) } : plan.target;
  const steps = plan.steps.flatMap(editStep);
  const edit = (part: PartUpdate | null): EditPlan => ({ label: plan.label, target, trackChanges: plan.trackChanges, steps, part });
  if (update) return { edit: edit(updatedRecord(analysis, update, ctx)), then: null };
  if (!store) return { edit: edit(null), then: null };
  const question = steps.find((s) => s.op === "comment");
  if (question && !steps.some((s) => s.op === "insertTracked")) return { edit: edit(questionRecord(analysis, question.text, store.record, ctx)), then: null };
  return { edit: edit(null), then: proposalRecord(plan, store, ctx) };
}
