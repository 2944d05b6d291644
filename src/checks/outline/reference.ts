/** The reference outline (`--reference outline.json|other.docx`, "mit Gliederung vergleichen"). */
import { z } from "zod";
import type { DocumentModel } from "../../model/document";
import { headings } from "../../model/outline";
import { outlineOfLines } from "./entries";
import { findToc } from "./toc";
import type { ReferenceOutline, TocEntryView } from "./types";

const ReferenceSchema = z.object({
  version: z.literal(1),
  entries: z.array(z.object({
    level: z.number().int().min(1).max(9),
    label: z.string(),
    title: z.string().trim().min(1),
  }).strict()),
}).strict();

/** Validates an outline.json (`{ "version": 1, "entries": [ { "level", "label", "title" } ] }`); throws a ZodError otherwise. */
export function parseReferenceOutline(json: unknown): ReferenceOutline {
  const parsed = ReferenceSchema.parse(json);
  return { entries: parsed.entries.map((e) => ({ level: e.level, label: e.label.trim().replace(/[.)]+$/, ""), title: e.title })) };
}

/** The agreed outline of another draft: its table of contents, or its headings when it has none. */
export function referenceFromModel(model: DocumentModel): ReferenceOutline {
  const body = headings(model);
  const toc = findToc(model, body);
  const source = toc?.entries ?? body;
  return { entries: source.map((e) => ({ level: e.level, label: e.label, title: e.title })) };
}

/** Reference entries as outline items; they have no paragraph in this document (-1). */
export function referenceEntries(reference: ReferenceOutline): TocEntryView[] {
  return outlineOfLines(reference.entries.map((e) => ({
    paragraph: -1, level: e.level, page: null,
    text: e.label ? `${e.label}. ${e.title}` : e.title,
  })));
}
