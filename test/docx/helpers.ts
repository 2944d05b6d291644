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
