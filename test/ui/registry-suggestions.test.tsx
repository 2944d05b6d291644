/**
 * @jest-environment jsdom
 */
/**
 * "Neu für das Verzeichnis": what the annotations name that the document's registry lacks is listed with the Anträge
 * naming it and added — one entry or all — through the host's saveRegistry, the registry otherwise unchanged.
 */
import { fireEvent, waitFor, within } from "@testing-library/react";
import { analyzeDocument } from "../../src/analysis";
import { NAMESPACE, SCHEMA_VERSION, serializeStoredData } from "../../src/amendments/storage";
import type { Registry } from "../../src/amendments/registry";
import { ModelBuilder } from "../amendments/builder";
import { HASELBRUECK } from "../amendments/annotations/read";
import { fakeHost } from "./fixtures";
import { announced, installResizeObserver, openTab, renderPane } from "./pane";

beforeAll(installResizeObserver);
beforeEach(() => window.localStorage.clear());

/** A draft of the corpus's county: its registry stored with it; two notes name a body and a faction it lacks. */
function draft() {
  const builder = new ModelBuilder()
    .heading("A. Mobilität")
    .paragraph(["Der Kreis baut Radwege. ", { start: "1" }, { ins: "Er fördert Lastenräder.", id: "100" }, { end: "1" }])
    .comment("1", "Sachbearbeitung", "Antrag der AfD-Fraktion vom 01.03.2025, Zustimmung im AfGFE am 12.03.2025")
    .paragraph(["Schulwege werden sicherer. (Antrag der CDU-Fraktion vom 3.2.2025; abgelehnt im Ausschuss für Gleichstellung, Familie und Ehrenamt am 05.03.2025)"]);
  builder.model.customXmlParts = [{ id: "customXml/item1.xml", namespaceUri: NAMESPACE, xml: serializeStoredData({ version: SCHEMA_VERSION, registry: HASELBRUECK, records: [], lastNumber: 0 }) }];
  return analyzeDocument(builder.model);
}

const registrySaver = () => jest.fn<Promise<void>, [Registry]>(async () => undefined);

async function suggestions() {
  const panel = await openTab("antraege");
  return within(panel).getByRole("region", { name: /^Neu für das Verzeichnis/ });
}

test("lists the body and the faction with the Anträge naming them, and adds one entry", async () => {
  const saveRegistry = registrySaver();
  renderPane(fakeHost(draft(), { saveAmendments: jest.fn(async () => undefined), saveRegistry }));
  const region = await suggestions();
  expect(within(region).getByRole("heading").textContent).toBe("Neu für das Verzeichnis (3)");
  expect(within(region).getAllByRole("listitem").map((li) => li.firstChild!.textContent)).toEqual([
    "Antragsteller „AfD-Fraktion“ (Fraktion) · genannt zu Antrag Nr. neu 1",
    "Gremium „AfGFE“ · genannt zu Antrag Nr. neu 1",
    "Gremium „Ausschuss für Gleichstellung, Familie und Ehrenamt“ · genannt zu Antrag Nr. neu 2",
  ]);
  fireEvent.click(within(region).getByRole("button", { name: "„AfD-Fraktion“ ins Verzeichnis aufnehmen" }));
  await waitFor(() => expect(saveRegistry).toHaveBeenCalledTimes(1));
  const saved = saveRegistry.mock.calls[0][0];
  expect(saved.proposers).toEqual([...HASELBRUECK.proposers, { name: "AfD-Fraktion", kind: "Fraktion", aliases: [] }]);
  expect(saved.committees).toEqual(HASELBRUECK.committees);
  expect(saved.statuses).toEqual(HASELBRUECK.statuses);
  await waitFor(() => expect(announced()).toContain("„AfD-Fraktion“ wurde ins Verzeichnis aufgenommen."));
});

test("adds all entries at once", async () => {
  const saveRegistry = registrySaver();
  renderPane(fakeHost(draft(), { saveAmendments: jest.fn(async () => undefined), saveRegistry }));
  fireEvent.click(within(await suggestions()).getByRole("button", { name: "Alle 3 ins Verzeichnis aufnehmen" }));
  await waitFor(() => expect(saveRegistry).toHaveBeenCalledTimes(1));
  const saved = saveRegistry.mock.calls[0][0];
  expect(saved.committees.slice(HASELBRUECK.committees.length)).toEqual([
    { short: "AfGFE", name: "AfGFE", aliases: [] },
    { short: "Ausschuss für Gleichstellung, Familie und Ehrenamt", name: "Ausschuss für Gleichstellung, Familie und Ehrenamt", aliases: [] },
  ]);
  expect(saved.proposers.slice(HASELBRUECK.proposers.length)).toEqual([{ name: "AfD-Fraktion", kind: "Fraktion", aliases: [] }]);
  await waitFor(() => expect(announced()).toContain("3 Einträge wurden ins Verzeichnis aufgenommen."));
});

test("'nur lesen' shows the list without buttons", async () => {
  window.localStorage.setItem("beschlussreif.profile", "lesen");
  renderPane(fakeHost(draft(), { saveAmendments: jest.fn(async () => undefined), saveRegistry: registrySaver() }));
  const region = await suggestions();
  expect(within(region).getAllByRole("listitem")).toHaveLength(3);
  expect(within(region).queryByRole("button")).toBeNull();
});
