/**
 * The OPC package: parts by name, relationships, and the main document part found through
 * `_rels/.rels` (it need not be word/document.xml). Every XML part is inflated and CRC-checked up front,
 * so a damaged part is reported even when the model does not need it.
 */
import { DocxError } from "./errors";
import type { ReadLimits } from "./limits";
import { decodeXml, parseXml, type XmlElement } from "./xml";
import { openZip } from "./zip";

export interface Relationship {
  id: string;
  /** Last segment of the relationship type ("officeDocument", "comments", "header", …). */
  type: string;
  /** Resolved part name, or the raw target for external relationships. */
  target: string;
  external: boolean;
}

export interface Package {
  /** Parsed XML of a part, or undefined when the package lacks it. */
  xml(part: string): XmlElement | undefined;
  /** Raw text of a part. */
  text(part: string): string | undefined;
  /** Relationships of a part (from its `_rels/<name>.rels`). */
  relationships(part: string): Relationship[];
  /** All part names, as stored. */
  partNames(): string[];
  mainPart: string;
}

function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
  const segments: string[] = [];
  for (const s of (base + target).split("/")) {
    if (s === "..") segments.pop();
    else if (s !== "." && s !== "") segments.push(s);
  }
  return segments.join("/");
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function openPackage(bytes: Uint8Array, limits: ReadLimits): Package {
  const zip = openZip(bytes, limits);
  const texts = new Map<string, string>();
  for (const [key, entry] of zip.entries) {
    if (isXmlPart(entry.name)) texts.set(key, decodeXml(zip.read(entry)));
  }
  const parsed = new Map<string, XmlElement>();
  const name = (part: string): string => zip.entries.get(part.toLowerCase())?.name ?? part;

  const xml = (part: string): XmlElement | undefined => {
    const key = part.toLowerCase();
    const cached = parsed.get(key);
    if (cached) return cached;
    const text = texts.get(key);
    if (text === undefined) return undefined;
    const root = parseXml(text, name(part));
    parsed.set(key, root);
    return root;
  };

  const relationships = (part: string): Relationship[] => {
    const root = xml(part === "" ? "_rels/.rels" : relsPartOf(part));
    if (!root) return [];
    return root.children
      // Some writers leave out the namespace; the element is unambiguous either way.
      .filter((c) => c.name === "rel:Relationship" || c.name === "Relationship")
      .map((c) => {
        const type = c.attrs["Type"] ?? "";
        const external = c.attrs["TargetMode"] === "External";
        const rawTarget = (c.attrs["Target"] ?? "").replace(/\\/g, "/");
        return {
          id: c.attrs["Id"] ?? "",
          type: type.slice(type.lastIndexOf("/") + 1),
          target: external ? rawTarget : resolveTarget(part, rawTarget),
          external,
        };
      });
  };

  if (!texts.has("_rels/.rels") && !texts.has("word/document.xml")) {
    throw new DocxError("missing-part", { part: "_rels/.rels" });
  }
  const main = relationships("").find((r) => r.type === "officeDocument" && !r.external)?.target ?? "word/document.xml";
  if (!texts.has(main.toLowerCase())) throw new DocxError("missing-part", { part: main });

  return {
    xml,
    text: (part) => texts.get(part.toLowerCase()),
    relationships,
    partNames: () => [...zip.entries.values()].map((e) => e.name),
    mainPart: name(main),
  };
}
