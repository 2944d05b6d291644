import { groupAmendments, mergeAmendments, splitAmendment } from "../../src/amendments/grouping";
import { ModelBuilder } from "./builder";
import { musterlandDraft } from "./fixtures";

describe("groupAmendments", () => {
  const groups = groupAmendments(musterlandDraft().model);

  it("groups by comment range and by author, paragraph and minute, in document order", () => {
    expect(groups.map((g) => [g.kind, g.changeIds, g.commentIds])).toEqual([
      ["insertion", ["100"], ["1"]],
      ["replacement", ["101", "102", "103", "104", "105"], []],
      ["insertion", ["106", "107"], []],
      ["comment", [], ["2"]],
      ["replacement", ["108", "109"], ["3"]],
    ]);
  });

  it("collects the wording, author, earliest date and range", () => {
    const personal = groups[4];
    expect(personal).toMatchObject({ removed: "EG 11", inserted: "EG 12", author: "Personalamt", date: "2020-11-24T08:15:00Z", found: true, source: "none" });
    expect(personal.location).toEqual({ start: { paragraph: 8, offset: 16 }, end: { paragraph: 8, offset: 35 } });
    expect(groups[1].inserted).toBe("Er stärkt das Ehrenamt. … zugleich … Dabei … er");
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });

  it("separates other authors, other minutes and other paragraphs; ignores formatting", () => {
    const model = new ModelBuilder()
      .paragraph([{ ins: "eins", id: "1" }, " ", { ins: "zwei", id: "2", author: "Abt. 62" }, " ", { ins: "drei", id: "3", author: "Abt. 62", date: "2025-03-14T15:21:30Z" }, " ", { format: "fett", id: "4" }])
      .paragraph([{ ins: "vier", id: "5", author: "Abt. 62", date: "2025-03-14T15:21:59Z" }])
      .model;
    expect(groupAmendments(model).map((g) => g.changeIds)).toEqual([["1"], ["2"], ["3"], ["5"]]);
  });

  it("keys stay the same after a save renumbers the ids", () => {
    const model = musterlandDraft().model;
    const again = structuredClone(model);
    again.trackedChanges.forEach((c) => (c.id = String(Number(c.id) + 9)));
    expect(groupAmendments(again).map((g) => g.key)).toEqual(groupAmendments(model).map((g) => g.key));
  });
});

describe("merge and split", () => {
  const model = musterlandDraft().model;
  const groups = groupAmendments(model);

  it("merges two Anträge into one, keeping the first key", () => {
    const merged = mergeAmendments(model, [groups[2], groups[1]]);
    expect(merged.key).toBe(groups[1].key);
    expect(merged.changeIds).toEqual(["101", "102", "103", "104", "105", "106", "107"]);
    expect(merged.kind).toBe("replacement");
    expect(() => mergeAmendments(model, [])).toThrow(RangeError);
  });

  it("splits into one Antrag per change, the comment with the change it covers", () => {
    const parts = splitAmendment(model, groups[4]);
    expect(parts.map((p) => [p.kind, p.changeIds, p.commentIds])).toEqual([["deletion", ["108"], ["3"]], ["insertion", ["109"], []]]);
    expect(parts[0].key).toBe(groups[4].key);
    expect(parts[1].key).not.toBe(groups[4].key);
  });
});
