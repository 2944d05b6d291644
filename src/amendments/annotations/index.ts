/**
 * Import of the free-text annotations drafts carry today — in comments and their replies, in brackets after the
 * amended sentence, in a note paragraph: "Antrag der SPD-Kreistagsfraktion vom 14.03.2025", "(Änderungsantrag
 * B90/ Die Grünen vom 09.03.2025, Zustimmung im AfASSuG vom 05.03.2025)", "ÄA CDU 14.2.25 – KA 24.03.2025:
 * ungeändert beschlossen". The registry is always a parameter: the parser knows no county of its own. The result
 * is a proposal with a source and a certainty per value, never applied silently; what the registry lacks is offered
 * for it.
 */
import { emptyMetadata } from "../grouping";
import { normalizeName, type Registry } from "../registry";
import type { AntragMetadata, ImportProposal, RegistryAddition } from "../types";

export { annotatedParagraphs, bracketed, bracketOwners, coveredParagraphs, importForAmendment, inlineAnnotations, removedAnnotations } from "./notes";
export { defaultRole, readThread, type NoteInput, type ThreadReading } from "./reading";

/** The metadata a proposal sets: its values, every step of the Beratungsfolge in order. */
export function applyProposal(proposal: ImportProposal): AntragMetadata {
  const metadata = emptyMetadata();
  for (const f of proposal.fields) {
    if (f.field === "beratungsfolge") metadata.beratungsfolge.push({ ...f.value });
    else if (metadata[f.field] === null) metadata[f.field] = f.value;
  }
  return metadata;
}

/** A committee or proposer to offer for the registry, with the amendments whose annotations name it. */
export type RegistrySuggestion = RegistryAddition & { amendmentKeys: string[] };

/** What the proposals name that the registry lacks, each once, in the order first named. */
export function registrySuggestions(proposals: readonly ImportProposal[]): RegistrySuggestion[] {
  const found = new Map<string, { addition: RegistryAddition; amendmentKeys: Set<string> }>();
  for (const p of proposals) {
    for (const u of p.unknown) {
      const key = `${u.list}:${normalizeName(u.list === "committees" ? u.entry.short : u.entry.name)}`;
      const known = found.get(key);
      if (known) known.amendmentKeys.add(p.amendmentKey);
      else found.set(key, { addition: u, amendmentKeys: new Set([p.amendmentKey]) });
    }
  }
  return [...found.values()].map(({ addition, amendmentKeys }) => ({ ...addition, amendmentKeys: [...amendmentKeys] }));
}

/** The registry with the suggested entries added, each to its list. */
export function addToRegistry(registry: Registry, additions: readonly RegistryAddition[]): Registry {
  return {
    committees: [...registry.committees, ...additions.flatMap((a) => (a.list === "committees" ? [a.entry] : []))],
    proposers: [...registry.proposers, ...additions.flatMap((a) => (a.list === "proposers" ? [a.entry] : []))],
    statuses: registry.statuses,
  };
}
