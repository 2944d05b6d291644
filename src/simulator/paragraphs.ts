/**
 * Adding and removing whole paragraphs of a DocumentModel as Word does: every later paragraph index and every
 * position that points into the document (comment anchors, tracked changes, bookmarks, TOC entries, the
 * followers: the selection and the ranges of live proxies) moves with them (mapping.ts). Only the simulator calls these.
 */
import type { BuiltInStyle, DocumentModel, Paragraph, RunFormat } from "../model/document";
import { storyOf } from "../model/notes";
import { headings } from "../model/outline";
import { SimError } from "./core";
import { mapInsertedParagraphs, mapRemovedParagraphs, type Followers } from "./mapping";

const PLAIN: RunFormat = { highlight: null, shading: null, color: null, bold: false, italic: false, strike: false };

function reindex(model: DocumentModel): void {
  model.paragraphs.forEach((p, i) => { p.index = i; });
}

function nextId(model: DocumentModel): number {
  return model.trackedChanges.reduce((max, c) => Math.max(max, Number.isFinite(Number(c.id)) ? Number(c.id) : 0), 0) + 1;
}

export interface NewParagraph {
  text: string;
  /** Paragraph whose style the new one takes (Word: the paragraph it is inserted next to). */
  like: Paragraph;
  builtInStyle?: BuiltInStyle;
}

/**
 * Inserts paragraphs at index `at`. Tracked: each is a tracked insertion of its text and of its paragraph mark
 * (`markInserted`), so it is gone when the change is rejected. Returns the new paragraphs.
 */
export function insertParagraphs(
  model: DocumentModel, at: number, added: readonly NewParagraph[], tracked: { author: string; date: string } | null, followers: Followers,
): Paragraph[] {
  mapInsertedParagraphs(model, followers, at, added.length);
  for (const f of model.tocFields) for (const e of f.entries) if (e.paragraph >= at) e.paragraph += added.length;
  let id = nextId(model);
  const made = added.map(({ text, like, builtInStyle }, k): Paragraph => {
    const index = at + k;
    const textId = tracked && text ? String(id++) : null;
    const markId = tracked ? String(id++) : null;
    if (tracked && textId) {
      model.trackedChanges.push({ id: textId, kind: "insertion", author: tracked.author, date: tracked.date, text, story: storyOf(like),
        location: { start: { paragraph: index, offset: 0 }, end: { paragraph: index, offset: text.length } } });
    }
    if (tracked && markId) {
      const end = { paragraph: index, offset: text.length };
      model.trackedChanges.push({ id: markId, kind: "paragraphInsertion", author: tracked.author, date: tracked.date, text: "", story: storyOf(like), location: { start: end, end: { ...end } } });
    }
    const style = builtInStyle ?? like.builtInStyle;
    const sameStyle = style === like.builtInStyle;
    return {
      index, text, originalText: tracked ? "" : text,
      runs: text ? [{ text, format: { ...(like.runs[0]?.format ?? PLAIN) }, commentIds: [], finalOffset: 0, originalOffset: 0,
        revision: textId ? { kind: "inserted", changeId: textId } : { kind: "none" } }] : [],
      styleId: sameStyle ? like.styleId : null, styleName: sameStyle ? like.styleName : null, builtInStyle: style,
      // In the story of its neighbour: a paragraph added to a note belongs to the note.
      ...(like.note ? { note: like.note, outlineLevel: null } : { note: null, outlineLevel: sameStyle ? like.outlineLevel : null }),
      // Continuing the neighbour's list would need Word's numbering engine; the simulator leaves new paragraphs unnumbered.
      list: null, table: like.table ? { ...like.table } : null,
      markInserted: markId, markDeleted: null, paraId: null,
    };
  });
  model.paragraphs.splice(at, 0, ...made);
  reindex(model);
  return made;
}

/**
 * Inserts a table (one paragraph per cell, untracked, as Word's Range.insertTable with change tracking off) before
 * paragraph `at`; later tables are renumbered. Returns the cells' paragraphs.
 */
export function insertTable(model: DocumentModel, at: number, values: readonly string[][], followers: Followers): Paragraph[] {
  const cells = values.reduce((n, row) => n + row.length, 0);
  mapInsertedParagraphs(model, followers, at, cells);
  for (const f of model.tocFields) for (const e of f.entries) if (e.paragraph >= at) e.paragraph += cells;
  const table = new Set(model.paragraphs.slice(0, at).filter((p) => p.table).map((p) => p.table!.table)).size;
  for (const p of model.paragraphs.slice(at)) if (p.table) p.table = { ...p.table, table: p.table.table + 1 };
  const made = values.flatMap((row, r) => row.map((text, c): Paragraph => ({
    index: 0, text, originalText: text,
    runs: text ? [{ text, revision: { kind: "none" }, finalOffset: 0, originalOffset: 0, commentIds: [], format: { ...PLAIN } }] : [],
    styleId: null, styleName: null, builtInStyle: "Normal", note: null, outlineLevel: null, list: null,
    table: { depth: 1, table, row: r, cell: c }, markInserted: null, markDeleted: null, paraId: null,
  })));
  model.paragraphs.splice(at, 0, ...made);
  reindex(model);
  return made;
}

/** Removes paragraphs [from, from + count) untracked; positions inside them move to the start of what follows. */
export function removeParagraphs(model: DocumentModel, from: number, count: number, followers: Followers): void {
  mapRemovedParagraphs(model, followers, from, count);
  for (const f of model.tocFields) {
    f.entries = f.entries.filter((e) => e.paragraph < from || e.paragraph >= from + count);
    for (const e of f.entries) if (e.paragraph >= from + count) e.paragraph -= count;
  }
  model.paragraphs.splice(from, count);
  reindex(model);
}

/** `\o "1-3"` → 1..3; without `\o` the field lists every outline level. */
function levelsOf(instruction: string): [number, number] {
  const m = /\\o\s+"?\s*(\d)\s*-\s*(\d)/.exec(instruction);
  return m ? [Number(m[1]), Number(m[2])] : [1, 9];
}

/**
 * Word's "Felder aktualisieren" on a TOC field: its result paragraphs are rebuilt from the headings in the
 * final view (untracked, as Word updates field results). The simulator has no pagination, so the lines carry
 * no page number.
 */
export function updateTocField(model: DocumentModel, fieldIndex: number, followers: Followers): void {
  const field = model.tocFields[fieldIndex];
  const first = field.entries[0]?.paragraph;
  // A field without result lines has no place in the body the simulator knows.
  if (first === undefined) throw new SimError("GeneralException", "Das Feld hat kein Ergebnis, das aktualisiert werden kann.");
  const [low, high] = levelsOf(field.instruction);
  const like = model.paragraphs[first];
  const entryParagraphs = new Set(field.entries.map((e) => e.paragraph));
  const last = Math.max(...entryParagraphs);
  const lines = headings(model, "final")
    .filter((h) => h.level >= low && h.level <= high && !entryParagraphs.has(h.paragraph) && model.paragraphs[h.paragraph].builtInStyle !== "TocHeading")
    .map((h) => ({
      level: h.level,
      text: h.label ? `${h.label}${h.scheme === "decimalMulti" ? "" : "."}\t${h.title}` : h.title,
    }));
  const template = { ...like, runs: [...like.runs] };
  removeParagraphs(model, first, last - first + 1, followers);
  const made = insertParagraphs(model, first,
    lines.map((l) => ({ text: l.text, like: template, builtInStyle: `Toc${l.level}` as BuiltInStyle })), null, followers);
  for (const p of made) { p.styleId = `TOC${p.builtInStyle.slice(3)}`; p.styleName = `toc ${p.builtInStyle.slice(3)}`; }
  field.entries = made.map((p) => ({ paragraph: p.index, level: Number(p.builtInStyle.slice(3)), text: p.text }));
  field.dirty = false;
}
