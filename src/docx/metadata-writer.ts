/**
 * Writes Antrag metadata into a copy of a .docx: our one custom XML part (with itemProps, relationships and
 * content types) and the readable line in each Antrag's comment — a new comment around the Antrag when it has
 * none. The package is read through the same bounded zip reader as readDocx (zip.ts): only the parts the writer
 * changes are inflated, every other entry is copied as stored, compressed bytes and all, so a hidden bomb in
 * word/media is never inflated. Only comments.xml, and the story part (document.xml, or footnotes.xml/endnotes.xml
 * for an Antrag in a note) when a comment is created, the relationships, [Content_Types].xml and our part are
 * rewritten.
 */
import { Zip, ZipDeflate, type ZipInputFile } from "fflate";
import type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";
import { parseCommentLine, type CommentLineTarget } from "../amendments";
import { hashText } from "../amendments/fingerprint";
import { parseXmlDom, serializeXmlDom, XmlError } from "../xml/dom";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { decodeXml } from "./xml";
import { openZip, type ZipArchive, type ZipEntry } from "./zip";

const REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

/** Transitional and Strict OOXML name the same things in different namespaces. */
interface Dialect {
  w: string;
  rel: string;
}

const TRANSITIONAL: Dialect = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const STRICT: Dialect = {
  w: "http://purl.oclc.org/ooxml/wordprocessingml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const ITEM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

export class MetadataWriteError extends Error {
  override name = "MetadataWriteError";
}

/** What to write into the package: one custom XML part, composed from what the package stores, and readable lines. */
export interface PackageWrite {
  namespaceUri: string;
  /**
   * The part's XML and the readable lines, from the XML of the namespace's parts in the package (in part order;
   * none: []). Throws (a German message) to refuse: nothing is written then.
   */
  compose(stored: readonly string[]): { xml: string; lines: CommentLineTarget[] };
  /** Author of comments the writer creates. */
  author?: string;
  /** ISO timestamp for created comments; without it they carry no date. */
  date?: string;
}

/** A copy of the package with the write applied; throws DocxError for a package the reader refuses too. */
export function writePackage(docx: Uint8Array, write: PackageWrite, limits?: Partial<ReadLimits>): Uint8Array {
  const pkg = new Package(openZip(docx, { ...DEFAULT_LIMITS, ...limits }));
  const documentPath = pkg.mainDocumentPath();
  const ns = pkg.xml(documentPath).documentElement?.namespaceURI === STRICT.w ? STRICT : TRANSITIONAL;
  const lines = writeCustomXml(pkg, ns, documentPath, write);
  if (lines.length > 0) writeCommentLines(pkg, ns, documentPath, lines, write);
  return pkg.zip();
}

/** The MS-DOS timestamp of an entry as a Date (1980-01-01 when the entry carries none). */
function modified(entry: ZipEntry): Date {
  const month = (entry.dosDate >> 5) & 15;
  const day = entry.dosDate & 31;
  if (month < 1 || month > 12 || day < 1) return new Date(1980, 0, 1);
  return new Date(1980 + (entry.dosDate >> 9), month - 1, day, entry.dosTime >> 11, (entry.dosTime >> 5) & 63, (entry.dosTime & 31) * 2);
}

/**
 * The zip entries, with parsed XML for the parts we change; untouched entries keep their bytes and names.
 * Parts are addressed by their normalised name (forward slashes; some writers store "word\document.xml").
 */
class Package {
  private readonly parsed = new Map<string, XmlDocument>();
  /** Parts written anew, by lower-cased name (OPC names compare case-insensitively). */
  private readonly written = new Map<string, { name: string; data: Uint8Array }>();

  constructor(private readonly archive: ZipArchive) {}

  paths(): string[] {
    const stored = [...this.archive.entries.values()].map((e) => e.name);
    return [...stored, ...[...this.written.entries()].filter(([key]) => !this.archive.entries.has(key)).map(([, w]) => w.name)];
  }

  has(path: string): boolean {
    return this.archive.entries.has(path.toLowerCase()) || this.written.has(path.toLowerCase());
  }

  bytes(path: string): Uint8Array {
    const key = path.toLowerCase();
    const written = this.written.get(key);
    if (written) return written.data;
    const entry = this.archive.entries.get(key);
    if (!entry) throw new MetadataWriteError(`Im Paket fehlt der Teil „${path}“.`);
    return this.archive.read(entry);
  }

  text(path: string): string {
    return decodeXml(this.bytes(path));
  }

  xml(path: string): XmlDocument {
    let doc = this.parsed.get(path.toLowerCase());
    if (!doc) {
      doc = parseXml(this.text(path), path);
      this.parsed.set(path.toLowerCase(), doc);
    }
    return doc;
  }

  create(path: string, xml: string): void {
    const key = path.toLowerCase();
    this.parsed.delete(key);
    this.written.set(key, { name: this.archive.entries.get(key)?.name ?? path, data: new TextEncoder().encode(xml) });
  }

  createXml(path: string, xml: string): XmlDocument {
    this.create(path, xml);
    return this.xml(path);
  }

  /** From the package relationships; without them, where Word puts it. */
  mainDocumentPath(): string {
    if (!this.has("_rels/.rels") && this.has("word/document.xml")) return "word/document.xml";
    const rel = elements(this.xml("_rels/.rels"), REL, "Relationship").find((r) =>
      [TRANSITIONAL, STRICT].some((d) => r.getAttribute("Type") === `${d.rel}/officeDocument`));
    const target = rel?.getAttribute("Target");
    if (!target) throw new MetadataWriteError("Das Paket nennt kein Hauptdokument.");
    return target.replace(/^\//, "");
  }

  /** The new package: stored entries in their order, changed ones deflated anew, untouched ones copied as stored. */
  zip(): Uint8Array {
    for (const [key, doc] of this.parsed) {
      const name = this.written.get(key)?.name ?? this.archive.entries.get(key)?.name ?? key;
      this.written.set(key, { name, data: new TextEncoder().encode(serializeXmlDom(doc)) });
    }
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const deflate = (name: string, data: Uint8Array) => {
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      file.push(data, true);
    };
    for (const [key, entry] of this.archive.entries) {
      const written = this.written.get(key);
      if (written) deflate(written.name, written.data);
      else copyStored(zip, entry, this.archive.raw(entry));
    }
    for (const [key, written] of this.written) if (!this.archive.entries.has(key)) deflate(written.name, written.data);
    zip.end();
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const c of chunks) {
      out.set(c, offset);
      offset += c.length;
    }
    return out;
  }
}

/** An entry as stored — method, CRC, sizes, compressed data — so that it is never inflated. */
function copyStored(zip: Zip, entry: ZipEntry, data: Uint8Array): void {
  const file: ZipInputFile = { filename: entry.name, size: entry.declaredSize, crc: entry.crc, compression: entry.method, mtime: modified(entry) };
  zip.add(file);
  // fflate types its chunks over an ArrayBuffer; ours is a view into the input, which it only copies out.
  file.ondata!(null, data as Uint8Array<ArrayBuffer>, true);
}

const REFUSED_XML: Record<XmlError["reason"], string> = {
  doctype: "enthält eine DOCTYPE-Deklaration und wird nicht verarbeitet",
  "too-deep": "ist zu tief verschachtelt und wird nicht verarbeitet",
  malformed: "ist kein gültiges XML",
};

function parseXml(xml: string, path: string): XmlDocument {
  try {
    return parseXmlDom(xml);
  } catch (error) {
    if (error instanceof XmlError) throw new MetadataWriteError(`Der Teil „${path}“ ${REFUSED_XML[error.reason]}.`);
    throw error;
  }
}

function elements(doc: XmlDocument | XmlElement, ns: string, name: string): XmlElement[] {
  return Array.from(doc.getElementsByTagNameNS(ns, name));
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function relativeTarget(fromPart: string, toPart: string): string {
  const fromDir = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < fromDir.length && common < to.length - 1 && fromDir[common] === to[common]) common++;
  return [...fromDir.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function addRelationship(pkg: Package, partPath: string, type: string, target: string): void {
  const relsPath = relsPathOf(partPath);
  const doc = pkg.has(relsPath) ? pkg.xml(relsPath) : pkg.createXml(relsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}"/>`);
  const rels = elements(doc, REL, "Relationship");
  if (rels.some((r) => r.getAttribute("Type") === type && r.getAttribute("Target") === target)) return;
  const ids = new Set(rels.map((r) => r.getAttribute("Id")));
  let n = rels.length + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = doc.createElementNS(REL, "Relationship");
  rel.setAttribute("Id", `rId${n}`);
  rel.setAttribute("Type", type);
  rel.setAttribute("Target", target);
  doc.documentElement!.appendChild(rel);
}

function addOverride(pkg: Package, partPath: string, contentType: string): void {
  const doc = pkg.xml("[Content_Types].xml");
  const name = `/${partPath}`;
  if (elements(doc, CT, "Override").some((o) => o.getAttribute("PartName")?.toLowerCase() === name.toLowerCase())) return;
  const override = doc.createElementNS(CT, "Override");
  override.setAttribute("PartName", name);
  override.setAttribute("ContentType", contentType);
  doc.documentElement!.appendChild(override);
}

function ensureXmlDefault(pkg: Package, partPath: string): void {
  const doc = pkg.xml("[Content_Types].xml");
  if (!elements(doc, CT, "Default").some((d) => d.getAttribute("Extension")?.toLowerCase() === "xml")) addOverride(pkg, partPath, "application/xml");
}

/** The package's parts of the namespace (by their root element), in part order, as text. */
function partsOf(pkg: Package, namespaceUri: string): { path: string; xml: string }[] {
  const items = pkg.paths().filter((p) => /^customXml\/item\d+\.xml$/i.test(p)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return items.flatMap((path) => {
    const xml = pkg.text(path);
    try {
      // Parsed outside the package cache: other add-ins' parts must keep their bytes.
      return parseXmlDom(xml).documentElement?.namespaceURI === namespaceUri ? [{ path, xml }] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Composes our part from the parts of its namespace and writes it where the first of them is, else as
 * customXml/itemN.xml with its itemProps; returns the readable lines the composition asks for.
 */
function writeCustomXml(pkg: Package, ns: Dialect, documentPath: string, write: PackageWrite): CommentLineTarget[] {
  const ours = partsOf(pkg, write.namespaceUri);
  const { xml, lines } = write.compose(ours.map((p) => p.xml));
  if (ours.length > 0) {
    pkg.create(ours[0].path, xml);
    return lines;
  }
  const numbers = pkg.paths().map((p) => /^customXml\/item(?:Props)?(\d+)\.xml$/i.exec(p)).filter((m) => m !== null).map((m) => +m[1]);
  const n = Math.max(0, ...numbers) + 1;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  pkg.create(item, xml);
  const h = hashText(xml + n) + hashText(n + xml);
  const guid = `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`.toUpperCase();
  pkg.create(props, `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${guid}" xmlns:ds="${DS}"><ds:schemaRefs><ds:schemaRef ds:uri="${write.namespaceUri}"/></ds:schemaRefs></ds:datastoreItem>`);
  pkg.create(relsPathOf(item), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${ns.rel}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`);
  addOverride(pkg, props, ITEM_PROPS_TYPE);
  ensureXmlDefault(pkg, item);
  addRelationship(pkg, documentPath, `${ns.rel}/customXml`, relativeTarget(documentPath, item));
  return lines;
}

/** XML 1.0 cannot carry most C0 controls; a comment line shows U+FFFD in their place. */
function xmlSafe(text: string): string {
  return text.replace(/[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

function textOf(ns: Dialect, el: XmlElement): string {
  return elements(el, ns.w, "t").map((t) => t.textContent ?? "").join("");
}

function lineParagraph(ns: Dialect, doc: XmlDocument, line: string): XmlElement {
  const p = doc.createElementNS(ns.w, "w:p");
  const r = doc.createElementNS(ns.w, "w:r");
  const t = doc.createElementNS(ns.w, "w:t");
  t.setAttribute("xml:space", "preserve");
  t.appendChild(doc.createTextNode(xmlSafe(line)));
  r.appendChild(t);
  p.appendChild(r);
  return p;
}

function writeCommentLines(pkg: Package, ns: Dialect, documentPath: string, lines: CommentLineTarget[], options: Pick<PackageWrite, "author" | "date">): void {
  const rels = pkg.has(relsPathOf(documentPath)) ? elements(pkg.xml(relsPathOf(documentPath)), REL, "Relationship") : [];
  const commentsRel = rels.find((r) => r.getAttribute("Type") === `${ns.rel}/comments`);
  const dir = documentPath.split("/").slice(0, -1).join("/");
  let commentsPath = commentsRel ? resolveTarget(dir, commentsRel.getAttribute("Target")!) : `${dir ? dir + "/" : ""}comments.xml`;
  if (!commentsRel || !pkg.has(commentsPath)) {
    commentsPath = `${dir ? dir + "/" : ""}comments.xml`;
    pkg.createXml(commentsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${ns.w}"/>`);
    addOverride(pkg, commentsPath, COMMENTS_TYPE);
    addRelationship(pkg, documentPath, `${ns.rel}/comments`, relativeTarget(documentPath, commentsPath));
  }
  const comments = pkg.xml(commentsPath);
  const byId = new Map(elements(comments, ns.w, "comment").map((c) => [c.getAttributeNS(ns.w, "id") ?? "", c]));
  const stories = storyParts(pkg, ns, documentPath);
  let nextId: number | null = null;
  const newId = () => {
    if (nextId === null) {
      const ids = [...byId.keys(), ...stories.flatMap((s) => Array.from(s.doc.getElementsByTagName("*")).map((e) => e.getAttributeNS(ns.w, "id") ?? ""))]
        .map(Number).filter(Number.isFinite);
      nextId = Math.max(0, ...ids) + 1;
    }
    return String(nextId++);
  };
  for (const target of lines) {
    if (target.kind === "comment") {
      const comment = byId.get(target.commentId);
      if (!comment) throw new MetadataWriteError(`Der Kommentar ${target.commentId} fehlt in „${commentsPath}“.`);
      // Only our earlier line goes; a sentence of the author's that starts alike stays.
      for (const p of elements(comment, ns.w, "p")) if (parseCommentLine(textOf(ns, p))) comment.removeChild(p);
      comment.appendChild(lineParagraph(ns, comments, target.line));
      continue;
    }
    const id = newId();
    const range = (target.kind === "changes" ? changeRange(ns, stories, target.changeIds) : null) ?? paragraphRange(stories, target.paragraph);
    if (!range) throw new MetadataWriteError("Die Stelle für den neuen Kommentar wurde im Dokument nicht gefunden.");
    anchorComment(ns, range.doc, range.first, range.last, range.inside, id);
    const comment = comments.createElementNS(ns.w, "w:comment");
    comment.setAttributeNS(ns.w, "w:id", id);
    comment.setAttributeNS(ns.w, "w:author", options.author ?? "Beschlussreif");
    comment.setAttributeNS(ns.w, "w:initials", "BR");
    if (options.date) comment.setAttributeNS(ns.w, "w:date", options.date);
    comment.appendChild(lineParagraph(ns, comments, target.line));
    comments.documentElement!.appendChild(comment);
    byId.set(id, comment);
  }
}

function resolveTarget(dir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = dir ? dir.split("/") : [];
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

const CHANGE_ELEMENTS = new Set(["ins", "del", "moveFrom", "moveTo"]);

/** A part holding text the model reads: the main document, the footnotes, the endnotes. */
interface StoryPart {
  doc: XmlDocument;
  /** The paragraphs of this story in the reader's order, model index = position in all stories' lists together. */
  paragraphs: XmlElement[];
}

interface Range {
  doc: XmlDocument;
  first: XmlElement;
  last: XmlElement;
  inside: boolean;
}

/** Whether the reader reads an element: of Word's two copies of a drawing (mc:Choice, mc:Fallback) only the Fallback. */
function readByReader(el: XmlElement, root: XmlElement): boolean {
  for (let n = el.parentNode as XmlElement | null; n && n !== root; n = n.parentNode as XmlElement | null) {
    const alternate = n.parentNode as XmlElement | null;
    if (n.localName === "Choice" && alternate && Array.from(alternate.childNodes).some((c) => (c as XmlElement).localName === "Fallback")) return false;
  }
  return true;
}

/**
 * The stories in the reader's order (src/docx/story.ts, index.ts): the body's paragraphs in document order (text-box
 * paragraphs after their host), then each footnote's and each endnote's, notes in the order of their first reference.
 */
function storyParts(pkg: Package, ns: Dialect, documentPath: string): StoryPart[] {
  const doc = pkg.xml(documentPath);
  const body = elements(doc, ns.w, "body")[0];
  if (!body) return [];
  const parts: StoryPart[] = [{ doc, paragraphs: elements(body, ns.w, "p").filter((p) => readByReader(p, body)) }];
  const rels = pkg.has(relsPathOf(documentPath)) ? elements(pkg.xml(relsPathOf(documentPath)), REL, "Relationship") : [];
  const dir = documentPath.split("/").slice(0, -1).join("/");
  for (const kind of ["footnote", "endnote"]) {
    const rel = rels.find((r) => r.getAttribute("Type") === `${ns.rel}/${kind}s` && r.getAttribute("TargetMode") !== "External");
    const path = rel ? resolveTarget(dir, rel.getAttribute("Target")!) : null;
    if (!path || !pkg.has(path)) continue;
    const notes = pkg.xml(path);
    const byId = new Map(elements(notes, ns.w, kind).filter((n) => !["separator", "continuationSeparator", "continuationNotice"].includes(n.getAttributeNS(ns.w, "type") ?? ""))
      .map((n) => [n.getAttributeNS(ns.w, "id") ?? "", n]));
    const paragraphs: XmlElement[] = [];
    for (const ref of elements(body, ns.w, `${kind}Reference`).filter((r) => readByReader(r, body))) {
      const note = byId.get(ref.getAttributeNS(ns.w, "id") ?? "");
      if (!note) continue;
      byId.delete(ref.getAttributeNS(ns.w, "id") ?? "");
      paragraphs.push(...elements(note, ns.w, "p").filter((p) => readByReader(p, note)));
    }
    parts.push({ doc: notes, paragraphs });
  }
  return parts;
}

/** The run-level change elements (not paragraph-mark revisions inside w:rPr) with the given ids, first and last, in the story that has them. */
function changeRange(ns: Dialect, stories: readonly StoryPart[], changeIds: string[]): Range | null {
  const wanted = new Set(changeIds);
  for (const { doc } of stories) {
    const found = Array.from(doc.getElementsByTagNameNS(ns.w, "*")).filter((e) =>
      CHANGE_ELEMENTS.has(e.localName ?? "") && wanted.has(e.getAttributeNS(ns.w, "id") ?? "") && (e.parentNode as XmlElement | null)?.localName !== "rPr");
    if (found.length > 0) return { doc, first: found[0], last: found[found.length - 1], inside: false };
  }
  return null;
}

/** The paragraph with the model's index: the stories' paragraphs counted on one after the other, as the reader does. */
function paragraphRange(stories: readonly StoryPart[], index: number): Range | null {
  let k = index;
  for (const { doc, paragraphs } of stories) {
    if (k < paragraphs.length) return { doc, first: paragraphs[k], last: paragraphs[k], inside: true };
    k -= paragraphs.length;
  }
  return null;
}

/** commentRangeStart before `first`, commentRangeEnd and the reference run after `last` (inside a paragraph when asked). */
function anchorComment(ns: Dialect, doc: XmlDocument, first: XmlElement, last: XmlElement, inside: boolean, id: string): void {
  const make = (name: string) => {
    const el = doc.createElementNS(ns.w, `w:${name}`);
    el.setAttributeNS(ns.w, "w:id", id);
    return el;
  };
  const reference = doc.createElementNS(ns.w, "w:r");
  reference.appendChild(make("commentReference"));
  if (inside) {
    const pPr = Array.from(first.childNodes).find((n) => (n as XmlElement).localName === "pPr");
    first.insertBefore(make("commentRangeStart"), pPr ? pPr.nextSibling : first.firstChild);
    last.appendChild(make("commentRangeEnd"));
    last.appendChild(reference);
    return;
  }
  first.parentNode!.insertBefore(make("commentRangeStart"), first);
  const end = make("commentRangeEnd");
  last.parentNode!.insertBefore(end, last.nextSibling);
  end.parentNode!.insertBefore(reference, end.nextSibling);
}
