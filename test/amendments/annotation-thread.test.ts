/**
 * Reading a whole amendment: the thread in date order with spans into each text, the registry as the only source of
 * names (an empty registry knows nothing), and what the registry lacks collected once per entry.
 */
import { addToRegistry, collectAmendments } from "../../src/amendments";
import { readThread } from "../../src/amendments/annotations";
import type { Registry } from "../../src/amendments/registry";
import { ModelBuilder } from "./builder";
import { HASELBRUECK, read } from "./annotations/read";

const EMPTY: Registry = { committees: [], proposers: [], statuses: [{ name: "in Beratung", needsDate: false }, { name: "angenommen", needsDate: true }] };

describe("a comment thread", () => {
  const model = new ModelBuilder()
    .paragraph(["Der Kreis fördert Radwege. ", { start: "1" }, { ins: "Auch Lastenräder.", id: "100" }, { end: "1" }])
    .comment("1", "Sachbearbeitung", "Antrag der CDU-Fraktion vom 12.02.2025", {
      date: "2025-02-14T10:00:00Z",
      // Filed out of order: the thread is read by date.
      replies: [{ text: "KT 27.03.: beschlossen", date: "2025-03-28T10:00:00Z" }, { text: "AfUKM 13.03.: Zustimmung", date: "2025-03-14T10:00:00Z" }],
    }).model;
  const { amendments, imported } = collectAmendments(model, HASELBRUECK);

  it("reads comment and replies as one record, each value with the text and offsets it came from", () => {
    expect(amendments[0].metadata).toMatchObject({
      antragsteller: "CDU-Kreistagsfraktion", datum: "2025-02-12", status: "angenommen", statusDatum: "2025-03-27", statusGremium: "KT",
      beratungsfolge: [
        { gremium: "AfUKM", role: "Vorberatung", date: "2025-03-13", result: "Zustimmung" },
        { gremium: "KT", role: "Entscheidung", date: "2025-03-27", result: "beschlossen" },
      ],
    });
    const [proposal] = imported;
    expect(proposal.notes.map((n) => [n.origin, n.text])).toEqual([
      ["comment", "Antrag der CDU-Fraktion vom 12.02.2025"], ["reply", "AfUKM 13.03.: Zustimmung"], ["reply", "KT 27.03.: beschlossen"],
    ]);
    const texts = new Map<string, string>([["comment", model.comments[0].text], ...model.comments[0].replies.map((r): [string, string] => [`reply:${r.id}`, r.text])]);
    for (const f of proposal.fields) {
      const key = f.span.source.kind === "reply" ? `reply:${f.span.source.replyId}` : f.span.source.kind;
      expect(texts.get(key)!.slice(f.span.start, f.span.end)).toBe(f.source);
    }
    const status = proposal.fields.find((f) => f.field === "status")!;
    expect(status.span.source).toEqual({ kind: "reply", commentId: "1", replyId: "1r0" });
  });
});

describe("the registry is the only source of names", () => {
  it("knows nothing with an empty registry: names stay as written, with low certainty, and are offered", () => {
    const text = "Antrag der CDU-Fraktion vom 12.02.2025, Zustimmung im Kreistag am 27.03.2025";
    expect(read(text, EMPTY).map((f) => [f.field, f.value, f.confidence])).toEqual([
      ["antragsteller", "CDU-Fraktion", "low"], ["datum", "2025-02-12", "high"],
      ["beratungsfolge", { gremium: "Kreistag", role: "Entscheidung", date: "2025-03-27", result: "Zustimmung" }, "low"],
      ["status", "angenommen", "low"], ["statusDatum", "2025-03-27", "low"], ["statusGremium", "Kreistag", "low"],
    ]);
    const reading = readThread([{ origin: "comment", source: { kind: "comment", commentId: "1" }, sourceText: text, start: 0, end: text.length, reference: null, range: null }], EMPTY);
    expect(reading.unknown).toEqual([
      { list: "proposers", entry: { name: "CDU-Fraktion", kind: "Fraktion", aliases: [] } },
      { list: "committees", entry: { short: "Kreistag", name: "Kreistag", aliases: [] } },
    ]);
  });

  it("reads the same names once the suggestions are in the registry", () => {
    const text = "Antrag der CDU-Fraktion vom 12.02.2025, Zustimmung im Kreistag am 27.03.2025";
    const grown = addToRegistry(EMPTY, [
      { list: "proposers", entry: { name: "CDU-Fraktion", kind: "Fraktion", aliases: [] } },
      { list: "committees", entry: { short: "Kreistag", name: "Kreistag", aliases: [] } },
    ]);
    expect(read(text, grown).map((f) => f.confidence)).toEqual(["high", "high", "high", "high", "high", "high"]);
  });
});

describe("registry suggestions of a document", () => {
  it("lists each unknown entry once, with every amendment naming it", () => {
    const model = new ModelBuilder()
      .paragraph(["Satz eins. (Antrag der BSW-Gruppe vom 3.2.2025, Zustimmung im AfGFE am 12.03.2025)"])
      .paragraph(["Satz zwei. (Antrag der BSW-Gruppe vom 4.2.2025; AfGFE 13.03.2025: abgelehnt)"]).model;
    const { amendments, registrySuggestions } = collectAmendments(model, HASELBRUECK);
    expect(registrySuggestions).toEqual([
      { list: "proposers", entry: { name: "BSW-Gruppe", kind: "Fraktion", aliases: [] }, amendmentKeys: amendments.map((a) => a.key) },
      { list: "committees", entry: { short: "AfGFE", name: "AfGFE", aliases: [] }, amendmentKeys: amendments.map((a) => a.key) },
    ]);
  });
});
