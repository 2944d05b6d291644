/** Small hand-built DocumentModels for the outline check. */
import { createDocumentModel, type BuiltInStyle, type DocumentModel, type ListInfo, type Paragraph, type TocField } from "../../../src/model/document";

export type ParaSpec =
  | string
  | { text: string; level?: number; style?: BuiltInStyle; list?: ListInfo; originalText?: string; markDeleted?: string; markInserted?: string };

/** "# A. Titel" is a level-1 heading, "## I. Titel" level 2; "toc2: I.\tTitel\t3" a TOC line in style Toc2; "- x" a bullet item. */
export function para(index: number, spec: ParaSpec): Paragraph {
  const base: Paragraph = {
    index, text: "", originalText: "", runs: [], styleId: null, styleName: null, builtInStyle: "Normal",
    note: null, outlineLevel: null, list: null, table: null, markInserted: null, markDeleted: null, paraId: null,
  };
  if (typeof spec !== "string") {
    return {
      ...base, text: spec.text, originalText: spec.originalText ?? spec.text, outlineLevel: spec.level ?? null,
      builtInStyle: spec.style ?? (spec.level ? (`Heading${spec.level}` as BuiltInStyle) : "Normal"),
      list: spec.list ?? null, markDeleted: spec.markDeleted ?? null, markInserted: spec.markInserted ?? null,
    };
  }
  const heading = /^(#+) (.*)$/s.exec(spec);
  if (heading) {
    const level = heading[1].length;
    return { ...base, text: heading[2], originalText: heading[2], outlineLevel: level, builtInStyle: `Heading${level}` as BuiltInStyle };
  }
  const toc = /^toc(\d): (.*)$/s.exec(spec);
  if (toc) return { ...base, text: toc[2], originalText: toc[2], builtInStyle: `Toc${toc[1]}` as BuiltInStyle };
  if (spec.startsWith("- ")) {
    return { ...base, text: spec.slice(2), originalText: spec.slice(2), builtInStyle: "ListParagraph", list: { numId: "9", level: 0, label: "•", format: "bullet" } };
  }
  return { ...base, text: spec, originalText: spec };
}

export function docModel(specs: ParaSpec[], tocFields: TocField[] = []): DocumentModel {
  return createDocumentModel({ paragraphs: specs.map((s, i) => para(i, s)), tocFields });
}

/** A TOC field over the paragraphs in [from, to] (their text and Toc style as built). */
export function tocFieldOver(model: DocumentModel, from: number, to: number, extra: Partial<TocField> = {}): DocumentModel {
  const entries = model.paragraphs.slice(from, to + 1).map((p) => ({
    paragraph: p.index, level: /^Toc(\d)$/.test(p.builtInStyle) ? Number(p.builtInStyle.slice(3)) : null, text: p.text,
  }));
  return { ...model, tocFields: [{ instruction: 'TOC \\o "1-3" \\h \\z \\u', entries, inContentControl: false, dirty: false, isCaptionList: false, ...extra }] };
}

/** A goal section: intro sentence and two bullets, each about `n` characters. */
export function goal(title: string, n = 200): ParaSpec[] {
  const words = (k: number) => "Der Kreis Musterland fördert dies gezielt. ".repeat(Math.ceil(k / 43)).slice(0, k);
  return [`## ${title}`, words(n), `- ${words(n / 2)}`, `- ${words(n / 2)}`];
}
