/**
 * The one way the product parses XML into a DOM: our custom XML parts, the settings part, the parts the .docx writer
 * edits and the simulator's `setXml`. A DOCTYPE is refused before parsing, so no entity is ever declared, expanded or
 * fetched; nesting deeper than MAX_XML_DEPTH is refused after parsing (the parsers themselves do not recurse, the
 * code that walks a tree may). In the browser bundles @xmldom/xmldom is the platform's parser
 * (src/taskpane/native-xmldom.ts), which reports errors as <parsererror> instead of calling onError.
 */
import { DOMParser, XMLSerializer, type Document as XmlDocument, type Node as XmlNode } from "@xmldom/xmldom";

/** As deep as the .docx reader reads (src/docx/xml.ts); no Word part or part of ours comes near it. */
export const MAX_XML_DEPTH = 256;

export type XmlRefusal = "doctype" | "malformed" | "too-deep";

export class XmlError extends Error {
  override name = "XmlError";
  constructor(readonly reason: XmlRefusal, detail: string) {
    super(detail);
  }
}

function depthOf(root: XmlNode): number {
  let deepest = 0;
  let depth = 1;
  let node: XmlNode = root;
  // Iterative walk: a recursive one would overflow the stack on the very documents this check exists for.
  for (;;) {
    if (node.nodeType === 1 && depth > deepest) deepest = depth;
    if (node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      depth--;
    }
    if (node === root) return deepest;
    node = node.nextSibling!;
  }
}

/** Parses a whole XML document; throws XmlError (English detail) for a DOCTYPE, malformed XML or too deep nesting. */
export function parseXmlDom(xml: string): XmlDocument {
  if (/<!DOCTYPE/i.test(xml)) throw new XmlError("doctype", "DOCTYPE declaration");
  let doc: XmlDocument;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== "warning") throw new XmlError("malformed", message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    // xmldom wraps what the handler throws.
    throw error instanceof XmlError ? error : new XmlError("malformed", (error as Error).message);
  }
  if (!doc.documentElement || doc.getElementsByTagName("parsererror").length > 0) throw new XmlError("malformed", "not well-formed");
  if (depthOf(doc.documentElement) > MAX_XML_DEPTH) throw new XmlError("too-deep", `elements nested deeper than ${MAX_XML_DEPTH}`);
  return doc;
}

export function serializeXmlDom(doc: XmlDocument): string {
  return new XMLSerializer().serializeToString(doc);
}
