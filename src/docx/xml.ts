/**
 * XML parts parsed with saxes into a light element tree. Names carry canonical prefixes ("w:p", "w14:paraId")
 * whatever prefixes the file used, so Transitional and Strict files read alike. Any DOCTYPE is refused
 * before entities could be declared; parse errors carry the part and line.
 */
import { SaxesParser } from "saxes";
import { DocxError } from "./errors";

export interface XmlElement {
  /** Canonical qualified name, e.g. "w:p"; unknown namespaces keep "{uri}local". */
  name: string;
  /** Namespace URI as written in the file ("" for none). */
  uri: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside this element (concatenated). */
  text: string;
}

const NS: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.microsoft.com/office/word/2010/wordml": "w14",
  "http://schemas.microsoft.com/office/word/2012/wordml": "w15",
  // Pre-release Word 2013 files (Open XML SDK conformance samples) used this namespace for w15.
  "http://schemas.microsoft.com/office/word/2010/11/wordml": "w15",
  "http://schemas.microsoft.com/office/word/2016/wordml/cid": "w16cid",
  "http://schemas.microsoft.com/office/word/2018/wordml/cex": "w16cex",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "http://purl.oclc.org/ooxml/officeDocument/math": "m",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.openxmlformats.org/package/2006/content-types": "ct",
  "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
  "http://purl.org/dc/elements/1.1/": "dc",
  "http://purl.org/dc/terms/": "dcterms",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": "ep",
  "http://purl.oclc.org/ooxml/officeDocument/extendedProperties": "ep",
  "http://www.w3.org/XML/1998/namespace": "xml",
};

function qualify(uri: string, local: string): string {
  if (!uri) return local;
  const prefix = NS[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

interface Scope {
  /** Prefix → namespace URI ("" for the default namespace). */
  prefixes: Map<string, string>;
  /** Raw qualified name → [canonical name, uri]; names repeat a lot, so each is resolved once per scope. */
  names: Map<string, [string, string]>;
  attributes: Map<string, [string, string]>;
  /**
   * Every prefix in scope is the canonical one for its namespace (as in nearly every Word file): the
   * attribute names need no rewriting and saxes' attribute object is used as it is.
   */
  canonical: boolean;
}

const CANONICAL_PREFIXES = new Set(Object.values(NS));

function newScope(prefixes: Map<string, string>): Scope {
  let canonical = true;
  for (const [prefix, uri] of prefixes) {
    const known = NS[uri];
    if (known ? known !== prefix : CANONICAL_PREFIXES.has(prefix) || prefix === "") canonical = false;
  }
  return { prefixes, names: new Map(), attributes: new Map(), canonical };
}

/**
 * Layout-only elements no reader looks at, with their subtrees. They make up a large share of a long
 * document's elements; leaving them out of the tree keeps parsing fast and memory low.
 */
const IGNORED = new Set([
  "w:rFonts", "w:lang", "w:sz", "w:szCs", "w:spacing", "w:ind", "w:jc", "w:noProof", "w:proofErr", "w:bCs", "w:iCs",
  "w:kern", "w:tabs", "w:w", "w:u", "w:tcW", "w:tblW", "w:gridCol", "w:tcBorders", "w:tblBorders", "w:pBdr", "w:keepNext",
  "w:keepLines", "w:widowControl", "w:snapToGrid", "w:lastRenderedPageBreak", "w:vAlign", "w:tblCellMar", "w:tblLook",
  "w:rsids", "w:docGrid", "w:pgMar", "w:pgSz", "w:cols",
]);

/** Deeper nesting than any real part has; bounds the recursion of the readers that walk the tree. */
const MAX_DEPTH = 256;

/** Shared by all elements without children until their first child arrives. */
const NO_CHILDREN: XmlElement[] = Object.freeze([]) as unknown as XmlElement[];

function resolveName(scope: Scope, raw: string, isAttribute: boolean): [string, string] {
  const cache = isAttribute ? scope.attributes : scope.names;
  let r = cache.get(raw);
  if (r) return r;
  const colon = raw.indexOf(":");
  const prefix = colon < 0 ? "" : raw.slice(0, colon);
  const local = colon < 0 ? raw : raw.slice(colon + 1);
  // Unprefixed attributes are in no namespace; "xml:" is bound by definition.
  const uri = isAttribute && colon < 0 ? "" : prefix === "xml" ? "http://www.w3.org/XML/1998/namespace" : scope.prefixes.get(prefix) ?? "";
  r = [qualify(uri, local), uri];
  cache.set(raw, r);
  return r;
}

/**
 * Parses one part; returns its root element. saxes runs without its own namespace processing (it costs
 * more than the rest of the reader); prefixes are resolved here, scope by scope.
 */
export function parseXml(source: string, part: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const root: XmlElement = { name: "#document", uri: "", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  const scopes: Scope[] = [newScope(new Map())];
  let failure: DocxError | null = null;
  const fail = (code: "doctype" | "malformed-xml", detail: string): void => {
    failure ??= new DocxError(code, { part, line: parser.line, detail });
  };
  parser.on("doctype", () => {
    fail("doctype", "DOCTYPE declaration");
    throw failure;
  });
  let ignoring = 0;
  parser.on("opentag", (tag) => {
    if (ignoring > 0 || IGNORED.has(tag.name)) {
      ignoring++;
      return;
    }
    const parent = scopes[scopes.length - 1];
    let scope = parent;
    const raw = tag.attributes as Record<string, string>;
    const keys = Object.keys(raw);
    let declares = false;
    for (const key of keys) {
      if (key.charCodeAt(0) === 120 /* x */ && (key === "xmlns" || key.startsWith("xmlns:"))) declares = true;
    }
    if (declares) {
      const prefixes = new Map(parent.prefixes);
      for (const key of keys) {
        if (key === "xmlns" || key.startsWith("xmlns:")) prefixes.set(key === "xmlns" ? "" : key.slice(6), raw[key]);
      }
      scope = newScope(prefixes);
    }
    let attrs: Record<string, string> = raw;
    if (declares || !scope.canonical) {
      attrs = {};
      for (const key of keys) {
        if (key.charCodeAt(0) === 120 && (key === "xmlns" || key.startsWith("xmlns:"))) continue;
        attrs[resolveName(scope, key, true)[0]] = raw[key];
      }
    }
    if (stack.length > MAX_DEPTH) {
      failure ??= new DocxError("too-deep", { part, line: parser.line, detail: `elements nested deeper than ${MAX_DEPTH}` });
      throw failure;
    }
    scopes.push(scope);
    const [name, uri] = resolveName(scope, tag.name, false);
    const el: XmlElement = { name, uri, attrs, children: NO_CHILDREN, text: "" };
    const top = stack[stack.length - 1];
    if (top.children === NO_CHILDREN) top.children = [el];
    else top.children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => {
    if (ignoring > 0) {
      ignoring--;
      return;
    }
    stack.pop();
    scopes.pop();
  });
  parser.on("text", (t: string) => {
    if (stack.length > 1 && ignoring === 0) stack[stack.length - 1].text += t;
  });
  parser.on("cdata", (t: string) => {
    if (stack.length > 1) stack[stack.length - 1].text += t;
  });
  parser.on("error", (e: Error) => {
    fail("malformed-xml", e.message.replace(/^[^:]*:\d+:\d+: /, "").replace(/\.$/, ""));
    throw failure;
  });
  try {
    parser.write(source).close();
  } catch (e) {
    if (failure) throw failure;
    if (e instanceof DocxError) throw e;
    throw new DocxError("malformed-xml", { part, line: parser.line, detail: (e as Error).message });
  }
  const top = root.children[0];
  if (!top) throw new DocxError("malformed-xml", { part, line: parser.line, detail: "no root element" });
  return top;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** `w:val` of a child element, e.g. val(pPr, "w:pStyle"). */
export function val(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs["w:val"];
}

/** OOXML on/off property: present without val, or val true/1/on. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs["w:val"];
  return v === undefined || v === "true" || v === "1" || v === "on";
}
