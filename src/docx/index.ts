/**
 * The safe .docx reader: bytes in, DocumentModel out, or a DocxError naming what is wrong.
 * Runs in Node and in the browser (no Node APIs).
 */
import type { Bookmark, DocumentModel, Note, NoteKind, TocField, TrackedChange } from "../model/document";
import { foldReplyComments } from "../model/reply-comments";
import { readComments } from "./comments";
import { DocxError, type DocxErrorCode } from "./errors";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { ReaderMessages } from "./messages";
import { readNumbering, type Numbering } from "./numbering";
import { openPackage, type Package, type Relationship } from "./package";
import { readCoreProperties, readCustomXmlParts, readTrackRevisions } from "./properties";
import { readStory, StoryReader, type NoteReference, type StoryResult } from "./story";
import { readStyles } from "./styles";
import { child, type XmlElement } from "./xml";

export { DocxError };
export type { DocxErrorCode, ReadLimits };

const NOTE_PARTS: readonly { kind: NoteKind; relationship: string; element: string; story: "footnotes" | "endnotes" }[] = [
  { kind: "footnote", relationship: "footnotes", element: "w:footnote", story: "footnotes" },
  { kind: "endnote", relationship: "endnotes", element: "w:endnote", story: "endnotes" },
];

function relatedPart(pkg: Package, rels: Relationship[], type: string, fallback?: string): XmlElement | undefined {
  const rel = rels.find((r) => r.type === type && !r.external);
  return rel ? pkg.xml(rel.target) : fallback ? pkg.xml(fallback) : undefined;
}

function tocFields(body: StoryResult): TocField[] {
  return body.tocs.map((t) => {
    const entries = body.paragraphs
      .slice(t.firstParagraph, t.lastParagraph + 1)
      .filter((p) => p.text.trim() !== "")
      .map((p) => ({
        paragraph: p.index,
        level: p.builtInStyle.startsWith("Toc") ? Number(p.builtInStyle.slice(3)) : null,
        text: p.text,
      }));
    return {
      instruction: t.instruction,
      entries,
      inContentControl: t.inContentControl,
      dirty: t.dirty,
      isCaptionList: /\\c\b/.test(t.instruction),
    };
  });
}

function bookmarks(body: StoryResult): Bookmark[] {
  return body.bookmarks.map((b) => ({
    name: b.name,
    range: b.start && b.end ? { start: b.start, end: b.end } : null,
    hidden: b.name.startsWith("_"),
  }));
}

/**
 * The notes the body refers to, each read once in the order of its first reference (as Word numbers them): all
 * footnotes, then all endnotes. Separators and continuation notices (`w:type`) are layout, not notes; a note no
 * reference points to does not show in Word and is not read.
 */
function readNotes(
  pkg: Package, rels: Relationship[], references: readonly NoteReference[], reader: StoryReader, newNumbering: () => Numbering,
): Note[] {
  const notes: Note[] = [];
  for (const { kind, relationship, element, story } of NOTE_PARTS) {
    const rel = rels.find((r) => r.type === relationship && !r.external);
    const root = rel ? pkg.xml(rel.target) : undefined;
    if (!rel || !root) continue;
    const byId = new Map<string, XmlElement>();
    for (const el of root.children) {
      const type = el.attrs["w:type"];
      if (el.name === element && (type === undefined || type === "normal")) byId.set(el.attrs["w:id"] ?? "", el);
    }
    const numbering = newNumbering();
    for (const ref of references) {
      const el = ref.kind === kind ? byId.get(ref.id) : undefined;
      if (!el) continue;
      byId.delete(ref.id);
      const note: Note = { kind, number: notes.filter((n) => n.kind === kind).length + 1, reference: ref.at };
      notes.push(note);
      reader.read(el.children, { story, part: rel.target, numbering, note });
    }
  }
  return notes;
}

export function readDocx(bytes: Uint8Array, limits?: Partial<ReadLimits>): DocumentModel {
  const pkg = openPackage(bytes, { ...DEFAULT_LIMITS, ...limits });
  const main = pkg.mainPart;
  const document = pkg.xml(main);
  const body = child(document, "w:body");
  if (!document || document.name !== "w:document") {
    throw new DocxError("malformed-xml", { part: main, detail: "root element is not w:document" });
  }
  const rels = pkg.relationships(main);
  const styles = readStyles(relatedPart(pkg, rels, "styles"));
  // List numbers count on through a story (Word numbers the footnotes as one story, the endnotes as another).
  const newNumbering = () => readNumbering(relatedPart(pkg, rels, "numbering"), (styleId) => styles.paragraph(styleId)?.numbering?.numId ?? null);
  const messages = new ReaderMessages();

  const reader = new StoryReader({ styles, messages });
  reader.read(body?.children ?? [], { story: "body", part: main, numbering: newNumbering() });
  const notes = readNotes(pkg, rels, reader.result().noteReferences, reader, newNumbering);
  const stories = reader.result();
  const trackedChanges: TrackedChange[] = [...stories.trackedChanges];
  // Headers and footers: only their tracked changes are part of the model.
  for (const rel of rels) {
    const story = rel.type === "header" || rel.type === "footer" ? rel.type : null;
    const root = story && !rel.external ? pkg.xml(rel.target) : undefined;
    if (story && root) trackedChanges.push(...readStory(root.children, { story, part: rel.target, numbering: null }, { styles, messages: null }).trackedChanges);
  }

  const commentsPart = rels.find((r) => r.type === "comments" && !r.external)?.target ?? "word/comments.xml";
  const comments = readComments(
    {
      comments: relatedPart(pkg, rels, "comments"),
      extended: relatedPart(pkg, rels, "commentsExtended"),
      ids: relatedPart(pkg, rels, "commentsIds"),
    },
    { styles, messages, part: commentsPart },
    { paragraphs: stories.paragraphs, marks: stories.comments },
    trackedChanges,
  );

  const pkgRels = pkg.relationships("");
  return foldReplyComments({
    paragraphs: stories.paragraphs,
    notes,
    comments,
    trackedChanges,
    bookmarks: bookmarks(stories),
    tocFields: tocFields(stories),
    customXmlParts: readCustomXmlParts(pkg),
    properties: readCoreProperties(
      relatedPart(pkg, pkgRels, "core-properties", "docProps/core.xml"),
      relatedPart(pkg, pkgRels, "extended-properties", "docProps/app.xml"),
    ),
    trackRevisions: readTrackRevisions(relatedPart(pkg, rels, "settings")),
    readerMessages: messages.list(),
  });
}
