/**
 * The Änderungsübersicht: one row per Antrag in document order, with the whole sentence around the
 * change in both views, its place, and the metadata the committee decides on.
 */
import { formatDateDe } from "../model/labels";
import type { Amendment, AntragMetadata } from "../amendments/types";
import { amendmentNumbers } from "../amendments/numbering";
import { stripCommentLine } from "../amendments/comment-line";
import type { Comment, DocumentModel, TextRange, TrackedChange } from "../model/document";
import { headings, sectionOf, type Heading } from "../model/outline";
import { joinParagraphs, sentenceContext, spansIn } from "./marked";
import { fundstelle, sectionLabel } from "./place";
import type { AmendmentFilter, AmendmentOptions, AmendmentRow, MarkedText, RowComment } from "./types";

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

function texts(model: DocumentModel, a: Amendment, omit: readonly TextRange[]): { before: MarkedText; after: MarkedText } {
  if (!a.location) {
    return { before: a.removed ? [{ text: a.removed, mark: "deleted" }] : [], after: a.inserted ? [{ text: a.inserted, mark: "inserted" }] : [] };
  }
  const own = new Set(a.changeIds);
  const before: MarkedText[] = [], after: MarkedText[] = [];
  const { start, end } = a.location;
  for (let i = start.paragraph; i <= end.paragraph; i++) {
    const p = model.paragraphs[i];
    if (!p) continue;
    // Comments are shown with the sentence they are anchored to; changes bring their own span.
    const anchor = a.changeIds.length > 0 ? null : {
      start: i === start.paragraph ? start.offset : 0,
      end: i === end.paragraph ? end.offset : p.text.length,
    };
    const ctx = sentenceContext(p, own, anchor, spansIn(omit, i));
    before.push(ctx.before);
    after.push(ctx.after);
  }
  return { before: joinParagraphs(before), after: joinParagraphs(after) };
}

/** "dd.mm.yyyy" from an ISO date or timestamp, "" for none. */
export function germanDate(iso: string | null): string {
  return iso ? formatDateDe(iso) : "";
}

export function beratungLines(m: AntragMetadata): string {
  return m.beratungsfolge.map((s) => {
    const when = s.date ? `, ${germanDate(s.date)}` : "";
    return `${s.gremium} (${s.role})${when}: ${s.result ?? "offen"}`;
  }).join("\n");
}

/** A comment thread as its authors wrote it: the add-in's "Antrag: …" lines are metadata, shown in their columns. */
function thread(c: Comment): RowComment {
  return {
    id: c.id, author: c.author, date: c.date, text: stripCommentLine(c.text), resolved: c.resolved,
    replies: c.replies.map((r) => ({ author: r.author, date: r.date, text: stripCommentLine(r.text) })).filter((r) => r.text !== ""),
  };
}

function committeesOf(m: AntragMetadata): string[] {
  return [...m.beratungsfolge.map((s) => s.gremium), ...(m.statusGremium ? [m.statusGremium] : [])];
}

function sectionMatches(path: string | null, wanted: readonly string[]): boolean {
  return path !== null && wanted.some((w) => path === w || path.startsWith(`${w}.`));
}

function matches(row: AmendmentRow, committees: string[], f: AmendmentFilter): boolean {
  if (f.status?.length && !(row.status !== null && f.status.includes(row.status))) return false;
  if (f.committee?.length && !committees.some((c) => f.committee!.includes(c))) return false;
  if (f.proposer?.length && !(row.antragsteller !== null && f.proposer.includes(row.antragsteller))) return false;
  if (f.section?.length && !sectionMatches(row.sectionPath, f.section)) return false;
  return true;
}

function placeOf(model: DocumentModel, hs: readonly Heading[], a: Amendment): { heading: Heading | null; fundstelle: string } {
  if (!a.location) return { heading: null, fundstelle: "nicht mehr im Dokument gefunden" };
  const { start, end } = a.location;
  const first = fundstelle(model, hs, start.paragraph);
  const last = end.paragraph !== start.paragraph ? fundstelle(model, hs, end.paragraph) : first;
  return { heading: sectionOf(model, hs, start.paragraph), fundstelle: last === first ? first : `${first} bis ${last}` };
}

/** Rows of the Änderungsübersicht. Amendments come in document order (as collectAmendments gives them). */
export function amendmentRows(model: DocumentModel, amendments: readonly Amendment[], options: AmendmentOptions = {}): AmendmentRow[] {
  const hs = headings(model, "final");
  const changes = byId<TrackedChange>(model.trackedChanges);
  const comments = byId<Comment>(model.comments);
  const rows: AmendmentRow[] = [];
  const numbers = amendmentNumbers(amendments);
  amendments.forEach((a) => {
    if (a.category === "comment" && options.includeComments === false) return;
    if (a.category === "editorial" && options.includeEditorial !== true) return;
    const m = a.metadata;
    const place = placeOf(model, hs, a);
    const own = a.commentIds.map((id) => comments.get(id)).filter((c): c is Comment => c !== undefined);
    const row: AmendmentRow = {
      nr: numbers.get(a.key)!, key: a.key, kind: a.kind, category: a.category,
      sectionPath: place.heading?.path ?? null, sectionTitle: place.heading?.title ?? null,
      section: place.heading ? sectionLabel(place.heading) : "",
      fundstelle: place.fundstelle,
      ...texts(model, a, options.omit ?? []),
      antragsteller: m.antragsteller, ausschuss: committeesOf(m)[0] ?? null, datum: m.datum,
      beratung: beratungLines(m), status: m.status, statusDatum: m.statusDatum, statusGremium: m.statusGremium,
      begruendung: m.begruendung, stellungnahme: m.stellungnahme, source: a.source, found: a.found,
      trackedChanges: a.changeIds.map((id) => changes.get(id)).filter((c): c is TrackedChange => c !== undefined)
        .map((c) => ({ id: c.id, kind: c.kind, author: c.author, date: c.date, text: c.text })),
      comments: own.map(thread),
      consultations: m.beratungsfolge.map((s) => ({ gremium: s.gremium, role: s.role, date: s.date, result: s.result })),
      timestamps: [
        ...a.changeIds.map((id) => changes.get(id)?.date ?? null),
        ...own.flatMap((c) => [c.date, ...c.replies.map((r) => r.date)]),
        ...m.history.map((h) => h.at),
      ].filter((t): t is string => t !== null),
    };
    if (matches(row, committeesOf(m), options)) rows.push(row);
  });
  return rows;
}

/** "angenommen am 05.03.2025 (AfASSuG)" for the Status column. */
export function statusText(row: Pick<AmendmentRow, "status" | "statusDatum" | "statusGremium">): string {
  if (!row.status) return "";
  return `${row.status}${row.statusDatum ? ` am ${germanDate(row.statusDatum)}` : ""}${row.statusGremium ? ` (${row.statusGremium})` : ""}`;
}

