/** The Word layer: the only code that touches Office.js. */
export { applyEditPlan, type CreatedComment, type EditPlan, type EditResult, type EditStep, type EditTarget, type PartUpdate } from "./edit-plan";
export { detectCapabilities, type Capabilities, type Feature, type Requirements } from "./capabilities";
export { WordError, type WordErrorKind } from "./errors";
export { officeJs, type OfficeApi } from "./office-api";
export { readDocument, readDocumentFromWord, type WordReadResult } from "./read";
export { insertTrackedText, replaceAllTracked, replaceTrackedText, type TextReplacement } from "./replace";
export { getSelection } from "./selection";
export { runSelfTest, selfTestText, type SelfTestCheck, type SelfTestReport } from "./selftest";
export { applyTocEdits, insertParagraphAfter, insertParagraphBefore, replaceParagraphText, updateTocField, type TocEdit } from "./toc";
export {
  insertComment, insertTable, openNewDocument, replyToComment, selectParagraph, selectRange, setCommentResolved, setFontColor, setHighlight,
  type WordTable,
} from "./write";
