/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Amendment } from "../../src/amendments/types";
import { fakeHost } from "./fixtures";
import { announced, installResizeObserver, openTab, renderPane } from "./pane";
import { sampleDraftAnalysis } from "./sample-analysis";

beforeAll(installResizeObserver);
beforeEach(() => window.localStorage.clear());

const analysis = sampleDraftAnalysis();
const amendments = analysis.amendments.amendments;

function saver() {
  return jest.fn<Promise<void>, [Amendment[]]>(async () => undefined);
}

function entries(panel: HTMLElement): string[] {
  const list = within(panel).getByRole("list", { name: /^Anträge \(/ });
  return within(list).getAllByText(/^Nr\. (neu )?\d+ · /).map((e) => e.textContent ?? "");
}
const numbers = (panel: HTMLElement) => entries(panel).map((e) => e.split(" · ")[0]);

test("the sample's Anträge in document order, provisionally numbered, with section, wording labelled in text and badges", async () => {
  renderPane(fakeHost(analysis, { saveAmendments: saver() }));
  const panel = await openTab("antraege");
  // Nothing is stored yet: "neu 1" … ; the Beirat's question on "barrierefrei" is a comment, no Antrag.
  expect(within(panel).getByRole("heading", { name: "Anträge (5)" })).toBeTruthy();
  expect(entries(panel)).toEqual([
    "Nr. neu 1 · Einfügung · Abschnitt A.I Demokratie und Rechtmäßigkeit",
    "Nr. neu 2 · Ersetzung · Abschnitt A.II Bürgerorientierung",
    "Nr. neu 3 · Einfügung · Abschnitt B.I Wirtschaft und Arbeit",
    "Nr. neu 4 · Einfügung · Abschnitt B.XII Digitalisierung und Smart Region",
    "Nr. neu 5 · Einfügung · Abschnitt B.XII Digitalisierung und Smart Region",
  ]);
  const second = within(panel).getByText(/^Nr\. neu 2 · /).closest("button")!;
  expect(second.textContent).toContain("gestrichen: „Der Kreis Coesfeld“");
  expect(second.textContent).toContain("eingefügt: „Der Kreis Coesfeld unterstützt");
  // The key data stands beside the jump button, committees with their long names (the configuration's), short form in brackets.
  const keyData = second.closest("li")!.querySelector("p")!;
  expect(keyData.textContent).toContain("Beratungsfolge: Ausschuss für Kultur, Sport und Ehrenamt (AfKSuE) – Vorberatung, 04.03.2025: beraten");
  // Every amendment here was recognised from free text; those without a consultation lack a status: both said in words.
  expect(within(panel).getAllByText("erkannt – bitte prüfen")).toHaveLength(5);
  expect(within(panel).getAllByText("Angaben unvollständig")).toHaveLength(3);
  expect(keyData.textContent).toContain("Status: in Beratung am 04.03.2025");
});

test("clicking an amendment selects its range in Word", async () => {
  const host = fakeHost(analysis);
  renderPane(host);
  const panel = await openTab("antraege");
  fireEvent.click(within(panel).getByText(/^Nr\. neu 3 · /).closest("button")!);
  const a = amendments[2];
  await waitFor(() => expect(host.selected).toEqual([[a.location!.start.paragraph, a.location]]));
});

test("filters by proposer, committee, status and 'nur ohne Angaben'", async () => {
  renderPane(fakeHost(analysis));
  const panel = await openTab("antraege");
  const filters = within(panel).getByRole("group", { name: "Anträge filtern" });
  fireEvent.change(within(filters).getByRole("combobox", { name: "Antragsteller" }), { target: { value: "Bündnis 90/Die Grünen" } });
  expect(numbers(panel)).toEqual(["Nr. neu 3", "Nr. neu 5"]);
  expect(within(panel).getByRole("heading", { name: "Anträge (2 von 5)" })).toBeTruthy();
  fireEvent.change(within(filters).getByRole("combobox", { name: "Gremium" }), { target: { value: "AfASSuG" } });
  expect(numbers(panel)).toEqual(["Nr. neu 3"]);
  fireEvent.change(within(filters).getByRole("combobox", { name: "Antragsteller" }), { target: { value: "" } });
  fireEvent.change(within(filters).getByRole("combobox", { name: "Gremium" }), { target: { value: "" } });
  fireEvent.change(within(filters).getByRole("combobox", { name: "Status" }), { target: { value: "in Beratung" } });
  expect(numbers(panel)).toEqual(["Nr. neu 2", "Nr. neu 3"]);
  fireEvent.change(within(filters).getByRole("combobox", { name: "Status" }), { target: { value: "" } });
  fireEvent.click(within(filters).getByRole("checkbox", { name: "nur ohne Angaben" }));
  expect(numbers(panel)).toEqual(["Nr. neu 1", "Nr. neu 4", "Nr. neu 5"]);
  fireEvent.change(within(filters).getByRole("combobox", { name: "Antragsteller" }), { target: { value: "Verwaltung" } });
  expect(within(panel).getByText("Kein Antrag entspricht den gewählten Filtern.")).toBeTruthy();
});

test("editing: registry suggestions, a Beratungsschritt added, saved through setField with history", async () => {
  const saveAmendments = saver();
  const host = fakeHost(analysis, { saveAmendments });
  renderPane(host);
  const panel = await openTab("antraege");
  fireEvent.click(within(panel).getByRole("button", { name: "Nr. neu 1 bearbeiten" }));
  const form = within(panel).getByRole("form", { name: "Antrag Nr. neu 1 bearbeiten" });
  const proposer = within(form).getByRole("combobox", { name: "Antragsteller" }) as HTMLInputElement;
  expect(proposer.value).toBe("SPD-Kreistagsfraktion");
  // The registry's proposers are offered as options.
  fireEvent.click(proposer);
  expect(await screen.findByRole("option", { name: "Kreistagsfraktion Bündnis 90/Die Grünen" })).toBeTruthy();
  fireEvent.keyDown(proposer, { key: "Escape" });
  expect((within(form).getByLabelText("Datum des Antrags") as HTMLInputElement).value).toBe("2025-03-14");
  fireEvent.change(within(form).getByRole("combobox", { name: "Status" }), { target: { value: "angenommen" } });
  fireEvent.change(within(form).getByLabelText("Datum des Status"), { target: { value: "2025-03-20" } });
  fireEvent.click(within(form).getByRole("button", { name: "Beratungsschritt hinzufügen" }));
  const gremium = within(form).getByRole("combobox", { name: "Gremium (Schritt 1)" });
  fireEvent.change(gremium, { target: { value: "Kreistag" } });
  fireEvent.change(within(form).getByRole("combobox", { name: "Rolle (Schritt 1)" }), { target: { value: "Entscheidung" } });
  fireEvent.change(within(form).getByLabelText("Datum (Schritt 1)"), { target: { value: "2025-03-20" } });
  fireEvent.change(within(form).getByRole("textbox", { name: /Ergebnis \(Schritt 1\)/ }), { target: { value: "Zustimmung" } });
  fireEvent.change(within(form).getByRole("textbox", { name: "Begründung" }), { target: { value: "Stärkt das Ehrenamt im Kreis Musterland." } });
  fireEvent.click(within(form).getByRole("button", { name: "Speichern" }));

  await waitFor(() => expect(saveAmendments).toHaveBeenCalledTimes(1));
  const saved = saveAmendments.mock.calls[0][0];
  expect(saved.map((a) => a.key)).toEqual(amendments.map((a) => a.key));
  expect(saved.slice(1)).toEqual(amendments.slice(1));
  const edited = saved[0];
  expect(edited.source).toBe("metadata");
  expect(edited.metadata).toMatchObject({
    antragsteller: "SPD-Kreistagsfraktion", datum: "2025-03-14", status: "angenommen", statusDatum: "2025-03-20",
    beratungsfolge: [{ gremium: "Kreistag", role: "Entscheidung", date: "2025-03-20", result: "Zustimmung" }],
    begruendung: "Stärkt das Ehrenamt im Kreis Musterland.",
  });
  expect(edited.metadata.history.map((h) => [h.by, h.field, h.from, h.to])).toEqual([
    ["Verwaltung", "beratungsfolge", "", "Kreistag 20.03.2025: Zustimmung"],
    ["Verwaltung", "status", null, "angenommen"],
    ["Verwaltung", "statusDatum", null, "2025-03-20"],
    ["Verwaltung", "begruendung", null, "Stärkt das Ehrenamt im Kreis Musterland."],
  ]);
  await waitFor(() => expect(announced()).toContain("Die Angaben zu Antrag Nr. neu 1 wurden gespeichert."));
  expect(host.refreshes).toBe(2);
});

test("keyboard: Escape closes the form without saving; steps are removed by their labelled button", async () => {
  const saveAmendments = saver();
  renderPane(fakeHost(analysis, { saveAmendments }));
  const panel = await openTab("antraege");
  fireEvent.click(within(panel).getByRole("button", { name: "Nr. neu 2 bearbeiten" }));
  const form = within(panel).getByRole("form", { name: "Antrag Nr. neu 2 bearbeiten" });
  expect((within(form).getByRole("combobox", { name: "Gremium (Schritt 1)" }) as HTMLInputElement).value).toBe("Ausschuss für Kultur, Sport und Ehrenamt (AfKSuE)");
  expect(within(form).getByRole("combobox", { name: "Gremium (Schritt 1)", description: "Kurzform: AfKSuE" })).toBeTruthy();
  fireEvent.click(within(form).getByRole("button", { name: "Schritt 1 entfernen" }));
  expect(within(form).queryByRole("combobox", { name: "Gremium (Schritt 1)" })).toBeNull();
  const begruendung = within(form).getByRole("textbox", { name: "Begründung" });
  act(() => begruendung.focus());
  fireEvent.keyDown(begruendung, { key: "Escape" });
  expect(within(panel).queryByRole("form")).toBeNull();
  expect(saveAmendments).not.toHaveBeenCalled();
  // Focus goes back to the button that opened the form, and the live region says the form closed.
  await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole("button", { name: "Nr. neu 2 bearbeiten" })));
  expect(announced()).toBe("Formular „Antrag Nr. neu 2 bearbeiten“ geschlossen, nichts geändert.");
});

test("several at once: 'Für Auswahl setzen' changes only the selected ones, each with its history", async () => {
  const saveAmendments = saver();
  renderPane(fakeHost(analysis, { saveAmendments }));
  const panel = await openTab("antraege");
  fireEvent.click(within(panel).getByRole("checkbox", { name: "Nr. neu 1 auswählen" }));
  fireEvent.click(within(panel).getByRole("checkbox", { name: "Nr. neu 4 auswählen" }));
  const bulk = within(panel).getByRole("region", { name: /Mehrere Anträge bearbeiten: 2 ausgewählt/ });
  fireEvent.change(within(bulk).getByRole("combobox", { name: "Feld für die Auswahl" }), { target: { value: "status" } });
  fireEvent.change(within(bulk).getByRole("combobox", { name: "Neuer Wert" }), { target: { value: "in Beratung" } });
  fireEvent.click(within(bulk).getByRole("button", { name: "Für Auswahl setzen" }));
  await waitFor(() => expect(saveAmendments).toHaveBeenCalledTimes(1));
  const saved = saveAmendments.mock.calls[0][0];
  expect(saved.map((a) => a.metadata.status)).toEqual(["in Beratung", "in Beratung", "in Beratung", null, "in Beratung", null]);
  expect(saved[4].metadata.history).toEqual([expect.objectContaining({ by: "Verwaltung", field: "status", from: null, to: "in Beratung" })]);
  expect(saved[1]).toBe(amendments[1]);
  await waitFor(() => expect(announced()).toContain("2 Anträge wurden geändert."));
});

test("Import prüfen lists what was recognised with confidence and source; 'übernehmen' confirms", async () => {
  const saveAmendments = saver();
  renderPane(fakeHost(analysis, { saveAmendments }));
  const panel = await openTab("antraege");
  const list = within(panel).getByRole("list", { name: "Import prüfen (5)" });
  // What was read, where it stands, and each value with its certainty and words.
  expect(within(list).getByRole("list", { name: "Gelesene Vermerke zu Nr. neu 1" }).textContent)
    .toBe("Kommentar: „Formulierungsvorschlag Verwaltung / Antrag der SPD-Kreistagsfraktion vom 14.03.2025 (Legende der Vorlage)“");
  expect(within(list).getByText("Antragsteller: SPD-Kreistagsfraktion (Sicherheit: mittel; aus „Antrag der SPD-Kreistagsfraktion vom 14.03.2025“ im Kommentar; mehrere Antragsteller genannt, ebenfalls: Verwaltung)")).toBeTruthy();
  expect(within(list).getByText(/^Beratungsfolge: AfKSuE \(Vorberatung, 04\.03\.2025\): beraten \(Sicherheit: niedrig; aus „Beratung im AfKSuE am 04\.03\.“ im Absatz nach der Änderung/)).toBeTruthy();
  expect(within(list).getByRole("list", { name: "Gelesene Vermerke zu Nr. neu 3" }).textContent).toBe("Vermerk im Text: „Änderungsantrag B90/ Die Grünen vom 09.03.2025, Zustimmung im AfASSuG vom 05.03.2025“");
  expect(within(within(list).getByRole("list", { name: "Erkannte Angaben zu Nr. neu 3" })).getByText(/^Status: in Beratung \(Sicherheit: hoch; aus „Zustimmung im AfASSuG vom 05\.03\.2025“ im Text; Vorberatung mit positivem Ergebnis – die Entscheidung steht noch aus\)$/)).toBeTruthy();
  fireEvent.click(within(list).getByRole("button", { name: "Angaben zu Nr. neu 2 übernehmen" }));
  await waitFor(() => expect(saveAmendments).toHaveBeenCalledTimes(1));
  const confirmed = saveAmendments.mock.calls[0][0][1];
  expect(confirmed.source).toBe("metadata");
  expect(confirmed.metadata.antragsteller).toBe("Verwaltung");
  expect(confirmed.metadata.history).toEqual([expect.objectContaining({ by: "Verwaltung", field: "import", to: "bestätigt" })]);
});

test("'nur lesen' shows everything but offers no editing", async () => {
  window.localStorage.setItem("beschlussreif.profile", "lesen");
  renderPane(fakeHost(analysis, { saveAmendments: saver() }));
  const panel = await openTab("antraege");
  expect(entries(panel)).toHaveLength(5);
  expect(within(panel).queryByRole("button", { name: /bearbeiten/ })).toBeNull();
  expect(within(panel).queryByRole("checkbox", { name: /auswählen/ })).toBeNull();
  expect(within(panel).queryByRole("button", { name: /übernehmen/ })).toBeNull();
  expect(within(panel).getByRole("list", { name: "Import prüfen (5)" })).toBeTruthy();
});
