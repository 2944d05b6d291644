/**
 * The document's own settings for the checks, stored with the document in a small custom XML part of its own:
 * term groups the user ignores here and the document glossary. The content is JSON (validated with zod) in
 * one text node, so any text survives; xmldom escapes it.
 */
import { z } from "zod/mini";
import { parseGlossary, type Glossary } from "../checks/terminology";
import { parseXmlDom, serializeXmlDom } from "../xml/dom";

export const SETTINGS_NAMESPACE = "urn:beschlussreif:einstellungen:v1";

export interface DocumentSettings {
  /** Ids of term groups (TermGroup.id) the user chose to ignore in this document. */
  ignoredTerms: string[];
  glossary: Glossary;
}

export const EMPTY_SETTINGS: DocumentSettings = { ignoredTerms: [], glossary: { version: 1, terms: [] } };

const SettingsSchema = z.object({ ignoredTerms: z.array(z.string()), glossary: z.unknown() });

export function serializeSettings(settings: DocumentSettings): string {
  const doc = parseXmlDom(`<einstellungen xmlns="${SETTINGS_NAMESPACE}" version="1"/>`);
  doc.documentElement!.appendChild(doc.createTextNode(JSON.stringify(settings)));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + serializeXmlDom(doc);
}

export class SettingsError extends Error {
  override name = "SettingsError";
}

/**
 * Reads the part (null: there is none yet). An unreadable part is refused with a German message, so that the
 * host does not overwrite what a user stored.
 */
export function parseSettings(xml: string | null): DocumentSettings {
  if (xml === null) return EMPTY_SETTINGS;
  const unreadable = new SettingsError("Die gespeicherten Einstellungen der Begriffsprüfung (ignorierte Begriffe, Glossar) sind beschädigt und werden nicht verwendet.");
  try {
    const root = parseXmlDom(xml).documentElement;
    // A newer version may hold what this one would drop on writing: it is as unreadable here.
    if (!root || root.namespaceURI !== SETTINGS_NAMESPACE || root.getAttribute("version") !== "1") throw unreadable;
    const raw = SettingsSchema.parse(JSON.parse(root.textContent ?? ""));
    return { ignoredTerms: raw.ignoredTerms, glossary: parseGlossary(raw.glossary) };
  } catch {
    throw unreadable;
  }
}
