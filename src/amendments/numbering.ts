/**
 * Antrag numbers as committees cite them ("Änderungsantrag Nr. 7"): given once, when an Antrag is first stored, and
 * never changed or given again. New Anträge get the next number after the highest ever given (the stored high-water
 * mark), so the numbers of Anträge merged into others stay gaps. What is not stored yet shows a provisional number,
 * marked as such ("neu 1"), counted in document order; editorial changes and comments are no Anträge and carry none.
 */
import type { StoredData } from "./storage";
import type { Amendment } from "./types";

/** What the "Nr." column shows: a stored number, or a provisional count that is no Antrag number. */
export type AntragNumber =
  | { kind: "stored"; value: number }
  /** Not stored yet: the n-th such Antrag in document order. */
  | { kind: "provisional"; value: number }
  /** The n-th editorial change of the add-in's own (terminology, table of contents). */
  | { kind: "editorial"; value: number }
  /** The n-th comment that is no Antrag (shown only when comments are asked for). */
  | { kind: "comment"; value: number };

const PREFIX: Record<Exclude<AntragNumber["kind"], "stored">, string> = { provisional: "neu", editorial: "red.", comment: "Kommentar" };

/** "7", "neu 1", "red. 2", "Kommentar 1". */
export function numberLabel(n: AntragNumber): string {
  return n.kind === "stored" ? String(n.value) : `${PREFIX[n.kind]} ${n.value}`;
}

/** The numbers of a list in document order (as collectAmendments gives it), by amendment key. */
export function amendmentNumbers(amendments: readonly Amendment[]): Map<string, AntragNumber> {
  const counts = { provisional: 0, editorial: 0, comment: 0 };
  const next = (kind: keyof typeof counts): AntragNumber => ({ kind, value: ++counts[kind] });
  return new Map(amendments.map((a): [string, AntragNumber] => {
    if (a.category === "editorial") return [a.key, next("editorial")];
    if (a.category === "comment") return [a.key, next("comment")];
    return [a.key, a.number !== null ? { kind: "stored", value: a.number } : next("provisional")];
  }));
}

/**
 * Gives every stored Antrag without a number the next one after the highest ever given, in the order of the records
 * (document order, as the save writes them). A number held twice (two documents combined) stays with its first
 * holder; the other record gets a new one. Editorial changes and comments get none.
 */
export function assignNumbers(data: StoredData): StoredData {
  let last = Math.max(data.lastNumber, ...data.records.map((r) => r.number ?? 0));
  const taken = new Set<number>();
  const records = data.records.map((r) => {
    if (r.category !== "antrag") return r;
    if (r.number !== null && !taken.has(r.number)) {
      taken.add(r.number);
      return r;
    }
    return { ...r, number: ++last };
  });
  return { ...data, records, lastNumber: last };
}
