import { planAnswer, planProposal, planQuestion, planResolve, type PlanResult } from "../../src/beirat/actions";

const ctx = { today: "2025-04-02", by: "M. Muster" };

function plan(result: PlanResult) {
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

describe("Beirat action plans", () => {
  it("Frage stellen: pink highlight, comment and an open record of the Teilhabebeirat", () => {
    const p = plan(planQuestion("  Gilt das auch für Rollstuhlnutzende?  ", ctx));
    expect(p).toMatchObject({ action: "frageStellen", target: { kind: "selection", mustHaveText: true }, trackChanges: false });
    expect(p.steps.map((s) => s.op)).toEqual(["highlight", "comment", "storeRecord"]);
    expect(p.steps[0]).toEqual({ op: "highlight", color: "#FF00FF", name: "Pink" });
    expect(p.steps[1]).toEqual({ op: "comment", text: "Gilt das auch für Rollstuhlnutzende?" });
    expect(p.steps[2]).toMatchObject({
      op: "storeRecord",
      record: { kind: "comment", metadata: { antragsteller: "Teilhabebeirat", datum: "2025-04-02", status: "offen", begruendung: "Gilt das auch für Rollstuhlnutzende?", history: [{ at: "2025-04-02", by: "M. Muster", field: "status", from: null, to: "offen" }] } },
    });
    expect(p.done).toContain("02.04.2025");
  });

  it("a known range replaces the selection as target", () => {
    const range = { start: { paragraph: 3, offset: 4 }, end: { paragraph: 3, offset: 9 } };
    expect(plan(planQuestion("Warum?", { ...ctx, target: { kind: "range", range } })).target).toEqual({ kind: "range", range });
  });

  it("Ergänzung / Änderung vorschlagen: tracked insertion or replacement in pink font colour", () => {
    const add = plan(planProposal("addition", "barrierefrei", ctx));
    expect(add).toMatchObject({ action: "ergaenzungVorschlagen", trackChanges: true, target: { kind: "selection", mustHaveText: false } });
    expect(add.steps).toEqual([
      { op: "insertTracked", where: "after", text: "barrierefrei", fontColor: "#FF00FF" },
      { op: "storeRecord", record: expect.objectContaining({ kind: "insertion", metadata: expect.objectContaining({ antragsteller: "Teilhabebeirat", status: "eingereicht", begruendung: null }) }) },
    ]);
    const change = plan(planProposal("change", "Menschen mit Behinderungen", ctx, "Begriff der UN-BRK"));
    expect(change).toMatchObject({ action: "aenderungVorschlagen", label: "Änderung vorschlagen", target: { kind: "selection", mustHaveText: true } });
    expect(change.steps.map((s) => s.op)).toEqual(["insertTracked", "comment", "storeRecord"]);
    expect(change.steps[0]).toMatchObject({ where: "replace" });
    expect(change.steps[1]).toEqual({ op: "comment", text: "Begriff der UN-BRK" });
    expect(change.steps[2]).toMatchObject({ record: { kind: "replacement", metadata: { begruendung: "Begriff der UN-BRK" } } });
  });

  it("Antworten and erledigt act on the comment and update its record", () => {
    const answer = plan(planAnswer("17", " Ja. ", ctx));
    expect(answer.steps).toEqual([
      { op: "reply", commentId: "17", text: "Ja." },
      {
        op: "updateRecord", commentId: "17", changes: { stellungnahme: "Ja.", status: "beantwortet", statusDatum: "2025-04-02" },
        history: [{ at: "2025-04-02", by: "M. Muster", field: "stellungnahme", from: null, to: "Ja." }, { at: "2025-04-02", by: "M. Muster", field: "status", from: null, to: "beantwortet" }],
      },
    ]);
    const resolve = plan(planResolve("17", ctx));
    expect(resolve.steps).toEqual([
      { op: "resolve", commentId: "17" },
      { op: "updateRecord", commentId: "17", changes: { status: "erledigt", statusDatum: "2025-04-02" }, history: [{ at: "2025-04-02", by: "M. Muster", field: "status", from: null, to: "erledigt" }] },
    ]);
  });

  it("refuses empty input and invalid context with a German message", () => {
    expect(planQuestion("   ", ctx)).toEqual({ ok: false, message: "Bitte geben Sie Ihre Frage ein." });
    expect(planProposal("addition", "", ctx)).toEqual({ ok: false, message: "Bitte geben Sie den Text Ihrer Ergänzung ein." });
    expect(planProposal("change", "", ctx)).toEqual({ ok: false, message: "Bitte geben Sie die neue Formulierung ein." });
    expect(planAnswer("1", "", ctx)).toEqual({ ok: false, message: "Bitte geben Sie Ihre Antwort ein." });
    expect(planResolve("1", { today: "2025-02-30", by: "M. Muster" })).toEqual({ ok: false, message: "Das Datum „2025-02-30“ ist ungültig." });
    expect(planQuestion("Warum?", { today: "2025-04-02", by: " " })).toMatchObject({ ok: false });
  });
});
