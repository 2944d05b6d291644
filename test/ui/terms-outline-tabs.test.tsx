/**
 * @jest-environment jsdom
 */
import { fireEvent, waitFor, within } from "@testing-library/react";
import type { AnalysisResult } from "../../src/analysis";
import type { Finding } from "../../src/model/findings";
import type { OutlineFix } from "../../src/taskpane/analysis-types";
import { fakeHost, potenzialGroup, sampleAnalysis } from "./fixtures";
import { announced, installResizeObserver, openTab, renderPane } from "./pane";
import { sampleDraftAnalysis } from "./sample-analysis";

beforeAll(installResizeObserver);
beforeEach(() => window.localStorage.clear());

const draft = sampleDraftAnalysis();

describe("Begriffe", () => {
  test("the sample's groups by severity, each place a button that selects it", async () => {
    const host = fakeHost(draft);
    renderPane(host);
    const panel = await openTab("begriffe");
    const groups = draft.terms.groups.filter((g) => !g.ignored);
    expect(within(panel).getByRole("heading", { name: `Uneinheitliche Begriffe (${groups.length})` })).toBeTruthy();
    const warnings = within(panel).getByRole("region", { name: /^Warnung \(\d+\)$/ });
    const startup = draft.terms.groups.find((g) => g.suggested === "Start-up")!;
    expect(startup.severity).toBe("warning");
    const card = within(warnings).getByRole("region", { name: /„Startup“|„Start-up“/ });
    const place = startup.variants.find((v) => v.form === "Startup")!.places[0];
    fireEvent.click(within(within(card).getByRole("list", { name: "Stellen von „Startup“" })).getByRole("button"));
    await waitFor(() => expect(host.selected).toEqual([[place.paragraph, { start: { paragraph: place.paragraph, offset: place.start }, end: { paragraph: place.paragraph, offset: place.end } }]]));
    // Gendered forms are explained, never replaced automatically.
    const gender = within(panel).getByRole("region", { name: /Mitarbeitenden/ });
    expect(within(gender).getByText(/bitte von Hand vereinheitlichen/)).toBeTruthy();
  });

  test("alle ersetzen, ignorieren and ins Glossar call the host with the group", async () => {
    const unifyTerm = jest.fn(async () => undefined);
    const ignoreTerm = jest.fn(async () => undefined);
    const addToGlossary = jest.fn(async () => undefined);
    const analysis = sampleAnalysis();
    const group = analysis.terms.groups[0];
    renderPane(fakeHost(analysis, { unifyTerm, ignoreTerm, addToGlossary }));
    const panel = await openTab("begriffe");
    fireEvent.click(within(panel).getByRole("button", { name: "Alle durch „Potenzial“ ersetzen" }));
    await waitFor(() => expect(unifyTerm).toHaveBeenCalledWith(group, "Potenzial"));
    await waitFor(() => expect(announced()).toContain("durch „Potenzial“ ersetzt"));
    // The button says what is ignored: the group, not the recommended spelling.
    fireEvent.click(within(panel).getByRole("button", { name: "Gruppe nicht mehr prüfen – „Potenzial“ / „Potential“" }));
    await waitFor(() => expect(ignoreTerm).toHaveBeenCalledWith("spelling:potenzial"));
    fireEvent.click(within(panel).getByRole("button", { name: "„Potenzial“ ins Glossar" }));
    await waitFor(() => expect(addToGlossary).toHaveBeenCalledWith({ preferred: "Potenzial", variants: ["Potential"] }));
  });

  test("ignored groups are listed apart; 'nur lesen' hides the actions", async () => {
    window.localStorage.setItem("beschlussreif.profile", "lesen");
    const analysis: AnalysisResult = { ...sampleAnalysis() };
    analysis.terms = { findings: [], groups: [potenzialGroup(), potenzialGroup({ id: "case:ki", suggested: "künstliche Intelligenz", ignored: true, variants: [] })] };
    renderPane(fakeHost(analysis, { unifyTerm: jest.fn(), ignoreTerm: jest.fn(), addToGlossary: jest.fn() }));
    const panel = await openTab("begriffe");
    expect(within(panel).getByRole("heading", { name: "Uneinheitliche Begriffe (1)" })).toBeTruthy();
    expect(within(panel).getByRole("heading", { name: "Nicht geprüfte Gruppen (1)" })).toBeTruthy();
    expect(within(panel).queryByRole("button", { name: /ersetzen|prüfen|Glossar/ })).toBeNull();
  });

  test("an ignored group is checked again by 'wieder prüfen' (the undo of ignoring)", async () => {
    const unignoreTerm = jest.fn(async () => undefined);
    const analysis: AnalysisResult = { ...sampleAnalysis() };
    analysis.terms = { findings: [], groups: [potenzialGroup({ ignored: true })] };
    renderPane(fakeHost(analysis, { ignoreTerm: jest.fn(), unignoreTerm }));
    const panel = await openTab("begriffe");
    const ignored = within(panel).getByRole("list", { name: "Nicht geprüfte Gruppen (1)" });
    fireEvent.click(within(ignored).getByRole("button", { name: "wieder prüfen – „Potenzial“ / „Potential“" }));
    await waitFor(() => expect(unignoreTerm).toHaveBeenCalledWith("spelling:potenzial"));
    await waitFor(() => expect(announced()).toContain("„Potenzial“ / „Potential“ wird wieder geprüft."));
  });
});

describe("Gliederung", () => {
  test("the sample: twelve goals missing in the body, side by side with the TOC", async () => {
    renderPane(fakeHost(draft));
    const panel = await openTab("gliederung");
    const errors = within(panel).getByRole("list", { name: "Fehler (12)" });
    expect(within(errors).getAllByRole("button")).toHaveLength(12);
    const table = within(panel).getByRole("table", { name: "Text und Inhaltsverzeichnis nebeneinander" });
    const rows = within(table).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent ?? ""));
    expect(rows).toHaveLength(21);
    expect(rows.filter((r) => r[0] === "fehlt im Text")).toHaveLength(12);
    // Alignment, not position: B.XII stands beside XII, after the eleven missing ones.
    const xii = rows.findIndex((r) => r[0].startsWith("XII "));
    expect(rows[xii][1]).toMatch(/^XII Digitalisierung/);
    expect(rows[xii - 1]).toEqual(["fehlt im Text", expect.stringMatching(/^XI Wohnen/)]);
  });

  test("a finding with a repair offers it; a reference outline is compared through the host", async () => {
    const fix: OutlineFix = { kind: "update-field", fieldIndex: 0 };
    const finding: Finding = {
      rule: "toc/outdated-field", severity: "warning", message: "Das Inhaltsverzeichnis ist nicht aktuell.",
      location: { paragraph: 0, section: null, note: null, text: null }, data: { fix },
    };
    const analysis = sampleAnalysis();
    analysis.outline = { ...analysis.outline, findings: [...analysis.outline.findings, finding] };
    const applyOutlineFix = jest.fn(async () => undefined);
    const compareWithReference = jest.fn(async () => undefined);
    renderPane(fakeHost(analysis, { applyOutlineFix, compareWithReference }));
    const panel = await openTab("gliederung");
    expect(within(panel).getByRole("list", { name: "Fehler (1)" })).toBeTruthy();
    const repairs = within(panel).getByRole("list", { name: "Korrekturen zu Warnung" });
    // Named by its action alone; the finding it repairs, in full, is its description (no truncated copy in the name).
    fireEvent.click(within(repairs).getByRole("button", { name: "Verzeichnis aktualisieren", description: "Das Inhaltsverzeichnis ist nicht aktuell." }));
    await waitFor(() => expect(applyOutlineFix).toHaveBeenCalledWith(fix));
    const file = new File(["{}"], "gliederung-2024.json", { type: "application/json" });
    fireEvent.change(within(panel).getByLabelText(/Vereinbarte Gliederung/), { target: { files: [file] } });
    await waitFor(() => expect(compareWithReference).toHaveBeenCalledWith(file));
    await waitFor(() => expect(announced()).toContain("Die Gliederung wurde mit „gliederung-2024.json“ verglichen."));
  });

  test("without the host's actions there are no repair buttons and no file input", async () => {
    renderPane(fakeHost(draft));
    const panel = await openTab("gliederung");
    expect(within(panel).queryByRole("list", { name: /Korrekturen/ })).toBeNull();
    expect(within(panel).queryByLabelText(/Vereinbarte Gliederung/)).toBeNull();
  });
});
