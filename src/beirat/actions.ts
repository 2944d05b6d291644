/**
 * The Teilhabebeirat's actions as plans: plain data the Word layer (src/word) executes in one batch,
 * all or nothing. Following the legend of the drafts ("Ergänzungen / Änderungen Teilhabebeirat Farbe
 * pink, Fragen THB pink hinterlegt"), questions get Word's "Pink" highlight and proposals pink font colour.
 * Plans are built without Office.js and without a clock: the caller passes today's date.
 */
import { isValidIsoDate } from "../model/dates";
import { formatDateDe } from "../model/labels";
import { emptyMetadata } from "../amendments/grouping";
import type { AmendmentKind, AntragMetadata, IsoDate } from "../amendments/types";
import type { TextRange } from "../model/document";
import { PINK_FONT_COLOR, PINK_HIGHLIGHT } from "./pink";

export const BEIRAT_PROPOSER = "Teilhabebeirat";

export type BeiratAction = "frageStellen" | "ergaenzungVorschlagen" | "aenderungVorschlagen" | "antworten" | "erledigen";

/** Where the steps apply: the user's selection in Word, or a known range (tests, the simulator). */
export type BeiratTarget =
  | { kind: "selection"; mustHaveText: boolean }
  | { kind: "range"; range: TextRange };

/** An Antrag record for the metadata store, anchored by the Word layer to the comment or change it creates. */
export interface BeiratRecord {
  kind: AmendmentKind;
  metadata: AntragMetadata;
}

export type BeiratStep =
  /** Set `font.highlightColor` on the target; read back, Word may answer "#FF00FF" or the name. */
  | { op: "highlight"; color: typeof PINK_HIGHLIGHT; name: "Pink" }
  /** Insert a comment on the target (on the inserted text, after an `insertTracked`). */
  | { op: "comment"; text: string }
  /** Insert text after the target or in place of it, as a tracked change, in pink font colour. */
  | { op: "insertTracked"; where: "after" | "replace"; text: string; fontColor: typeof PINK_FONT_COLOR }
  | { op: "reply"; commentId: string; text: string }
  | { op: "resolve"; commentId: string }
  /** Store a new record anchored to what the previous steps created. */
  | { op: "storeRecord"; record: BeiratRecord }
  /** Update the stored record of the comment's Antrag, if there is one (none for legacy questions). */
  | { op: "updateRecord"; commentId: string; changes: Partial<Pick<AntragMetadata, "status" | "statusDatum" | "stellungnahme">>; history: AntragMetadata["history"] };

export interface BeiratPlan {
  action: BeiratAction;
  /** German name of the action, for messages ("Frage stellen"). */
  label: string;
  target: BeiratTarget | null;
  /** Track changes must be on while the steps run; the Word layer restores the previous mode afterwards. */
  trackChanges: boolean;
  steps: BeiratStep[];
  /** German announcement after success (live region). */
  done: string;
}

export type PlanResult = { ok: true; plan: BeiratPlan } | { ok: false; message: string };

export interface PlanContext {
  /** Today, "YYYY-MM-DD". */
  today: IsoDate;
  /** Who acts, for the record's history (the Word user name or the pane's profile). */
  by: string;
  /** The Beirat as proposer of the record (the configuration's `beirat.name`); default BEIRAT_PROPOSER. */
  proposer?: string;
  /** Defaults to the current selection. */
  target?: BeiratTarget;
}

const fail = (message: string): PlanResult => ({ ok: false, message });

function checkContext(ctx: PlanContext): string | null {
  if (!isValidIsoDate(ctx.today)) return `Das Datum „${ctx.today}“ ist ungültig.`;
  if (ctx.by.trim() === "") return "Bitte geben Sie einen Namen an, damit die Änderung nachvollziehbar bleibt.";
  return null;
}

function record(kind: AmendmentKind, ctx: PlanContext, status: string, begruendung: string | null): BeiratRecord {
  return {
    kind,
    metadata: {
      ...emptyMetadata(),
      antragsteller: ctx.proposer ?? BEIRAT_PROPOSER,
      datum: ctx.today,
      status,
      begruendung,
      history: [{ at: ctx.today, by: ctx.by, field: "status", from: null, to: status }],
    },
  };
}

/** "Frage stellen": pink highlight and a comment on the selection, recorded with status "offen". */
export function planQuestion(question: string, ctx: PlanContext): PlanResult {
  const text = question.trim();
  if (text === "") return fail("Bitte geben Sie Ihre Frage ein.");
  const invalid = checkContext(ctx);
  if (invalid) return fail(invalid);
  return {
    ok: true,
    plan: {
      action: "frageStellen",
      label: "Frage stellen",
      target: ctx.target ?? { kind: "selection", mustHaveText: true },
      trackChanges: false,
      steps: [
        { op: "highlight", color: PINK_HIGHLIGHT, name: "Pink" },
        { op: "comment", text },
        { op: "storeRecord", record: record("comment", ctx, "offen", text) },
      ],
      done: `Ihre Frage vom ${formatDateDe(ctx.today)} wurde als Kommentar eingefügt und pink markiert.`,
    },
  };
}

/**
 * "Ergänzung vorschlagen" (text after the selection) / "Änderung vorschlagen" (text in place of the
 * selection): a tracked change in pink, with the reason as a comment when given.
 */
export function planProposal(kind: "addition" | "change", proposal: string, ctx: PlanContext, reason?: string): PlanResult {
  const text = proposal.trim();
  if (text === "") return fail(kind === "addition" ? "Bitte geben Sie den Text Ihrer Ergänzung ein." : "Bitte geben Sie die neue Formulierung ein.");
  const invalid = checkContext(ctx);
  if (invalid) return fail(invalid);
  const why = reason?.trim() || null;
  const steps: BeiratStep[] = [{ op: "insertTracked", where: kind === "addition" ? "after" : "replace", text, fontColor: PINK_FONT_COLOR }];
  if (why) steps.push({ op: "comment", text: why });
  steps.push({ op: "storeRecord", record: record(kind === "addition" ? "insertion" : "replacement", ctx, "eingereicht", why) });
  return {
    ok: true,
    plan: {
      action: kind === "addition" ? "ergaenzungVorschlagen" : "aenderungVorschlagen",
      label: kind === "addition" ? "Ergänzung vorschlagen" : "Änderung vorschlagen",
      // An addition may follow a mere cursor position; a change needs text to replace.
      target: ctx.target ?? { kind: "selection", mustHaveText: kind === "change" },
      trackChanges: true,
      steps,
      done: kind === "addition"
        ? "Ihre Ergänzung wurde als nachverfolgte Änderung in Pink eingefügt."
        : "Ihre Änderung wurde als nachverfolgte Änderung in Pink eingefügt.",
    },
  };
}

/** "Antworten": a reply to the question's comment; the answer also becomes the record's Stellungnahme, its status "beantwortet". */
export function planAnswer(commentId: string, answer: string, ctx: Omit<PlanContext, "target">): PlanResult {
  const text = answer.trim();
  if (text === "") return fail("Bitte geben Sie Ihre Antwort ein.");
  const invalid = checkContext(ctx);
  if (invalid) return fail(invalid);
  return {
    ok: true,
    plan: {
      action: "antworten",
      label: "Antworten",
      target: null,
      trackChanges: false,
      steps: [
        { op: "reply", commentId, text },
        {
          op: "updateRecord", commentId, changes: { stellungnahme: text, status: "beantwortet", statusDatum: ctx.today },
          history: [{ at: ctx.today, by: ctx.by, field: "stellungnahme", from: null, to: text }, { at: ctx.today, by: ctx.by, field: "status", from: null, to: "beantwortet" }],
        },
      ],
      done: "Ihre Antwort wurde eingefügt.",
    },
  };
}

/** "erledigt": resolves the question's comment and closes its record. */
export function planResolve(commentId: string, ctx: Omit<PlanContext, "target">): PlanResult {
  const invalid = checkContext(ctx);
  if (invalid) return fail(invalid);
  return {
    ok: true,
    plan: {
      action: "erledigen",
      label: "Als erledigt markieren",
      target: null,
      trackChanges: false,
      steps: [
        { op: "resolve", commentId },
        { op: "updateRecord", commentId, changes: { status: "erledigt", statusDatum: ctx.today }, history: [{ at: ctx.today, by: ctx.by, field: "status", from: null, to: "erledigt" }] },
      ],
      done: "Die Frage wurde als erledigt markiert.",
    },
  };
}
