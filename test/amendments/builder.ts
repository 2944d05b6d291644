/** Builds small DocumentModels for the amendment tests (fictional Kreis Musterland). */
import { createDocumentModel, type Comment, type CommentReply, type BodyParagraph, type DocumentModel, type TextPosition, type TrackedChange, type TrackedChangeKind } from "../../src/model/document";

export type Segment =
  | string
  | { ins: string; id: string; author?: string; date?: string }
  | { del: string; id: string; author?: string; date?: string }
  | { format: string; id: string; author?: string; date?: string }
  | { start: string }
  | { end: string };

export const AUTHOR = "Kreisverwaltung Musterland";
export const DATE = "2025-03-14T15:20:00Z";

export class ModelBuilder {
  readonly model: DocumentModel = createDocumentModel({ trackRevisions: true, properties: { created: "2025-02-13T08:00:00Z" } });
  private readonly open = new Map<string, TextPosition>();
  private readonly anchors = new Map<string, { start: TextPosition; end: TextPosition }>();

  paragraph(segments: Segment[], extra: Partial<BodyParagraph> = {}): this {
    const index = this.model.paragraphs.length;
    let text = "";
    let original = "";
    const change = (kind: TrackedChangeKind, s: { id: string; author?: string; date?: string }, t: string, start: number, end: number): TrackedChange => ({
      id: s.id, kind, author: s.author ?? AUTHOR, date: s.date === undefined ? DATE : s.date, text: t, story: "body",
      location: { start: { paragraph: index, offset: start }, end: { paragraph: index, offset: end } },
    });
    for (const s of segments) {
      if (typeof s === "string") {
        text += s;
        original += s;
      } else if ("ins" in s) {
        this.model.trackedChanges.push(change("insertion", s, s.ins, text.length, text.length + s.ins.length));
        text += s.ins;
      } else if ("del" in s) {
        this.model.trackedChanges.push(change("deletion", s, s.del, text.length, text.length));
        original += s.del;
      } else if ("format" in s) {
        this.model.trackedChanges.push({ ...change("runFormatting", s, "", text.length, text.length + s.format.length) });
        text += s.format;
        original += s.format;
      } else if ("start" in s) {
        this.open.set(s.start, { paragraph: index, offset: text.length });
      } else {
        this.anchors.set(s.end, { start: this.open.get(s.end)!, end: { paragraph: index, offset: text.length } });
      }
    }
    this.model.paragraphs.push({
      index, text, originalText: original, runs: [], styleId: null, styleName: null, builtInStyle: "Normal",
      note: null, outlineLevel: null, list: null, table: null, markInserted: null, markDeleted: null, paraId: null, ...extra,
    });
    return this;
  }

  heading(text: string, level = 1): this {
    return this.paragraph([text], { outlineLevel: level, builtInStyle: `Heading${level as 1}` });
  }

  comment(id: string, author: string, text: string, options: { date?: string | null; replies?: Partial<CommentReply>[]; resolved?: boolean } = {}): this {
    const anchor = this.anchors.get(id) ?? null;
    const comment: Comment = {
      id, author, initials: null, date: options.date === undefined ? DATE : options.date, text, anchor,
      anchorText: anchor ? this.model.paragraphs[anchor.start.paragraph].text.slice(anchor.start.offset, anchor.end.offset) : "",
      replies: (options.replies ?? []).map((r, i) => ({ id: `${id}r${i}`, author: "Kreisverwaltung", initials: null, date: DATE, text: "", durableId: null, paraId: null, ...r })),
      resolved: options.resolved ?? false, durableId: null, paraId: null,
    };
    this.model.comments.push(comment);
    return this;
  }
}

/** The same document after a save: every id renumbered, as Word and LibreOffice do. */
export function renumbered(model: DocumentModel, offset = 500): DocumentModel {
  const copy = structuredClone(model);
  for (const c of copy.trackedChanges) c.id = String(Number(c.id) + offset);
  for (const c of copy.comments) c.id = String(Number(c.id) + offset);
  return copy;
}
