/**
 * Outline items read from lines of text (TOC lines, reference entries): the same label parsing,
 * letter/roman resolution and section paths as the body's headings, by reading the lines as a
 * small document of headings.
 */
import { createDocumentModel, type Paragraph } from "../../model/document";
import { headings } from "../../model/outline";
import type { TocEntryView } from "./types";

export interface OutlineLine {
  paragraph: number;
  level: number;
  /** "X.\tMobilität" or "3.5 Ziele": label and title as the line shows them (page already removed). */
  text: string;
  page: string | null;
}

function syntheticParagraph(line: OutlineLine, index: number): Paragraph {
  const text = line.text.trim();
  return {
    index, text, originalText: text, runs: [], styleId: null, styleName: null, builtInStyle: "Other",
    note: null, outlineLevel: line.level, list: null, table: null, markInserted: null, markDeleted: null, paraId: null,
  };
}

export function outlineOfLines(lines: readonly OutlineLine[]): TocEntryView[] {
  const model = createDocumentModel({ paragraphs: lines.map(syntheticParagraph) });
  return headings(model).map((h) => {
    const line = lines[h.paragraph];
    return { paragraph: line.paragraph, level: h.level, label: h.label, title: h.title, page: line.page, path: h.path, scheme: h.scheme, value: h.value };
  });
}
