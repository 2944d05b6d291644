/**
 * @jest-environment jsdom
 */
/** The Selbsttest in the pane, on the simulated Word on the web: the report names the refused reply and its issue. */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createWordSimulator } from "../../src/simulator";
import { createWordHost } from "../../src/taskpane/word-host";
import { satzung } from "../word/models";
import { installResizeObserver, renderPane } from "./pane";

beforeAll(installResizeObserver);
beforeEach(() => window.localStorage.clear());

test("runs from the header, lists every check in words and offers the report to copy", async () => {
  const model = satzung();
  const sim = createWordSimulator(satzung(), { platform: "web" });
  renderPane(createWordHost(sim, { now: () => new Date("2025-04-01T09:00:00Z") }));
  fireEvent.click(await screen.findByRole("button", { name: "Selbsttest" }));
  fireEvent.click(await screen.findByRole("button", { name: "Selbsttest starten" }));
  expect(await screen.findByText("11 von 12 Prüfungen bestanden.")).toBeTruthy();
  const refused = screen.getByText("Nicht bestanden:").closest("li")!;
  expect(refused.textContent).toMatch(/Auf Kommentar antworten – .*office-js #6720/);
  expect(screen.getAllByText("Bestanden:")).toHaveLength(11);
  const report = screen.getByRole("textbox", { name: "Bericht zum Kopieren" }) as HTMLTextAreaElement;
  expect(report.value).toMatch(/^Beschlussreif – Selbsttest vom 01\.04\.2025/);
  expect(report.value).toContain("Plattform: Word im Web; Version: 0.0.0.0");
  expect(report.value).toContain("Anforderungssätze: WordApi 1.9");
  // The scratch paragraph is gone again.
  await waitFor(() => expect(sim.state.model.paragraphs.map((p) => p.text)).toEqual(model.paragraphs.map((p) => p.text)));
});

test("the role „nur lesen“ writes nothing, so it offers no Selbsttest", async () => {
  window.localStorage.setItem("beschlussreif.profile", "lesen");
  renderPane(createWordHost(createWordSimulator(satzung(), { platform: "windows" })));
  await screen.findByRole("button", { name: "Aktualisieren" });
  expect(screen.queryByRole("button", { name: "Selbsttest" })).toBeNull();
});
