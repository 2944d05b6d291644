/**
 * Import of the free-text annotations drafts carry today — in comments, inline in parentheses, or in a paragraph
 * after the change: "Antrag der SPD-Kreistagsfraktion vom 14.03.2025", "(Änderungsantrag B90/ Die Grünen vom
 * 09.03.2025, Zustimmung im AfASSuG vom 05.03.2025)", "Formulierungsvorschlag der Verwaltung, Abt. 62",
 * "… nach Beratung im AfKSuE am 04.03.". The result is a proposal with a confidence per field, never applied silently.
 */
import type { DocumentModel } from "../model/document";
import { defaultRole, stripCommentLine } from "./comment-line";
import { GERMAN_DATE_SOURCE, parseGermanDate, type ParsedDate } from "./dates";
import { hashText } from "./fingerprint";
import { buildAmendment, commentsOf, emptyMetadata } from "./grouping";
import { findCommittee, proposerMatcher, type ProposerMatch, type Registry } from "./registry";
import type { Amendment, AnnotationOrigin, AntragMetadata, Confidence, ImportedField, ImportProposal } from "./types";

/** A word start; `\b` is ASCII-only and fails before "Ä". */
const WORD_START = String.raw`(?<![\p{L}\d])`;
const MOTION = String.raw`(?:Änderungsantrag|Ergänzungsantrag|Antrag|Formulierungsvorschlag|Vorschlag|Anregung|Empfehlung)`;
const PREPOSITION = String.raw`(?:vom|am|zur?|zum|nach|im|in|mit|für)`;
/** Where a proposer's name ends: a date, a preposition, punctuation or " / " between two annotations. */
const NAME_END = String.raw`(?=\s+${PREPOSITION}\s|\s+/\s|\s*[,;()]|\.?\s*$)`;
/** A proposer's name is short; the bound keeps a long comment's scan linear and a sentence from becoming a name. */
const NAME_MAX = 120;
const PREPOSITION_INSIDE = new RegExp(String.raw`\s${PREPOSITION}\s`, "iu");

/**
 * The motion pattern for a registry: names that hold a preposition ("Beirat für Menschen mit Behinderungen") are
 * tried whole first, since the generic name ends at the first preposition.
 */
function proposerPattern(registry: Registry): RegExp {
  const spelled = registry.proposers
    .flatMap((p) => [p.name, ...p.aliases])
    .filter((n) => PREPOSITION_INSIDE.test(n))
    .sort((a, b) => b.length - a.length)
    .map((n) => n.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, String.raw`\s+`));
  const known = spelled.length ? `(?:${spelled.join("|")})${NAME_END}|` : "";
  return new RegExp(
    String.raw`${WORD_START}${MOTION}\s+(?:(?:von\s+der|von\s+dem|der|des|von|vom)\s+)?(${known}[^\s,;()][^,;()]{0,${NAME_MAX}}?${NAME_END})(?:,\s*(Abt\.\s*\d+|Abteilung\s+\d+))?(?:\s+vom\s+(${GERMAN_DATE_SOURCE}))?`,
    "giu",
  );
}
const proposerPatterns = new WeakMap<Registry, RegExp>();

const OUTCOME = String.raw`(Zustimmung|Ablehnung|Beratung|Kenntnisnahme|zugestimmt|abgelehnt|angenommen mit Änderungen|angenommen|beraten|vertagt|zur Kenntnis genommen|zurückgezogen|erledigt)`;
const COMMITTEE = String.raw`(Ausschuss für [^,;()]+?|Ausschuss [A-ZÄÖÜ][\wÄÖÜäöüß-]*|[A-ZÄÖÜ][\wÄÖÜäöüß-]+)`;
const OUTCOME_RE = new RegExp(
  String.raw`${WORD_START}${OUTCOME}(?:\s+(?:im|in der|in|durch den|durch die|vom)\s+${COMMITTEE}(?=\s|[,;()]|\.?$))?(?:\s+(?:vom|am)\s+(${GERMAN_DATE_SOURCE}))?`,
  "gu",
);
/** A paragraph that starts with a motion word is a note on the amendment before it. */
const MOTION_START = new RegExp(String.raw`^${MOTION}(?![\p{L}\d])`, "iu");
const KEYWORD_RE = new RegExp(String.raw`${WORD_START}(?:${MOTION}|Zustimmung|abgelehnt|zurückgezogen|angenommen|vertagt)(?![\p{L}\d])`, "iu");

const STATUS_OF_OUTCOME: Record<string, string | undefined> = {
  ablehnung: "abgelehnt", abgelehnt: "abgelehnt", angenommen: "angenommen",
  "angenommen mit änderungen": "angenommen mit Änderungen", vertagt: "vertagt", zurückgezogen: "zurückgezogen",
  erledigt: "erledigt", kenntnisnahme: "zur Kenntnis genommen", "zur kenntnis genommen": "zur Kenntnis genommen",
};
const RESULT_OF_OUTCOME: Record<string, string> = { beratung: "beraten", zugestimmt: "Zustimmung" };
const RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };

function lower(a: Confidence, b: Confidence): Confidence {
  return RANK[a] <= RANK[b] ? a : b;
}

function joinNotes(...notes: (string | null)[]): string | null {
  const kept = notes.filter((n): n is string => !!n);
  return kept.length ? kept.join("; ") : null;
}

/** Every value one annotation text yields. `contextYear` completes dates without a year. */
type Matcher = (written: string) => ProposerMatch;

export function parseAnnotation(text: string, registry: Registry, contextYear: number | null, match: Matcher = proposerMatcher(registry)): ImportedField[] {
  const t = text.replace(/\s+/g, " ").trim();
  const fields: ImportedField[] = [];
  const proposers: ImportedField[] = [];
  let pattern = proposerPatterns.get(registry);
  if (!pattern) proposerPatterns.set(registry, (pattern = proposerPattern(registry)));
  for (const m of t.matchAll(pattern)) {
    const [whole, written, department, dateText] = m;
    const proposer = proposerField(written, department, match, whole.trim());
    if (!proposer) continue;
    const date = dateText ? parseGermanDate(dateText, contextYear) : null;
    proposers.push(dateText && !date ? { ...proposer, note: joinNotes(proposer.note, `Datum „${dateText}“ ohne Jahr nicht übernommen`) } : proposer);
    if (date) fields.push({ field: "datum", value: date.value, confidence: date.confidence, source: whole.trim(), note: date.note });
  }
  if (proposers.length > 1) {
    // "Formulierungsvorschlag Verwaltung / Antrag der SPD-Kreistagsfraktion vom …": the dated motion is the likelier proposer.
    const dated = proposers.find((p) => fields.some((f) => f.field === "datum" && f.source === p.source)) ?? proposers[0];
    const others = proposers.filter((p) => p !== dated).map((p) => p.value as string).join(", ");
    fields.unshift({ ...dated, confidence: lower(dated.confidence, "medium"), note: joinNotes(dated.note, `mehrere Antragsteller genannt, ebenfalls: ${others}`) });
  } else if (proposers.length === 1) fields.unshift(proposers[0]);
  for (const m of t.matchAll(OUTCOME_RE)) fields.push(...outcomeFields(m, registry, contextYear));
  return fields;
}

function proposerField(written: string, department: string | undefined, matchProposer: Matcher, source: string): ImportedField | null {
  const name = written.trim().replace(/\.$/, "");
  if (!name || /^\d/.test(name)) return null;
  const target = department ? department.replace(/^Abteilung\s+/i, "Abt. ").replace(/\s+/g, " ").replace(/\.(\d)/, ". $1") : name;
  const match = matchProposer(target);
  if (match.name) {
    const note = match.match === "fuzzy" ? `„${target}“ ähnlich geschrieben wie „${match.name}“`
      : match.confidence !== "high" ? `„${target}“ als „${match.name}“ gelesen` : null;
    return { field: "antragsteller", value: match.name, confidence: match.confidence, source, note };
  }
  // An unknown name must look like one: "Der Vorschlag ist gut" names no proposer.
  if (!/^[\p{Lu}\d]/u.test(target)) return null;
  return { field: "antragsteller", value: target, confidence: "low", source, note: `„${target}“ steht nicht im Verzeichnis der Antragsteller` };
}

function outcomeFields(m: RegExpMatchArray, registry: Registry, contextYear: number | null): ImportedField[] {
  const [whole, outcomeText, committeeText, dateText] = m;
  const source = whole.trim();
  const outcome = outcomeText.toLowerCase();
  const date: ParsedDate | null = dateText ? parseGermanDate(dateText, contextYear) : null;
  const committee = committeeText ? findCommittee(committeeText, registry) : null;
  if (!committeeText && !date) return [];
  const fields: ImportedField[] = [];
  const gremium = committee?.short ?? committeeText ?? null;
  const committeeNote = committeeText && !committee ? `Gremium „${committeeText}“ steht nicht im Verzeichnis` : null;
  const dateNote = dateText && !date ? `Datum „${dateText}“ ohne Jahr nicht übernommen` : null;
  const confidence = lower(date?.confidence ?? (dateNote ? "low" : "high"), committeeNote ? "low" : "high");
  const note = joinNotes(date?.note ?? null, dateNote, committeeNote);
  if (gremium) {
    const result = RESULT_OF_OUTCOME[outcome] ?? outcomeText;
    fields.push({ field: "beratungsfolge", value: { gremium, role: defaultRole(gremium), date: date?.value ?? null, result }, confidence, source, note });
  }
  const status = STATUS_OF_OUTCOME[outcome] ?? ((outcome === "zustimmung" || outcome === "zugestimmt") && gremium === "Kreistag" ? "angenommen" : undefined);
  if (status) {
    fields.push({ field: "status", value: status, confidence, source, note });
    if (date) fields.push({ field: "statusDatum", value: date.value, confidence: date.confidence, source, note: date.note });
    if (gremium) fields.push({ field: "statusGremium", value: gremium, confidence, source, note: committeeNote });
  }
  return fields;
}

/** Parenthesised annotations in a text: "(Änderungsantrag … vom …)". */
export function inlineAnnotations(text: string): { text: string; start: number; end: number }[] {
  const found: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/\(([^()]{3,400})\)/g)) {
    if (KEYWORD_RE.test(m[1])) found.push({ text: m[1], start: m.index!, end: m.index! + m[0].length });
  }
  return found;
}

function yearOf(date: string | null): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? +m[1] : null;
}

function proposal(amendment: Amendment, origin: AnnotationOrigin, text: string, registry: Registry, year: number | null, match: Matcher): ImportProposal | null {
  const fields = parseAnnotation(text, registry, year, match);
  return fields.length ? { amendmentKey: amendment.key, origin, text, fields } : null;
}

/** Paragraphs that amendments' ranges cover: a note paragraph there belongs to that amendment, not the one before. */
export function coveredParagraphs(amendments: Amendment[]): Set<number> {
  const covered = new Set<number>();
  for (const a of amendments) {
    if (a.location) for (let i = a.location.start.paragraph; i <= a.location.end.paragraph; i++) covered.add(i);
  }
  return covered;
}

/** What the amendment's comments, its paragraphs' parenthesised notes and a following note paragraph say. */
export function importForAmendment(
  model: DocumentModel, amendment: Amendment, registry: Registry, covered: ReadonlySet<number> = new Set(), match: Matcher = proposerMatcher(registry),
): ImportProposal[] {
  const year = yearOf(amendment.date) ?? yearOf(model.properties.created);
  const proposals: (ImportProposal | null)[] = [];
  for (const comment of commentsOf(model, amendment.commentIds)) {
    for (const text of [stripCommentLine(comment.text), ...comment.replies.map((r) => r.text)]) {
      proposals.push(proposal(amendment, "comment", text, registry, yearOf(comment.date) ?? year, match));
    }
  }
  if (amendment.location) {
    for (let i = amendment.location.start.paragraph; i <= amendment.location.end.paragraph; i++) {
      for (const note of inlineAnnotations(model.paragraphs[i]?.text ?? "")) proposals.push(proposal(amendment, "inline", note.text, registry, year, match));
    }
    const next = model.paragraphs[amendment.location.end.paragraph + 1];
    if (next && !covered.has(next.index) && next.outlineLevel === null && next.text.length <= 400 && MOTION_START.test(next.text.trim())) {
      proposals.push(proposal(amendment, "paragraph", next.text, registry, year, match));
    }
  }
  const result = proposals.filter((p): p is ImportProposal => p !== null);
  if (!result.some((p) => p.fields.some((f) => f.field === "antragsteller"))) {
    const byAuthor = authorProposal(model, amendment, registry, match);
    if (byAuthor) result.push(byAuthor);
  }
  return result;
}

/** A comment written under a registry name ("Teilhabebeirat") names its proposer; a Beirat's open question is "offen". */
function authorProposal(model: DocumentModel, amendment: Amendment, registry: Registry, matchProposer: Matcher): ImportProposal | null {
  const [comment] = commentsOf(model, amendment.commentIds);
  if (!comment) return null;
  const match = matchProposer(comment.author);
  if (!match.name || match.match === "fuzzy") return null;
  const source = `Kommentar von ${comment.author}`;
  const fields: ImportedField[] = [{ field: "antragsteller", value: match.name, confidence: "medium", source, note: "aus dem Verfasser des Kommentars abgeleitet" }];
  const kind = registry.proposers.find((p) => p.name === match.name)?.kind;
  if (amendment.kind === "comment" && kind === "Beirat" && stripCommentLine(comment.text).trim().endsWith("?") && comment.replies.length === 0 && !comment.resolved
    && registry.statuses.some((s) => s.name === "offen")) {
    fields.push({ field: "status", value: "offen", confidence: "medium", source, note: "Frage des Beirats ohne Antwort" });
  }
  return { amendmentKey: amendment.key, origin: "author", text: comment.author, fields };
}

/** Metadata from proposals: per field the most confident value (first on ties); every named committee step. */
export function applyProposals(proposals: ImportProposal[]): AntragMetadata {
  const metadata = emptyMetadata();
  const best = new Map<string, ImportedField>();
  for (const field of proposals.flatMap((p) => p.fields)) {
    if (field.field === "beratungsfolge") {
      const step = field.value;
      if (!metadata.beratungsfolge.some((s) => s.gremium === step.gremium && s.date === step.date)) metadata.beratungsfolge.push({ ...step });
      continue;
    }
    const current = best.get(field.field);
    if (!current || RANK[field.confidence] > RANK[current.confidence]) best.set(field.field, field);
  }
  for (const [name, field] of best) {
    if (name === "antragsteller" || name === "datum" || name === "status" || name === "statusDatum" || name === "statusGremium") {
      metadata[name] = field.value as string;
    }
  }
  return metadata;
}

/**
 * Paragraphs outside every tracked change and comment that carry an inline annotation ("… bereitgestellt.
 * (Formulierungsvorschlag der Verwaltung, Abt. 62)"): wording already taken over, attributed in the text.
 * Each becomes an Antrag of kind "insertion" without tracked changes, its wording the paragraph without the note.
 */
export function annotatedParagraphs(
  model: DocumentModel, covered: ReadonlySet<number>, registry: Registry, match: Matcher = proposerMatcher(registry),
): { amendment: Amendment; proposals: ImportProposal[] }[] {
  const year = yearOf(model.properties.created) ?? yearOf(model.properties.modified);
  const result: { amendment: Amendment; proposals: ImportProposal[] }[] = [];
  for (const p of model.paragraphs) {
    if (covered.has(p.index)) continue;
    const notes = inlineAnnotations(p.text);
    if (notes.length === 0) continue;
    const base = buildAmendment(model, [], []);
    const wording = notes.reduceRight((text, n) => text.slice(0, n.start) + text.slice(n.end), p.text).replace(/\s+$/, "");
    const amendment: Amendment = {
      ...base, key: "p" + hashText(p.text), kind: "insertion", inserted: wording,
      location: { start: { paragraph: p.index, offset: 0 }, end: { paragraph: p.index, offset: p.text.length } },
    };
    const proposals = notes.map((n) => proposal(amendment, "inline", n.text, registry, year, match)).filter((x): x is ImportProposal => x !== null);
    if (proposals.some((x) => x.fields.some((f) => f.field === "antragsteller"))) result.push({ amendment, proposals });
  }
  return result;
}
