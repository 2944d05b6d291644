/** The Teilhabebeirat's pink questions and additions: finding them, checking them, planning the pane's actions. */
export { colorKey, isPink, isPinkHighlight, pinkKind, PINK_FONT_COLOR, PINK_HIGHLIGHT, type PinkKind } from "./pink";
export { beiratJson, collectBeiratItems, recordedQuestions, type BeiratAnswer, type BeiratItem, type BeiratJsonItem, type BeiratKind, type BeiratOptions, type BeiratState } from "./items";
export { checkBeirat } from "./check";
export {
  BEIRAT_PROPOSER, planAnswer, planProposal, planQuestion, planResolve,
  type BeiratAction, type BeiratPlan, type BeiratRecord, type BeiratStep, type BeiratTarget, type PlanContext, type PlanResult,
} from "./actions";
