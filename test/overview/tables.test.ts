/** The Änderungsübersicht on a hand-built model: sentences, marks, places, metadata, filters. */
import { groupAmendments } from "../../src/amendments";
import type { Amendment } from "../../src/amendments/types";
import { numberLabel } from "../../src/amendments/numbering";
import { amendmentRows, plain } from "../../src/overview";
import { musterland } from "./model";

const model = musterland();

/** Stored with the number it was given: 3 and 5 (4 was merged into another Antrag and stays unused). */
function withMeta(a: Amendment, number: number, patch: Partial<Amendment["metadata"]>): Amendment {
  return { ...a, number, metadata: { ...a.metadata, ...patch }, source: "metadata" };
}
const labels = (rows: { nr: Parameters<typeof numberLabel>[0] }[]) => rows.map((r) => numberLabel(r.nr));

const amendments = groupAmendments(model).map((a, i) => i === 0
  ? withMeta(a, 3, { antragsteller: "SPD-Kreistagsfraktion", datum: "2025-03-09", status: "angenommen", statusDatum: "2025-03-20", statusGremium: "Kreistag",
    beratungsfolge: [{ gremium: "AfASSuG", role: "Vorberatung", date: "2025-03-05", result: "Zustimmung" }, { gremium: "Kreistag", role: "Entscheidung", date: "2025-03-20", result: null }] })
  : i === 1 ? withMeta(a, 5, { antragsteller: "Bündnis 90/Die Grünen", status: "eingereicht", begruendung: "Fachkräfte fehlen." }) : a);

describe("amendmentRows", () => {
  const rows = amendmentRows(model, amendments);

  it("lists the wording changes and the comment in document order; the formatting change is no amendment", () => {
    // Stored numbers as given, gaps kept; the question is a comment; the unstored deletion is provisional.
    expect(rows.map((r) => [numberLabel(r.nr), r.kind, r.section, r.fundstelle])).toEqual([
      ["3", "replacement", "A.I Demokratie", "Absatz 1"],
      ["5", "insertion", "B.I Wirtschaft und Arbeit", "Absatz 2, Aufzählungspunkt 2"],
      ["Kommentar 1", "comment", "B.I Wirtschaft und Arbeit", "Absatz 2, Aufzählungspunkt 3"],
      ["neu 1", "deletion", "B.I Wirtschaft und Arbeit", "Absatz 3"],
    ]);
    expect(rows.flatMap((r) => r.trackedChanges.map((c) => c.id))).not.toContain("12");
  });

  it("shows the whole sentence around the change, the changed words marked, abbreviations not taken as sentence ends", () => {
    expect(rows[0].before).toEqual([
      { text: "Er berät z. B. Gemeinden und ", mark: "none" }, { text: "Vereine", mark: "deleted" }, { text: " in allen Fragen.", mark: "none" },
    ]);
    expect(rows[0].after).toEqual([
      { text: "Er berät z. B. Gemeinden und ", mark: "none" }, { text: "Verbände", mark: "inserted" }, { text: " in allen Fragen.", mark: "none" },
    ]);
    expect([plain(rows[1].before), plain(rows[1].after)]).toEqual(["Vernetzung von Betrieben.", "Vernetzung von Betrieben im In- und Ausland."]);
    expect(rows[3].before).toEqual([{ text: "Der Kreis betreibt ein Faxgerät.", mark: "deleted" }]);
    expect(rows[3].after).toEqual([]);
  });

  it("shows a comment with its sentence, its thread and the metadata columns", () => {
    expect(plain(rows[2].before)).toBe("Onlinedienste werden barrierefrei angeboten.");
    expect(rows[2].comments).toEqual([{
      id: "1", author: "Teilhabebeirat", date: "2025-03-14T15:20:00Z", text: "Gilt das auch für <script>alert(1)</script> Leichte Sprache?", resolved: false, replies: [],
    }]);
    expect(rows[0]).toMatchObject({
      sectionPath: "A.I", sectionTitle: "Demokratie", antragsteller: "SPD-Kreistagsfraktion", ausschuss: "AfASSuG", datum: "2025-03-09",
      status: "angenommen", statusDatum: "2025-03-20", source: "metadata",
      beratung: "AfASSuG (Vorberatung), 05.03.2025: Zustimmung\nKreistag (Entscheidung), 20.03.2025: offen",
    });
    expect(rows[1]).toMatchObject({ begruendung: "Fachkräfte fehlen.", stellungnahme: null });
  });

  it("filters by status, committee, proposer and section and keeps the numbers", () => {
    expect(labels(amendmentRows(model, amendments, { status: ["eingereicht"] }))).toEqual(["5"]);
    expect(labels(amendmentRows(model, amendments, { committee: ["Kreistag"] }))).toEqual(["3"]);
    expect(labels(amendmentRows(model, amendments, { proposer: ["Bündnis 90/Die Grünen"] }))).toEqual(["5"]);
    expect(labels(amendmentRows(model, amendments, { section: ["B"] }))).toEqual(["5", "Kommentar 1", "neu 1"]);
    expect(labels(amendmentRows(model, amendments, { section: ["A.I"] }))).toEqual(["3"]);
    expect(labels(amendmentRows(model, amendments, { includeComments: false }))).toEqual(["3", "5", "neu 1"]);
  });

  it("leaves the add-in's editorial changes out unless asked for, and never gives them an Antrag number", () => {
    const editorial = amendments.map((a, i): Amendment => (i === 3 ? { ...a, category: "editorial", source: "metadata", metadata: { ...a.metadata, antragsteller: "Hauptamt" } } : a));
    expect(labels(amendmentRows(model, editorial))).toEqual(["3", "5", "Kommentar 1"]);
    expect(labels(amendmentRows(model, editorial, { includeEditorial: true }))).toEqual(["3", "5", "Kommentar 1", "red. 1"]);
  });

  it("names an amendment no longer in the document", () => {
    const lost = { ...amendments[0], location: null, found: false };
    const [row] = amendmentRows(model, [lost]);
    expect(row).toMatchObject({ section: "", sectionPath: null, fundstelle: "nicht mehr im Dokument gefunden" });
    expect(row.before).toEqual([{ text: "Vereine", mark: "deleted" }]);
  });
});
