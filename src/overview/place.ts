/** Naming a place in the document as the committee paper does: section and paragraph within it. */
import type { DocumentModel, NoteParagraph, Paragraph } from "../model/document";
import { noteName } from "../model/notes";
import { inView, sectionOf, type Heading } from "../model/outline";

/** "B.I Wirtschaft und Arbeit"; an unnumbered heading is its title. */
export function sectionLabel(h: Heading): string {
  return h.label ? `${h.path} ${h.title}` : h.title;
}

function isEmpty(p: Paragraph): boolean {
  return p.text.trim() === "" && p.originalText.trim() === "";
}

const isBullet = (p: Paragraph) => p.list !== null && (p.list.format === "bullet" || p.list.label.trim() === "");

/** "Fußnote 3"; in a note of several paragraphs "Fußnote 3, Absatz 2". */
function inNote(model: DocumentModel, p: NoteParagraph): string {
  const own = model.paragraphs.filter((q) => q.note === p.note);
  return own.length > 1 ? `${noteName(p.note)}, Absatz ${own.indexOf(p) + 1}` : noteName(p.note);
}

/**
 * "Absatz n" counts the body paragraphs of the section (a list counts once, as one Absatz);
 * a bullet is "Aufzählungspunkt n" within its list, a numbered item "Nummer <label>"; a note's paragraph is named
 * by its note.
 */
export function fundstelle(model: DocumentModel, hs: readonly Heading[], paragraph: number): string {
  const p = model.paragraphs[paragraph];
  if (!p) return "";
  if (p.note) return inNote(model, p);
  const heading = sectionOf(model, hs, paragraph);
  if (heading?.paragraph === paragraph) return "Überschrift";
  if (p.table) return `Tabelle, Zeile ${p.table.row + 1}, Spalte ${p.table.cell + 1}`;
  let absatz = 0, bullet = 0;
  let previousWasList = false;
  for (let i = (heading ? heading.paragraph + 1 : 0); i <= paragraph; i++) {
    const q = model.paragraphs[i];
    if (isEmpty(q) || q.table || q.outlineLevel !== null || !(inView(q, "final") || inView(q, "original"))) continue;
    const isList = q.list !== null;
    if (!isList || !previousWasList) absatz++;
    bullet = isList ? (previousWasList ? bullet + 1 : 1) : 0;
    previousWasList = isList;
  }
  if (p.list && isBullet(p)) return `Absatz ${absatz}, Aufzählungspunkt ${bullet}`;
  if (p.list) return `Absatz ${absatz}, Nummer ${p.list.label.trim()}`;
  return `Absatz ${absatz}`;
}
