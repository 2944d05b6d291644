/**
 * The safe .docx reader: bytes in, DocumentModel out, or a DocxError naming what is wrong.
 * Runs in Node and in the browser (no Node APIs).
 */
import type { Bookmark, DocumentModel, Story, TocField, TrackedChange } from "../model/document";
import { readComments } from "./comments";
import { DocxError, type DocxErrorCode } from "./errors";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { readNumbering } from "./numbering";
import { openPackage, type Package, type Relationship } from "./package";
import { readCoreProperties, readCustomXmlParts, readTrackRevisions } from "./properties";
import { readStory, type StoryResult } from "./story";
import { readStyles } from "./styles";
import { child, type XmlElement } from "./xml";

export { DocxError };
export type { DocxErrorCode, ReadLimits };

const STORY_OF = new Map<string, Story>([["header", "header"], ["footer", "footer"], ["footnotes", "footnotes"], ["endnotes", "endnotes"]]);

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
  const numbering = readNumbering(relatedPart(pkg, rels, "numbering"), (styleId) => styles.paragraph(styleId)?.numbering?.numId ?? null);

  const bodyStory = readStory(body?.children ?? [], { story: "body", styles, numbering });
  const trackedChanges: TrackedChange[] = [...bodyStory.trackedChanges];
  for (const rel of rels) {
    const story = STORY_OF.get(rel.type);
    if (!story || rel.external) continue;
    const root = pkg.xml(rel.target);
    if (!root) continue;
    // Footnotes and endnotes hold one element per note; headers and footers hold blocks directly.
    const blocks = story === "footnotes" || story === "endnotes" ? root.children.flatMap((n) => n.children) : root.children;
    trackedChanges.push(...readStory(blocks, { story, styles, numbering: null }).trackedChanges);
  }

  const comments = readComments(
    {
      comments: relatedPart(pkg, rels, "comments"),
      extended: relatedPart(pkg, rels, "commentsExtended"),
      ids: relatedPart(pkg, rels, "commentsIds"),
    },
    styles,
    { paragraphs: bodyStory.paragraphs, marks: bodyStory.comments },
    trackedChanges,
  );

  const pkgRels = pkg.relationships("");
  return {
    paragraphs: bodyStory.paragraphs,
    comments,
    trackedChanges,
    bookmarks: bookmarks(bodyStory),
    tocFields: tocFields(bodyStory),
    customXmlParts: readCustomXmlParts(pkg),
    properties: readCoreProperties(
      relatedPart(pkg, pkgRels, "core-properties", "docProps/core.xml"),
      relatedPart(pkg, pkgRels, "extended-properties", "docProps/app.xml"),
    ),
    trackRevisions: readTrackRevisions(relatedPart(pkg, rels, "settings")),
  };
}
