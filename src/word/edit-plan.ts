/**
 * Executes an edit plan in Word — the Word layer's own vocabulary of edits (highlight, comment, tracked insertion,
 * reply, resolve, a comment on a model range) and of one custom XML part composed from what is stored — in one
 * `Word.run` of at most three syncs, whatever the number of edits:
 *   1. locate: the target (the selection or a model range), the ranges to comment on, the comments (with their
 *      threads) and the stored part (its XML by the id the last read gave, the namespace's list of parts);
 *   2. write: the part is read again right before it is written in the same sync (as close to compare-and-set as
 *      Word comes), then the edits and the part; a part composed from what the edits created (a question's new
 *      comment) is read here and written in sync 3;
 *   3. only when the part changed between syncs 1 and 2 (a co-author saved): the part composed again from what was
 *      overwritten, so nothing the co-author saved is lost.
 *
 * All or nothing: every check (target found, document unchanged, selection not empty, comment present, the part
 * composable) happens before anything is queued for writing; a part that cannot be composed (unreadable, newer,
 * too large) throws a WordError with the composer's German message and nothing is written. Word's batches are not
 * transactions — a batch runs up to the first failing operation and what ran before it stays — so the write sync
 * puts first the operation Word is known to refuse: `insertComment` throws NotAllowed on some Word Online tenants
 * (research/officejs.md §1.4). If it fails, the highlight and the part queued after it never run. After a tracked
 * insertion the comment must go on the inserted text and so comes after it; that insertion is then a visible
 * tracked change the user can reject. The part's own steps (readable lines) come after the part, and replies last of
 * all: should Word refuse a reply (office-js #6720 on the web), it is written as a comment marked as a reply (see
 * `Replies`); should a comment fail after the part was stored (insertComment NotAllowed, office-js #6746), the part is
 * read back and the error says the data is saved and the comment is missing, never "nothing changed".
 */
import type { DocumentModel, TextRange } from "../model/document";
import { asReplyComment } from "../model/reply-comments";
import { run, runTracked, type TrackingSwitch } from "./batch";
import { changedError, failedIn, toWordError, WordError } from "./errors";
import { HIGHLIGHT_HEX, highlightFromWord } from "./highlight";
import { Locator, type PendingRange } from "./locate";
import type { OfficeApi } from "./office-api";
import { finalText } from "./paragraph-text";
import { isoOrNull } from "./read";
import { queueSelection } from "./selection";

/** Where the target-relative steps apply: the user's selection in Word, or a known range of the model. */
export type EditTarget =
  | { kind: "selection"; mustHaveText: boolean; emptyMessage: string }
  | { kind: "range"; range: TextRange };

export type EditStep =
  /**
   * A palette highlight by name ("Pink") or hex; written as hex: Word on the web does not save some names, Pink among
   * them (office-js #3950). Word reads it back as "#FF00FF".
   */
  | { op: "highlight"; color: string }
  /** A comment on the target (on the inserted text, after an `insertTracked`). */
  | { op: "comment"; text: string }
  /** Text after the target or in place of it, as a tracked change, in the font colour ("#RRGGBB"). */
  | { op: "insertTracked"; where: "after" | "replace"; text: string; fontColor: string }
  | { op: "reply"; commentId: string; text: string }
  /**
   * The add-in's readable line, updated in place: the thread's comment or reply that reads `old` now reads `text`;
   * without one (or with `old` null) `text` becomes a new reply. Nothing is written when `text` is `old`.
   */
  | { op: "updateLine"; commentId: string; old: string | null; text: string }
  | { op: "resolve"; commentId: string }
  /** A new comment on a range of the model, which must be among its part's `anchors`. */
  | { op: "commentAt"; range: TextRange; text: string };

/** The comment the plan's steps created, as Word reports it. */
export interface CreatedComment {
  id: string;
  author: string;
  /** ISO timestamp; null where Word reports none. */
  date: string | null;
  /** The range of the model it stands on; null when it stands on text the steps inserted. */
  at: TextRange | null;
}

export interface PartUpdate {
  namespaceUri: string;
  /**
   * The XML to store, from the XML of the namespace's parts stored now (in document order; none: []), and the steps
   * that go with it. Throws an Error with a German message to refuse: nothing is written then.
   */
  compose(stored: readonly string[], created: CreatedComment | null): { xml: string; steps: EditStep[] };
  /** Model ranges the composed steps may comment on (`commentAt`): located in the first sync. */
  anchors: readonly TextRange[];
  /** Compose from what the plan's steps created (a new comment): after them, in the next sync. */
  afterSteps: boolean;
}

export interface EditPlan {
  /** German name of the action, for messages ("Frage stellen"). */
  label: string;
  target: EditTarget | null;
  /** Track changes must be on while the target steps run; the user's mode is restored afterwards. */
  trackChanges: boolean;
  steps: EditStep[];
  part: PartUpdate | null;
}

export interface EditResult {
  /** Word's (session) id of the comment the steps created; null when they created none. */
  commentId: string | null;
}

const isPoint = (r: TextRange) => r.start.paragraph === r.end.paragraph && r.start.offset === r.end.offset;
const rangeKey = (r: TextRange) => `${r.start.paragraph}:${r.start.offset}-${r.end.paragraph}:${r.end.offset}`;

/**
 * Proposals are trimmed, so an addition after a word would stick to it ("öffentlichund"): like Word's smart
 * spacing, a space goes before text that starts with a letter, digit or opening quote when the text before the
 * insertion point does not end in a space.
 */
function spacedAfter(model: DocumentModel, at: TextRange["end"], text: string): string {
  const before = model.paragraphs[at.paragraph]?.text[at.offset - 1];
  return before !== undefined && /\S/u.test(before) && /^[\p{L}\p{N}„"(]/u.test(text) ? ` ${text}` : text;
}

/** The write order: comments on the target before formatting it (see the module comment). */
function writeOrder(steps: readonly EditStep[]): EditStep[] {
  if (steps.some((s) => s.op === "insertTracked")) return [...steps];
  const commentFirst = (s: EditStep) => s.op === "comment" || s.op === "commentAt";
  return [...steps.filter(commentFirst), ...steps.filter((s) => !commentFirst(s))];
}

/** The parts of a namespace: their list, and (`withXml`) the XML of those the last read found, by id, in the same sync. */
function queueStoredPart(context: Word.RequestContext, model: DocumentModel, namespaceUri: string, withXml: boolean) {
  const known = withXml ? model.customXmlParts.filter((p) => p.namespaceUri === namespaceUri).map((p) => p.id) : [];
  const list = context.document.customXmlParts.getByNamespace(namespaceUri).load("items/id");
  const xmls = new Map(known.map((id) => [id, context.document.customXmlParts.getItem(id).getXml()]));
  return { list, xmls };
}

type Stored = ReturnType<typeof queueStoredPart>;

const composeOrRefuse = (part: PartUpdate, stored: readonly string[], created: CreatedComment | null) => {
  try {
    return part.compose(stored, created);
  } catch (error) {
    throw new WordError("general", error instanceof Error ? error.message : String(error));
  }
};

const sameXml = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Word on the web has refused `Comment.reply` with GeneralException (office-js #6720) where `insertComment` works.
 * Replies are queued last in their sync; when Word refuses one, what came before it stands, the threads are read
 * again and every reply not in its thread is written as a comment on the thread's text, marked as a reply
 * (src/model/reply-comments.ts), which the readers fold back into the thread. Once refused, a pane writes its
 * replies that way from the start.
 */
const repliesRefused = new WeakSet<OfficeApi>();

interface Replies {
  byComment: boolean;
  refused(): void;
}

/** Something after the stored part failed: the part is saved, the user must know what is missing. */
function partialError(e: unknown, action: string): WordError {
  const cause = toWordError(e, action);
  return new WordError(cause.kind, "Die Angaben sind gespeichert; der Kommentar konnte nicht eingefügt werden"
    + `${cause.code ? ` (Word meldet ${cause.code})` : ""}. Bitte fügen Sie ihn von Hand ein oder versuchen Sie es später erneut; die gespeicherten Angaben bleiben erhalten.`, cause.code);
}

async function execute(context: Word.RequestContext, model: DocumentModel, plan: EditPlan, tracking: TrackingSwitch | null, replyMode: Replies): Promise<EditResult> {
  const action = plan.label;
  const target = plan.target;
  // Sync 1: everything the plan needs to find, and the stored part.
  const selection = target?.kind === "selection" ? queueSelection(context, model, action) : null;
  const anchors = [...(target?.kind === "range" ? [target.range] : []), ...(plan.part?.anchors ?? []), ...plan.steps.flatMap((s) => (s.op === "commentAt" ? [s.range] : []))];
  const locator = anchors.length > 0 ? new Locator(context, model, action) : null;
  const located = new Map<string, PendingRange>();
  for (const r of anchors) if (locator && !located.has(rangeKey(r))) located.set(rangeKey(r), locator.locate(r));
  const needsComments = plan.part !== null || plan.steps.some((s) => s.op === "reply" || s.op === "resolve" || s.op === "updateLine");
  const comments = needsComments ? context.document.body.getComments().load("items/id,items/content,items/replies/items/content") : null;
  const stored: Stored | null = plan.part ? queueStoredPart(context, model, plan.part.namespaceUri, !plan.part.afterSteps) : null;
  await context.sync();
  let syncs = 1;

  let range: Word.Range | null = null;
  let where: TextRange | null = target?.kind === "range" ? target.range : null;
  if (selection && target?.kind === "selection") {
    where = selection.resolve();
    if (!where) throw new WordError("general", "Die Markierung liegt nicht im Haupttext des Dokuments (z. B. in einer Kopfzeile oder einem Kommentar). Bitte markieren Sie eine Textstelle im Dokument.");
    if (target.mustHaveText && (isPoint(where) || finalText(model.paragraphs, where).trim() === "")) throw new WordError("general", target.emptyMessage);
    range = selection.range;
  }
  const rangeAt = (r: TextRange): Word.Range => {
    const pending = located.get(rangeKey(r));
    if (!pending) throw new WordError("general", `Für „${action}“ fehlt die Textstelle.`);
    return pending.resolve();
  };
  if (target?.kind === "range") range = rangeAt(target.range);
  const commentById = (id: string): Word.Comment => {
    const found = comments?.items.find((c) => c.id === id);
    if (!found) throw changedError(action);
    return found;
  };
  // A line the last read folded into the thread from a reply written as a comment (Word on the web, office-js #6720).
  const foldedHas = (comment: Word.Comment, text: string) => (model.comments.find((c) => c.id === comment.id)?.replies ?? []).some((r) => r.text === text);
  /** The comment or reply of the thread that reads `text` exactly. */
  const inThread = (comment: Word.Comment, text: string | null): Word.Comment | Word.CommentReply | null =>
    text === null ? null : [comment, ...comment.replies.items].find((x) => x.content === text) ?? null;
  const needRange = (): Word.Range => {
    if (!range) throw new WordError("general", `Für „${action}“ fehlt die Textstelle.`);
    return range;
  };

  // The stored part as it is now: parts the last read did not know are read first (one more sync).
  let current: string[] = [];
  let partProxies: Word.CustomXmlPart[] = [];
  if (stored) partProxies = stored.list.items;
  if (stored && !plan.part?.afterSteps) {
    const unknown = partProxies.filter((p) => !stored.xmls.has(p.id)).map((p) => [p.id, p.getXml()] as const);
    if (unknown.length > 0) {
      await context.sync();
      syncs += 1;
      for (const [id, xml] of unknown) stored.xmls.set(id, xml);
    }
    current = partProxies.map((p) => stored.xmls.get(p.id)!.value);
  }

  // Resolve everything before queueing the first write.
  const prepare = (steps: readonly EditStep[]) => writeOrder(steps).map((step) => {
    const comment = step.op === "reply" || step.op === "resolve" || step.op === "updateLine" ? commentById(step.commentId) : null;
    const line = step.op === "updateLine" && comment ? inThread(comment, step.old) : null;
    const skip = step.op === "updateLine" && comment !== null && (line !== null ? step.old === step.text : foldedHas(comment, step.text));
    return { step, comment, line, at: step.op === "commentAt" ? rangeAt(step.range) : null, skip };
  });
  const planned = prepare(plan.steps);
  if (planned.some(({ step }) => step.op === "highlight" || step.op === "comment" || step.op === "insertTracked")) needRange();
  const composedFirst = plan.part && !plan.part.afterSteps ? composeOrRefuse(plan.part, current, null) : null;
  const composedSteps = composedFirst ? prepare(composedFirst.steps) : [];

  let written: Word.CustomXmlPart | null = null;
  let partInSync: string | null = null;
  const queuePart = (xml: string) => {
    partInSync = xml;
    if (written) written.setXml(xml);
    else if (partProxies.length > 0) {
      written = partProxies[0];
      written.setXml(xml);
      // Parts of ours beyond the first (two first saves at once) are folded into it.
      for (const extra of partProxies.slice(1)) extra.delete();
    } else written = context.document.customXmlParts.add(xml);
  };
  const readAgain = () => partProxies.map((p) => p.getXml());

  const replies: { comment: Word.Comment; text: string }[] = [];
  const byComment = (r: { comment: Word.Comment; text: string }) => r.comment.getRange().insertComment(asReplyComment(r.text));
  /** Whether the part queued in the failed sync is stored as composed (Word ran the batch up to the failure). */
  const partStored = async (xml: string) => {
    const now = context.document.customXmlParts.getByNamespace(plan.part!.namespaceUri).load("items/id");
    await context.sync();
    const xmls = now.items.map((p) => p.getXml());
    await context.sync();
    return xmls.some((x) => x.value === xml);
  };
  /** Syncs the queued writes with the replies last; survives a refused reply and reports a partial success. */
  const writeSync = async () => {
    const queued = replies.splice(0);
    for (const r of queued) {
      if (replyMode.byComment) byComment(r);
      else r.comment.reply(r.text);
    }
    const part = partInSync;
    partInSync = null;
    try {
      await context.sync();
      return;
    } catch (e) {
      if (!replyMode.byComment && queued.length > 0 && failedIn(e, "Comment.reply")) {
        replyMode.refused();
        const threads = context.document.body.getComments().load("items/id,items/content,items/replies/items/content");
        await context.sync();
        const has = (r: { comment: Word.Comment; text: string }) => threads.items.some((c) => c.id === r.comment.id && c.replies.items.some((x) => x.content === r.text));
        for (const r of queued) if (!has(r)) byComment(r);
        try {
          await context.sync();
          return;
        } catch (again) {
          throw part !== null ? partialError(again, action) : again;
        }
      }
      if (part !== null && !(e instanceof WordError) && await partStored(part).catch(() => false)) throw partialError(e, action);
      throw e;
    }
  };

  tracking?.on();
  let inserted = range;
  let created: Word.Comment | null = null;
  for (const { step, comment, line, at, skip } of planned) {
    switch (step.op) {
      case "highlight": {
        const palette = highlightFromWord(step.color);
        needRange().font.highlightColor = palette ? HIGHLIGHT_HEX[palette] : step.color;
        break;
      }
      case "comment":
        created = (inserted ?? needRange()).insertComment(step.text).load("id,authorName,creationDate");
        break;
      case "insertTracked":
        inserted = step.where === "after"
          ? needRange().insertText(where ? spacedAfter(model, where.end, step.text) : step.text, "After")
          : needRange().insertText(step.text, "Replace");
        inserted.font.color = step.fontColor;
        break;
      case "reply":
        if (!skip && comment) replies.push({ comment, text: step.text });
        break;
      case "updateLine":
        if (skip) break;
        if (line) line.content = step.text;
        else if (comment) replies.push({ comment, text: step.text });
        break;
      case "resolve":
        if (comment) comment.resolved = true;
        break;
      case "commentAt":
        at?.insertComment(step.text);
        break;
    }
  }
  tracking?.restore();

  const queueComposed = (steps: ReturnType<typeof prepare>, madeNow: Word.Comment | null) => {
    for (const { step, comment, line, at, skip } of steps) {
      const thread = step.op === "reply" && !skip ? (madeNow && step.commentId === madeNow.id ? madeNow : comment) : null;
      if (step.op === "reply" && thread) replies.push({ comment: thread, text: step.text });
      else if (step.op === "updateLine" && !skip) {
        if (line) line.content = step.text;
        else if (comment) replies.push({ comment, text: step.text });
      } else if (step.op === "commentAt") at?.insertComment(step.text);
    }
  };

  if (plan.part && plan.part.afterSteps) {
    // The part needs what the steps created: read with them, composed and written in the next sync.
    const before = readAgain();
    await writeSync();
    const made: Word.Comment | null = created;
    const info = made ? { id: made.id, author: made.authorName, date: isoOrNull(made.creationDate), at: inserted === range ? where : null } : null;
    const composed = composeOrRefuse(plan.part, before.map((x) => x.value), info);
    queuePart(composed.xml);
    queueComposed(composed.steps.map((step) => ({ step, comment: null, line: null, at: step.op === "commentAt" ? rangeAt(step.range) : null, skip: false })), made);
    await writeSync();
    return { commentId: info?.id ?? null };
  }

  const before = composedFirst ? readAgain() : [];
  if (composedFirst) queuePart(composedFirst.xml);
  queueComposed(composedSteps, null);
  await writeSync();
  syncs += 1;
  const overwritten = before.map((x) => x.value);
  if (plan.part && composedFirst && !sameXml(overwritten, current) && syncs < 3) {
    // A co-author saved between our read and our write: compose again from what we overwrote.
    queuePart(composeOrRefuse(plan.part, overwritten, null).xml);
    await context.sync();
  }
  const made: Word.Comment | null = created;
  return { commentId: made ? made.id : null };
}

/**
 * Runs an edit plan in Word. Refuses (WordError, nothing changed) an empty selection where text is needed,
 * a selection outside the body, a changed document, a comment that is gone and a part that cannot be composed.
 */
export function applyEditPlan(api: OfficeApi, model: DocumentModel, plan: EditPlan): Promise<EditResult> {
  const minVersion = plan.target?.kind === "selection" ? "1.6" : "1.4";
  const replies: Replies = { byComment: repliesRefused.has(api), refused: () => repliesRefused.add(api) };
  return plan.trackChanges
    ? runTracked(api, plan.label, minVersion, (context, tracking) => execute(context, model, plan, tracking, replies))
    : run(api, plan.label, minVersion, (context) => execute(context, model, plan, null, replies));
}
