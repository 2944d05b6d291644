/**
 * @jest-environment jsdom
 */
import { fireEvent, waitFor, within } from "@testing-library/react";
import type { AnalysisResult } from "../../src/analysis";
import { fakeHost } from "./fixtures";
import { announced, installResizeObserver, openTab, renderPane } from "./pane";
import { sampleDraftAnalysis } from "./sample-analysis";

beforeAll(installResizeObserver);
beforeEach(() => window.localStorage.clear());

const imported = sampleDraftAnalysis();

/** The sample after the user took over what was read for the Anträge whose paragraphs hold these words. */
function confirmedAt(...words: string[]): AnalysisResult {
  const { model, amendments } = imported;
  const confirm = (i: number | undefined) => i !== undefined && words.some((w) => model.paragraphs[i].text.includes(w));
  const list = amendments.amendments.map((a) => (confirm(a.location?.start.paragraph) ? { ...a, source: "metadata" as const } : a));
  return { ...imported, amendments: { ...amendments, amendments: list, imported: amendments.imported.filter((p) => list.find((a) => a.key === p.amendmentKey)?.source === "imported") } };
}

test("no offer while the annotations' values are not taken over", async () => {
  renderPane(fakeHost(imported, { saveAmendments: jest.fn(), removeAnnotations: jest.fn() }));
  const panel = await openTab("antraege");
  expect(within(panel).queryByRole("button", { name: "Vermerke aus dem Text entfernen" })).toBeNull();
});

test("after the import, the confirmed Anträge's annotations are offered for removal; one click asks the host", async () => {
  const removeAnnotations = jest.fn(async () => undefined);
  renderPane(fakeHost(confirmedAt("Fachkräftegewinnung", "Geodaten"), { saveAmendments: jest.fn(), removeAnnotations }));
  const panel = await openTab("antraege");
  expect(within(panel).getByRole("heading", { name: "Vermerke im Text (2)" })).toBeTruthy();
  expect(within(panel).getByText(/^2 Vermerke im Text gehören zu Anträgen, deren Angaben übernommen sind, z\. B\. „\(Änderungsantrag B90\/ Die Grünen/)).toBeTruthy();
  fireEvent.click(within(panel).getByRole("button", { name: "Vermerke aus dem Text entfernen" }));
  await waitFor(() => expect(announced()).toContain("2 Vermerke wurden als Änderung aus dem Text entfernt."));
  expect(removeAnnotations).toHaveBeenCalledTimes(1);
});

test("'nur lesen' offers no removal", async () => {
  window.localStorage.setItem("beschlussreif.profile", "lesen");
  renderPane(fakeHost(confirmedAt("Fachkräftegewinnung"), { saveAmendments: jest.fn(), removeAnnotations: jest.fn() }));
  const panel = await openTab("antraege");
  expect(within(panel).queryByRole("button", { name: "Vermerke aus dem Text entfernen" })).toBeNull();
  expect(within(panel).queryByRole("heading", { name: /^Vermerke im Text/ })).toBeNull();
});
