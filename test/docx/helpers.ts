/** Test helpers: paths to the shared files and minimal packages built in memory. */
import * as path from "node:path";
import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";

export const SHARED = path.resolve(__dirname, "../../../shared");
export const readShared = (rel: string): Uint8Array => new Uint8Array(readFileSync(path.join(SHARED, rel)));

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

export const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

/** A package from part name → XML text, deflated by fflate. */
export function buildDocx(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

export function minimalDocx(body: string, extra: Record<string, string> = {}): Uint8Array {
  return buildDocx({
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": PACKAGE_RELS,
    "word/document.xml": documentXml(body),
    ...extra,
  });
}

const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface StoryParts {
  /** Each footnote's blocks (its `w:p` elements), ids 1, 2, … in this order. */
  footnotes?: string[];
  /** Each endnote's blocks, ids 1, 2, … in this order. */
  endnotes?: string[];
  /** The content of word/comments.xml (the `w:comment` elements). */
  comments?: string;
}

/**
 * A package with notes and comments as Word writes them: footnotes.xml/endnotes.xml with the separator (-1) and
 * continuation separator (0) Word puts first, the notes with ids from 1, and the document's relationships to them.
 */
export function storyDocx(body: string, parts: StoryParts = {}): Uint8Array {
  const extra: Record<string, string> = {};
  const rels: string[] = [];
  const notes = (kind: "footnote" | "endnote", blocks: string[]) => {
    const separators = `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>`
      + `<w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;
    const own = blocks.map((b, i) => `<w:${kind} w:id="${i + 1}">${b}</w:${kind}>`).join("");
    extra[`word/${kind}s.xml`] = `<?xml version="1.0" encoding="UTF-8"?><w:${kind}s xmlns:w="${W}">${separators}${own}</w:${kind}s>`;
    rels.push(`<Relationship Id="r${kind}" Type="${OFFICE_RELS}/${kind}s" Target="${kind}s.xml"/>`);
  };
  if (parts.footnotes) notes("footnote", parts.footnotes);
  if (parts.endnotes) notes("endnote", parts.endnotes);
  if (parts.comments !== undefined) {
    extra["word/comments.xml"] = `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W}">${parts.comments}</w:comments>`;
    rels.push(`<Relationship Id="rcomments" Type="${OFFICE_RELS}/comments" Target="comments.xml"/>`);
  }
  if (rels.length) extra["word/_rels/document.xml.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}">${rels.join("")}</Relationships>`;
  return minimalDocx(body, extra);
}
