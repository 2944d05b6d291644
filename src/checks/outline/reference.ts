/** The reference outline (`--reference outline.json|other.docx`, "mit Gliederung vergleichen"). */
import { z } from "zod/mini";
import type { DocumentModel } from "../../model/document";
import { headings } from "../../model/outline";
import { outlineOfLines } from "./entries";
import { findToc } from "./toc";
import type { ReferenceOutline, TocEntryView } from "./types";

const ReferenceSchema = z.strictObject({
  version: z.literal(1),
  entries: z.array(z.strictObject({
    level: z.int().check(z.gte(1), z.lte(9)),
    label: z.string(),
    title: z.string().check(z.trim(), z.minLength(1)),
  })),
});

class ReferenceOutlineError extends Error {
  override name = "ReferenceOutlineError";
}

/** Validates an outline.json; throws ReferenceOutlineError with a German message naming the first wrong place. */
export function parseReferenceOutline(json: unknown): ReferenceOutline {
  const result = ReferenceSchema.safeParse(json);
  if (!result.success) {
    const path = result.error.issues[0]?.path ?? [];
    const where = path.length > 0 ? ` (bei „${path.join(".")}“)` : "";
    throw new ReferenceOutlineError(`Die Gliederung ist ungültig${where}: erwartet wird { "version": 1, "entries": [ { "level": 1–9, "label", "title" } ] }.`);
  }
  const parsed = result.data;
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
