/**
 * The document's own settings for the checks, stored with the document in a small custom XML part of its own:
 * term groups the user ignores here and the document glossary. The content is JSON (validated with zod) in
 * one text node, so any text survives; xmldom escapes it.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { z } from "zod/mini";
import { parseGlossary, type Glossary } from "../checks/terminology";

export const SETTINGS_NAMESPACE = "urn:beschlussreif:einstellungen:v1";

export interface DocumentSettings {
  /** Ids of term groups (TermGroup.id) the user chose to ignore in this document. */
  ignoredTerms: string[];
  glossary: Glossary;
}

export const EMPTY_SETTINGS: DocumentSettings = { ignoredTerms: [], glossary: { version: 1, terms: [] } };

const SettingsSchema = z.object({ ignoredTerms: z.array(z.string()), glossary: z.unknown() });

export function serializeSettings(settings: DocumentSettings): string {
  const doc = new DOMParser().parseFromString(`<einstellungen xmlns="${SETTINGS_NAMESPACE}" version="1"/>`, "text/xml");
  doc.documentElement!.appendChild(doc.createTextNode(JSON.stringify(settings)));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + new XMLSerializer().serializeToString(doc);
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
  if (/<!DOCTYPE/i.test(xml)) throw unreadable;
  try {
    const doc = new DOMParser({ onError: (level: string) => { if (level !== "warning") throw unreadable; } }).parseFromString(xml, "text/xml");
    const root = doc.documentElement;
    // A browser's native DOMParser reports errors as <parsererror> instead of calling onError.
    if (!root || root.namespaceURI !== SETTINGS_NAMESPACE || doc.getElementsByTagName("parsererror").length > 0) throw unreadable;
    const raw = SettingsSchema.parse(JSON.parse(root.textContent ?? ""));
    return { ignoredTerms: raw.ignoredTerms, glossary: parseGlossary(raw.glossary) };
  } catch {
    throw unreadable;
  }
}
