/**
 * The document's own settings for the checks (ignored term groups, the document glossary): read the same way by both
 * hosts, and changed by composing the change into what is stored when it is written — an ignored group or a glossary
 * term a co-author added meanwhile stays.
 */
import { EMPTY_SETTINGS, parseSettings, serializeSettings, SettingsError, SETTINGS_NAMESPACE, type DocumentSettings } from "../analysis/settings";
import type { DocumentModel } from "../model/document";
import { formatDateDe } from "../model/labels";
import type { EditPlan } from "../word/edit-plan";
import { checkPartSize } from "./records";
import { Refusal } from "./refusal";

export interface SettingsRead {
  settings: DocumentSettings;
  /** Why the stored settings could not be read (German); they are then neither used nor overwritten. */
  problem: string | null;
}

export function readSettings(model: DocumentModel): SettingsRead {
  const part = model.customXmlParts.find((p) => p.namespaceUri === SETTINGS_NAMESPACE);
  try {
    return { settings: parseSettings(part?.xml ?? null), problem: null };
  } catch (error) {
    if (error instanceof SettingsError) return { settings: EMPTY_SETTINGS, problem: error.message };
    throw error;
  }
}

/** Stores `change` applied to the settings as they are stored when Word writes them; never over settings we could not read. */
function planSettingsChange(read: SettingsRead, label: string, change: (settings: DocumentSettings) => DocumentSettings): EditPlan {
  if (read.problem) throw new Refusal(`${read.problem} Sie werden nicht überschrieben; es wurde nichts gespeichert.`);
  return {
    label, target: null, trackChanges: false, steps: [],
    part: {
      namespaceUri: SETTINGS_NAMESPACE, anchors: [], afterSteps: false,
      compose(stored) {
        let current: DocumentSettings;
        try {
          current = parseSettings(stored[0] ?? null);
        } catch (error) {
          if (error instanceof SettingsError) throw new Refusal(`${error.message} Sie werden nicht überschrieben; es wurde nichts gespeichert.`);
          throw error;
        }
        const xml = serializeSettings(change(current));
        checkPartSize(xml, "Die Einstellungen");
        return { xml, steps: [] };
      },
    },
  };
}

/** Ignores a term group (TermGroup.id) in this document. */
export function planIgnoreTerm(read: SettingsRead, groupId: string): EditPlan {
  return planSettingsChange(read, "Begriff ignorieren", (s) => ({ ...s, ignoredTerms: [...new Set([...s.ignoredTerms, groupId])] }));
}

/** Checks the term group again: the undo of planIgnoreTerm. */
export function planUnignoreTerm(read: SettingsRead, groupId: string): EditPlan {
  return planSettingsChange(read, "Begriff wieder prüfen", (s) => ({ ...s, ignoredTerms: s.ignoredTerms.filter((id) => id !== groupId) }));
}

/** Adds a term (preferred form and variants) to the document glossary, replacing an entry of the same preferred form. */
export function planAddToGlossary(read: SettingsRead, term: { preferred: string; variants: string[] }, today: string): EditPlan {
  return planSettingsChange(read, "Ins Glossar aufnehmen", (s) => ({
    ...s,
    glossary: {
      ...s.glossary,
      terms: [
        ...s.glossary.terms.filter((t) => t.preferred !== term.preferred),
        { ...term, note: `Im Aufgabenbereich ins Dokumentglossar aufgenommen am ${formatDateDe(today)}.` },
      ],
    },
  }));
}
