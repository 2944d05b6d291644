/**
 * Where a document's annotations stand and which amendment each belongs to: the amendment's comment thread (the
 * comment, then its replies by date), the parentheses after the amended sentence ("… bereitgestellt. (Vorschlag der
 * Verwaltung, Abt. 62)"), a note paragraph right after the change, and — when nothing names a proposer — the author
 * of the comment. Paragraphs outside every change that carry an annotation become amendments of their own.
 */
import type { Comment, DocumentModel, Paragraph } from "../../model/document";
import { maskCommentLine } from "../comment-line";
import { hashText } from "../fingerprint";
import { buildAmendment, commentsOf } from "../grouping";
import type { Registry } from "../registry";
import type { Amendment, ImportedField, ImportProposal, InlineAnnotation } from "../types";
import { lexiconOf, type Lexicon, type Match } from "./lexicon";
import { readThread, type NoteInput, type ThreadReading } from "./reading";
import { tokenize, type Token } from "./text";

/** Annotations in brackets are short; a longer bracket is text. */
const NOTE_MAX = 400;
/** Brackets nest a few levels ("(Antrag … (Drucksache 2025/017), …)"); deeper ones are read as text. */
const DEPTH_MAX = 4;
const CLOSING: Record<string, string> = { "(": ")", "[": "]" };

/** Whether a text has an opening bracket at all: most paragraphs have none. */
const opensBracket = (text: string) => text.includes("(") || text.includes("[");

/** The bracketed stretches of a text, outermost only, brackets included: [start, end). One pass. */
export function bracketed(text: string): { start: number; end: number }[] {
  if (!opensBracket(text)) return [];
  const found: { start: number; end: number }[] = [];
  const open: { char: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") {
      if (open.length < DEPTH_MAX) open.push({ char: c, at: i });
    } else if (c === ")" || c === "]") {
      const top = open[open.length - 1];
      if (!top || CLOSING[top.char] !== c) {
        open.length = 0;
        continue;
      }
      open.pop();
      if (open.length === 0 && i - top.at - 1 <= NOTE_MAX && i - top.at > 3) found.push({ start: top.at, end: i + 1 });
    }
  }
  return found;
}

function yearDate(iso: string | null): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;
}

/** The document's own date: completes dates without a year in the text. */
function documentDate(model: DocumentModel): string | null {
  return yearDate(model.properties.created) ?? yearDate(model.properties.modified);
}

/** Dated items in date order; when one lacks a date, as the file has them. */
function byDate<T extends { date: string | null }>(items: readonly T[]): readonly T[] {
  if (items.length < 2) return items;
  return items.every((x) => x.date !== null) ? [...items].sort((a, b) => a.date!.localeCompare(b.date!)) : items;
}

/** Adds a comment's notes to `notes`: the comment, then its replies by date. */
function addThreadNotes(notes: NoteInput[], comment: Comment, fallback: string | null): void {
  const reference = yearDate(comment.date) ?? fallback;
  notes.push({
    origin: "comment", source: { kind: "comment", commentId: comment.id }, sourceText: maskCommentLine(comment.text),
    start: 0, end: comment.text.length, reference, range: null,
  });
  for (const r of byDate(comment.replies)) {
    notes.push({
      origin: "reply", source: { kind: "reply", commentId: comment.id, replyId: r.id }, sourceText: maskCommentLine(r.text),
      start: 0, end: r.text.length, reference: yearDate(r.date) ?? reference, range: null,
    });
  }
}

function inlineNote(p: Paragraph, b: { start: number; end: number }, reference: string | null): NoteInput {
  return {
    origin: "inline", source: { kind: "paragraph", paragraph: p.index }, sourceText: p.text, start: b.start + 1, end: b.end - 1, reference,
    range: { start: { paragraph: p.index, offset: b.start }, end: { paragraph: p.index, offset: b.end } },
  };
}

/** Paragraphs that amendments' ranges cover: a note paragraph there belongs to that amendment, not the one before. */
export function coveredParagraphs(amendments: readonly Amendment[]): Set<number> {
  const covered = new Set<number>();
  for (const a of amendments) {
    if (a.location) for (let i = a.location.start.paragraph; i <= a.location.end.paragraph; i++) covered.add(i);
  }
  return covered;
}

/**
 * Which amendment each bracket in a covered paragraph annotates: the last amendment starting before it in that
 * paragraph — the annotation follows the amended sentence — else the first one covering the paragraph.
 */
export function bracketOwners(model: DocumentModel, amendments: readonly Amendment[]): Map<string, { paragraph: Paragraph; bracket: { start: number; end: number } }[]> {
  const owners = new Map<string, { paragraph: Paragraph; bracket: { start: number; end: number } }[]>();
  // The amendments of each paragraph that has brackets.
  const byParagraph = new Map<number, Amendment[]>();
  for (const a of amendments) {
    if (!a.location) continue;
    for (let i = a.location.start.paragraph; i <= a.location.end.paragraph; i++) {
      if (!opensBracket(model.paragraphs[i]?.text ?? "")) continue;
      const list = byParagraph.get(i);
      if (list) list.push(a);
      else byParagraph.set(i, [a]);
    }
  }
  for (const [index, list] of byParagraph) {
    const paragraph = model.paragraphs[index];
    const brackets = paragraph ? bracketed(paragraph.text) : [];
    if (brackets.length === 0) continue;
    const startIn = (a: Amendment) => (a.location!.start.paragraph === index ? a.location!.start.offset : 0);
    const sorted = [...list].sort((a, b) => startIn(a) - startIn(b));
    // Brackets come in text order: the owner only moves forward.
    let owner = 0;
    for (const bracket of brackets) {
      while (owner + 1 < sorted.length && startIn(sorted[owner + 1]) <= bracket.start) owner++;
      const key = sorted[owner].key;
      const own = owners.get(key);
      if (own) own.push({ paragraph, bracket });
      else owners.set(key, [{ paragraph, bracket }]);
    }
  }
  return owners;
}

/**
 * A paragraph that opens with a motion ("Antrag der …", "FDP-Antrag …"): a note about the change before it. Its first
 * tokens are read, the rest only when a name runs to their end (most paragraphs are text that starts with an article);
 * the longest registry names run to a dozen tokens, two names and a hyphen fit in `OPENING_MAX`.
 */
function opensWithMotion(text: string, registry: Registry): boolean {
  const lexicon = lexiconOf(registry);
  const opening = tokenize(text, OPENING_FIRST);
  const verdict = motionOpening(opening, lexicon, opening.length < OPENING_FIRST);
  return verdict === "read further" ? motionOpening(tokenize(text, OPENING_MAX), lexicon, true) === true : verdict;
}

const OPENING_FIRST = 2;
const OPENING_MAX = 40;

/** Whether the tokens open with a motion; "read further" when they are not `all` and a name may go on past them. */
function motionOpening(tokens: Token[], lexicon: Lexicon, all: boolean): boolean | "read further" {
  const isMotion = (m: Match | null) => !!m && m.meanings.some((x) => x.kind === "motion" && !x.ambiguous);
  // Most paragraphs after a change are text: their first word starts no name or phrase.
  if (!tokens[0] || !lexicon.begins(tokens[0])) return false;
  const opening = lexicon.walk(tokens, 0);
  if (!all && opening.stop >= tokens.length) return "read further";
  const first = opening.best;
  if (!first) return false;
  if (isMotion(first)) return true;
  if (first.proposers.length === 0) return false;
  const next = tokens[first.end]?.text === "-" ? first.end + 1 : first.end;
  const second = lexicon.walk(tokens, next);
  if (!all && second.stop >= tokens.length) return "read further";
  return isMotion(second.best);
}

/** What an amendment's comments, its brackets and a following note paragraph say, merged into one proposal. */
export function importForAmendment(
  model: DocumentModel, amendment: Amendment, registry: Registry, covered: ReadonlySet<number>,
  brackets: readonly { paragraph: Paragraph; bracket: { start: number; end: number } }[],
): ImportProposal | null {
  const next = noteParagraphAfter(model, amendment, registry, covered);
  // Without a comment and a note there is nothing to read (most tracked changes).
  if (amendment.commentIds.length === 0 && brackets.length === 0 && !next) return null;
  const fallback = yearDate(amendment.date) ?? documentDate(model);
  const comments = byDate(commentsOf(model, amendment.commentIds));
  const inputs: NoteInput[] = [];
  for (const c of comments) addThreadNotes(inputs, c, fallback);
  for (const { paragraph, bracket } of brackets) inputs.push(inlineNote(paragraph, bracket, fallback));
  if (next) {
    inputs.push({ origin: "paragraph", source: { kind: "paragraph", paragraph: next.index }, sourceText: next.text, start: 0, end: next.text.length, reference: fallback,
      range: { start: { paragraph: next.index, offset: 0 }, end: { paragraph: next.index, offset: next.text.length } } });
  }
  const proposal = proposalOf(amendment.key, readThread(inputs, registry));
  if (!proposal.fields.some((f) => f.field === "antragsteller")) withAuthor(proposal, amendment, comments[0], registry);
  return proposal.fields.length > 0 ? proposal : null;
}

/** The proposal of what was read for an amendment (a literal: spreading the reading into it costs more, and there are thousands). */
function proposalOf(amendmentKey: string, reading: ThreadReading): ImportProposal {
  return { amendmentKey, notes: reading.notes, fields: reading.fields, unknown: reading.unknown };
}

/** The paragraph right after an amendment when it is a note about it: short body text opening with a motion. */
function noteParagraphAfter(model: DocumentModel, amendment: Amendment, registry: Registry, covered: ReadonlySet<number>): Paragraph | null {
  const next = amendment.location ? model.paragraphs[amendment.location.end.paragraph + 1] : undefined;
  return next && !covered.has(next.index) && next.outlineLevel === null && next.text.length <= NOTE_MAX && opensWithMotion(next.text, registry) ? next : null;
}

/** A comment written under a registry name ("Teilhabebeirat") names its proposer; a Beirat's open question is "offen". */
function withAuthor(proposal: ImportProposal, amendment: Amendment, comment: Comment | undefined, registry: Registry): void {
  if (!comment) return;
  const lexicon = lexiconOf(registry);
  const tokens = tokenize(comment.author);
  const match = tokens.length > 0 ? lexicon.match(tokens, 0) : null;
  const proposer = match && match.end === tokens.length ? match.proposers[0] : undefined;
  if (!proposer) return;
  const span = { source: { kind: "author" as const, commentId: comment.id }, start: 0, end: comment.author.length };
  const field: ImportedField = { field: "antragsteller", value: proposer.name, confidence: "medium", source: comment.author, span, note: "aus dem Verfasser des Kommentars abgeleitet" };
  proposal.fields.unshift(field);
  proposal.notes.push({ origin: "author", source: span.source, text: comment.author, start: 0, end: comment.author.length, range: null });
  const question = amendment.kind === "comment" && proposer.kind === "Beirat" && maskCommentLine(comment.text).trim().endsWith("?")
    && comment.replies.length === 0 && !comment.resolved && registry.statuses.some((s) => s.name === "offen");
  if (question && !proposal.fields.some((f) => f.field === "status")) {
    proposal.fields.push({ ...field, field: "status", value: "offen", note: "Frage des Beirats ohne Antwort" });
  }
}

/**
 * Paragraphs outside every tracked change and comment that carry an annotation naming a proposer ("… bereitgestellt.
 * (Formulierungsvorschlag der Verwaltung, Abt. 62)"): wording already taken over, attributed in the text. Each
 * becomes an Antrag of kind "insertion" without tracked changes, its wording the paragraph without the annotations.
 */
export function annotatedParagraphs(model: DocumentModel, covered: ReadonlySet<number>, registry: Registry): { amendment: Amendment; proposal: ImportProposal }[] {
  const reference = documentDate(model);
  const result: { amendment: Amendment; proposal: ImportProposal }[] = [];
  for (const p of model.paragraphs) {
    if (covered.has(p.index)) continue;
    const brackets = bracketed(p.text);
    if (brackets.length === 0) continue;
    const reading = readThread(brackets.map((b) => inlineNote(p, b, reference)), registry);
    if (!reading.fields.some((f) => f.field === "antragsteller")) continue;
    const read = new Set(reading.notes.map((n) => n.start - 1));
    const wording = brackets.filter((b) => read.has(b.start)).reduceRight((text, b) => text.slice(0, b.start) + text.slice(b.end), p.text).replace(/\s+$/, "");
    const amendment: Amendment = {
      ...buildAmendment(model, [], []), key: "p" + hashText(p.text), kind: "insertion", category: "antrag", inserted: wording,
      location: { start: { paragraph: p.index, offset: 0 }, end: { paragraph: p.index, offset: p.text.length } },
    };
    result.push({ amendment, proposal: proposalOf(amendment.key, reading) });
  }
  return result;
}

/** The parentheses of an amendment's proposal that stand in the document text. */
export function inlineAnnotations(model: DocumentModel, proposal: ImportProposal): InlineAnnotation[] {
  return proposal.notes.flatMap(({ origin, range }) => (origin === "inline" && range
    ? [{ amendmentKey: proposal.amendmentKey, range, text: model.paragraphs[range.start.paragraph].text.slice(range.start.offset, range.end.offset) }]
    : []));
}

/**
 * Tracked deletions of nothing but a parenthesis naming a proposer (" (Änderungsantrag B90/ Die Grünen vom
 * 09.03.2025)"), as "Vermerke aus dem Text entfernen" writes them: editorial, never an Antrag of their own.
 */
export function removedAnnotations(model: DocumentModel, registry: Registry): Set<string> {
  const removed = new Set<string>();
  for (const c of model.trackedChanges) {
    if (c.kind !== "deletion" || c.location === null) continue;
    const text = c.text.trim();
    const [whole, ...more] = bracketed(text);
    if (!whole || more.length > 0 || whole.start !== 0 || whole.end !== text.length) continue;
    const note: NoteInput = {
      origin: "inline", source: { kind: "paragraph", paragraph: c.location.start.paragraph }, sourceText: text, start: 1, end: text.length - 1,
      reference: null, range: null,
    };
    if (readThread([note], registry).fields.some((f) => f.field === "antragsteller")) removed.add(c.id);
  }
  return removed;
}
