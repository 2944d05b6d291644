/** Core and app properties (docProps/core.xml, docProps/app.xml), settings and custom XML parts. */
import { isoDateTimeOrNull } from "../model/dates";
import type { CoreProperties, CustomXmlPart } from "../model/document";
import type { Package } from "./package";
import { child, onOff, type XmlElement } from "./xml";

function textOf(root: XmlElement | undefined, name: string): string | null {
  const t = child(root, name)?.text.trim();
  return t ? t : null;
}

function dateOf(root: XmlElement | undefined, name: string): string | null {
  return isoDateTimeOrNull(textOf(root, name) ?? undefined);
}

export function readCoreProperties(core: XmlElement | undefined, app: XmlElement | undefined): CoreProperties {
  return {
    title: textOf(core, "dc:title"),
    subject: textOf(core, "dc:subject"),
    creator: textOf(core, "dc:creator"),
    lastModifiedBy: textOf(core, "cp:lastModifiedBy"),
    created: dateOf(core, "dcterms:created"),
    modified: dateOf(core, "dcterms:modified"),
    revision: textOf(core, "cp:revision"),
    application: textOf(app, "ep:Application"),
  };
}

export function readTrackRevisions(settings: XmlElement | undefined): boolean {
  return onOff(child(settings, "w:trackRevisions")) ?? false;
}

/** customXml/item*.xml: the data parts, not their itemProps. */
export function readCustomXmlParts(pkg: Package): CustomXmlPart[] {
  const parts: CustomXmlPart[] = [];
  for (const name of pkg.partNames()) {
    if (!/^customXml\/item\d+\.xml$/i.test(name)) continue;
    const root = pkg.xml(name);
    parts.push({ id: name, namespaceUri: root?.uri ? root.uri : null, xml: pkg.text(name) ?? "" });
  }
  return parts.sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
}
