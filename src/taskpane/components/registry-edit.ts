/**
 * The registry editor's draft and its checks: entries remember the name they were loaded with, so that renaming or
 * removing a name an Antrag still uses is refused (the Antrag would point at nothing), in German.
 */
import { amendmentNumbers, numberLabel } from "../../amendments/numbering";
import { RegistrySchema, type Committee, type Proposer, type Registry, type StatusValue } from "../../amendments/registry";
import type { Amendment } from "../../amendments/types";

export type RegistryListId = "committees" | "proposers" | "statuses";

export const LIST_LABEL: Record<RegistryListId, string> = { committees: "Gremien", proposers: "Antragsteller", statuses: "Statuswerte" };
export const ENTRY_LABEL: Record<RegistryListId, string> = { committees: "Gremium", proposers: "Antragsteller", statuses: "Statuswert" };

/** One entry being edited; `loaded` is its name in the stored registry, null for a new one. */
export interface DraftEntry<T> {
  id: number;
  loaded: string | null;
  value: T;
}

export interface RegistryDraft {
  committees: DraftEntry<Committee>[];
  proposers: DraftEntry<Proposer>[];
  statuses: DraftEntry<StatusValue>[];
}

/** The name amendments refer to an entry by: a committee's short name, a proposer's or status's name. */
export function nameOf(list: RegistryListId, entry: Committee | Proposer | StatusValue): string {
  return list === "committees" ? (entry as Committee).short : (entry as Proposer | StatusValue).name;
}

let nextId = 0;
const entry = <T>(value: T, loaded: string | null): DraftEntry<T> => ({ id: nextId++, loaded, value });

export function draftOfRegistry(r: Registry): RegistryDraft {
  return {
    committees: r.committees.map((c) => entry({ ...c, aliases: [...c.aliases] }, c.short)),
    proposers: r.proposers.map((p) => entry({ ...p, aliases: [...p.aliases] }, p.name)),
    statuses: r.statuses.map((s) => entry({ ...s }, s.name)),
  };
}

export const NEW_ENTRY: { [L in RegistryListId]: () => DraftEntry<RegistryDraft[L][number]["value"]> } = {
  committees: () => entry({ short: "", name: "", aliases: [] }, null),
  proposers: () => entry({ name: "", kind: "Sonstige", aliases: [] }, null),
  statuses: () => entry({ name: "", needsDate: false }, null),
};

/** Numbers ("3", "neu 1") of the amendments that use the name in the list. */
export function usersOf(list: RegistryListId, name: string, amendments: readonly Amendment[]): string[] {
  const uses = (a: Amendment): boolean => {
    const m = a.metadata;
    if (list === "proposers") return m.antragsteller === name;
    if (list === "statuses") return m.status === name;
    return m.statusGremium === name || m.beratungsfolge.some((s) => s.gremium === name);
  };
  const number = amendmentNumbers(amendments);
  return amendments.flatMap((a) => (uses(a) ? [numberLabel(number.get(a.key)!)] : []));
}

function numbers(ns: string[]): string {
  const shown = ns.slice(0, 5).map((n) => `Nr. ${n}`).join(", ");
  return ns.length > 5 ? `${shown} und ${ns.length - 5} weiteren` : shown;
}

/** Why the entry may not be removed (German), or null. */
export function removalProblem(list: RegistryListId, e: DraftEntry<Committee | Proposer | StatusValue>, amendments: readonly Amendment[]): string | null {
  if (e.loaded === null) return null;
  const users = usersOf(list, e.loaded, amendments);
  if (users.length === 0) return null;
  return `${ENTRY_LABEL[list]} „${e.loaded}“ wird noch von Antrag ${numbers(users)} verwendet und kann nicht entfernt werden. Bitte ändern Sie zuerst die Angaben dieser Anträge.`;
}

export type RegistryCheck = { ok: true; registry: Registry } | { ok: false; problems: string[] };

/** The draft as a registry: names present and unique in each list, no used name renamed, valid for RegistrySchema. */
export function checkDraft(draft: RegistryDraft, amendments: readonly Amendment[]): RegistryCheck {
  const problems: string[] = [];
  for (const list of ["committees", "proposers", "statuses"] as const) {
    const entries: DraftEntry<Committee | Proposer | StatusValue>[] = draft[list];
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      const name = nameOf(list, e.value).trim();
      if (name === "") problems.push(`${LIST_LABEL[list]}: Eintrag ${i + 1} hat keinen Namen.`);
      else if (seen.has(name)) problems.push(`${LIST_LABEL[list]}: „${name}“ steht mehrfach im Verzeichnis.`);
      seen.add(name);
      if (list === "committees" && (e.value as Committee).name.trim() === "") problems.push(`Gremien: „${name || `Eintrag ${i + 1}`}“ hat keine lange Bezeichnung.`);
      if (e.loaded !== null && name !== "" && name !== e.loaded) {
        const users = usersOf(list, e.loaded, amendments);
        if (users.length > 0) problems.push(`${ENTRY_LABEL[list]} „${e.loaded}“ wird noch von Antrag ${numbers(users)} verwendet und kann nicht umbenannt werden.`);
      }
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const trimmed = (aliases: string[]) => [...new Set(aliases.map((a) => a.trim()).filter((a) => a !== ""))];
  const parsed = RegistrySchema.safeParse({
    // The classification (OParl) is not edited here; it stays as the configuration or the stored registry gave it.
    committees: draft.committees.map(({ value: c }) => ({ ...c, short: c.short.trim(), name: c.name.trim(), aliases: trimmed(c.aliases) })),
    proposers: draft.proposers.map(({ value: p }) => ({ name: p.name.trim(), kind: p.kind, aliases: trimmed(p.aliases) })),
    statuses: draft.statuses.map(({ value: s }) => ({ name: s.name.trim(), needsDate: s.needsDate })),
  });
  return parsed.success ? { ok: true, registry: parsed.data } : { ok: false, problems: ["Die Verzeichnisse sind ungültig: Bitte prüfen Sie die Einträge."] };
}

/** Aliases are edited as one line: "KT, Kreistag NRW". */
export const aliasesText = (aliases: readonly string[]): string => aliases.join(", ");
export const aliasesOf = (text: string): string[] => text.split(",").map((a) => a.trim());
