/**
 * The one custom XML part that stores registries and Antrag records with the document (research/officejs.md §3):
 * namespaced, versioned, compact (1,000 records stay far below Word on the web's 1 MB limit). Records are anchored
 * by fingerprints of their changes and comments and an optional hidden bookmark, never by `comment.id`.
 * Text that XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF) or that parsers rewrite as
 * a line end (CR, NEL, U+2028/U+2029) is escaped reversibly as "\xHHHH;", the backslash itself as "\\".
 */
import type { Element as XmlElement } from "@xmldom/xmldom";
import { z } from "zod/mini";
import type { DocumentModel, TextRange } from "../model/document";
import { changeFingerprint, commentFingerprint, hashText, looseKey, paragraphFingerprint, strictKey, type UnitFingerprint } from "./fingerprint";
import { stripCommentLine } from "./comment-line";
import { buildAmendment, changesOf, commentsOf, comparePositions, sortInDocumentOrder, uniqueKeys } from "./grouping";
import { RegistrySchema, type Registry } from "./registry";
import type { Amendment, AmendmentCategory, AmendmentKind, AntragMetadata } from "./types";
import { parseXmlDom, serializeXmlDom, XmlError } from "../xml/dom";

export const NAMESPACE = "urn:beschlussreif:antraege:v1";
/** 2 added Antrag numbers and categories; parts of version 1 are read as records without them. */
export const SCHEMA_VERSION = 2;
const READABLE_VERSIONS = ["1", "2"];
/** Word's bookmark rules: ≤ 40 characters, letters, digits and "_"; a leading "_" hides it. */
export const BOOKMARK_PREFIX = "_BR_";

export interface StoredRecord {
  key: string;
  kind: AmendmentKind;
  /** Null for records written before categories existed: the document's content decides then. */
  category: AmendmentCategory | null;
  /** The Antrag's number (numbering.ts); null until the save that gives it, and for editorial changes and comments. */
  number: number | null;
  /** Hidden bookmark around the Antrag's range, when one was written. */
  bookmark: string | null;
  units: UnitFingerprint[];
  /** The wording as it was when stored, shown when the anchor is gone (shortened when written). */
  removed: string;
  inserted: string;
  metadata: AntragMetadata;
}

export interface StoredData {
  version: typeof SCHEMA_VERSION;
  /** The document's own registry, edited in the pane; null: the document follows the configuration. */
  registry: Registry | null;
  records: StoredRecord[];
  /** The highest number ever given in this document: numbers of merged-away Anträge are never given again. */
  lastNumber: number;
}

/** Why stored data is refused: it cannot be read, or a newer Beschlussreif wrote it (we would drop what it added). */
export type StorageProblem = "unreadable" | "newer";

export class StorageError extends Error {
  override name = "StorageError";
  constructor(message: string, readonly problem: StorageProblem = "unreadable") {
    super(message);
  }
}

const IsoDateSchema = z.string();
const StepSchema = z.object({
  gremium: z.string(),
  role: z.enum(["Vorberatung", "Anhörung", "Entscheidung", "Kenntnisnahme"]),
  date: z.nullable(IsoDateSchema),
  result: z.nullable(z.string()),
});
const HistorySchema = z.object({ at: z.string(), by: z.string(), field: z.string(), from: z.nullable(z.string()), to: z.nullable(z.string()) });
const MetadataSchema = z.object({
  antragsteller: z.nullable(z.string()), datum: z.nullable(IsoDateSchema), beratungsfolge: z.array(StepSchema),
  status: z.nullable(z.string()), statusDatum: z.nullable(IsoDateSchema), statusGremium: z.nullable(z.string()),
  begruendung: z.nullable(z.string()), stellungnahme: z.nullable(z.string()), history: z.array(HistorySchema),
});
const UnitSchema = z.object({
  type: z.enum(["change", "comment", "paragraph"]), kind: z.string(), author: z.string(), date: z.nullable(z.string()),
  text: z.string(), para: z.nullable(z.string()),
});
const NumberSchema = z.number().check(z.int(), z.positive());
const RecordSchema = z.object({
  key: z.string().check(z.minLength(1)),
  kind: z.enum(["insertion", "deletion", "replacement", "move", "comment"]),
  category: z.nullable(z.enum(["antrag", "editorial", "comment"])),
  number: z.nullable(NumberSchema),
  bookmark: z.nullable(z.string().check(z.regex(/^_[A-Za-z0-9_]{1,39}$/))),
  units: z.array(UnitSchema), removed: z.string(), inserted: z.string(), metadata: MetadataSchema,
});
const StoredDataSchema = z.object({
  version: z.literal(SCHEMA_VERSION), registry: z.nullable(RegistrySchema), records: z.array(RecordSchema), lastNumber: z.number().check(z.int(), z.nonnegative()),
});

// --- reversible escaping of what XML 1.0 cannot hold ---

const UNSAFE = /\\|[\x00-\x08\x0B-\x1F\u0085\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(text: string): string {
  return text.replace(UNSAFE, (c) => (c === "\\" ? "\\\\" : `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")};`));
}

export function unescapeText(text: string): string {
  return text.replace(/\\(\\|x([0-9A-F]{4});)/g, (_: string, _escape: string, hex: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : "\\"));
}

// --- serialise ---

function typeOfKind(kind: string): UnitFingerprint["type"] {
  return kind === "comment" || kind === "paragraph" ? kind : "change";
}

export function serializeStoredData(data: StoredData): string {
  const doc = parseXmlDom(`<antraege xmlns="${NAMESPACE}" version="${SCHEMA_VERSION}" lastNumber="${data.lastNumber}"/>`);
  const root = doc.documentElement!;
  const add = (parent: XmlElement, name: string, attrs: Record<string, string | null> = {}, text?: string | null): XmlElement => {
    const el = doc.createElementNS(NAMESPACE, name);
    for (const [k, v] of Object.entries(attrs)) if (v !== null) el.setAttribute(k, escapeText(v));
    if (text !== undefined && text !== null) el.appendChild(doc.createTextNode(escapeText(text)));
    parent.appendChild(el);
    return el;
  };
  if (data.registry) {
    const registry = add(root, "registry");
    for (const c of data.registry.committees) {
      const el = add(registry, "committee", { short: c.short, name: c.name, classification: c.classification ?? null });
      for (const a of c.aliases) add(el, "alias", {}, a);
    }
    for (const p of data.registry.proposers) {
      const el = add(registry, "proposer", { name: p.name, kind: p.kind });
      for (const a of p.aliases) add(el, "alias", {}, a);
    }
    for (const s of data.registry.statuses) add(registry, "status", { name: s.name, needsDate: String(s.needsDate) });
  }
  for (const r of data.records) {
    // Units share author and minute as a rule: the record carries them once, a unit only where it differs.
    const ua = r.units[0]?.author ?? null;
    const ud = r.units[0]?.date ?? null;
    const el = add(root, "antrag", {
      key: r.key, nr: r.number === null ? null : String(r.number), kind: r.kind, category: r.category, bookmark: r.bookmark, ua, ud,
    });
    for (const u of r.units) {
      add(el, "u", {
        t: u.type === typeOfKind(u.kind) ? null : u.type, k: u.kind, a: u.author === ua ? null : u.author,
        d: u.date === ud || u.date === null ? null : u.date, dn: u.date === null && ud !== null ? "1" : null, x: u.text, p: u.para,
      });
    }
    if (r.removed) add(el, "removed", {}, r.removed);
    if (r.inserted) add(el, "inserted", {}, r.inserted);
    const m = r.metadata;
    const meta = add(el, "meta", { antragsteller: m.antragsteller, datum: m.datum, status: m.status, statusDatum: m.statusDatum, statusGremium: m.statusGremium });
    for (const s of m.beratungsfolge) add(meta, "step", { gremium: s.gremium, role: s.role, date: s.date, result: s.result });
    if (m.begruendung !== null) add(meta, "begruendung", {}, m.begruendung);
    if (m.stellungnahme !== null) add(meta, "stellungnahme", {}, m.stellungnahme);
    for (const h of m.history) add(meta, "history", { at: h.at, by: h.by, field: h.field, from: h.from, to: h.to });
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + serializeXmlDom(doc);
}

// --- parse ---

const REFUSED_XML: Record<XmlError["reason"], string> = {
  doctype: "Der Metadaten-Teil enthält eine DOCTYPE-Deklaration und wird nicht gelesen.",
  "too-deep": "Der Metadaten-Teil ist zu tief verschachtelt und wird nicht gelesen.",
  malformed: "Der Metadaten-Teil ist kein gültiges XML",
};

/** Parses our part; refuses DOCTYPE (no entities, no external reads), a newer version and anything outside the schema. */
export function parseStoredData(xml: string): StoredData {
  let doc;
  try {
    doc = parseXmlDom(xml);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    throw new StorageError(error.reason === "malformed" ? `${REFUSED_XML.malformed} (${error.message}).` : REFUSED_XML[error.reason]);
  }
  const root = doc.documentElement;
  if (!root || root.localName !== "antraege" || root.namespaceURI !== NAMESPACE) {
    throw new StorageError("Der XML-Teil enthält keine Beschlussreif-Antragsdaten.");
  }
  const version = root.getAttribute("version");
  if (version === null || !READABLE_VERSIONS.includes(version)) {
    const newer = version !== null && /^\d+$/.test(version) && Number(version) > SCHEMA_VERSION;
    throw newer
      ? new StorageError(`Die Antragsangaben wurden von einer neueren Version von Beschlussreif gespeichert (Version ${version}); diese Version kann sie weder lesen noch ändern.`, "newer")
      : new StorageError(`Die Version ${version ?? "?"} der Antragsdaten wird nicht unterstützt.`);
  }
  const kids = (el: XmlElement, name: string): XmlElement[] =>
    Array.from(el.childNodes).filter((n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).localName === name && (n as XmlElement).namespaceURI === NAMESPACE);
  const attr = (el: XmlElement, name: string): string | null => (el.hasAttribute(name) ? unescapeText(el.getAttribute(name)!) : null);
  const text = (el: XmlElement | undefined): string | null => (el ? unescapeText(el.textContent ?? "") : null);
  const registryEl = kids(root, "registry")[0];
  const count = (value: string | null): number | null => (value !== null && /^\d{1,9}$/.test(value) ? Number(value) : value === null ? null : NaN);
  const raw = {
    version: SCHEMA_VERSION,
    registry: registryEl ? {
      committees: kids(registryEl, "committee").map((c) => ({
        short: attr(c, "short"), name: attr(c, "name"), aliases: kids(c, "alias").map(text), classification: attr(c, "classification") ?? undefined,
      })),
      proposers: kids(registryEl, "proposer").map((p) => ({ name: attr(p, "name"), kind: attr(p, "kind"), aliases: kids(p, "alias").map(text) })),
      statuses: kids(registryEl, "status").map((s) => ({ name: attr(s, "name"), needsDate: attr(s, "needsDate") === "true" })),
    } : null,
    records: kids(root, "antrag").map((r) => {
      const meta = kids(r, "meta")[0];
      return {
        key: attr(r, "key"), kind: attr(r, "kind"), category: attr(r, "category"), number: count(attr(r, "nr")), bookmark: attr(r, "bookmark"),
        units: kids(r, "u").map((u) => ({
          type: attr(u, "t") ?? typeOfKind(attr(u, "k") ?? ""), kind: attr(u, "k"), author: attr(u, "a") ?? attr(r, "ua"),
          date: attr(u, "d") ?? (attr(u, "dn") === "1" ? null : attr(r, "ud")), text: attr(u, "x"), para: attr(u, "p"),
        })),
        removed: text(kids(r, "removed")[0]) ?? "", inserted: text(kids(r, "inserted")[0]) ?? "",
        metadata: meta ? {
          antragsteller: attr(meta, "antragsteller"), datum: attr(meta, "datum"), status: attr(meta, "status"),
          statusDatum: attr(meta, "statusDatum"), statusGremium: attr(meta, "statusGremium"),
          beratungsfolge: kids(meta, "step").map((s) => ({ gremium: attr(s, "gremium"), role: attr(s, "role"), date: attr(s, "date"), result: attr(s, "result") })),
          begruendung: text(kids(meta, "begruendung")[0]), stellungnahme: text(kids(meta, "stellungnahme")[0]),
          history: kids(meta, "history").map((h) => ({ at: attr(h, "at"), by: attr(h, "by"), field: attr(h, "field"), from: attr(h, "from"), to: attr(h, "to") })),
        } : null,
      };
    }),
  };
  const parsed = StoredDataSchema.safeParse({ ...raw, lastNumber: count(root.getAttribute("lastNumber")) ?? 0 });
  if (!parsed.success) throw new StorageError(`Die Antragsdaten entsprechen nicht dem Schema (${parsed.error.issues[0]?.path.join(".") ?? "?"}).`);
  return withLastNumber(parsed.data);
}

/** The high-water mark covers every stored number (a part of version 1 has none, a hand-edited one may be behind). */
export function withLastNumber(data: StoredData): StoredData {
  const highest = Math.max(data.lastNumber, ...data.records.map((r) => r.number ?? 0));
  return highest === data.lastNumber ? data : { ...data, lastNumber: highest };
}

/** The bookmark name for a record key: "_BR_" + key, only letters, digits and "_", at most 40 characters. */
export function bookmarkName(key: string): string {
  return (BOOKMARK_PREFIX + key.replace(/[^A-Za-z0-9_]/g, "_")).slice(0, 40);
}

// --- re-attaching records to what is in the document ---

function within(inner: TextRange | null, outer: TextRange): boolean {
  return inner !== null && comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** What a record keeps of an Antrag: fingerprints of its parts, the wording (shortened) and the metadata. */
export function recordFromAmendment(model: DocumentModel, amendment: Amendment, bookmark: string | null = null): StoredRecord {
  const units = [
    ...changesOf(model, amendment.changeIds).map((c) => changeFingerprint(model, c)),
    ...commentsOf(model, amendment.commentIds).map((c) => commentFingerprint(model, c)),
  ];
  if (units.length === 0 && amendment.location) units.push(paragraphFingerprint(model, amendment.location.start.paragraph));
  return {
    key: amendment.key, kind: amendment.kind, category: amendment.category, number: amendment.number, bookmark, units,
    removed: shorten(amendment.removed), inserted: shorten(amendment.inserted), metadata: structuredClone(amendment.metadata),
  };
}

const STORED_TEXT_LIMIT = 160;

function shorten(text: string): string {
  return text.length <= STORED_TEXT_LIMIT ? text : text.slice(0, STORED_TEXT_LIMIT - 1) + "…";
}

type UnitId = `c:${string}` | `m:${string}`;

/**
 * Re-attaches stored records to the automatic groups: each record claims the changes and comments whose
 * fingerprints it holds (exact first, then without the paragraph), or, failing that, the groups inside its bookmark.
 * A user's merge or split thereby survives; a comment added later around claimed changes joins the record; a record
 * that claims nothing stays, found = false ("nicht mehr im Dokument gefunden"), with its metadata as history.
 */
export function attachRecords(model: DocumentModel, groups: Amendment[], stored: StoredRecord[]): Amendment[] {
  const changes = new Map(model.trackedChanges.map((c) => [c.id, c]));
  const comments = new Map(model.comments.map((c) => [c.id, c]));
  const fingerprints = new Map<UnitId, UnitFingerprint>();
  for (const g of groups) {
    for (const id of g.changeIds) fingerprints.set(`c:${id}`, changeFingerprint(model, changes.get(id)!));
    for (const id of g.commentIds) fingerprints.set(`m:${id}`, commentFingerprint(model, comments.get(id)!));
  }
  const claimedBy = new Map<UnitId, number>();
  const claim = (id: UnitId, record: number) => {
    if (!claimedBy.has(id)) claimedBy.set(id, record);
  };
  const index = (key: (f: UnitFingerprint) => string) => {
    const map = new Map<string, UnitId[]>();
    for (const [id, f] of fingerprints) map.set(key(f), [...(map.get(key(f)) ?? []), id]);
    return map;
  };
  const strict = index(strictKey);
  const loose = index(looseKey);
  const take = (map: Map<string, UnitId[]>, key: string, record: number): boolean => {
    const id = map.get(key)?.find((candidate) => !claimedBy.has(candidate));
    if (id) claim(id, record);
    return id !== undefined;
  };
  let byParagraphText: Map<string, number> | null = null;
  const paragraphOf = new Map<number, number>();
  stored.forEach((record, i) => {
    if (record.units.length === 1 && record.units[0].type === "paragraph") {
      // By its text; else by the text before tracked changes — the annotation removed as a tracked deletion
      // ("Vermerke aus dem Text entfernen") leaves the paragraph the record was made for.
      byParagraphText ??= new Map([
        ...model.paragraphs.filter((p) => p.originalText !== p.text).map((p) => [hashText(p.originalText), p.index] as const),
        ...model.paragraphs.map((p) => [hashText(p.text), p.index] as const),
      ]);
      const paragraph = byParagraphText.get(record.units[0].text);
      if (paragraph !== undefined) paragraphOf.set(i, paragraph);
      return;
    }
    const pending = record.units.filter((u) => !take(strict, strictKey(u), i));
    const matched = pending.filter((u) => take(loose, looseKey(u), i)).length + record.units.length - pending.length;
    const mark = record.bookmark ? model.bookmarks.find((b) => b.name.toLowerCase() === record.bookmark!.toLowerCase())?.range : null;
    if (mark && matched === 0) {
      for (const g of groups) {
        if (g.location && comparePositions(mark.start, g.location.start) <= 0 && comparePositions(g.location.end, mark.end) <= 0) {
          for (const id of unitIds(g)) claim(id, i);
        }
      }
    }
  });
  const recordAt = new Map([...paragraphOf].map(([record, paragraph]) => [paragraph, record]));
  for (const g of groups) {
    // Unclaimed comments of a group whose changes one record claimed belong to that record.
    const owners = new Set(unitIds(g).map((id) => claimedBy.get(id)).filter((r): r is number => r !== undefined));
    if (owners.size === 1) for (const id of g.commentIds) claim(`m:${id}`, [...owners][0]);
    // A comment holding nothing but our line, in a paragraph a record is anchored to, was written for it.
    const record = g.changeIds.length === 0 && g.location ? recordAt.get(g.location.start.paragraph) : undefined;
    if (record !== undefined && g.commentIds.every((id) => stripCommentLine(comments.get(id)!.text) === "")) {
      for (const id of unitIds(g)) claim(id, record);
    }
  }
  // A comment holding nothing but our line, on changes a record claimed, was written for that record: when two records'
  // changes share one range (a split replacement: the deletion has no width), it may not be the one that encloses them.
  const lineOnly = (g: Amendment) => g.changeIds.length === 0 && g.location !== null && g.commentIds.every((id) => stripCommentLine(comments.get(id)!.text) === "");
  for (const g of groups.filter((x) => lineOnly(x) && unitIds(x).every((id) => !claimedBy.has(id)))) {
    const withComment = new Set([...claimedBy].filter(([id]) => id.startsWith("m:")).map(([, r]) => r));
    const covered = [...claimedBy].filter(([id, r]) => id.startsWith("c:") && !withComment.has(r) && within(changes.get(id.slice(2))!.location, g.location!)).map(([, r]) => r);
    if (covered.length > 0) for (const id of g.commentIds) claim(`m:${id}`, covered[0]);
  }
  const owned = new Map<number, UnitId[]>();
  for (const [id, record] of claimedBy) owned.set(record, [...(owned.get(record) ?? []), id]);
  const idsOf = (units: UnitId[], prefix: "c:" | "m:") => units.filter((id) => id.startsWith(prefix)).map((id) => id.slice(2));
  const result: Amendment[] = stored.map((record, i): Amendment => {
    const mine = owned.get(i) ?? [];
    const paragraph = paragraphOf.get(i);
    const restored = {
      key: record.key, metadata: structuredClone(record.metadata), source: "metadata" as const, number: record.number,
      // Records from before categories: a numbered one was an Antrag; the others the content decides (collectAmendments).
      ...(record.category ? { category: record.category } : record.number !== null ? { category: "antrag" as const } : {}),
    };
    if (paragraph !== undefined) {
      const text = model.paragraphs[paragraph].text;
      return {
        ...buildAmendment(model, [], idsOf(mine, "m:")), category: "antrag", ...restored, kind: record.kind, inserted: record.inserted,
        location: { start: { paragraph, offset: 0 }, end: { paragraph, offset: text.length } },
      };
    }
    if (mine.length > 0) return { ...buildAmendment(model, idsOf(mine, "c:"), idsOf(mine, "m:")), ...restored };
    return {
      category: record.kind === "comment" ? "comment" : "antrag", ...restored, kind: record.kind, changeIds: [], commentIds: [], location: null, removed: record.removed, inserted: record.inserted,
      author: record.units[0]?.author ?? null, date: record.units[0]?.date ?? null, found: false,
    };
  });
  for (const g of groups) {
    const free = unitIds(g).filter((id) => !claimedBy.has(id));
    if (free.length === unitIds(g).length) result.push(g);
    else if (free.length > 0) result.push(buildAmendment(model, idsOf(free, "c:"), idsOf(free, "m:")));
  }
  return uniqueKeys(sortInDocumentOrder(result));
}

function unitIds(a: Amendment): UnitId[] {
  return [...a.changeIds.map((id) => `c:${id}` as const), ...a.commentIds.map((id) => `m:${id}` as const)];
}
