/** Hostile .docx packages built in memory: minimal WordprocessingML parts around whatever the case needs. */
import { constants, crc32, deflateRawSync } from "node:zlib";
import { deflateSync, strToU8, zipSync } from "fflate";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
</Relationships>`;

export const documentXml = (body: string, prolog = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`) =>
  `${prolog}\n<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;

export const commentsXml = (comments: string, prolog = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`) =>
  `${prolog}\n<w:comments xmlns:w="${W}">${comments}</w:comments>`;

/** XML-escapes character data and attribute values. */
export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function comment(id: number, author: string, text: string, date = "2026-03-02T10:00:00Z"): string {
  return `<w:comment w:id="${id}" w:author="${esc(author)}" w:initials="KM" w:date="${esc(date)}"><w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p></w:comment>`;
}

/** A paragraph carrying comment anchors for the given ids. */
export function anchoredParagraph(ids: number[], text = "Der Kreis Musterland fördert das Ehrenamt."): string {
  const starts = ids.map((id) => `<w:commentRangeStart w:id="${id}"/>`).join("");
  const ends = ids.map((id) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`).join("");
  return `<w:p>${starts}<w:r><w:t>${esc(text)}</w:t></w:r>${ends}</w:p>`;
}

/** Any set of parts; the defaults make a minimal valid package, `null` leaves a part out. */
export function pkg(parts: Record<string, string | Uint8Array | null>): Uint8Array {
  const all: Record<string, string | Uint8Array | null> = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": PACKAGE_RELS,
    ...parts,
  };
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(all)) if (data !== null) files[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(files, { level: 6 });
}

export const docx = (body: string) => pkg({ "word/document.xml": documentXml(body) });

export const docxWithComments = (body: string, comments: string, commentsProlog?: string) =>
  pkg({ "word/document.xml": documentXml(body), "word/_rels/document.xml.rels": DOCUMENT_RELS, "word/comments.xml": commentsXml(comments, commentsProlog) });

/** An OLE compound file (the container of .doc and of encrypted .docx): signature, padding, one directory name. */
export function compoundFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff], 0x18); // minor/major version, byte order mark
  const name = new Uint8Array(streamName.length * 2);
  for (let i = 0; i < streamName.length; i++) name[i * 2] = streamName.charCodeAt(i);
  bytes.set(name, 1024 + 128); // second directory entry in the first directory sector
  return bytes;
}

export interface RawPart {
  name: string;
  /** Deflated bytes. */
  data: Uint8Array;
  crc: number;
  /** Size declared in the central directory (a bomb may lie). */
  declaredSize: number;
}

export function deflatedPart(name: string, text: string): RawPart {
  const bytes = strToU8(text);
  return { name, data: deflateSync(bytes, { level: 6 }), crc: crc32(bytes), declaredSize: bytes.length };
}

/** The parts of a minimal valid package, deflated, for hand-written zips. */
export const minimalParts = (body: string): RawPart[] => [
  deflatedPart("[Content_Types].xml", CONTENT_TYPES),
  deflatedPart("_rels/.rels", PACKAGE_RELS),
  deflatedPart("word/document.xml", documentXml(body)),
];

/**
 * `mebibytes` MiB of zeros as raw deflate: one fully flushed 1 MiB block repeated, then an empty final block, so
 * building it costs one block's compression and the test never holds the inflated data. 1 GiB becomes about 1 MB.
 */
export function deflatedZeros(mebibytes: number): { data: Uint8Array; crc: number; size: number } {
  const zero = new Uint8Array(1 << 20);
  const block = deflateRawSync(zero, { finishFlush: constants.Z_FULL_FLUSH });
  const chunks: Uint8Array[] = [];
  let crc = 0;
  for (let i = 0; i < mebibytes; i++) {
    crc = crc32(zero, crc);
    chunks.push(block);
  }
  chunks.push(deflateRawSync(new Uint8Array(0)));
  return { data: concat(chunks), crc, size: mebibytes * zero.length };
}

/** A zip written by hand (stored names, deflate), so a declared size can lie. */
export function rawZip(parts: RawPart[]): Uint8Array {
  const out: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = strToU8(part.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, part.crc, true);
    local.setUint32(18, part.data.length, true);
    local.setUint32(22, part.declaredSize, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, 8, true);
    cd.setUint32(16, part.crc, true);
    cd.setUint32(20, part.data.length, true);
    cd.setUint32(24, part.declaredSize, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    out.push(new Uint8Array(local.buffer), name, part.data);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + part.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, parts.length, true);
  eocd.setUint16(10, parts.length, true);
  eocd.setUint32(12, cdSize, true);
  eocd.setUint32(16, offset, true);
  return concat([...out, ...central, new Uint8Array(eocd.buffer)]);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes;
}
