/** Small DocumentModels with runs, tracked changes and comments (fictional Kreis Musterland). */
import { createDocumentModel, type BodyParagraph, type Comment, type DocumentModel, type Run, type RunFormat, type TrackedChange } from "../../src/model/document";

export type Part = string | { ins: string; id: string } | { del: string; id: string } | { format: string; id: string };

const FORMAT: RunFormat = { highlight: null, shading: null, color: null, bold: false, italic: false, strike: false };
export const DATE = "2025-03-14T15:20:00Z";

export class Doc {
  readonly model: DocumentModel = createDocumentModel({ trackRevisions: true, properties: { title: "Kreisentwicklungsstrategie Musterland" } });

  para(parts: Part[], extra: Partial<BodyParagraph> = {}): this {
    const index = this.model.paragraphs.length;
    let text = "", original = "";
    const runs: Run[] = [];
    const change = (kind: TrackedChange["kind"], id: string, t: string, start: number, end: number) => this.model.trackedChanges.push({
      id, kind, author: "Kreisverwaltung Musterland", date: DATE, text: t, story: "body",
      location: { start: { paragraph: index, offset: start }, end: { paragraph: index, offset: end } },
    });
    for (const p of parts) {
      const base = { format: FORMAT, finalOffset: text.length, originalOffset: original.length, commentIds: [] };
      if (typeof p === "string" || "format" in p) {
        const t = typeof p === "string" ? p : p.format;
        if (typeof p !== "string") change("runFormatting", p.id, "", text.length, text.length + t.length);
        runs.push({ ...base, text: t, revision: { kind: "none" }, format: typeof p === "string" ? FORMAT : { ...FORMAT, bold: true } });
        text += t; original += t;
      } else if ("ins" in p) {
        change("insertion", p.id, p.ins, text.length, text.length + p.ins.length);
        runs.push({ ...base, text: p.ins, revision: { kind: "inserted", changeId: p.id } });
        text += p.ins;
      } else {
        change("deletion", p.id, p.del, text.length, text.length);
        runs.push({ ...base, text: p.del, revision: { kind: "deleted", changeId: p.id } });
        original += p.del;
      }
    }
    this.model.paragraphs.push({
      index, text, originalText: original, runs, styleId: null, styleName: null, builtInStyle: "Normal",
      note: null, outlineLevel: null, list: null, table: null, markInserted: null, markDeleted: null, paraId: null, ...extra,
    });
    return this;
  }

  heading(text: string, level = 1): this {
    return this.para([text], { outlineLevel: level, builtInStyle: `Heading${level as 1}` });
  }

  bullet(parts: Part[]): this {
    return this.para(parts, { list: { numId: "1", level: 0, label: "•", format: "bullet" } });
  }

  /** A comment on [start, end) of the last paragraph's final text. */
  comment(id: string, author: string, text: string, start: number, end: number, extra: Partial<Comment> = {}): this {
    const paragraph = this.model.paragraphs.length - 1;
    const p = this.model.paragraphs[paragraph];
    this.model.comments.push({
      id, author, initials: null, date: DATE, text, anchorText: p.text.slice(start, end),
      anchor: { start: { paragraph, offset: start }, end: { paragraph, offset: end } },
      replies: [], resolved: false, durableId: null, paraId: null, ...extra,
    });
    return this;
  }
}

/** The draft the unit tests share: two sections, a replacement, a bullet insertion, a formatting change, a comment. */
export function musterland(): DocumentModel {
  return new Doc()
    .heading("A. Leitlinien")
    .heading("I. Demokratie", 2)
    .para(["Der Kreis Musterland handelt rechtmäßig. Er berät z. B. Gemeinden und ", { del: "Vereine", id: "10" }, { ins: "Verbände", id: "11" }, " in allen Fragen. Er ist bürgernah."])
    .para(["Der Kreis ", { format: "fördert", id: "12" }, " das Ehrenamt."])
    .heading("B. Ziele")
    .heading("I. Wirtschaft und Arbeit", 2)
    .para(["Der Kreis unterstützt Betriebe:"])
    .bullet(["Beratung von Gründerinnen und Gründern."])
    .bullet(["Vernetzung von Betrieben", { ins: " im In- und Ausland", id: "13" }, "."])
    .bullet(["Onlinedienste werden barrierefrei angeboten."])
    .comment("1", "Teilhabebeirat", "Gilt das auch für <script>alert(1)</script> Leichte Sprache?", 26, 38)
    .para([{ del: "Der Kreis betreibt ein Faxgerät.", id: "14" }], { markDeleted: "15" })
    .model;
}
