/**
 * Anträge of a document: automatic groups, re-attached to stored records, else rebuilt from our readable comment
 * line, else proposed from legacy free text (source "imported", to be confirmed) — plus the edits that record history.
 */
import type { Comment, DocumentModel } from "../model/document";
import { isCommentAntrag } from "./category";
import { formatCommentLine, parseCommentLine, stripCommentLine } from "./comment-line";
import { commentsOf, groupAmendments, sortInDocumentOrder } from "./grouping";
import {
  annotatedParagraphs, applyProposal, bracketOwners, coveredParagraphs, importForAmendment, inlineAnnotations, registrySuggestions, removedAnnotations,
  type RegistrySuggestion,
} from "./annotations";
import { DEFAULT_REGISTRY, type Registry } from "./registry";
import { parseStoredParts } from "./merge";
import { attachRecords, NAMESPACE, recordFromAmendment, SCHEMA_VERSION, StorageError, type StoredData, type StoredRecord } from "./storage";
import { describeField, type EditableField } from "./fields";
import type { Amendment, AntragMetadata, ImportProposal, InlineAnnotation } from "./types";

export { checkAmendments, checkStorage } from "./validation";
export { mergeStoredData, parseStoredParts, type MergeContext } from "./merge";
export { groupAmendments, mergeAmendments, splitAmendment } from "./grouping";
export { DEFAULT_REGISTRY, RegistrySchema, type Registry } from "./registry";
export { formatCommentLine, parseCommentLine, replaceCommentLine } from "./comment-line";
export { amendmentNumbers, numberLabel, type AntragNumber } from "./numbering";
export { isCommentAntrag, proposesWording } from "./category";
export { NAMESPACE, parseStoredData, serializeStoredData, StorageError, type StoredData, type StoredRecord } from "./storage";
export type { EditableField } from "./fields";
export type { Amendment, AmendmentCategory, AnnotationNote, AntragMetadata, Confidence, ConsultationStep, ImportedField, ImportProposal, InlineAnnotation, RegistryAddition } from "./types";
export { addToRegistry, type RegistrySuggestion } from "./annotations";

export interface AmendmentCollection {
  amendments: Amendment[];
  /** The registry in force: the document's own, else the configured one (see `registrySource`). */
  registry: Registry;
  /** "document": edited for this document and stored with it; "configuration": the county's (or built-in) registry. */
  registrySource: "document" | "configuration";
  /** What legacy import recognised, one proposal per amendment, for the user to confirm ("Import prüfen"). */
  imported: ImportProposal[];
  /** Committees and proposers the annotations name that the registry lacks ("ins Verzeichnis aufnehmen"). */
  registrySuggestions: RegistrySuggestion[];
  /** The annotations in the text the import reads, of every amendment: the tables leave them out of the wording. */
  inlineAnnotations: InlineAnnotation[];
  /** Tracked deletions that removed such an annotation (change ids): editorial, left out of Anträge and tables. */
  removedAnnotations: string[];
  /** The stored part as read (kept so that records not found again are written back, never dropped). */
  stored: StoredData | null;
  /** Why the stored part could not be read (German), null when it was read or there is none. */
  storageProblem: string | null;
}

/** `registry`: the configured registry (src/config); a registry stored with the document takes precedence. */
export function collectAmendments(model: DocumentModel, registry: Registry = DEFAULT_REGISTRY): AmendmentCollection {
  let stored: StoredData | null = null;
  let storageProblem: string | null = null;
  try {
    stored = parseStoredParts(model.customXmlParts.filter((p) => p.namespaceUri === NAMESPACE).map((p) => p.xml));
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    storageProblem = error.message;
  }
  const reg = stored?.registry ?? registry;
  // The add-in's removals of annotations are editorial: the rest of the reading sees the document without them.
  const removed = removedAnnotations(model, reg);
  const view: DocumentModel = removed.size > 0 ? { ...model, trackedChanges: model.trackedChanges.filter((c) => !removed.has(c.id)) } : model;
  const groups = groupAmendments(view);
  const attached = stored ? attachRecords(view, groups, stored.records) : groups;
  const imported: ImportProposal[] = [];
  const inText: InlineAnnotation[] = [];
  const covered = coveredParagraphs(attached);
  const brackets = bracketOwners(view, attached);
  const read = (a: Amendment) => importForAmendment(view, a, reg, covered, brackets.get(a.key) ?? []);
  // A confirmed amendment's parentheses are read again only to know where they stand.
  const annotated = (a: Amendment) => {
    const proposal = brackets.has(a.key) ? read(a) : null;
    if (proposal) inText.push(...inlineAnnotations(view, proposal));
    return a;
  };
  // A stored category (or number) holds; records from before categories and new comments are judged by their words.
  const decided = new Set((stored?.records ?? []).filter((r) => r.category !== null || r.number !== null).map((r) => r.key));
  const amendments = attached.map((a): Amendment => {
    const comments = commentsOf(view, a.commentIds);
    const line = a.source !== "none" ? null : latestLine(comments);
    const proposal = a.source !== "none" || line ? null : read(a);
    const category = a.kind !== "comment" || decided.has(a.key) ? a.category
      : isCommentAntrag(stripCommentLine(comments[0]?.text ?? ""), proposal, line != null) ? "antrag" : "comment";
    // One copy per amendment at most, with every field that changes (spreading is costly for thousands of them).
    if (a.source !== "none") return annotated(category === a.category ? a : { ...a, category });
    if (line) return annotated({ ...a, category, metadata: { ...a.metadata, ...line }, source: "metadata" });
    // A question is no Antrag: what an importer would read in it (its author as proposer, its words as Begründung) is not offered.
    if (!proposal || category === "comment") return category === a.category ? a : { ...a, category };
    imported.push(proposal);
    inText.push(...inlineAnnotations(view, proposal));
    return { ...a, category, metadata: applyProposal(proposal), source: "imported" };
  });
  for (const { amendment, proposal } of annotatedParagraphs(view, covered, reg)) {
    imported.push(proposal);
    inText.push(...inlineAnnotations(view, proposal));
    amendments.push({ ...amendment, metadata: applyProposal(proposal), source: "imported" });
  }
  return {
    amendments: sortInDocumentOrder(amendments), registry: reg, registrySource: stored?.registry ? "document" : "configuration",
    imported, registrySuggestions: registrySuggestions(imported), stored, storageProblem, inlineAnnotations: inText, removedAnnotations: [...removed],
  };
}


/** Our readable line in the comments: the add-in writes it into a new comment or, on someone else's, as a reply; the latest counts. */
function latestLine(comments: readonly Comment[]): ReturnType<typeof parseCommentLine> {
  let latest: ReturnType<typeof parseCommentLine> = null;
  for (const c of comments) {
    latest = parseCommentLine(c.text) ?? latest;
    for (const r of c.replies) latest = parseCommentLine(r.text) ?? latest;
  }
  return latest;
}

/** Sets one field and records who changed what when; the result counts as confirmed metadata. */
export function setField<F extends EditableField>(amendment: Amendment, field: F, value: AntragMetadata[F], by: string, at: string): Amendment {
  const from = describeField(amendment.metadata[field]);
  const to = describeField(value);
  if (from === to && amendment.source === "metadata") return amendment;
  const metadata: AntragMetadata = {
    ...amendment.metadata, [field]: value,
    history: [...amendment.metadata.history, { at, by, field, from, to }],
  };
  return { ...amendment, metadata, source: "metadata" };
}

/** Sets one field on every amendment whose key is listed (the pane's "mehrere bearbeiten"). */
export function setFieldBulk<F extends EditableField>(amendments: Amendment[], keys: readonly string[], field: F, value: AntragMetadata[F], by: string, at: string): Amendment[] {
  return amendments.map((a) => (keys.includes(a.key) ? setField(a, field, value, by, at) : a));
}

/** The user confirmed what import recognised: it becomes stored metadata, the confirmation in the history. */
export function confirmImport(amendment: Amendment, by: string, at: string): Amendment {
  if (amendment.source !== "imported") return amendment;
  const history = [...amendment.metadata.history, { at, by, field: "import", from: null, to: "bestätigt" }];
  return { ...amendment, metadata: { ...amendment.metadata, history }, source: "metadata" };
}

/** Where the writer puts a record's (`key`) readable line: an existing comment, or a new comment around changes or a paragraph. */
export type CommentLineTarget = { key: string; line: string } & (
  | { kind: "comment"; commentId: string }
  /** `paragraph` anchors the comment when the changes are no run-level elements (paragraph marks, renumbered ids). */
  | { kind: "changes"; changeIds: string[]; paragraph: number }
  | { kind: "paragraph"; paragraph: number });

export interface MetadataWrite {
  stored: StoredData;
  commentLines: CommentLineTarget[];
}

/**
 * What to write for the amendments that carry confirmed metadata (source "metadata"): every record, including
 * those no longer found (kept from the stored part), and a readable line for each one still in the document.
 * `registry` is the document's own registry to store: by default the one it has (none keeps it on the configuration).
 */
export function metadataWrite(
  model: DocumentModel, collection: Pick<AmendmentCollection, "stored">, amendments: Amendment[], registry: Registry | null = collection.stored?.registry ?? null,
): MetadataWrite {
  const previous = new Map((collection.stored?.records ?? []).map((r) => [r.key, r]));
  const confirmed = amendments.filter((a) => a.source === "metadata");
  const records = confirmed.flatMap((a): StoredRecord[] => {
    if (a.found) return [recordFromAmendment(model, a)];
    const before = previous.get(a.key);
    return before ? [{ ...before, category: a.category, number: a.number, metadata: structuredClone(a.metadata) }] : [];
  });
  const commentLines: CommentLineTarget[] = [];
  // The readable line says "Antrag: …": editorial changes and comments (a Beirat question) carry none.
  for (const a of confirmed.filter((x) => x.found && x.category === "antrag")) {
    const line = { key: a.key, line: formatCommentLine(a.metadata) };
    if (a.commentIds.length > 0) commentLines.push({ ...line, kind: "comment", commentId: a.commentIds[0] });
    else if (a.changeIds.length > 0 && a.location) commentLines.push({ ...line, kind: "changes", changeIds: a.changeIds, paragraph: a.location.start.paragraph });
    else if (a.location) commentLines.push({ ...line, kind: "paragraph", paragraph: a.location.start.paragraph });
  }
  return { stored: { version: SCHEMA_VERSION, registry, records, lastNumber: collection.stored?.lastNumber ?? 0 }, commentLines };
}
