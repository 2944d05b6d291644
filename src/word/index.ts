/** The Word layer: the only code that touches Office.js. */
export { applyBeiratPlan, type BeiratResult } from "./beirat";
export { detectCapabilities, type Capabilities, type Feature, type Requirements } from "./capabilities";
export { WordError, type WordErrorKind } from "./errors";
export { officeJs, type OfficeApi } from "./office-api";
export { readDocument, readDocumentFromWord, type WordReadResult } from "./read";
export { insertTrackedText, replaceAllTracked, replaceTrackedText, type TextReplacement } from "./replace";
export { getSelection } from "./selection";
export { insertParagraphAfter, insertParagraphBefore, replaceParagraphText, updateTocField } from "./toc";
export {
  insertComment, insertTable, MAX_CUSTOM_XML_BYTES, openNewDocument, readCustomXml,
  replyToComment, selectParagraph, selectRange, setCommentResolved, setFontColor, setHighlight, writeCustomXml,
} from "./write";
