/**
 * Co-authoring: a save merges what this side wants to store into what is stored now, record by record and field by
 * field, against what this side read before (three-way). A field the other side changed since our read keeps its
 * value unless we changed the same field: then ours wins and the history records both values. Records and registry
 * entries one side added stay; one side's removal (a merge of two Anträge, an entry taken out of a registry) holds
 * only where the other side left the item as it was. Nothing a colleague saved disappears unnoticed.
 */
import { describeField, EDITABLE_FIELDS, type EditableField } from "./fields";
import { emptyMetadata } from "./grouping";
import type { Registry } from "./registry";
import { parseStoredData, type StoredData, type StoredRecord } from "./storage";
import type { AntragMetadata, HistoryEntry } from "./types";

export interface MergeContext {
  /** Who saves, for the history entry of a field both sides changed. */
  by: string;
  /** ISO timestamp of the save. */
  at: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What anchors a record in the document: our side's version wins when we changed any of it (a regrouping). */
const anchorOf = ({ kind, bookmark, units, removed, inserted }: StoredRecord) => ({ kind, bookmark, units, removed, inserted });

function mergeHistory(base: HistoryEntry[], ours: HistoryEntry[], theirs: HistoryEntry[]): HistoryEntry[] {
  const seen = new Set(theirs.map((h) => JSON.stringify(h)));
  const known = new Set(base.map((h) => JSON.stringify(h)));
  return [...theirs, ...ours.filter((h) => !seen.has(JSON.stringify(h)) && !known.has(JSON.stringify(h)))];
}

function mergeMetadata(base: AntragMetadata, ours: AntragMetadata, theirs: AntragMetadata, ctx: MergeContext): AntragMetadata {
  const merged: AntragMetadata = { ...theirs, history: mergeHistory(base.history, ours.history, theirs.history) };
  const set = <F extends EditableField>(field: F, value: AntragMetadata[F]) => { merged[field] = value; };
  for (const field of EDITABLE_FIELDS) {
    if (same(ours[field], base[field])) continue;
    if (!same(theirs[field], base[field]) && !same(theirs[field], ours[field])) {
      merged.history.push({ at: ctx.at, by: ctx.by, field, from: describeField(theirs[field]), to: describeField(ours[field]) });
    }
    set(field, ours[field]);
  }
  return merged;
}

function mergeRecord(base: StoredRecord | undefined, ours: StoredRecord, theirs: StoredRecord, ctx: MergeContext): StoredRecord {
  // Both sides created the record (the same import confirmed twice): measured against an empty one.
  const before = base ?? { ...ours, metadata: emptyMetadata() };
  const anchor = base && same(anchorOf(ours), anchorOf(base)) ? anchorOf(theirs) : anchorOf(ours);
  // A number once stored stays (theirs was stored first); a category is ours when we decided one.
  return {
    key: ours.key, ...anchor, category: ours.category ?? theirs.category, number: theirs.number ?? ours.number,
    metadata: mergeMetadata(before.metadata, ours.metadata, theirs.metadata, ctx),
  };
}

/**
 * Items of two lists by key, three-way: ours in our order, then what only the other side has. `resolve` merges an
 * item both sides hold; an item one side dropped stays when the other side changed it.
 */
function mergeByKey<T>(base: readonly T[] | undefined, ours: readonly T[], theirs: readonly T[], key: (item: T) => string, resolve: (b: T | undefined, o: T, t: T) => T): T[] {
  const before = new Map((base ?? []).map((item) => [key(item), item]));
  const other = new Map(theirs.map((item) => [key(item), item]));
  const mine = new Set(ours.map(key));
  const kept = (changed: T, b: T | undefined) => b === undefined || !same(changed, b);
  const merged = ours.flatMap((o) => {
    const k = key(o);
    const t = other.get(k);
    if (t !== undefined) return [resolve(before.get(k), o, t)];
    return kept(o, before.get(k)) ? [o] : [];
  });
  return [...merged, ...theirs.filter((t) => !mine.has(key(t)) && kept(t, before.get(key(t))))];
}

const preferChanged = <T>(b: T | undefined, o: T, t: T): T => (b !== undefined && same(o, b) ? t : o);

function mergeRegistry(base: Registry | undefined, ours: Registry, theirs: Registry): Registry {
  return {
    committees: mergeByKey(base?.committees, ours.committees, theirs.committees, (c) => c.short, preferChanged),
    proposers: mergeByKey(base?.proposers, ours.proposers, theirs.proposers, (p) => p.name, preferChanged),
    statuses: mergeByKey(base?.statuses, ours.statuses, theirs.statuses, (s) => s.name, preferChanged),
  };
}

/** null: the document follows the configuration. A side that left the registry as it read it gives way to the other. */
function mergeOwnRegistry(base: Registry | null | undefined, ours: Registry | null, theirs: Registry | null): Registry | null {
  if (ours !== null && theirs !== null) return mergeRegistry(base ?? undefined, ours, theirs);
  const oursUnchanged = ours === null ? (base ?? null) === null : base != null && same(ours, base);
  return oursUnchanged ? theirs : ours;
}

/**
 * The records part to write: `ours` merged into `theirs` (stored now) against `base` (what we read before editing).
 * Without a stored part there is nothing to merge into.
 */
export function mergeStoredData(base: StoredData | null, ours: StoredData, theirs: StoredData | null, ctx: MergeContext): StoredData {
  if (!theirs) return ours;
  return {
    version: ours.version,
    registry: mergeOwnRegistry(base?.registry, ours.registry, theirs.registry),
    records: mergeByKey(base?.records, ours.records, theirs.records, (r) => r.key, (b, o, t) => mergeRecord(b, o, t, ctx)),
    lastNumber: Math.max(ours.lastNumber, theirs.lastNumber),
  };
}

/** Several parts of our namespace (two first saves at once, or documents combined) read as one: the first holding a key wins. */
export function unionStoredData(parts: readonly StoredData[]): StoredData | null {
  if (parts.length <= 1) return parts[0] ?? null;
  const byKey = new Map<string, StoredRecord>();
  for (const part of parts) for (const r of part.records) if (!byKey.has(r.key)) byKey.set(r.key, r);
  return { version: parts[0].version, registry: parts[0].registry, records: [...byKey.values()], lastNumber: Math.max(...parts.map((p) => p.lastNumber)) };
}

/** The parts of our namespace as stored, read as one; null when there is none. Throws StorageError for any it cannot read. */
export function parseStoredParts(xmls: readonly string[]): StoredData | null {
  return unionStoredData(xmls.map(parseStoredData));
}
