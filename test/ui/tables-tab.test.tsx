/**
 * @jest-environment jsdom
 */
import { fireEvent, waitFor, within } from "@testing-library/react";
import type { OverviewData, OverviewFormat } from "../../src/overview/types";
import type { OverviewTarget } from "../../src/taskpane/host";
import { emptyAnalysis, fakeHost } from "./fixtures";
import { announced, installResizeObserver, openTab, renderPane } from "./pane";
import { sampleDraftAnalysis } from "./sample-analysis";

beforeAll(installResizeObserver);
beforeEach(() => window.localStorage.clear());

const analysis = sampleDraftAnalysis();

function creator() {
  return jest.fn<Promise<void>, [OverviewData, OverviewFormat, OverviewTarget]>(async () => undefined);
}

/** The preview at pane width: one card per row (a titled list item), each column's head above its text. */
function preview(panel: HTMLElement) {
  const list = within(panel).getByRole("list", { name: /^Vorschau:/ });
  const items = within(list).getAllByRole("listitem");
  const cards = items.filter((li) => li.querySelector("dl")).map((li) => ({
    title: li.querySelector("h4")!.textContent,
    heads: [...li.querySelectorAll("dt")].map((dt) => dt.textContent),
    field: (head: string) => [...li.querySelectorAll("dt")].find((dt) => dt.textContent === head)?.nextElementSibling?.textContent,
  }));
  return {
    name: within(panel).getByRole("heading", { name: /^Vorschau:/ }).textContent,
    cards,
    groups: items.filter((li) => !li.querySelector("dl")).map((li) => li.textContent),
    heads: [...new Set(cards.flatMap((c) => c.heads))],
  };
}

const AMENDMENT_COLUMNS = ["Abschnitt", "Fundstelle", "Bisherige Fassung", "Vorgeschlagene Fassung", "Antragsteller", "Beratung", "Status", "Begründung", "Stellungnahme der Verwaltung", "Kommentare"];

test("the Änderungsübersicht previews its first five rows as cards with German column heads, old above new wording", async () => {
  renderPane(fakeHost(analysis));
  const panel = await openTab("uebersicht");
  const p = preview(panel);
  // The Teilhabebeirat's question is a comment without a change: not in the table unless asked for.
  expect(p.name).toBe("Vorschau: Änderungsübersicht (5 Zeilen, die ersten 5 gezeigt)");
  // No table at pane width: nine columns do not fit 320 px (the export has the full table).
  expect(within(panel).queryByRole("table")).toBeNull();
  expect(p.cards.map((c) => c.title)).toEqual(["Nr. neu 1", "Nr. neu 2", "Nr. neu 3", "Nr. neu 4", "Nr. neu 5"]);
  expect(p.heads.every((h) => AMENDMENT_COLUMNS.includes(h!))).toBe(true);
  expect(p.cards[0].field("Abschnitt")).toBe("A.I Demokratie und Rechtmäßigkeit");
  const second = p.cards[1].heads;
  expect(second.indexOf("Bisherige Fassung")).toBeLessThan(second.indexOf("Vorgeschlagene Fassung"));
  // The proposer was read from "(Änderungsantrag B90/ Die Grünen vom 09.03.2025 …)" in the text and is not confirmed yet.
  expect(p.cards[2].field("Antragsteller")).toBe("Bündnis 90/Die Grünen¹\nvom 09.03.2025");
  expect(within(panel).getByText("¹ aus einem Vermerk übernommen, noch nicht bestätigt")).toBeTruthy();
  // Inserted words are marked by element, not by colour: <ins> for the new wording.
  const list = within(panel).getByRole("list", { name: /^Vorschau:/ });
  const newWording = [...list.querySelectorAll("li:first-child dt")].find((dt) => dt.textContent === "Vorgeschlagene Fassung")!.nextElementSibling!;
  expect(newWording.querySelectorAll("ins").length).toBeGreaterThan(0);
});

test("filters and options shape the rows", async () => {
  renderPane(fakeHost(analysis));
  const panel = await openTab("uebersicht");
  const filters = within(panel).getByRole("group", { name: "Filter und Optionen" });
  fireEvent.change(within(filters).getByRole("combobox", { name: "Antragsteller" }), { target: { value: "Bündnis 90/Die Grünen" } });
  expect(preview(panel).cards.map((c) => c.title)).toEqual(["Nr. neu 3", "Nr. neu 5"]);
  fireEvent.change(within(filters).getByRole("combobox", { name: "Antragsteller" }), { target: { value: "" } });
  fireEvent.change(within(filters).getByRole("combobox", { name: "Abschnitt" }), { target: { value: "B" } });
  expect(preview(panel).cards.map((c) => c.title)).toEqual(["Nr. neu 3", "Nr. neu 4", "Nr. neu 5"]);
  fireEvent.click(within(filters).getByRole("checkbox", { name: "Kommentare aufnehmen" }));
  expect(preview(panel).cards.map((c) => c.title)).toEqual(["Nr. neu 3", "Nr. Kommentar 1", "Nr. neu 4", "Nr. neu 5"]);
  expect(preview(panel).cards[1].heads.at(-1)).toBe("Kommentare");
  expect(preview(panel).cards[1].field("Kommentare")).toMatch(/^Teilhabebeirat \(11\.03\.2025\): Gilt „barrierefrei“ auch für Menschen mit Sehbehinderung/);
  fireEvent.click(within(filters).getByRole("checkbox", { name: "unbestätigte Angaben kennzeichnen (¹)" }));
  expect(preview(panel).cards[0].field("Antragsteller")).toBe("Bündnis 90/Die Grünen\nvom 09.03.2025");
  expect(within(panel).queryByText("¹ aus einem Vermerk übernommen, noch nicht bestätigt")).toBeNull();
  fireEvent.click(within(filters).getByRole("checkbox", { name: "nach Abschnitten gruppieren" }));
  expect(preview(panel).groups).toContain("B.XII Digitalisierung und Smart Region");
});

test("Synopse and Beirat-Liste preview their own columns; OParl is offered for the Änderungsübersicht only", async () => {
  renderPane(fakeHost(analysis, { createOverview: creator() }));
  const panel = await openTab("uebersicht");
  fireEvent.click(within(panel).getByRole("radio", { name: "als Datei speichern" }));
  const formats = () => within(within(panel).getByRole("combobox", { name: "Format" })).getAllByRole("option").map((o) => o.textContent);
  expect(formats()).toContain("OParl-JSON (.json)");
  fireEvent.click(within(panel).getByRole("radio", { name: "Synopse" }));
  expect(preview(panel).heads).toEqual(["Bisherige Fassung", "Neue Fassung"]);
  expect(formats()).not.toContain("OParl-JSON (.json)");
  fireEvent.click(within(panel).getByRole("radio", { name: "Beirat-Liste" }));
  expect(preview(panel).cards[0].title).toBe("Nr. 1");
  expect(preview(panel).heads.every((h) => ["Art", "Abschnitt", "Fundstelle", "Text", "Frage / Anmerkung", "Von", "Antworten", "Status"].includes(h!))).toBe(true);
  expect(preview(panel).heads).toContain("Frage / Anmerkung");
  expect(within(panel).queryByRole("group", { name: "Filter und Optionen" })).toBeNull();
});

test("Erstellen hands the data, format and target to the host", async () => {
  const createOverview = creator();
  renderPane(fakeHost(analysis, { createOverview }));
  const panel = await openTab("uebersicht");
  fireEvent.click(within(panel).getByRole("button", { name: "Änderungsübersicht erstellen" }));
  await waitFor(() => expect(createOverview).toHaveBeenCalledTimes(1));
  const [data, format, target] = createOverview.mock.calls[0];
  expect([data.kind, format, target]).toEqual(["amendments", "docx", "newDocument"]);
  expect(data.kind === "amendments" && data.rows.map((r) => r.nr)).toEqual([1, 2, 3, 4, 5].map((value) => ({ kind: "provisional", value })));
  expect(data.kind === "amendments" && [data.comments, data.markUnconfirmed]).toEqual([false, true]);
  await waitFor(() => expect(announced()).toContain("Die Änderungsübersicht wurde erstellt (als neues Word-Dokument öffnen)."));

  fireEvent.click(within(panel).getByRole("radio", { name: "als Datei speichern" }));
  fireEvent.change(within(panel).getByRole("combobox", { name: "Format" }), { target: { value: "csv" } });
  fireEvent.click(within(panel).getByRole("button", { name: "Änderungsübersicht erstellen" }));
  await waitFor(() => expect(createOverview).toHaveBeenCalledTimes(2));
  expect(createOverview.mock.calls[1].slice(1)).toEqual(["csv", "download"]);

  fireEvent.click(within(panel).getByRole("radio", { name: "an der Cursorposition einfügen" }));
  expect(within(panel).queryByRole("combobox", { name: "Format" })).toBeNull();
  fireEvent.click(within(panel).getByRole("button", { name: "Änderungsübersicht erstellen" }));
  await waitFor(() => expect(createOverview).toHaveBeenCalledTimes(3));
  expect(createOverview.mock.calls[2].slice(1)).toEqual(["docx", "cursor"]);
});

test("a host that only downloads offers only that target; without the action nothing is offered", async () => {
  const host = { ...fakeHost(analysis, { createOverview: creator() }), overviewTargets: ["download" as const] };
  const first = renderPane(host);
  let panel = await openTab("uebersicht");
  expect(within(panel).getAllByRole("radio", { name: /als|an der/ }).map((r) => r.getAttribute("value"))).toEqual(["download"]);
  first.unmount();
  renderPane(fakeHost(emptyAnalysis()));
  panel = await openTab("uebersicht");
  expect(within(panel).queryByRole("button", { name: /erstellen/ })).toBeNull();
});

test("OParl needs the county's OParl address: without it the pane says what is missing and creates nothing", async () => {
  const createOverview = creator();
  const withoutAddress = { ...analysis, configuration: { ...analysis.configuration, oparl: { ...analysis.configuration.oparl, baseUrl: null } } };
  renderPane(fakeHost(withoutAddress, { createOverview }));
  const panel = await openTab("uebersicht");
  fireEvent.click(within(panel).getByRole("radio", { name: "als Datei speichern" }));
  const format = within(panel).getByRole("combobox", { name: "Format" });
  fireEvent.change(format, { target: { value: "oparl" } });
  const hint = document.getElementById(format.getAttribute("aria-describedby")!.split(" ")[0])!;
  expect(hint.textContent).toBe(
    "Für OParl-JSON fehlt die Adresse, unter der Ihr Ratsinformationssystem OParl-Daten veröffentlicht. " +
    "Ihre IT trägt sie in der zentralen Konfiguration (beschlussreif.config.json) unter „oparl.baseUrl“ ein.",
  );
  expect(within(panel).getByRole("button", { name: "Änderungsübersicht erstellen" })).toHaveProperty("disabled", true);
  fireEvent.change(format, { target: { value: "csv" } });
  expect(within(panel).getByRole("button", { name: "Änderungsübersicht erstellen" })).toHaveProperty("disabled", false);
  expect(createOverview).not.toHaveBeenCalled();
});

test("with the county's OParl address OParl-JSON is created; the configuration's defaults set the options", async () => {
  const createOverview = creator();
  const configured = { ...analysis, configuration: { ...analysis.configuration, defaults: { includeComments: true, groupBySection: true } } };
  renderPane(fakeHost(configured, { createOverview }));
  const panel = await openTab("uebersicht");
  const filters = within(panel).getByRole("group", { name: "Filter und Optionen" });
  expect(within(filters).getByRole("checkbox", { name: "Kommentare aufnehmen" })).toHaveProperty("checked", true);
  expect(within(filters).getByRole("checkbox", { name: "nach Abschnitten gruppieren" })).toHaveProperty("checked", true);
  fireEvent.click(within(panel).getByRole("radio", { name: "als Datei speichern" }));
  fireEvent.change(within(panel).getByRole("combobox", { name: "Format" }), { target: { value: "oparl" } });
  fireEvent.click(within(panel).getByRole("button", { name: "Änderungsübersicht erstellen" }));
  await waitFor(() => expect(createOverview).toHaveBeenCalledTimes(1));
  expect(createOverview.mock.calls[0].slice(1)).toEqual(["oparl", "download"]);
});
