/** JSON as SPEC §2.7 fixes it (`overview --format json`); the Synopse keeps its rows and marks. */
import { numberLabel } from "../amendments/numbering";
import { plain } from "./marked";
import type { AmendmentRow, BeiratRow, Synopse } from "./types";

export function amendmentsJson(rows: readonly AmendmentRow[]) {
  return {
    amendments: rows.map((r) => ({
      // nr: the Antrag number once stored, else null; label: what the table shows ("7", "neu 1", "red. 1").
      nr: r.nr.kind === "stored" ? r.nr.value : null, label: numberLabel(r.nr), category: r.category,
      section: r.sectionPath, sectionTitle: r.sectionTitle, kind: r.kind,
      before: plain(r.before), after: plain(r.after),
      antragsteller: r.antragsteller, ausschuss: r.ausschuss, datum: r.datum,
      status: r.status, statusDatum: r.statusDatum, source: r.source,
      trackedChanges: r.trackedChanges.map((c) => ({ ...c })),
      comments: r.comments.map(({ id, author, date, text, resolved }) => ({ id, author, date, text, resolved })),
    })),
  };
}

export function beiratJson(rows: readonly BeiratRow[]) {
  return {
    items: rows.map((r) => ({
      nr: r.nr, kind: r.kind, section: r.section, text: r.text, comment: r.comment,
      author: r.author, datum: r.datum, answers: r.answers.map((a) => ({ ...a })), resolved: r.resolved,
    })),
  };
}

export function synopseJson(s: Synopse) {
  return { title: s.title, date: s.date, sections: s.sections };
}
