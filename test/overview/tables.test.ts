/** The Änderungsübersicht on a hand-built model: sentences, marks, places, metadata, filters. */
import { groupAmendments } from "../../src/amendments";
import type { Amendment } from "../../src/amendments/types";
import { amendmentRows, plain } from "../../src/overview";
import { musterland } from "./model";

const model = musterland();

function withMeta(a: Amendment, patch: Partial<Amendment["metadata"]>): Amendment {
  return { ...a, metadata: { ...a.metadata, ...patch }, source: "metadata" };
}

const amendments = groupAmendments(model).map((a, i) => i === 0
  ? withMeta(a, { antragsteller: "SPD-Kreistagsfraktion", datum: "2025-03-09", status: "angenommen", statusDatum: "2025-03-20", statusGremium: "Kreistag",
    beratungsfolge: [{ gremium: "AfASSuG", role: "Vorberatung", date: "2025-03-05", result: "Zustimmung" }, { gremium: "Kreistag", role: "Entscheidung", date: "2025-03-20", result: null }] })
  : i === 1 ? withMeta(a, { antragsteller: "Bündnis 90/Die Grünen", status: "eingereicht", begruendung: "Fachkräfte fehlen." }) : a);

describe("amendmentRows", () => {
  const rows = amendmentRows(model, amendments);

  it("lists the wording changes and the comment in document order; the formatting change is no amendment", () => {
    expect(rows.map((r) => [r.nr, r.kind, r.section, r.fundstelle])).toEqual([
      [1, "replacement", "A.I Demokratie", "Absatz 1"],
      [2, "insertion", "B.I Wirtschaft und Arbeit", "Absatz 2, Aufzählungspunkt 2"],
      [3, "comment", "B.I Wirtschaft und Arbeit", "Absatz 2, Aufzählungspunkt 3"],
      [4, "deletion", "B.I Wirtschaft und Arbeit", "Absatz 3"],
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
    expect(amendmentRows(model, amendments, { status: ["eingereicht"] }).map((r) => r.nr)).toEqual([2]);
    expect(amendmentRows(model, amendments, { committee: ["Kreistag"] }).map((r) => r.nr)).toEqual([1]);
    expect(amendmentRows(model, amendments, { proposer: ["Bündnis 90/Die Grünen"] }).map((r) => r.nr)).toEqual([2]);
    expect(amendmentRows(model, amendments, { section: ["B"] }).map((r) => r.nr)).toEqual([2, 3, 4]);
    expect(amendmentRows(model, amendments, { section: ["A.I"] }).map((r) => r.nr)).toEqual([1]);
    expect(amendmentRows(model, amendments, { includeComments: false }).map((r) => r.nr)).toEqual([1, 2, 4]);
  });

  it("names an amendment no longer in the document", () => {
    const lost = { ...amendments[0], location: null, found: false };
    const [row] = amendmentRows(model, [lost]);
    expect(row).toMatchObject({ section: "", sectionPath: null, fundstelle: "nicht mehr im Dokument gefunden" });
    expect(row.before).toEqual([{ text: "Vereine", mark: "deleted" }]);
  });
});
