/**
 * Groups tracked changes and comments into Anträge: changes inside a comment's range belong to that comment;
 * consecutive changes of one author in one paragraph within the same minute belong together (a deletion plus an
 * insertion is a replacement). Formatting-only revisions are not amendments of the wording.
 */
import type { Comment, DocumentModel, LocatedChange, TextPosition, TextRange, TrackedChange, TrackedChangeKind } from "../model/document";
import { changeFingerprint, commentFingerprint, hashText, minute, strictKey } from "./fingerprint";
import type { Amendment, AmendmentKind, AntragMetadata } from "./types";

const WORDING_KINDS: ReadonlySet<TrackedChangeKind> = new Set([
  "insertion", "deletion", "moveFrom", "moveTo", "paragraphInsertion", "paragraphDeletion", "rowInsertion", "rowDeletion",
]);

export function emptyMetadata(): AntragMetadata {
  return {
    antragsteller: null, datum: null, beratungsfolge: [], status: null, statusDatum: null,
    statusGremium: null, begruendung: null, stellungnahme: null, history: [],
  };
}

export function comparePositions(a: TextPosition, b: TextPosition): number {
  return a.paragraph - b.paragraph || a.offset - b.offset;
}

function within(inner: TextRange, outer: TextRange): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function rangeSize(r: TextRange): number {
  return (r.end.paragraph - r.start.paragraph) * 1e7 + (r.end.offset - r.start.offset);
}

/** A paragraph mark changes the wording without text; an insertion or deletion of no text (an emptied run) does not. */
const changesWording = (c: TrackedChange) => WORDING_KINDS.has(c.kind) && (c.text !== "" || c.kind === "paragraphInsertion" || c.kind === "paragraphDeletion");

/** Changes of the wording in the body and the notes, in document order. */
export function wordingChanges(model: DocumentModel): LocatedChange[] {
  return model.trackedChanges
    .filter((c): c is LocatedChange => c.location !== null && changesWording(c))
    .sort((a, b) => comparePositions(a.location.start, b.location.start) || Number(a.id) - Number(b.id));
}

interface ModelIndex {
  changes: Map<string, TrackedChange>;
  comments: Map<string, Comment>;
}

const indexes = new WeakMap<DocumentModel, ModelIndex>();

/** Id lookups, built once per model: grouping a large document must stay linear. */
function indexOf(model: DocumentModel): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    index = { changes: new Map(model.trackedChanges.map((c) => [c.id, c])), comments: new Map(model.comments.map((c) => [c.id, c])) };
    indexes.set(model, index);
  }
  return index;
}

/** The model's tracked changes with these ids, by id lookup (ids not in the model are skipped). */
export function changesOf(model: DocumentModel, ids: readonly string[]): TrackedChange[] {
  return lookUp(indexOf(model).changes, ids);
}

export function commentsOf(model: DocumentModel, ids: readonly string[]): Comment[] {
  return lookUp(indexOf(model).comments, ids);
}

/** The index's values of these ids, in their order; ids it lacks are skipped. */
function lookUp<T>(index: ReadonlyMap<string, T>, ids: readonly string[]): T[] {
  const found: T[] = [];
  for (let i = 0; i < ids.length; i++) {
    const x = index.get(ids[i]);
    if (x !== undefined) found.push(x);
  }
  return found;
}

type AnchoredComment = Comment & { anchor: TextRange };

/** The innermost comment around the change, the first of equally large ones; null when none is. */
function innermost(change: LocatedChange, candidates: readonly AnchoredComment[] | undefined): AnchoredComment | null {
  let owner: AnchoredComment | null = null;
  for (const c of candidates ?? []) {
    if (within(change.location, c.anchor) && (owner === null || rangeSize(c.anchor) < rangeSize(owner.anchor))) owner = c;
  }
  return owner;
}

/** Whether a loose change continues the group that `last` ends: same author, same minute, same paragraph. */
function continues(last: LocatedChange, change: LocatedChange): boolean {
  return last.author === change.author && minute(last.date) === minute(change.date) && change.location.start.paragraph <= last.location.end.paragraph;
}

// Plain loops, one list of results: array spreads here gave V8's optimised code arrays of a new map in every analysis.
export function groupAmendments(model: DocumentModel): Amendment[] {
  const byParagraph = new Map<number, AnchoredComment[]>();
  const claimed = new Map<string, string[]>();
  for (const c of model.comments) {
    if (c.anchor === null) continue;
    claimed.set(c.id, []);
    for (let p = c.anchor.start.paragraph; p <= c.anchor.end.paragraph; p++) {
      const list = byParagraph.get(p);
      if (list) list.push(c as AnchoredComment);
      else byParagraph.set(p, [c as AnchoredComment]);
    }
  }
  const loose: LocatedChange[] = [];
  for (const change of wordingChanges(model)) {
    const owner = innermost(change, byParagraph.get(change.location.start.paragraph));
    if (owner) claimed.get(owner.id)!.push(change.id);
    else loose.push(change);
  }
  const built: Amendment[] = [];
  for (const c of model.comments) if (c.anchor !== null) built.push(buildAmendment(model, claimed.get(c.id)!, [c.id]));
  // A comment whose anchor is gone still is an Antrag (without a place), never dropped.
  for (const c of model.comments) if (c.anchor === null) built.push(buildAmendment(model, [], [c.id]));
  for (let first = 0; first < loose.length;) {
    let end = first + 1;
    while (end < loose.length && continues(loose[end - 1], loose[end])) end++;
    const ids: string[] = [];
    for (let i = first; i < end; i++) ids.push(loose[i].id);
    built.push(buildAmendment(model, ids, []));
    first = end;
  }
  return uniqueKeys(sortInDocumentOrder(built));
}

const REMOVING: ReadonlySet<TrackedChangeKind> = new Set(["deletion", "moveFrom", "rowDeletion"]);
const INSERTING: ReadonlySet<TrackedChangeKind> = new Set(["insertion", "moveTo", "rowInsertion"]);

/** Ids once each, in their order (most groups have one id: no set needed). */
const once = (ids: string[]) => (ids.length < 2 ? ids : [...new Set(ids)]);

/**
 * An Amendment from its parts, with a fingerprint-derived key and no metadata yet. A large document builds thousands,
 * most of one change or one comment: the parts are read in loops that allocate nothing but the result.
 */
export function buildAmendment(model: DocumentModel, changeIds: string[], commentIds: string[]): Amendment {
  const index = indexOf(model);
  const changes = lookUp(index.changes, once(changeIds));
  if (changes.length > 1) changes.sort((a, b) => comparePositions(a.location!.start, b.location!.start) || Number(a.id) - Number(b.id));
  const comments = lookUp(index.comments, once(commentIds));
  let start: TextPosition | null = null;
  let end: TextPosition | null = null;
  let date: string | null = null;
  const keys = new Array<string>(changes.length + comments.length);
  for (let i = 0; i < keys.length; i++) {
    const change = i < changes.length ? changes[i] : null;
    const comment = change ? null : comments[i - changes.length];
    const range = change ? change.location : comment!.anchor;
    const at = change ? change.date : comment!.date;
    if (range && (!start || comparePositions(range.start, start) < 0)) start = range.start;
    if (range && (!end || comparePositions(range.end, end) > 0)) end = range.end;
    if (at !== null && (date === null || at < date)) date = at;
    keys[i] = strictKey(change ? changeFingerprint(model, change) : commentFingerprint(model, comment!));
  }
  return {
    key: "k" + hashText(keys.length === 1 ? keys[0] : keys.sort().join("\n")),
    kind: kindOf(changes),
    // A comment alone is an Antrag only when it proposes wording or carries an annotation (collectAmendments decides).
    category: changes.length > 0 ? "antrag" : "comment",
    number: null,
    changeIds: idsOf(changes),
    commentIds: idsOf(comments),
    location: start && end ? { start, end } : null,
    removed: joinFragments(changes, REMOVING),
    inserted: joinFragments(changes, INSERTING),
    author: changes[0]?.author ?? comments[0]?.author ?? null,
    date,
    metadata: emptyMetadata(),
    source: "none",
    found: true,
  };
}

/**
 * The items' ids in a list of their exact length, of one shape however V8 runs this: `map` makes packed lists
 * unoptimised and holey ones optimised, and the id lookups deoptimised on the second shape in early analyses.
 */
function idsOf(items: readonly { id: string }[]): string[] {
  const ids = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) ids[i] = items[i].id;
  return ids;
}

/** What the changes amount to: a move, a replacement, a deletion or an insertion ("comment" without changes). */
function kindOf(changes: readonly { kind: TrackedChangeKind }[]): AmendmentKind {
  if (changes.length === 0) return "comment";
  let moves = false, plain = false, adds = false, removes = false, deletes = false;
  for (const { kind } of changes) {
    if (kind === "moveFrom" || kind === "moveTo") moves = true;
    if (kind === "insertion" || kind === "deletion") plain = true;
    if (INSERTING.has(kind) || kind === "paragraphInsertion") adds = true;
    if (REMOVING.has(kind) || kind === "paragraphDeletion") removes = true;
    if (kind === "deletion" || kind === "paragraphDeletion" || kind === "rowDeletion") deletes = true;
  }
  if (moves && !plain) return "move";
  if (adds && removes) return "replacement";
  return deletes ? "deletion" : "insertion";
}

/** The texts of the changes of these kinds, trimmed, joined by " … ". */
function joinFragments(changes: readonly TrackedChange[], kinds: ReadonlySet<TrackedChangeKind>): string {
  let joined = "";
  for (const c of changes) {
    const text = kinds.has(c.kind) ? c.text.trim() : "";
    if (text !== "") joined = joined === "" ? text : `${joined} … ${text}`;
  }
  return joined;
}

export function sortInDocumentOrder(amendments: Amendment[]): Amendment[] {
  return [...amendments].sort((a, b) => {
    if (!a.location || !b.location) return (a.location ? 0 : 1) - (b.location ? 0 : 1);
    return comparePositions(a.location.start, b.location.start) || comparePositions(a.location.end, b.location.end);
  });
}

/** Identical fingerprints (the same words typed twice in one minute) still need distinct keys. */
export function uniqueKeys(amendments: Amendment[]): Amendment[] {
  const seen = new Map<string, number>();
  return amendments.map((a) => {
    const n = seen.get(a.key) ?? 0;
    seen.set(a.key, n + 1);
    return n === 0 ? a : { ...a, key: `${a.key}_${n + 1}` };
  });
}

/**
 * The user's "zusammenfassen": one Antrag from several; the first one's key and metadata are kept, and the lowest
 * number among them (the one cited longest). The others' numbers stay unused: numbers are never given twice.
 */
export function mergeAmendments(model: DocumentModel, amendments: Amendment[]): Amendment {
  if (amendments.length === 0) throw new RangeError("Es wurden keine Anträge zum Zusammenfassen gewählt.");
  const [first] = sortInDocumentOrder(amendments);
  const merged = buildAmendment(model, amendments.flatMap((a) => a.changeIds), amendments.flatMap((a) => a.commentIds));
  const withMetadata = amendments.find((a) => a.source !== "none") ?? first;
  const numbers = amendments.map((a) => a.number).filter((n) => n !== null);
  const number = numbers.length > 0 ? Math.min(...numbers) : null;
  return { ...merged, key: first.key, category: "antrag", number, metadata: withMetadata.metadata, source: withMetadata.source };
}

/**
 * The user's "aufteilen": each tracked change becomes its own Antrag; each comment stays with the first change
 * it covers (or stands alone). Every part keeps a copy of the metadata; the first part keeps the key and the number,
 * the others get new numbers when they are stored.
 */
export function splitAmendment(model: DocumentModel, amendment: Amendment): Amendment[] {
  const comments = commentsOf(model, amendment.commentIds);
  const changes = changesOf(model, amendment.changeIds);
  const parts = changes.map((c) => ({ changeIds: [c.id], commentIds: [] as string[] }));
  for (const comment of comments) {
    const host = comment.anchor && parts.find((p) => {
      const loc = changes.find((c) => c.id === p.changeIds[0])!.location;
      return loc !== null && within(loc, comment.anchor!);
    });
    if (host) host.commentIds.push(comment.id);
    else parts.push({ changeIds: [], commentIds: [comment.id] });
  }
  const built = sortInDocumentOrder(parts.map((p) => buildAmendment(model, p.changeIds, p.commentIds)))
    .map((a) => ({ ...a, category: amendment.category, metadata: structuredClone(amendment.metadata), source: amendment.source }));
  if (built.length > 0) built[0] = { ...built[0], key: amendment.key, number: amendment.number };
  return uniqueKeys(built);
}
