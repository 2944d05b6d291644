/**
 * The grammar of one annotation: its items cut into clauses (at ";", line breaks, " – ", " / " and full stops), and in
 * each clause the motion ("Antrag der CDU-Fraktion vom 3.2.2025", "FDP-Antrag v. 4.3.25"), the consultation steps
 * (committee with date, role and result in any order: "Zustimmung im AfUKM am 10.03.", "KA 24.03.2025: ungeändert
 * beschlossen", "Der Umweltausschuss hat am 12.03. zugestimmt") and bare statements ("– abgelehnt", "Status: in
 * Beratung"). A result before committees holds for each of them ("Zustimmung im AfWDT am 5.2. und im KA am 17.2."),
 * a result after a committee for it alone; a bare result completes the last step that has none, in this note or an
 * earlier one of the thread. "Begründung: …" ends the reading: reasons are kept, not parsed.
 */
import type { ConsultationRole } from "../types";
import { isAbbreviation, spanText, type CommitteeRef, type Item, type Lexicon, type ProposerRef } from "./lexicon";
import { collapseBlanks, isDigit, keyOf, startsCapital, tokenize, type Token, type WrittenDate } from "./text";
import {
  JOINERS, MOTION_LINKS, PERSON_WORDS, PROPOSER_ENDINGS, TITLES, TOWN_WORDS, WEEKDAYS, type Meaning, type Outcome,
} from "./vocabulary";
import { bodyLike, gremiumOf, scan } from "./lexicon";

/** A stretch of the note's text: offsets in the text parsed. */
export interface Span {
  start: number;
  stop: number;
}

export interface DateRead extends Span {
  date: WrittenDate;
}

export interface ResultRead extends Span {
  outcome: Outcome;
  /** "Beschluss", "Beratung", "empfiehlt": a later strong word in the same place replaces it. */
  weak: boolean;
  /** Said by a noun ("Zustimmung"): alone in a sentence it states nothing. */
  noun: boolean;
  /** "einstimmig", "geändert" without a result word: a vote or an edit, an outcome only in a step's place. */
  onlyModifiers: boolean;
  /** As the minutes say it: "einstimmig beschlossen", "mit Änderungen angenommen", "verwiesen an AfFB". */
  text: string;
}

export interface MotionRead extends Span {
  proposer: ProposerRef | null;
  /** Named with the proposer ("gemeinsamer Antrag von CDU und FDP"). */
  others: ProposerRef[];
  /** The motion word names its proposer ("Verwaltungsvorschlag", "Einwohnerantrag"). */
  implied: "administration" | "itself" | null;
  impliedWord: string;
  date: DateRead | null;
}

export interface StepRead extends Span {
  committee: CommitteeRef;
  date: DateRead | null;
  result: ResultRead | null;
  /** The result came from words before several committees, not from this step's own words. */
  inherited: boolean;
  role: ConsultationRole | null;
}

export interface StatementRead extends Span {
  result: ResultRead | null;
  /** A registry status named after "Status:" ("in Beratung", "eingereicht"). */
  status: string | null;
  date: DateRead | null;
}

/** What a step or statement said, in the order the note said it. */
export type NoteEvent = { kind: "step"; step: StepRead; at: number } | { kind: "statement"; statement: StatementRead; at: number };

export interface NoteParse {
  motions: MotionRead[];
  steps: StepRead[];
  events: NoteEvent[];
  reason: (Span & { text: string }) | null;
}

/** What the notes read before this one in the same thread tell the grammar. */
export interface ThreadContext {
  /** A motion was already named: "Stellungnahme des Seniorenbeirats" is then a hearing, not a motion. */
  motionSeen: boolean;
  /** The latest step of the thread still without a result: "Ergebnis: Zustimmung" in a reply completes it. */
  openStep: StepRead | null;
}

const meaningOf = <K extends Meaning["kind"]>(item: Item, kind: K): Extract<Meaning, { kind: K }> | undefined =>
  item.kind === "vocab" || item.kind === "name" ? item.meanings.find((m): m is Extract<Meaning, { kind: K }> => m.kind === kind) : undefined;
const has = (item: Item | undefined, kind: Meaning["kind"]) => item !== undefined && meaningOf(item, kind) !== undefined;
const isPunct = (item: Item | undefined, ...chars: string[]): boolean => item?.kind === "punct" && chars.includes(item.char);
const wordKey = (item: Item | undefined): string | null => (item?.kind === "word" ? item.token.key : null);
/** Words between a result and the committee it belongs to ("zurückgezogen in der Sitzung des KA"). */
const LEAD_WORDS = new Set(["im", "in", "der", "dem", "den", "des", "durch", "vom", "von", "beim", "sitzung", "seitens"]);
const RESULT_KINDS = new Set(["result", "modifier", "referral"]);
const isResultWord = (item: Item | undefined) => item !== undefined && item.kind === "vocab" && item.meanings.some((m) => RESULT_KINDS.has(m.kind));
/** Proper names: capitalised words, acronyms ("UWG"), "Dr.". */
const capitalised = (t: Token) => t.kind === "word" && (startsCapital(t.text) || isDigit(t.text.charCodeAt(0)));
/** Characters a name may hold ("Wählergruppe <Muster & Söhne>"); brackets, quotes and separators end it. */
/** Words that say what a motion is about: "zu Ziel 3", "betr. Kapitel B", "bzgl. Radverkehr". */
const SUBJECT_WORDS = new Set(["zu", "zum", "zur", "betr", "betreffend", "bzgl", "bezuglich"]);
const NAME_SYMBOLS = new Set(["<", ">", "+", "*", "#"]);
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}][\p{L}\d]{1,7}$/u;
/** "UWG", "AfGFE": at most eight letters (16 code units), the first a capital — most words are ruled out before the pattern. */
const isAcronym = (text: string) => text.length <= 16 && startsCapital(text) && ACRONYM.test(text);

/** Parses one note. `text` is the note as written; spans count in it. */
export function parseNote(text: string, lexicon: Lexicon, thread: ThreadContext): NoteParse {
  const tokens = tokenize(text);
  return new NoteParser(text, tokens, scan(text, tokens, lexicon), lexicon, thread).parse();
}

/** The state of one clause. */
interface Clause {
  focus: { kind: "step"; step: StepRead } | { kind: "statement"; statement: StatementRead } | null;
  pendingDate: DateRead | null;
  pendingRole: ConsultationRole | null;
  /** A result said before the committees it belongs to; `used` once a committee took it. */
  leading: { result: ResultRead; statement: StatementRead; used: boolean } | null;
  /** Committees named together with nothing between them: a date or result after them holds for all. */
  group: StepRead[];
  referral: { from: StepRead | null } | null;
  future: boolean;
  stepsLabel: boolean;
  statusLabel: boolean;
  resultLabel: boolean;
  /** Words besides results, dates and punctuation: a bare "Zustimmung" states something only alone. */
  plain: number;
  sameForAll: boolean;
  dateLabel: boolean;
  /** Only dates so far: a date heading the next clause ("12.02.2025 – Antrag der FDP"). */
  onlyDates: boolean;
  /** Where this clause's steps and events begin in the note's lists. */
  firstStep: number;
  firstEvent: number;
}

class NoteParser {
  private readonly motions: MotionRead[] = [];
  private readonly steps: StepRead[] = [];
  private readonly events: NoteEvent[] = [];
  private reason: (Span & { text: string }) | null = null;
  private carriedDate: DateRead | null = null;

  constructor(
    private readonly text: string, private readonly tokens: readonly Token[], private readonly items: readonly Item[],
    private readonly lexicon: Lexicon, private readonly thread: ThreadContext,
  ) {}

  parse(): NoteParse {
    let k = 0;
    while (k < this.items.length && this.reason === null) {
      let end = k;
      while (end < this.items.length && !(this.items[end].kind === "punct" && (this.items[end] as { separator: boolean }).separator)) end++;
      this.clause(k, end);
      k = end + 1;
    }
    return { motions: this.motions, steps: this.steps, events: this.events, reason: this.reason };
  }

  private span(first: Item, last: Item): Span {
    return { start: first.start, stop: last.stop };
  }

  private dateRead(item: Item & { kind: "date" }): DateRead {
    return { start: item.start, stop: item.stop, date: item.date };
  }

  private clause(from: number, to: number): void {
    const c: Clause = {
      focus: null, pendingDate: null, pendingRole: null, leading: null, group: [], referral: null,
      future: false, stepsLabel: false, statusLabel: false, resultLabel: false, plain: 0, sameForAll: false, dateLabel: false, onlyDates: true,
      firstStep: this.steps.length, firstEvent: this.events.length,
    };
    let k = from;
    while (k < to) {
      const item = this.items[k];
      if (item.kind !== "date" && item.kind !== "punct" && !WEEKDAYS.has(wordKey(item) ?? "")) c.onlyDates = false;
      if (item.kind === "word" || item.kind === "name" || (item.kind === "vocab" && !isResultWord(item) && !has(item, "label"))) c.plain++;
      k = this.item(c, k, to);
    }
    this.endClause(c);
  }

  /** Handles the item at `k`; returns the index of the next item to read. */
  private item(c: Clause, k: number, to: number): number {
    const item = this.items[k];
    switch (item.kind) {
      case "date": {
        const date = this.dateRead(item);
        if (c.dateLabel) {
          c.dateLabel = false;
          const motion = this.motions[this.motions.length - 1];
          if (motion && motion.date === null) {
            motion.date = date;
            return k + 1;
          }
        }
        this.attachDate(c, date);
        return k + 1;
      }
      case "punct":
        return k + 1;
      case "name":
        return this.name(c, k, to);
      case "vocab":
        return this.vocab(c, k, to);
      case "word":
        return this.word(c, k, to);
    }
  }

  private attachDate(c: Clause, date: DateRead): void {
    const focus = c.focus;
    if (focus?.kind === "step" && focus.step.date === null) {
      for (const s of this.groupOf(c, focus.step)) if (s.date === null) s.date = date;
      focus.step.stop = Math.max(focus.step.stop, date.stop);
    } else if (focus?.kind === "statement" && focus.statement.date === null) {
      focus.statement.date = date;
    } else {
      c.pendingDate = date;
    }
  }

  /** The committees named together with the focus step, which is the last of them; else the step alone. */
  private groupOf(c: Clause, step: StepRead): StepRead[] {
    return c.group[c.group.length - 1] === step ? c.group : [step];
  }

  // --- names: committees and proposers ---

  private name(c: Clause, k: number, to: number): number {
    const item = this.items[k] as Item & { kind: "name" };
    const own = meaningOf(item, "motion");
    if (own && !own.ambiguous && !this.reference(k)) return this.motion(c, k, to, null);
    const cue = this.nextCue(k, to);
    if (item.proposer && cue !== null) return this.motion(c, cue, to, k);
    const verb = item.proposer ? this.proposingVerbAhead(k, to) : null;
    if (verb !== null) return this.subjectMotion(c, k, verb, to);
    if (item.committee) {
      this.committee(c, k, item.committee);
      return k + 1;
    }
    return k + 1;
  }

  /** A motion word right after a name ("CDU-Antrag", "FDP Änderungsantrag", "CDU/FDP-Antrag"). */
  private nextCue(k: number, to: number): number | null {
    let j = k + 1;
    // Names joined by "/" or "und" before the motion word: a joint motion.
    while (j + 1 < to && (isPunct(this.items[j], "/") || wordKey(this.items[j]) === "und") && this.items[j + 1].kind === "name" && (this.items[j + 1] as Item & { kind: "name" }).proposer) j += 2;
    // "FDP-Antrag", "FDP-Kreistagsfraktion: Änderungsantrag …", "SPD (Antrag v. 3.2.2025)".
    if (isPunct(this.items[j], "-", ":", "(") && j < to) j++;
    const next = this.items[j];
    return j < to && next && meaningOf(next, "motion") && !meaningOf(next, "motion")!.ambiguous ? j : null;
  }

  /** "Die FDP-Fraktion beantragt …", "Vom Seniorenbeirat am 13.01. angeregt": a verb of proposing after the name. */
  private proposingVerbAhead(k: number, to: number): number | null {
    for (let j = k + 1; j < to && j <= k + 10; j++) {
      const it = this.items[j];
      if (has(it, "proposes")) return j;
      if (it.kind === "name" || isResultWord(it) || has(it, "motion")) return null;
    }
    return null;
  }

  /** A motion told as a sentence: the name is its proposer, a date near the verb its date. */
  private subjectMotion(c: Clause, k: number, verb: number, to: number): number {
    const name = this.items[k] as Item & { kind: "name" };
    const motion: MotionRead = { start: name.start, stop: this.items[verb].stop, proposer: name.proposer, others: [], implied: null, impliedWord: "", date: null };
    let end = verb + 1;
    for (let j = k + 1; j < to && j <= verb + 6; j++) {
      const it = this.items[j];
      if (it.kind === "date") {
        motion.date = this.dateRead(it);
        motion.stop = Math.max(motion.stop, it.stop);
        end = Math.max(end, j + 1);
        break;
      }
      if (j > verb && (it.kind === "name" || isResultWord(it))) break;
    }
    this.motions.push(motion);
    c.focus = null;
    return end;
  }

  private committee(c: Clause, k: number, ref: CommitteeRef): void {
    const item = this.items[k];
    const focus = c.focus?.kind === "step" ? c.focus.step : null;
    // "Ausschuss für Finanzen und Beteiligungen (AfFB)": the same body once more, or the short form of a new one.
    if (focus && isPunct(this.items[k - 1], "(") && this.items[k - 2] && focus.stop >= this.items[k - 2].stop && focus.date === null) {
      if (ref.committee !== null && ref.committee === focus.committee.committee) return;
      if (focus.committee.committee === null && ref.committee === null) {
        focus.committee = { ...focus.committee, short: ref.name };
        return;
      }
    }
    if (c.referral) {
      const from = c.referral.from;
      c.referral = null;
      if (from?.result) from.result = { ...from.result, text: `${from.result.text} an ${ref.name}`, stop: Math.max(from.result.stop, item.stop) };
      const target = this.newStep(c, k, ref, false);
      this.referralTargets.push(target);
      c.group = [target];
      return;
    }
    const joined = focus !== null && c.group[c.group.length - 1] === focus && focus.date === null && (focus.result === null || focus.inherited) && this.joinedTo(k, focus);
    const step = this.newStep(c, k, ref, true);
    if (joined) c.group.push(step);
    else c.group = [step];
  }

  /** Nothing but joining words between the focus step and this committee ("im AfUKM und im AfBPR"). */
  private joinedTo(k: number, step: StepRead): boolean {
    for (let j = k - 1; j >= 0 && this.items[j].stop > step.start; j--) {
      const it = this.items[j];
      if (it.stop <= step.stop) return true;
      if (!(isPunct(it, ",") || JOINERS.has(wordKey(it) ?? "") || meaningOf(it, "article"))) return false;
    }
    return false;
  }

  private newStep(c: Clause, k: number, ref: CommitteeRef, takeLeading: boolean): StepRead {
    const item = this.items[k];
    const step: StepRead = {
      committee: ref, date: c.pendingDate, result: null, inherited: false, role: c.pendingRole,
      start: Math.min(item.start, c.pendingDate?.start ?? item.start), stop: item.stop,
    };
    if (this.pointsTo(k)) this.pointed.push(step);
    c.pendingDate = null;
    c.pendingRole = null;
    if (takeLeading && c.leading && !c.future) {
      step.result = c.leading.result;
      step.inherited = true;
      step.start = Math.min(step.start, c.leading.result.start);
      if (!step.date && c.leading.statement.date) step.date = c.leading.statement.date;
      c.leading.used = true;
    }
    this.steps.push(step);
    this.events.push({ kind: "step", step, at: this.events.length });
    c.focus = { kind: "step", step };
    return step;
  }

  // --- vocabulary ---

  private vocab(c: Clause, k: number, to: number): number {
    const item = this.items[k];
    const motion = meaningOf(item, "motion");
    if (motion && !this.reference(k)) {
      if (!motion.ambiguous || this.ambiguousIsMotion(k, to)) return this.motion(c, k, to, null);
    }
    if ((has(item, "by") || has(item, "proposes")) && !this.reference(k)) return this.motion(c, k, to, null);
    const label = meaningOf(item, "label");
    if (label) return this.label(c, k, to, label.label);
    if (has(item, "future")) {
      c.future = true;
      return k + 1;
    }
    // "Vorberatung im Inklusionsbeirat entfällt": a step that does not take place.
    if (has(item, "void")) {
      if (c.focus?.kind === "step" && c.focus.step.result === null) this.cancelled.push(c.focus.step);
      return k + 1;
    }
    if (has(item, "same")) {
      const prior = c.focus?.kind === "step" && this.steps[this.steps.length - 1] === c.focus.step ? this.steps[this.steps.length - 2] : undefined;
      if (c.focus?.kind === "step" && !c.focus.step.result && prior?.result) {
        c.focus.step.result = prior.result;
        c.focus.step.inherited = true;
      } else c.sameForAll = true;
      return k + 1;
    }
    if (isResultWord(item)) return this.result(c, k, to);
    const role = meaningOf(item, "role");
    if (role) {
      this.role(c, k, role.role);
      return k + 1;
    }
    return k + 1;
  }

  /** "den Antrag", "der Vorschlag": a motion referred to, not named. */
  private reference(k: number): boolean {
    const prev = this.items[k - 1];
    return prev !== undefined && has(prev, "article") && !isPunct(this.items[k + 1], ":");
  }

  /** "Stellungnahme"/"Empfehlung" of whom: a proposer makes a motion, a committee a hearing or recommendation. */
  private ambiguousIsMotion(k: number, to: number): boolean {
    let j = k + 1;
    while (j < to && (has(this.items[j], "article") || isPunct(this.items[j], ":") || MOTION_LINKS.has(wordKey(this.items[j]) ?? ""))) j++;
    const next = this.items[j];
    if (j >= to || !next) return false;
    if (next.kind === "name") {
      if (next.proposer && !next.committee) return true;
      if (next.committee && !next.proposer) return false;
      return !this.thread.motionSeen && this.motions.length === 0;
    }
    return next.kind === "word" && this.proposerPhrase(next.first) !== null;
  }

  private role(c: Clause, k: number, role: ConsultationRole): void {
    const focus = c.focus?.kind === "step" ? c.focus.step : null;
    // "AfBKS 11.03.2025 (Vorberatung)", "Kreisausschuss (beschließend)": in brackets right after the step.
    const bracketed = isPunct(this.items[k - 1], "(") && focus !== null && this.items[k - 2] !== undefined && this.items[k - 2].stop <= focus.stop;
    if (focus && bracketed && focus.role === null) focus.role = role;
    else c.pendingRole = role;
  }

  private label(c: Clause, k: number, to: number, label: "status" | "date" | "reason" | "steps" | "result"): number {
    let j = k + 1;
    while (j < to && isPunct(this.items[j], ":")) j++;
    switch (label) {
      case "reason":
        if (j > k + 1 || k === 0) {
          const from = this.items[j]?.start ?? this.text.length;
          this.reason = { start: from, stop: this.text.length, text: collapseBlanks(this.text.slice(from)).trim() };
          return this.items.length;
        }
        return k + 1;
      case "steps":
        c.stepsLabel = true;
        return j;
      case "date":
        c.dateLabel = true;
        return j;
      case "status": {
        c.statusLabel = true;
        const named = j < to ? this.lexicon.match(this.tokens, this.items[j].first, true) : null;
        if (named && !isResultWord(this.items[j])) {
          const end = this.itemAt(named.end, j);
          const statement: StatementRead = { ...this.span(this.items[k], this.items[end - 1]), result: null, status: named.statuses[0].name, date: c.pendingDate };
          c.pendingDate = null;
          this.events.push({ kind: "statement", statement, at: this.events.length });
          c.focus = { kind: "statement", statement };
          return end;
        }
        return j;
      }
      case "result":
        c.resultLabel = true;
        return j;
    }
  }

  /** Consecutive result words and modifiers: "einstimmig beschlossen", "mit Änderungen angenommen", "verwiesen an". */
  private result(c: Clause, k: number, to: number): number {
    let end = k;
    const parts: Meaning[] = [];
    while (end < to) {
      if (isResultWord(this.items[end])) {
        parts.push(...(this.items[end] as Item & { kind: "vocab" }).meanings.filter((m) => RESULT_KINDS.has(m.kind)));
        end++;
        continue;
      }
      const close = isPunct(this.items[end], "(") ? this.findChar(end + 1, to, ")", 8) : null;
      const aside = close !== null && this.items.slice(end + 1, close).every((x) => x.kind === "word" || x.kind === "punct");
      if (!aside || !isResultWord(this.items[close! + 1])) break;
      end = close! + 1;
    }
    if (c.future) return end;
    const read = resultOf(parts, this.items[k], this.items[end - 1]);
    const referral = parts.some((m) => m.kind === "referral");
    const focus = c.focus?.kind === "step" ? c.focus.step : null;
    // "KA 10.2.: an AfBPR überwiesen", "in den AfFB verwiesen": the body named before the verb is where it goes.
    if (referral && focus && this.pointed.includes(focus) && focus.result === null && focus.date === null) {
      this.referralTargets.push(focus);
      const from = this.steps.length - 2 >= c.firstStep ? this.steps[this.steps.length - 2] : null;
      if (from && (from.result === null || from.result.weak || from.inherited)) {
        from.result = { ...read, text: `${read.text} an ${gremiumOf(focus.committee)}` };
        from.inherited = false;
      }
      return end;
    }
    // "Zustimmung im AfUKM", "vertagt (AfUKM, 13.02.)": a result before a committee is that committee's.
    const before = !referral && this.committeeFollows(end, to);
    const own = !before && focus !== null && (focus.result === null || focus.result.weak || focus.inherited) && !(read.weak && focus.result !== null && !focus.result.weak);
    if (own && focus) {
      // "… am 10.04. sowie im KA am 24.04. jeweils einstimmig empfohlen": every step of the clause.
      const targets = c.sameForAll ? this.steps.slice(c.firstStep) : this.groupOf(c, focus);
      c.sameForAll = false;
      for (const s of targets) {
        if (s.result === null || s.result.weak || s.inherited) {
          // "Beschluss: KT 20.03. mit großer Mehrheit": the vote completes the word before.
          s.result = read.onlyModifiers && s.result
            ? { ...read, text: `${read.text} ${s.result.text}`, outcome: combined(s.result.outcome, read.outcome), noun: false }
            : read;
          s.inherited = false;
          s.stop = Math.max(s.stop, read.stop);
        }
      }
      if (referral) c.referral = { from: focus };
      return end;
    }
    if (referral) {
      c.referral = { from: null };
      return end;
    }
    if (c.leading && !c.leading.result.weak && read.weak) return end;
    const statement: StatementRead = { ...read, result: read, status: null, date: c.pendingDate, start: Math.min(read.start, c.pendingDate?.start ?? read.start) };
    c.pendingDate = null;
    c.leading = { result: read, statement, used: false };
    c.focus = { kind: "statement", statement };
    if (c.sameForAll) {
      c.sameForAll = false;
      const all = this.steps.slice(c.firstStep);
      for (const s of all) if (!s.result || s.result.weak || s.inherited) s.result = read;
      if (all.length) c.leading.used = true;
    }
    return end;
  }

  /** A committee after the result, linked by a preposition or a bracket — not after a comma, which lists steps. */
  private committeeFollows(j: number, to: number): boolean {
    while (j < to && (isPunct(this.items[j], ":", "(") || LEAD_WORDS.has(wordKey(this.items[j]) ?? "") || has(this.items[j], "article"))) j++;
    const next = this.items[j];
    return j < to && next !== undefined && ((next.kind === "name" && next.committee !== null) || (next.kind === "word" && isAcronym(next.token.text)));
  }

  // --- words the lexicon does not know ---

  private word(c: Clause, k: number, to: number): number {
    const item = this.items[k] as Item & { kind: "word" };
    const t = item.token;
    const focus = c.focus?.kind === "step" ? c.focus.step : null;
    // "Ausschuss für Gleichstellung, Familie und Ehrenamt (AfGFE)": the short form of a body the registry lacks.
    if (focus && focus.committee.committee === null && isAcronym(t.text) && isPunct(this.items[k - 1], "(") && this.items[k - 2]?.stop === focus.stop) {
      focus.committee = { ...focus.committee, short: t.text };
      return k + 1;
    }
    // "AfGFE 13.03.2025: abgelehnt", "im Behindertenbeirat am …": a body the registry lacks, known by its place.
    if ((isAcronym(t.text) || (bodyLike(t) && capitalised(t))) && this.stepContext(c, k, to)) {
      const name = t.text.replace(/(beirat)e?s$/, "$1");
      this.committee(c, k, { committee: null, name, short: null, confidence: "low", note: `Gremium „${name}“ steht nicht im Verzeichnis` });
    }
    return k + 1;
  }

  /**
   * A result or role right after the word, or a date followed by one ("AfGFE 13.03.2025: abgelehnt"); or a
   * preposition, a result or a role right before it ("im Behindertenbeirat", "Anhörung Jugendring").
   */
  private stepContext(c: Clause, k: number, to: number): boolean {
    if (isPunct(this.items[k - 1], ".", "-", "/") && this.items[k - 1].start === this.items[k - 2]?.stop) return false;
    let j = k + 1;
    while (j < to && isPunct(this.items[j], ":", "(")) j++;
    const next = this.items[j];
    if (j < to && next && (isResultWord(next) || has(next, "role"))) return true;
    if (j < to && next?.kind === "date") {
      let n = j + 1;
      while (n < to && isPunct(this.items[n], ")", ":")) n++;
      if (n < to && (isResultWord(this.items[n]) || has(this.items[n], "role"))) return true;
    }
    const prev = wordKey(this.items[k - 1]);
    return (c.leading !== null && !c.leading.used) || c.pendingRole !== null || c.referral !== null || prev === "im" || (prev === "der" && wordKey(this.items[k - 2]) === "in");
  }

  // --- motions ---

  /**
   * Reads a motion from its word at `k` (or from a proposer before it at `pre`): the proposer after articles and
   * "von/durch", a title in quotes or a number to skip, and its date after "vom", "v.", "Schreiben vom", a comma or
   * in brackets. Stops at the first word that belongs to something else.
   */
  private motion(c: Clause, k: number, to: number, pre: number | null): number {
    const cue = this.items[k];
    const first = pre !== null ? this.items[pre] : cue;
    const m = meaningOf(cue, "motion");
    const motion: MotionRead = {
      start: first.start, stop: cue.stop, proposer: null, others: [], implied: m?.implied ?? null,
      impliedWord: spanText(this.text, this.tokens, cue.first, cue.end), date: null,
    };
    if (pre !== null) {
      motion.proposer = (this.items[pre] as Item & { kind: "name" }).proposer;
      for (let j = pre + 1; j < k; j++) {
        const it = this.items[j];
        if (it.kind === "name" && it.proposer) motion.others.push(it.proposer);
      }
    }
    let j = k + 1;
    let last = k;
    let steps = 0;
    let afterNumberWord = false;
    while (j < to && steps++ < 24) {
      const it = this.items[j];
      if (it.kind === "punct") {
        if (it.char === "\"") {
          const close = this.findChar(j + 1, to, "\"", 10);
          if (close === null) break;
          j = close + 1;
          continue;
        }
        if (it.char === "(" || it.char === "[") {
          const close = this.findChar(j + 1, to, it.char === "(" ? ")" : "]", 10);
          const inner = close === null ? null : this.items.slice(j + 1, close);
          if (!inner || inner.some((x) => x.kind === "name" && x.committee && !x.proposer) || inner.some((x) => isResultWord(x) || has(x, "motion") || has(x, "role"))) break;
          // "Antrag (CDU) vom 3.2.2025": the proposer in brackets.
          const named = inner.length === 1 && inner[0].kind === "name" ? inner[0].proposer : null;
          if (named && motion.proposer === null) {
            motion.proposer = named;
            last = close!;
          }
          const date = inner.find((x): x is Item & { kind: "date" } => x.kind === "date");
          if (date) {
            if (motion.date) break;
            motion.date = this.dateRead(date);
            last = close!;
          }
          j = close! + 1;
          continue;
        }
        if (it.char === "," && !this.commaContinues(motion, j, to)) break;
        if (!["-", "/", ".", ",", ":", ")", "]"].includes(it.char) && !NAME_SYMBOLS.has(it.char)) break;
        j++;
        continue;
      }
      if (it.kind === "date") {
        if (motion.date) break;
        motion.date = this.dateRead(it);
        last = j++;
        continue;
      }
      // "Anregung aus der Bürgermeisterkonferenz": a body the registry knows as committee only, as origin.
      if (it.kind === "name" && !it.proposer && it.committee && motion.proposer === null && (has(this.items[j - 1], "article") || MOTION_LINKS.has(wordKey(this.items[j - 1]) ?? ""))) {
        const written = spanText(this.text, this.tokens, it.first, it.end);
        motion.proposer = { proposer: null, name: written, kind: "Beirat", confidence: "low", note: `„${written}“ steht nicht im Verzeichnis der Antragsteller` };
        last = j++;
        continue;
      }
      if (it.kind === "name" && it.proposer && !(it.committee && motion.proposer)) {
        const phrase = this.proposerPhrase(it.first);
        const ref = phrase && phrase.endToken > it.end ? phrase.ref : it.proposer;
        const end = phrase && phrase.endToken > it.end ? this.itemAt(phrase.endToken, j) : j + 1;
        if (motion.proposer === null) motion.proposer = ref;
        else if (ref.kind === "Abteilung" && motion.proposer.kind === "Verwaltung") motion.proposer = ref;
        else if (isPunct(this.items[j - 1], ",", "/") || wordKey(this.items[j - 1]) === "und") motion.others.push(ref);
        else break;
        last = end - 1;
        j = end;
        continue;
      }
      if (it.kind === "word") {
        const key = it.token.key;
        if (key === "und" && this.items[j + 1]?.kind === "name" && (this.items[j + 1] as Item & { kind: "name" }).proposer && motion.proposer) {
          j++;
          continue;
        }
        // "Änderungsantrag zu Ziel 3 der CDU-Fraktion", "Antrag betr. Kapitel B der SPD": what it is about, before whose it is.
        if (motion.proposer === null && SUBJECT_WORDS.has(key)) {
          let n = j + 1;
          while (n < to && n <= j + 4 && (this.items[n].kind === "word" || isPunct(this.items[n], ".")) && !has(this.items[n], "article") && !MOTION_LINKS.has(wordKey(this.items[n]) ?? "")) n++;
          j = n;
          continue;
        }
        if (MOTION_LINKS.has(key) || WEEKDAYS.has(key)) {
          afterNumberWord = key === "nr" || key === "drucksache" || key === "ds" || key === "drs";
          j++;
          continue;
        }
        if (it.token.kind === "number" && afterNumberWord) {
          j++;
          continue;
        }
        if (motion.proposer === null) {
          const phrase = this.proposerPhrase(it.first);
          if (phrase) {
            motion.proposer = phrase.ref;
            const end = this.itemAt(phrase.endToken, j);
            last = end - 1;
            j = end;
            continue;
          }
        }
        break;
      }
      if (it.kind === "vocab" && (has(it, "article") || has(it, "by") || has(it, "proposes") || meaningOf(it, "label")?.label === "date")) {
        j++;
        continue;
      }
      break;
    }
    motion.stop = Math.max(motion.stop, this.items[last].stop);
    // "Einwohnerantrag vom …" names its proposer when no other is named; the registry may list it.
    if (motion.proposer === null && m?.implied === "itself" && cue.kind === "name") motion.proposer = cue.proposer;
    this.motions.push(motion);
    c.focus = null;
    return Math.max(j, k + 1);
  }

  /** After a motion's proposer a comma goes on to its date, its department or the way it came ("Schreiben v. …"). */
  private commaContinues(motion: MotionRead, j: number, to: number): boolean {
    let n = j + 1;
    while (n < to && (MOTION_LINKS.has(wordKey(this.items[n]) ?? "") || WEEKDAYS.has(wordKey(this.items[n]) ?? "") || isPunct(this.items[n], ".")
      || has(this.items[n], "article") || meaningOf(this.items[n], "label")?.label === "date")) n++;
    const next = this.items[n];
    if (n >= to || !next) return false;
    if (next.kind === "date") return motion.date === null;
    if (next.kind === "name" && next.proposer) return motion.proposer === null || motion.proposer.kind === "Verwaltung" || wordKey(this.items[j + 1]) === "und";
    return false;
  }

  private findChar(from: number, to: number, char: string, limit: number): number | null {
    for (let j = from; j < to && j < from + limit; j++) if (isPunct(this.items[j], char)) return j;
    return null;
  }

  /** The index of the first item at or after token `token`, searching from item `from`. */
  private itemAt(token: number, from: number): number {
    let j = from;
    while (j < this.items.length && this.items[j].first < token) j++;
    return j;
  }

  /**
   * A proposer the registry does not know, by its form: a person ("Herrn Klaus Hamann", "KTM Jens Otte"), a town
   * ("Stadt Bergheim-Süd"), a body or group whose name ends like one ("BSW-Gruppe", "Bürgerinitiative Lebenswertes
   * Wiesbeck", "Behindertenbeirat"), an acronym ("UWG"). The name must end where a name can end — a date, a
   * preposition, punctuation — within six words: a sentence is no name. A name one slip from a registry name is that.
   */
  private proposerPhrase(first: number): { ref: ProposerRef; endToken: number } | null {
    const tokens = this.tokens;
    let i = first;
    const person = PERSON_WORDS.has(tokens[i]?.key);
    while (i < tokens.length && PERSON_WORDS.has(tokens[i].key)) i++;
    const start = i;
    let words = 0;
    let end = -1;
    for (let j = start; j < tokens.length; j++) {
      const t = tokens[j];
      if (j > start && t.lineBefore) break;
      if (t.kind === "punct") {
        if ((t.text === "-" || t.text === "/" || t.text === "–") && !(t.blankBefore && t.blankAfter)) continue;
        if (t.text === "." && j > start && TITLES.has(tokens[j - 1].key)) continue;
        if (NAME_SYMBOLS.has(t.text)) continue;
        break;
      }
      if (t.kind === "date") break;
      if (t.key === "und" && j > start && tokens[j + 1] !== undefined && capitalised(tokens[j + 1])) continue;
      if (!capitalised(t)) break;
      const m = this.lexicon.match(tokens, j);
      if (m && (m.meanings.some((x) => x.kind !== "article") || m.committees.length > 0) && m.proposers.length === 0) break;
      // A name ends within six words; a longer run of capitalised words is a sentence or a heading.
      if (++words > 6) return null;
      end = j + 1;
    }
    if (end < 0) return null;
    const written = spanText(this.text, tokens, start, end);
    const keys: string[] = [];
    for (let j = start; j < end; j++) if (tokens[j].kind !== "punct") keys.push(tokens[j].key);
    const joined = keys.join(" ");
    const known = this.lexicon.faction(joined) ?? this.lexicon.closeProposer(joined);
    if (known) return { ref: { proposer: known, name: known.name, kind: known.kind, confidence: "medium", note: `„${written}“ als „${known.name}“ gelesen` }, endToken: end };
    const kind = person ? "Person" as const : kindOf(keys, tokens.slice(start, end));
    if (kind === null) return null;
    const name = keys.length === 1 && kind !== "Person" && kind !== "Partei" ? uninflected(written) : written;
    // A generic word alone ("Fraktion", "Stadt") names nobody.
    if (keys.length === 1 && (PROPOSER_ENDINGS.includes(keys[0]) || TOWN_WORDS.has(keys[0]))) return null;
    return { ref: { proposer: null, name, kind, confidence: "low", note: `„${name}“ steht nicht im Verzeichnis der Antragsteller` }, endToken: end };
  }

  // --- the end of a clause ---

  private endClause(c: Clause): void {
    if (c.onlyDates && c.pendingDate) this.carriedDate = c.pendingDate;
    else if (this.carriedDate) {
      const undated = this.motions.find((m) => m.date === null);
      if (undated) undated.date = this.carriedDate;
      this.carriedDate = null;
    }
    const leading = c.leading;
    if (leading && !leading.used) {
      const last = this.steps[this.steps.length - 1];
      const open = last ? (last.stop <= leading.result.start ? last : null) : this.thread.openStep;
      if (open && (!open.result || open.result.weak)) {
        open.result = leading.result;
        if (!open.date && leading.statement.date) open.date = leading.statement.date;
        this.events.push({ kind: "step", step: open, at: this.events.length });
      } else if (!leading.result.onlyModifiers && ((!leading.result.weak && (!leading.result.noun || c.plain === 0 || c.resultLabel)) || c.statusLabel)) {
        this.events.push({ kind: "statement", statement: leading.statement, at: this.events.length });
      }
    }
    // A committee only mentioned — no date, result, role or heading — is no step.
    const mentioned = (s: StepRead) => this.cancelled.includes(s) || (s.date === null && s.result === null && s.role === null && !c.stepsLabel && !this.referralTargets.includes(s));
    const own = this.steps.slice(c.firstStep);
    if (own.some(mentioned)) {
      const dropped = new Set(own.filter(mentioned));
      this.steps.splice(c.firstStep, own.length, ...own.filter((s) => !dropped.has(s)));
      const kept = this.events.slice(c.firstEvent).filter((e) => !(e.kind === "step" && dropped.has(e.step)));
      this.events.splice(c.firstEvent, this.events.length - c.firstEvent, ...kept);
    }
  }

  // A note names a few steps at most: lists, not sets (a parser is made for every note).
  private readonly referralTargets: StepRead[] = [];
  private readonly cancelled: StepRead[] = [];
  /** Steps named after "an"/"in den": a referral's target when a referral word follows. */
  private readonly pointed: StepRead[] = [];

  private pointsTo(k: number): boolean {
    const prev = wordKey(this.items[k - 1]);
    return prev === "an" || ((prev === "den" || prev === "die" || prev === "das" || prev === "dem") && wordKey(this.items[k - 2]) === "in")
      || (has(this.items[k - 1], "article") && wordKey(this.items[k - 2]) === "in");
  }
}

/** The result of consecutive result words: the strongest word's outcome, "changed" when a modifier says so. */
function resultOf(parts: Meaning[], first: Item, last: Item): ResultRead {
  const words = parts.filter((m): m is Extract<Meaning, { kind: "result" }> => m.kind === "result");
  const strong = words.find((w) => !w.weak) ?? words[0];
  const referral = parts.find((m): m is Extract<Meaning, { kind: "referral" }> => m.kind === "referral");
  const changes = parts.some((m) => m.kind === "modifier" && m.changes);
  let outcome: Outcome = referral ? "referred" : strong ? strong.outcome : "positive";
  if (changes && outcome === "positive") outcome = "changed";
  const seen = new Set<string>();
  const text = parts.map((m) => (m.kind === "result" || m.kind === "modifier" || m.kind === "referral" ? m.canonical : ""))
    .filter((w) => w !== "" && !seen.has(w) && seen.add(w)).join(" ");
  const weak = !referral && (strong ? strong.weak && !changes : false) && !parts.some((m) => m.kind === "modifier");
  return { start: first.start, stop: last.stop, outcome, weak, noun: strong?.noun ?? false, onlyModifiers: !strong && !referral, text };
}

/** A vote said of a result: "einstimmig" makes a discussion a decision, "mit Änderungen" an adoption a changed one. */
function combined(said: Outcome, vote: Outcome): Outcome {
  if (said === "discussed") return vote;
  return vote === "changed" && said === "positive" ? "changed" : said;
}

/** "des Kreisjugendrings", "der Gleichstellungsbeauftragten": the noun as a registry lists it. */
function uninflected(word: string): string {
  const ends = (w: string) => PROPOSER_ENDINGS.some((e) => keyOf(w).endsWith(e));
  if (ends(word)) return word;
  return [word.replace(/es$/, ""), word.replace(/s$/, ""), word.replace(/n$/, "")].find((w) => w !== word && ends(w)) ?? word;
}

const FACTION_ENDINGS = ["fraktion", "gruppe"];
const COUNCIL_ENDINGS = ["beirat", "rat", "parlament"];
const OFFICE_ENDINGS = ["amt", "dienst", "bereich", "stelle", "abteilung", "dezernat", "referat"];
const ADMINISTRATION_ENDINGS = ["verwaltung"];

/**
 * Whether a key ends in one of the suffixes, itself or as its noun without a genitive or plural ending ("des
 * Behindertenbeirats", "der Gleichstellungsbeauftragten"). Ends are compared in place: no shortened copies.
 */
function endsLike(keys: readonly string[], suffixes: readonly string[]): boolean {
  for (const k of keys) {
    const genitive = k.length - (k.endsWith("es") ? 2 : k.endsWith("s") ? 1 : 0);
    const plural = k.length - (k.endsWith("n") ? 1 : 0);
    for (const s of suffixes) if (k.endsWith(s) || k.endsWith(s, genitive) || k.endsWith(s, plural)) return true;
  }
  return false;
}

/** The kind a proposer's form shows, or null when the words name no proposer. */
function kindOf(written: string[], tokens: Token[]): ProposerRef["kind"] | null {
  if (TOWN_WORDS.has(written[0]) && written.length > 1) return written[0] === "gemeinde" || written[0] === "samtgemeinde" ? "Gemeinde" : "Stadt";
  if (endsLike(written, FACTION_ENDINGS)) return "Fraktion";
  if (endsLike(written, COUNCIL_ENDINGS)) return "Beirat";
  if (endsLike(written, OFFICE_ENDINGS)) return "Abteilung";
  if (endsLike(written, ADMINISTRATION_ENDINGS)) return "Verwaltung";
  if (endsLike(written, PROPOSER_ENDINGS)) return "Sonstige";
  const words = tokens.filter((t) => t.kind === "word");
  if (words.length === 1 && isAcronym(words[0].text) && words[0].text === words[0].text.toUpperCase()) return "Partei";
  return null;
}

export { isAbbreviation };
