import { MAX_XML_DEPTH, parseXmlDom, serializeXmlDom } from "../../src/xml/dom";

/** `levels` nested elements with text and an empty sibling on each level, as Word's parts nest runs in paragraphs. */
const nested = (levels: number) => `<a>${"<p>x</p><q>".repeat(levels - 1)}y${"</q>".repeat(levels - 1)}</a>`;

describe("parseXmlDom: the one DOM parser of the product", () => {
  it("reads well-formed XML up to the depth cap and writes it back unchanged", () => {
    const xml = nested(MAX_XML_DEPTH);
    expect(serializeXmlDom(parseXmlDom(xml))).toBe(xml);
    expect(parseXmlDom(`<antraege xmlns="urn:beschlussreif:antraege:v1" version="1"/>`).documentElement!.namespaceURI).toBe("urn:beschlussreif:antraege:v1");
  });

  it.each([
    ["one level too deep", nested(MAX_XML_DEPTH + 1), "too-deep"],
    ["100,000 levels", nested(100_000), "too-deep"],
    ["a DOCTYPE without entities", `<!DOCTYPE a><a/>`, "doctype"],
    ["an internal entity", `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "lol">]><a>&x;</a>`, "doctype"],
    ["an external entity", `<!doctype a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>`, "doctype"],
    ["an unclosed element", `<a><b></a>`, "malformed"],
    ["no root element", ``, "malformed"],
    ["text after the root", `<a/>x<b/>`, "malformed"],
  ])("refuses %s", (_case, xml, reason) => {
    expect(() => parseXmlDom(xml)).toThrow(expect.objectContaining({ name: "XmlError", reason }));
  });
});
