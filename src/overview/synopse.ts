/**
 * The Synopse: per section, the old text (all changes rejected) beside the new text (all accepted),
 * as in federal and municipal practice (HdR): deletions marked left, insertions right, unchanged
 * paragraphs "unverändert", removed ones "entfällt", new ones in the right column only. Each footnote and endnote
 * follows the text as a section of its own ("Fußnote 3").
 */
import type { IsoDate } from "../amendments/types";
import type { DocumentModel, Note, Paragraph, TextRange } from "../model/document";
import { noteName } from "../model/notes";
import { headings, inView, type Heading } from "../model/outline";
import { paragraphViews, plain, spansIn } from "./marked";
import { sectionLabel } from "./place";
import type { Synopse, SynopseRow, SynopseSection } from "./types";

function changed(p: Paragraph): boolean {
  return p.text !== p.originalText || p.runs.some((r) => r.revision.kind !== "none") || p.markInserted !== null || p.markDeleted !== null;
}

function rowOf(p: Paragraph, omit: readonly TextRange[]): SynopseRow | null {
  const inOriginal = inView(p, "original") && p.originalText.trim() !== "";
  const inFinal = inView(p, "final") && p.text.trim() !== "";
  if (!inOriginal && !inFinal) return null;
  const spans = spansIn(omit, p.index);
  if (!changed(p)) return { kind: "unchanged", paragraphs: [p.index], texts: [spans.length > 0 ? plain(paragraphViews(p, spans).after) : p.text] };
  const { before, after } = paragraphViews(p, spans);
  if (!inFinal) return { kind: "removed", paragraph: p.index, before };
  if (!inOriginal) return { kind: "added", paragraph: p.index, after };
  return { kind: "changed", paragraph: p.index, before, after };
}

export interface SynopseOptions {
  /** Title of the draft; defaults to the document title. */
  title?: string;
  /** Date line, "YYYY-MM-DD". */
  date: IsoDate;
  /** Final-view ranges left out of the paragraphs (annotations read into the metadata). */
  omit?: readonly TextRange[];
}

/** Headings of both views by paragraph, so that a heading only one view has still opens a section. */
function headingIndex(model: DocumentModel): Map<number, Heading> {
  const index = new Map<number, Heading>();
  for (const h of headings(model, "original")) index.set(h.paragraph, h);
  for (const h of headings(model, "final")) index.set(h.paragraph, h);
  return index;
}

export function buildSynopse(model: DocumentModel, options: SynopseOptions): Synopse {
  const heads = headingIndex(model);
  const sections: SynopseSection[] = [];
  let current: SynopseSection = { heading: null, rows: [] };
  let note: Note | null = null;
  const open = (heading: string) => {
    if (current.heading !== null || current.rows.length > 0) sections.push(current);
    current = { heading, rows: [] };
  };
  for (const p of model.paragraphs) {
    if (p.table && p.table.depth > 1) continue;
    if (p.note && p.note !== note) {
      note = p.note;
      open(noteName(note));
    }
    const h = heads.get(p.index);
    if (h) {
      open(sectionLabel(h));
      // A changed heading is shown like a paragraph; an unchanged one is the section's caption only.
      if (!changed(p)) continue;
    }
    const row = rowOf(p, options.omit ?? []);
    if (!row) continue;
    const last = current.rows[current.rows.length - 1];
    if (row.kind === "unchanged" && last?.kind === "unchanged") {
      last.paragraphs.push(...row.paragraphs);
      last.texts.push(...row.texts);
    } else current.rows.push(row);
  }
  if (current.heading !== null || current.rows.length > 0) sections.push(current);
  return { title: options.title ?? model.properties.title ?? "Entwurf", date: options.date, sections };
}
