/**
 * Executes the Teilhabebeirat's plans (src/beirat/actions.ts) in Word: one `Word.run`, two syncs — the first
 * finds the target (the selection or a model range) and the comments the plan refers to, the second writes.
 * The metadata steps (storeRecord, updateRecord) are the host's: it stores the records with the comment id
 * returned here.
 *
 * All or nothing: every check (target found, document unchanged, selection not empty, comment present) happens
 * after the first sync, before anything is queued for writing. Word's batches are not transactions — a batch
 * runs up to the first failing operation and what ran before it stays — so the second batch puts first the
 * operation Word is known to refuse: `insertComment` throws NotAllowed on some Word Online tenants
 * (research/officejs.md §1.4). If it fails, the highlight queued after it never runs and the document is
 * unchanged. After a tracked insertion the comment must go on the inserted text and so comes after it; that
 * insertion is then a visible tracked change the user can reject.
 */
import type { BeiratPlan, BeiratStep } from "../beirat/actions";
import type { DocumentModel, TextRange } from "../model/document";
import { run, runTracked, type TrackingSwitch } from "./batch";
import { changedError, WordError } from "./errors";
import { queueLocate } from "./locate";
import type { OfficeApi } from "./office-api";
import { finalText } from "./paragraph-text";
import { queueSelection } from "./selection";

export interface BeiratResult {
  /** Word's (session) id of the comment the plan created, for the host's record; null when it created none. */
  commentId: string | null;
}

function emptySelectionMessage(plan: BeiratPlan): string {
  return plan.action === "frageStellen"
    ? "Bitte markieren Sie zuerst die Textstelle, zu der Sie fragen möchten."
    : "Bitte markieren Sie zuerst den Text, den Sie ändern möchten.";
}

const isPoint = (r: TextRange) => r.start.paragraph === r.end.paragraph && r.start.offset === r.end.offset;

/**
 * The plans trim the proposal, so an addition after a word would stick to it ("öffentlichund"): like Word's
 * smart spacing, a space goes before text that starts with a letter, digit or opening quote when the text
 * before the insertion point does not end in a space.
 */
function spacedAfter(model: DocumentModel, at: TextRange["end"], text: string): string {
  const before = model.paragraphs[at.paragraph]?.text[at.offset - 1];
  return before !== undefined && /\S/u.test(before) && /^[\p{L}\p{N}„"(]/u.test(text) ? ` ${text}` : text;
}

/** The write order: comments on the target before formatting it (see the module comment). */
function writeOrder(steps: readonly BeiratStep[]): BeiratStep[] {
  if (steps.some((s) => s.op === "insertTracked")) return [...steps];
  return [...steps.filter((s) => s.op === "comment"), ...steps.filter((s) => s.op !== "comment")];
}

async function execute(context: Word.RequestContext, model: DocumentModel, plan: BeiratPlan, tracking: TrackingSwitch | null): Promise<BeiratResult> {
  const action = plan.label;
  const target = plan.target;
  const selection = target?.kind === "selection" ? queueSelection(context, model, action) : null;
  const located = target?.kind === "range" ? queueLocate(context, model, target.range, action) : null;
  const needsComments = plan.steps.some((s) => s.op === "reply" || s.op === "resolve");
  const comments = needsComments ? context.document.body.getComments().load("items/id") : null;
  await context.sync();

  let range: Word.Range | null = null;
  let where: TextRange | null = target?.kind === "range" ? target.range : null;
  if (selection && target?.kind === "selection") {
    where = selection.resolve();
    if (!where) throw new WordError("general", "Die Markierung liegt nicht im Haupttext des Dokuments (z. B. in einer Kopfzeile oder einem Kommentar). Bitte markieren Sie eine Textstelle im Dokument.");
    if (target.mustHaveText && (isPoint(where) || finalText(model.paragraphs, where).trim() === "")) throw new WordError("general", emptySelectionMessage(plan));
    range = selection.range;
  }
  if (located) range = located.resolve();
  const commentById = (id: string): Word.Comment => {
    const found = comments?.items.find((c) => c.id === id);
    if (!found) throw changedError(action);
    return found;
  };
  const needRange = (): Word.Range => {
    if (!range) throw new WordError("general", `Für „${action}“ fehlt die Textstelle.`);
    return range;
  };
  // Resolve everything before queueing the first write.
  const steps = writeOrder(plan.steps).map((step) => ({ step, comment: step.op === "reply" || step.op === "resolve" ? commentById(step.commentId) : null }));
  if (steps.some(({ step }) => step.op === "highlight" || step.op === "comment" || step.op === "insertTracked")) needRange();

  tracking?.on();
  let current = range;
  let created: Word.Comment | null = null;
  for (const { step, comment } of steps) {
    switch (step.op) {
      case "highlight":
        // The name, as research/officejs.md §4 recommends; Word reads it back as "#FF00FF".
        needRange().font.highlightColor = step.name;
        break;
      case "comment":
        created = (current ?? needRange()).insertComment(step.text).load("id");
        break;
      case "insertTracked":
        current = step.where === "after"
          ? needRange().insertText(where ? spacedAfter(model, where.end, step.text) : step.text, "After")
          : needRange().insertText(step.text, "Replace");
        current.font.color = step.fontColor;
        break;
      case "reply":
        comment?.reply(step.text);
        break;
      case "resolve":
        if (comment) comment.resolved = true;
        break;
      case "storeRecord":
      case "updateRecord":
        break;
    }
  }
  tracking?.restore();
  await context.sync();
  return { commentId: created ? created.id : null };
}

/**
 * Runs a Beirat plan in Word. Refuses (WordError, nothing changed) an empty selection where text is needed,
 * a selection outside the body, a changed document and a comment that is gone.
 */
export function applyBeiratPlan(api: OfficeApi, model: DocumentModel, plan: BeiratPlan): Promise<BeiratResult> {
  const minVersion = plan.target?.kind === "selection" ? "1.6" : "1.4";
  return plan.trackChanges
    ? runTracked(api, plan.label, minVersion, (context, tracking) => execute(context, model, plan, tracking))
    : run(api, plan.label, minVersion, (context) => execute(context, model, plan, null));
}
