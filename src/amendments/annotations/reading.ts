/**
 * Reading all annotations of one amendment as one record: the notes in reading order (the comment, its replies by
 * date, parentheses and note paragraphs), each parsed by the grammar with what the notes before it said, then merged —
 * the first named proposer and its date, every consultation step once (a later note completes or corrects a step of
 * the same body and session), the status derived by the rules of status.ts — each value with the words it came from.
 */
import type { Registry } from "../registry";
import type {
  AnnotationNote, AnnotationOrigin, AnnotationSource, Confidence, ConsultationRole, ConsultationStep, ImportedField, IsoDate,
  RegistryAddition,
} from "../types";
import type { TextRange } from "../../model/document";
import { readDate, type ReadDate } from "./dates";
import { parseNote, type DateRead, type MotionRead, type NoteParse, type StepRead, type ThreadContext } from "./grammar";
import { gremiumOf, lexiconOf, phraseKeys, type CommitteeRef, type ProposerRef } from "./lexicon";
import { deriveStatus, lowest, type StatusEvent } from "./status";
import { collapseBlanks, keyOf } from "./text";
import { DECIDING_BODIES } from "./vocabulary";

/** One text to read as an annotation: `sourceText.slice(start, end)` of the source. */
export interface NoteInput {
  origin: AnnotationOrigin;
  source: AnnotationSource;
  sourceText: string;
  start: number;
  end: number;
  /** The day the note was written (comment or reply date), else the document's: completes dates without a year. */
  reference: IsoDate | null;
  range: TextRange | null;
}

export interface ThreadReading {
  /** The notes that said something. */
  notes: AnnotationNote[];
  fields: ImportedField[];
  unknown: RegistryAddition[];
}

interface Parsed {
  input: NoteInput;
  parse: NoteParse;
}

/** The role a body has when the note names none: a council decides, every other body advises. */
export function defaultRole(...names: string[]): ConsultationRole {
  return names.some((n) => DECIDING_BODIES.has(phraseKeys(n).join(" "))) ? "Entscheidung" : "Vorberatung";
}

function roleOf(ref: CommitteeRef, explicit: ConsultationRole | null): ConsultationRole {
  return explicit ?? (ref.committee ? defaultRole(ref.committee.short, ref.committee.name, ...ref.committee.aliases) : defaultRole(ref.name));
}

/** The notes there are, joined with "; "; null when there is none. */
function join(...notes: (string | null | undefined)[]): string | null {
  let joined: string | null = null;
  for (const n of notes) if (n) joined = joined === null ? n : `${joined}; ${n}`;
  return joined;
}

/** Reads the notes of one amendment, in the order given. */
export function readThread(inputs: readonly NoteInput[], registry: Registry): ThreadReading {
  const lexicon = lexiconOf(registry);
  const context: ThreadContext = { motionSeen: false, openStep: null };
  const parsed: Parsed[] = [];
  for (const input of inputs) {
    const parse = parseNote(input.sourceText.slice(input.start, input.end), lexicon, context);
    if (parse.motions.length === 0 && parse.events.length === 0 && parse.reason === null) continue;
    parsed.push({ input, parse });
    if (parse.motions.some((m) => m.proposer || m.implied)) context.motionSeen = true;
    const open = lastOpenStep(parse.steps);
    if (open) context.openStep = open;
    else if (parse.steps.length > 0 || parse.events.some((e) => e.kind === "step" && e.step === context.openStep)) context.openStep = null;
  }
  const reader = new ThreadReader(registry, parsed);
  return reader.read();
}

/** The last step still without a result, or with a weak one. */
function lastOpenStep(steps: readonly StepRead[]): StepRead | null {
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i].result === null || steps[i].result!.weak) return steps[i];
  return null;
}

class ThreadReader {
  private readonly fields: ImportedField[] = [];
  private readonly unknown: RegistryAddition[] = [];

  constructor(private readonly registry: Registry, private readonly parsed: readonly Parsed[]) {}

  read(): ThreadReading {
    this.motion();
    const steps = this.steps();
    this.status(steps);
    this.reason();
    const notes: AnnotationNote[] = this.parsed.map(({ input }) => ({
      origin: input.origin, source: input.source, text: input.sourceText.slice(input.start, input.end), start: input.start, end: input.end, range: input.range,
    }));
    return { notes, fields: this.fields, unknown: this.unknown };
  }

  private field(p: Parsed, span: { start: number; stop: number }, value: Omit<ImportedField, "source" | "span" | "confidence" | "note">, confidence: Confidence, note: string | null) {
    const start = p.input.start + span.start;
    const end = p.input.start + span.stop;
    // A literal, not `{ ...value, … }`: spreading and adding properties is many times slower in V8, and imports are many.
    this.fields.push({
      field: value.field, value: value.value, confidence, note, source: collapseBlanks(p.input.sourceText.slice(start, end)).trim(),
      span: { source: p.input.source, start, end },
    } as ImportedField);
  }

  private written(p: Parsed, span: { start: number; stop: number }): string {
    return p.input.sourceText.slice(p.input.start + span.start, p.input.start + span.stop);
  }

  private date(p: Parsed, d: DateRead | null): ReadDate | null {
    return d ? readDate(d.date, p.input.reference) : null;
  }

  // --- proposer and date ---

  /** The proposer a motion names, or the one its word implies ("Verwaltungsvorschlag" → the administration). */
  private proposerOf(m: MotionRead): ProposerRef | null {
    if (m.proposer) return m.proposer;
    if (m.implied === "administration") {
      const admin = this.registry.proposers.find((p) => p.kind === "Verwaltung");
      return admin
        ? { proposer: admin, name: admin.name, kind: admin.kind, confidence: "high", note: null }
        : { proposer: null, name: "Verwaltung", kind: "Verwaltung", confidence: "low", note: "„Verwaltung“ steht nicht im Verzeichnis der Antragsteller" };
    }
    if (m.implied === "itself") {
      return { proposer: null, name: m.impliedWord, kind: "Sonstige", confidence: "low", note: `„${m.impliedWord}“ steht nicht im Verzeichnis der Antragsteller` };
    }
    return null;
  }

  /** The first note naming a proposer decides; within it, a dated motion before an undated one. */
  private motion(): void {
    for (const p of this.parsed) {
      const named = p.parse.motions.filter((m) => this.proposerOf(m) !== null);
      if (named.length === 0) continue;
      const chosen = named.find((m) => m.date !== null) ?? named[0];
      const proposer = this.proposerOf(chosen)!;
      // The other proposers named, each once, in the order named (most notes name one).
      const others: string[] = [];
      const other = (name: string) => {
        if (name !== proposer.name && !others.includes(name)) others.push(name);
      };
      for (const m of named) if (m !== chosen) other(this.proposerOf(m)!.name);
      for (const o of chosen.others) other(o.name);
      const several = others.length > 0 ? `mehrere Antragsteller genannt, ebenfalls: ${others.join(", ")}` : null;
      const date = this.date(p, chosen.date);
      const undated = chosen.date && !date ? `Datum „${this.written(p, chosen.date)}“ ohne Jahr nicht übernommen` : null;
      this.field(p, chosen, { field: "antragsteller", value: proposer.name }, lowest(proposer.confidence, several ? "medium" : "high"), join(proposer.note, several, undated));
      if (date && chosen.date) this.field(p, chosen.date, { field: "datum", value: date.value }, date.confidence, date.note);
      if (!proposer.proposer) this.addProposer(proposer);
      for (const ref of chosen.others) if (!ref.proposer) this.addProposer(ref);
      return;
    }
  }

  private addProposer(ref: ProposerRef): void {
    if (this.unknown.some((u) => u.list === "proposers" && keyOf(u.entry.name) === keyOf(ref.name))) return;
    this.unknown.push({ list: "proposers", entry: { name: ref.name, kind: ref.kind, aliases: [] } });
  }

  // --- the Beratungsfolge ---

  /**
   * Every step once: a mention of the same body in the same session completes it, and so does one without a date on
   * either side — only the body's first step can be without date, later undated mentions all complete it.
   */
  private steps(): Map<StepRead, MergedStep> {
    // Most threads name no step.
    if (this.parsed.every((p) => p.parse.steps.length === 0)) return new Map();
    const merged: MergedStep[] = [];
    const of = new Map<StepRead, MergedStep>();
    const bySession = new Map<string, MergedStep>();
    const firstOf = new Map<string, MergedStep>();
    for (const p of this.parsed) {
      for (const s of p.parse.steps) {
        const gremium = gremiumOf(s.committee);
        const date = this.date(p, s.date);
        const first = firstOf.get(gremium);
        const same = date ? bySession.get(`${gremium} ${date.value}`) ?? (first?.date === null ? first : undefined) : first;
        if (same) {
          if (date && !same.date) {
            same.date = date;
            bySession.set(`${gremium} ${date.value}`, same);
          }
          if (s.result && (!same.result || !s.result.weak || same.result.weak)) same.result = s.result;
          if (s.role) same.role = s.role;
          of.set(s, same);
          continue;
        }
        const step: MergedStep = { gremium, ref: s.committee, date, result: s.result, role: s.role, read: s, from: p };
        merged.push(step);
        of.set(s, step);
        if (date) bySession.set(`${gremium} ${date.value}`, step);
        if (!first) firstOf.set(gremium, step);
      }
    }
    const ordered = merged.every((m) => m.date !== null) ? [...merged].sort((a, b) => a.date!.value.localeCompare(b.date!.value)) : merged;
    for (const m of ordered) {
      const value: ConsultationStep = { gremium: m.gremium, role: roleOf(m.ref, m.role), date: m.date?.value ?? null, result: m.result?.text ?? null };
      const unread = m.date === null && m.read.date !== null ? `Datum „${this.written(m.from, m.read.date)}“ ohne Jahr nicht übernommen` : null;
      const confidence = lowest(m.ref.confidence, m.date?.confidence ?? (unread ? "low" : "high"), m.result?.weak ? "medium" : "high");
      this.field(m.from, { start: m.read.start, stop: m.read.stop }, { field: "beratungsfolge", value }, confidence, join(m.ref.note, m.date?.note, unread));
      if (!m.ref.committee && !this.unknown.some((u) => u.list === "committees" && u.entry.short === m.gremium)) {
        this.unknown.push({ list: "committees", entry: { short: m.gremium, name: m.ref.name, aliases: [] } });
      }
    }
    return of;
  }

  // --- the status ---

  private status(steps: Map<StepRead, MergedStep>): void {
    const events: { event: StatusEvent; p: Parsed; span: { start: number; stop: number } }[] = [];
    for (const p of this.parsed) {
      if (p.parse.events.length === 0) continue;
      const noteSteps = new Set(p.parse.steps);
      const own = p.parse.events.map((e) => {
        if (e.kind === "step") {
          const m = steps.get(e.step)!;
          const date = this.date(p, e.step.date) ?? m.date;
          const result = e.step.result;
          const event: StatusEvent = {
            outcome: result?.outcome ?? null, status: null, role: roleOf(m.ref, m.role), weak: result?.weak ?? false,
            date: date?.value ?? null, gremium: m.gremium, confidence: lowest(m.ref.confidence, date?.confidence ?? "high"),
          };
          // A result completing a step of an earlier note ("Ergebnis: Zustimmung") stands alone in this one.
          const span = noteSteps.has(e.step) || !result
            ? { start: Math.min(e.step.start, result?.start ?? e.step.start), stop: Math.max(e.step.stop, result?.stop ?? 0) }
            : { start: result.start, stop: result.stop };
          return { event, p, span };
        }
        const s = e.statement;
        const date = this.date(p, s.date);
        const event: StatusEvent = {
          outcome: s.result?.outcome ?? null, status: s.status, role: null, weak: s.result?.weak ?? false,
          date: date?.value ?? null, gremium: null, confidence: date?.confidence ?? "high",
        };
        return { event, p, span: { start: s.start, stop: Math.max(s.stop, s.date?.stop ?? 0) } };
      });
      // Within one note the later session comes later, when every event has its date.
      if (own.every((o) => o.event.date !== null)) own.sort((a, b) => a.event.date!.localeCompare(b.event.date!));
      events.push(...own);
    }
    const derived = deriveStatus(events.map((e) => e.event), this.registry);
    if (!derived) return;
    const { p, span } = events.find((e) => e.event === derived.event)!;
    this.field(p, span, { field: "status", value: derived.status }, derived.confidence, derived.note);
    if (derived.date) this.field(p, span, { field: "statusDatum", value: derived.date }, derived.confidence, null);
    if (derived.gremium) this.field(p, span, { field: "statusGremium", value: derived.gremium }, derived.confidence, null);
  }

  private reason(): void {
    const p = this.parsed.find((x) => x.parse.reason !== null && x.parse.reason.text !== "");
    if (p) this.field(p, p.parse.reason!, { field: "begruendung", value: p.parse.reason!.text }, "high", null);
  }
}

interface MergedStep {
  gremium: string;
  ref: CommitteeRef;
  date: ReadDate | null;
  result: StepRead["result"];
  role: ConsultationRole | null;
  /** The first mention: the span shown. */
  read: StepRead;
  from: Parsed;
}
