/** Hand-built DocumentModels for the terminology check. "# Titel" is a heading, "toc: …" a TOC line. */
import { createDocumentModel, type BuiltInStyle, type DocumentModel, type Paragraph } from "../../../src/model/document";

function para(index: number, spec: string): Paragraph {
  const heading = /^# (.*)$/s.exec(spec);
  const toc = /^toc: (.*)$/s.exec(spec);
  const text = heading?.[1] ?? toc?.[1] ?? spec;
  const builtInStyle: BuiltInStyle = heading ? "Heading1" : toc ? "Toc1" : "Normal";
  return {
    index, text, originalText: text, runs: [], styleId: null, styleName: null, builtInStyle,
    note: null, outlineLevel: heading ? 1 : null, list: null, table: null, markInserted: null, markDeleted: null, paraId: null,
  };
}

export function docModel(specs: readonly string[]): DocumentModel {
  return createDocumentModel({ paragraphs: specs.map((s, i) => para(i, s)) });
}

/** Applies replacements to the final text (the Word layer does this as tracked changes). */
export function applyReplacements(model: DocumentModel, edits: readonly { paragraph: number; start: number; end: number; replacement: string }[]): DocumentModel {
  const paragraphs = model.paragraphs.map((p) => {
    const mine = edits.filter((e) => e.paragraph === p.index).sort((a, b) => b.start - a.start);
    let text = p.text;
    for (const e of mine) text = text.slice(0, e.start) + e.replacement + text.slice(e.end);
    return { ...p, text };
  });
  return { ...model, paragraphs };
}
