/** The three overviews as format-neutral tables: titles, German column heads, cells. */
import { numberLabel } from "../amendments/numbering";
import { formatDateDe } from "../model/labels";
import { germanDate, statusText } from "./tables";
import type { AmendmentPresentation, AmendmentRow, BeiratRow, MarkedText, OverviewData, OverviewTable, Synopse, TableRow } from "./types";

const KIND_LABEL: Record<AmendmentRow["kind"], string> = {
  insertion: "Einfügung", deletion: "Streichung", replacement: "Ersetzung", move: "Verschiebung", comment: "Kommentar",
};

const text = (s: string | null | undefined): MarkedText => (s ? [{ text: s, mark: "none" }] : []);

function standLine(date: string): string {
  return `Stand ${formatDateDe(date)}`;
}

/** The marker of a value read from an annotation and not yet confirmed, and its note under the table. */
export const UNCONFIRMED_MARK = "¹";
export const UNCONFIRMED_NOTE = `${UNCONFIRMED_MARK} aus einem Vermerk übernommen, noch nicht bestätigt`;

/** The marker after the cell's first line, where the value it qualifies is named. */
function withMark(cell: string): string {
  if (!cell) return cell;
  const end = cell.indexOf("\n");
  return end < 0 ? cell + UNCONFIRMED_MARK : cell.slice(0, end) + UNCONFIRMED_MARK + cell.slice(end);
}

/** What the Nr. column shows for rows without an Antrag number of their own, explained under the table. */
export const NUMBER_NOTES: Partial<Record<AmendmentRow["nr"]["kind"], string>> = {
  provisional: "neu: noch nicht gespeichert, die Antragsnummer wird beim ersten Speichern vergeben",
  editorial: "red.: redaktionelle Änderung der Verwaltung, kein Antrag",
  comment: "Kommentar: Frage oder Hinweis, kein Antrag",
};

function dated(author: string, date: string | null): string {
  return `${author}${date ? ` (${germanDate(date)})` : ""}`;
}

/** Comment threads, one line per comment and reply. */
function threadLines(comments: AmendmentRow["comments"]): string {
  return comments.flatMap((c) => [
    ...(c.text ? [`${dated(c.author, c.date)}: ${c.text}`] : []),
    ...c.replies.map((r) => `Antwort ${dated(r.author, r.date)}: ${r.text}`),
  ]).join("\n");
}

export function amendmentTable(rows: readonly AmendmentRow[], title: string, date: string, how: AmendmentPresentation): OverviewTable {
  const out: TableRow[] = [];
  let section: string | undefined;
  let marked = false;
  for (const r of rows) {
    if (how.groupBySection && r.section !== section) {
      section = r.section;
      out.push({ kind: "group", text: r.section || "Ohne Abschnitt" });
    }
    const unconfirmed = how.markUnconfirmed && r.source === "imported";
    const meta = [
      [r.antragsteller, r.datum ? `vom ${germanDate(r.datum)}` : null].filter(Boolean).join("\n"),
      r.beratung || (r.ausschuss ?? ""),
      statusText(r),
    ].map((cell) => (unconfirmed ? withMark(cell) : cell));
    marked ||= unconfirmed && meta.some((cell) => cell !== "");
    out.push({
      kind: "data",
      cells: [
        text(numberLabel(r.nr)), text(r.section), text(`${r.fundstelle}\n${KIND_LABEL[r.kind]}`), r.before, r.after,
        ...meta.map(text), text(r.begruendung), text(r.stellungnahme),
        ...(how.comments ? [text(threadLines(r.comments))] : []),
      ],
    });
  }
  return {
    title: `Änderungsübersicht – ${title}`,
    subtitle: standLine(date),
    columns: [
      // "Aufzählungspunkt" fits the Fundstelle column on one line.
      { header: "Nr.", width: 5 }, { header: "Abschnitt", width: 16 }, { header: "Fundstelle", width: 19 },
      { header: "Bisherige Fassung", width: 27 }, { header: "Vorgeschlagene Fassung", width: 27 },
      { header: "Antragsteller", width: 18 }, { header: "Beratung", width: 17 }, { header: "Status", width: 12 },
      { header: "Begründung", width: 18 }, { header: "Stellungnahme der Verwaltung", width: 18 },
      ...(how.comments ? [{ header: "Kommentare", width: 22 }] : []),
    ],
    rowHeaders: true,
    rows: out,
    notes: [
      ...(marked ? [UNCONFIRMED_NOTE] : []),
      ...Object.entries(NUMBER_NOTES).filter(([kind]) => rows.some((r) => r.nr.kind === kind)).map(([, note]) => note),
    ],
  };
}

export function synopseTable(s: Synopse, unchanged: "collapsed" | "full"): OverviewTable {
  const out: TableRow[] = [];
  for (const section of s.sections) {
    if (section.heading) out.push({ kind: "group", text: section.heading });
    for (const r of section.rows) {
      switch (r.kind) {
        case "unchanged": {
          const n = r.paragraphs.length;
          const note = n === 1 ? "unverändert" : `unverändert (${n} Absätze)`;
          out.push({ kind: "data", cells: unchanged === "full" ? [text(r.texts.join("\n")), text("unverändert")] : [text(note), text(note)] });
          break;
        }
        case "changed": out.push({ kind: "data", cells: [r.before, r.after] }); break;
        case "removed": out.push({ kind: "data", cells: [r.before, text("entfällt")] }); break;
        case "added": out.push({ kind: "data", cells: [[], r.after] }); break;
      }
    }
  }
  return {
    title: `Synopse – ${s.title} – ${standLine(s.date)}`,
    subtitle: "Gestrichene Wörter sind links durchgestrichen und kursiv, neue Wörter rechts fett gesetzt.",
    columns: [{ header: "Bisherige Fassung", width: 80 }, { header: "Neue Fassung", width: 80 }],
    rowHeaders: false,
    rows: out,
    notes: [],
  };
}

const BEIRAT_KIND: Record<BeiratRow["kind"], string> = { question: "Frage", addition: "Ergänzung" };
const STATE: Record<BeiratRow["state"], string> = { offen: "offen", beantwortet: "beantwortet", erledigt: "erledigt" };

export function beiratTable(rows: readonly BeiratRow[], title: string, date: string): OverviewTable {
  return {
    title: `Fragen und Ergänzungen des Teilhabebeirats – ${title}`,
    subtitle: standLine(date),
    columns: [
      { header: "Nr.", width: 5 }, { header: "Art", width: 11 }, { header: "Abschnitt", width: 11 }, { header: "Fundstelle", width: 16 },
      { header: "Text", width: 32 }, { header: "Frage / Anmerkung", width: 28 }, { header: "Von", width: 16 },
      { header: "Antworten", width: 32 }, { header: "Status", width: 12 },
    ],
    rowHeaders: true,
    notes: [],
    rows: rows.map((r) => ({
      kind: "data",
      cells: [
        text(String(r.nr)), text(BEIRAT_KIND[r.kind]), text(r.section), text(r.fundstelle),
        r.kind === "addition" ? [{ text: r.text, mark: "inserted" }] : text(r.text), text(r.comment),
        text([r.author, r.datum ? germanDate(r.datum) : null].filter(Boolean).join(", ")),
        text(r.answers.map((a) => `${a.author}${a.datum ? ` (${germanDate(a.datum)})` : ""}: ${a.text}`).join("\n")),
        text(STATE[r.state]),
      ],
    })),
  };
}

export function tableOf(data: OverviewData): OverviewTable {
  switch (data.kind) {
    case "amendments": return amendmentTable(data.rows, data.title, data.date, data);
    case "synopse": return synopseTable(data.synopse, data.unchanged);
    case "beirat": return beiratTable(data.rows, data.title, data.date);
  }
}

