/** The Teilhabebeirat's list: questions and proposed additions with place, answers and state. */
import type { DocumentModel } from "../model/document";
import { headings } from "../model/outline";
import { fundstelle } from "./place";
import type { BeiratInput, BeiratRow } from "./types";

export function beiratRows(model: DocumentModel, items: readonly BeiratInput[]): BeiratRow[] {
  const hs = headings(model, "final");
  return items.map((i) => ({
    nr: i.nr, kind: i.kind, section: i.section,
    fundstelle: i.paragraph === null ? "nicht mehr im Dokument gefunden" : fundstelle(model, hs, i.paragraph),
    text: i.text, comment: i.comment, author: i.author, datum: i.datum,
    answers: i.answers.map((a) => ({ ...a })), resolved: i.resolved,
    state: i.resolved ? "erledigt" : i.answers.length > 0 ? "beantwortet" : "offen",
  }));
}
