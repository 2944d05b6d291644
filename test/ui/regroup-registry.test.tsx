/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from "node:v8";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Registry } from "../../src/amendments/registry";
import type { Amendment } from "../../src/amendments/types";
import { fakeHost } from "./fixtures";
import { announced, installResizeObserver, openTab, renderPane } from "./pane";
import { sampleDraftAnalysis } from "./sample-analysis";

beforeAll(() => {
  installResizeObserver();
  // jsdom hides structuredClone, which browsers and Node have; splitAmendment copies metadata with it.
  globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;
});
beforeEach(() => window.localStorage.clear());

const analysis = sampleDraftAnalysis();
const amendments = analysis.amendments.amendments;
const registry = analysis.amendments.registry;

const amendmentSaver = () => jest.fn<Promise<void>, [Amendment[]]>(async () => undefined);
const registrySaver = () => jest.fn<Promise<void>, [Registry | null]>(async () => undefined);

async function openEditor() {
  const panel = await openTab("verzeichnisse");
  fireEvent.click(within(panel).getByRole("button", { name: "Verzeichnisse bearbeiten" }));
  return within(panel).getByRole("region", { name: "Verzeichnisse bearbeiten" });
}

function entry(editor: HTMLElement, name: RegExp): HTMLElement {
  return within(editor).getByRole("group", { name });
}

describe("Verzeichnisse bearbeiten", () => {
  test("adds, renames and removes committees and saves a registry RegistrySchema accepts", async () => {
    const saveRegistry = registrySaver();
    const host = fakeHost(analysis, { saveAmendments: amendmentSaver(), saveRegistry });
    renderPane(host);
    const editor = await openEditor();
    expect(within(editor).getByRole("list", { name: "Gremien" })).toBeTruthy();
    expect(document.activeElement).toBe(within(editor).getByRole("combobox", { name: "Verzeichnis" }));
    // A long name of a used committee may change; an unused committee may go.
    fireEvent.change(within(entry(editor, /^Gremium 3: AfASSuG$/)).getByRole("textbox", { name: "Bezeichnung" }), { target: { value: "Sozialausschuss" } });
    fireEvent.click(within(editor).getByRole("button", { name: "Gremium 5 entfernen" }));
    expect(within(editor).queryByRole("group", { name: /: AfMIuK$/ })).toBeNull();
    fireEvent.click(within(editor).getByRole("button", { name: "Gremium hinzufügen" }));
    const added = entry(editor, /\(neu\)$/);
    const short = within(added).getByRole("textbox", { name: "Kurzname" });
    expect(document.activeElement).toBe(short);
    fireEvent.change(short, { target: { value: "AfSuO" } });
    fireEvent.change(within(added).getByRole("textbox", { name: "Bezeichnung" }), { target: { value: "Ausschuss für Sicherheit und Ordnung" } });
    fireEvent.change(within(added).getByRole("textbox", { name: /Weitere Schreibweisen/ }), { target: { value: "Ordnungsausschuss, , OA" } });
    fireEvent.click(within(editor).getByRole("button", { name: "Verzeichnisse speichern" }));

    await waitFor(() => expect(saveRegistry).toHaveBeenCalledTimes(1));
    const saved = saveRegistry.mock.calls[0][0]!;
    expect(saved.committees.map((c) => c.short)).toEqual([...registry.committees.map((c) => c.short).filter((s) => s !== "AfMIuK"), "AfSuO"]);
    expect(saved.committees.find((c) => c.short === "AfASSuG")?.name).toBe("Sozialausschuss");
    expect(saved.committees.at(-1)).toEqual({ short: "AfSuO", name: "Ausschuss für Sicherheit und Ordnung", aliases: ["Ordnungsausschuss", "OA"] });
    expect(saved.proposers).toEqual(registry.proposers);
    expect(saved.statuses).toEqual(registry.statuses);
    await waitFor(() => expect(announced()).toContain("Die Verzeichnisse wurden gespeichert."));
  });

  test("proposers and status values: kind, aliases, 'braucht ein Datum'", async () => {
    const saveRegistry = registrySaver();
    renderPane(fakeHost(analysis, { saveAmendments: amendmentSaver(), saveRegistry }));
    const editor = await openEditor();
    fireEvent.change(within(editor).getByRole("combobox", { name: "Verzeichnis" }), { target: { value: "proposers" } });
    expect(within(editor).getByRole("list", { name: "Antragsteller" })).toBeTruthy();
    fireEvent.click(within(editor).getByRole("button", { name: "Antragsteller hinzufügen" }));
    const added = entry(editor, /\(neu\)$/);
    fireEvent.change(within(added).getByRole("textbox", { name: "Name" }), { target: { value: "Seniorenbeirat" } });
    fireEvent.change(within(added).getByRole("combobox", { name: "Art" }), { target: { value: "Beirat" } });
    fireEvent.change(within(editor).getByRole("combobox", { name: "Verzeichnis" }), { target: { value: "statuses" } });
    fireEvent.click(within(editor).getByRole("button", { name: "Statuswert hinzufügen" }));
    const status = entry(editor, /\(neu\)$/);
    fireEvent.change(within(status).getByRole("textbox", { name: "Name" }), { target: { value: "verwiesen" } });
    fireEvent.click(within(status).getByRole("checkbox", { name: /braucht ein Datum/ }));
    fireEvent.click(within(editor).getByRole("button", { name: "Verzeichnisse speichern" }));
    await waitFor(() => expect(saveRegistry).toHaveBeenCalledTimes(1));
    const saved = saveRegistry.mock.calls[0][0]!;
    expect(saved.proposers.at(-1)).toEqual({ name: "Seniorenbeirat", kind: "Beirat", aliases: [] });
    expect(saved.statuses.at(-1)).toEqual({ name: "verwiesen", needsDate: true });
  });

  test("refuses removing or renaming an entry an Antrag uses, and empty or duplicate names, in German", async () => {
    const saveRegistry = registrySaver();
    renderPane(fakeHost(analysis, { saveAmendments: amendmentSaver(), saveRegistry }));
    const editor = await openEditor();
    fireEvent.click(within(editor).getByRole("button", { name: "Gremium 3 entfernen" }));
    expect(within(editor).getByRole("alert").textContent).toContain("Gremium „AfASSuG“ wird noch von Antrag Nr. neu 3 verwendet und kann nicht entfernt werden.");
    expect(entry(editor, /^Gremium 3: AfASSuG$/)).toBeTruthy();

    fireEvent.change(within(editor).getByRole("combobox", { name: "Verzeichnis" }), { target: { value: "statuses" } });
    const offen = entry(editor, /: offen$/);
    fireEvent.change(within(offen).getByRole("textbox", { name: "Name" }), { target: { value: "unerledigt" } });
    fireEvent.change(within(entry(editor, /^Statuswert 1:/)).getByRole("textbox", { name: "Name" }), { target: { value: "" } });
    fireEvent.change(within(entry(editor, /^Statuswert 2:/)).getByRole("textbox", { name: "Name" }), { target: { value: "abgelehnt" } });
    fireEvent.click(within(editor).getByRole("button", { name: "Verzeichnisse speichern" }));
    const alert = within(editor).getByRole("alert");
    expect(alert.textContent).toContain("Die Verzeichnisse wurden nicht gespeichert:");
    expect(within(alert).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Statuswerte: Eintrag 1 hat keinen Namen.",
      // Nr. neu 2 and neu 3 were consulted (AfKSuE, AfASSuG) and await the decision. "offen" is free to rename:
      // the Beirat's question is a comment, no Antrag, and carries no status.
      "Statuswert „in Beratung“ wird noch von Antrag Nr. neu 2, Nr. neu 3 verwendet und kann nicht umbenannt werden.",
      "Statuswerte: „abgelehnt“ steht mehrfach im Verzeichnis.",
    ]);
    expect(saveRegistry).not.toHaveBeenCalled();
    // Escape closes without saving.
    fireEvent.keyDown(within(editor).getByRole("combobox", { name: "Verzeichnis" }), { key: "Escape" });
    expect(screen.queryByRole("region", { name: "Verzeichnisse bearbeiten" })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Verzeichnisse bearbeiten" }));
    expect(saveRegistry).not.toHaveBeenCalled();
  });

  test("says where the registries come from; a document with its own goes back to the central ones", async () => {
    const central = fakeHost(analysis, { saveAmendments: amendmentSaver(), saveRegistry: registrySaver() });
    const first = renderPane(central);
    let panel = await openTab("verzeichnisse");
    expect(within(panel).getByText("Die Verzeichnisse kommen aus der zentralen Konfiguration. Was Sie hier ändern, gilt nur für dieses Dokument.")).toBeTruthy();
    expect(within(panel).queryByRole("button", { name: "Zentrale Verzeichnisse verwenden" })).toBeNull();
    first.unmount();

    const saveRegistry = registrySaver();
    const own = { ...analysis, amendments: { ...analysis.amendments, registrySource: "document" as const } };
    renderPane(fakeHost(own, { saveAmendments: amendmentSaver(), saveRegistry }));
    panel = await openTab("verzeichnisse");
    expect(within(panel).getByText("Dieses Dokument hat eigene Verzeichnisse; sie gelten hier statt der zentralen Konfiguration.")).toBeTruthy();
    fireEvent.click(within(panel).getByRole("button", { name: "Zentrale Verzeichnisse verwenden" }));
    await waitFor(() => expect(saveRegistry).toHaveBeenCalledWith(null));
    await waitFor(() => expect(announced()).toContain("Das Dokument verwendet wieder die zentralen Verzeichnisse."));
  });

  test("without saveRegistry there is no editor", async () => {
    renderPane(fakeHost(analysis, { saveAmendments: amendmentSaver() }));
    const panel = await openTab("verzeichnisse");
    expect(within(panel).queryByRole("button", { name: "Verzeichnisse bearbeiten" })).toBeNull();
  });
});

describe("Zusammenfassen and Aufteilen", () => {
  test("merges the selected amendments into one, saved as the full list", async () => {
    const saveAmendments = amendmentSaver();
    renderPane(fakeHost(analysis, { saveAmendments, saveRegistry: registrySaver() }));
    const panel = await openTab("antraege");
    expect(within(panel).queryByRole("button", { name: /zusammenfassen/ })).toBeNull();
    fireEvent.click(within(panel).getByRole("checkbox", { name: "Nr. neu 1 auswählen" }));
    expect(within(panel).queryByRole("button", { name: /zusammenfassen/ })).toBeNull();
    fireEvent.click(within(panel).getByRole("checkbox", { name: "Nr. neu 3 auswählen" }));
    fireEvent.click(within(panel).getByRole("button", { name: "2 Anträge zusammenfassen" }));
    await waitFor(() => expect(saveAmendments).toHaveBeenCalledTimes(1));
    const saved = saveAmendments.mock.calls[0][0];
    // The full list is saved, the Beirat's question (a comment) included, so its record is never dropped.
    expect(saved.map((a) => a.key)).toEqual([amendments[0].key, amendments[1].key, amendments[3].key, amendments[4].key, amendments[5].key]);
    expect(saved[0]).toMatchObject({
      source: "metadata", category: "antrag",
      changeIds: [...amendments[0].changeIds, ...amendments[2].changeIds],
      commentIds: amendments[0].commentIds,
      metadata: { antragsteller: amendments[0].metadata.antragsteller },
    });
    expect(saved[0].metadata.history.at(-1)).toMatchObject({ by: "Verwaltung", field: "gruppe", to: "zusammengefasst aus Nr. neu 1, Nr. neu 3" });
    await waitFor(() => expect(announced()).toContain("2 Anträge wurden zu einem zusammengefasst."));
  });

  test("refuses merging amendments that are not anchored by changes or comments", async () => {
    const saveAmendments = amendmentSaver();
    renderPane(fakeHost(analysis, { saveAmendments }));
    const panel = await openTab("antraege");
    fireEvent.click(within(panel).getByRole("checkbox", { name: "Nr. neu 3 auswählen" }));
    fireEvent.click(within(panel).getByRole("checkbox", { name: "Nr. neu 4 auswählen" }));
    fireEvent.click(within(panel).getByRole("button", { name: "2 Anträge zusammenfassen" }));
    expect(within(panel).getByRole("alert").textContent).toBe("Nr. neu 4 ist nicht mit Änderungen oder Kommentaren im Dokument verankert und lässt sich nicht zusammenfassen.");
    expect(saveAmendments).not.toHaveBeenCalled();
  });

  test("splits an amendment with several changes into one per change, after asking", async () => {
    const saveAmendments = amendmentSaver();
    renderPane(fakeHost(analysis, { saveAmendments }));
    const panel = await openTab("antraege");
    // Nr. neu 1 has one change, Nr. neu 4 none: nothing to split.
    expect(within(panel).queryByRole("button", { name: "Nr. neu 1 aufteilen" })).toBeNull();
    expect(within(panel).queryByRole("button", { name: "Nr. neu 4 aufteilen" })).toBeNull();
    // Asked first: "Abbrechen" changes nothing.
    fireEvent.click(within(panel).getByRole("button", { name: "Nr. neu 3 aufteilen" }));
    // In jsdom the surface stays aria-hidden while its opening motion would run: looked up with `hidden`.
    const dialog = await screen.findByRole("alertdialog", { name: "Antrag Nr. neu 3 aufteilen?", hidden: true });
    // Not stored yet, so there is no number to keep: the parts get theirs when they are saved.
    expect(dialog.textContent).toContain("Antrag Nr. neu 3 wird in 2 Anträge aufgeteilt, einen je Änderung. Die Teile erhalten beim Speichern ihre Nummern.");
    fireEvent.click(within(dialog).getByRole("button", { name: "Abbrechen", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(saveAmendments).not.toHaveBeenCalled();
    fireEvent.click(within(panel).getByRole("button", { name: "Nr. neu 3 aufteilen" }));
    fireEvent.click(within(await screen.findByRole("alertdialog", { hidden: true })).getByRole("button", { name: "In 2 Anträge aufteilen", hidden: true }));
    await waitFor(() => expect(saveAmendments).toHaveBeenCalledTimes(1));
    const saved = saveAmendments.mock.calls[0][0];
    expect(saved).toHaveLength(amendments.length + 1);
    const parts = saved.slice(2, 4);
    expect(parts.map((p) => p.changeIds)).toEqual(amendments[2].changeIds.map((id) => [id]));
    expect(parts[0].key).toBe(amendments[2].key);
    for (const p of parts) {
      expect(p).toMatchObject({ source: "metadata", metadata: { antragsteller: amendments[2].metadata.antragsteller } });
      expect(p.metadata.history.at(-1)).toMatchObject({ field: "gruppe", to: "aufgeteilt aus Nr. neu 3" });
    }
    expect(saved.slice(4)).toEqual(amendments.slice(3));
    await waitFor(() => expect(announced()).toContain("Antrag Nr. neu 3 wurde in 2 Anträge aufgeteilt."));
  });

  test("'nur lesen' hides merging, splitting and the registry editor", async () => {
    window.localStorage.setItem("beschlussreif.profile", "lesen");
    renderPane(fakeHost(analysis, { saveAmendments: amendmentSaver(), saveRegistry: registrySaver() }));
    const panel = await openTab("antraege");
    expect(within(panel).queryByRole("button", { name: /aufteilen|zusammenfassen|Verzeichnisse/ })).toBeNull();
    expect(within(panel).queryByRole("heading", { name: "Verzeichnisse" })).toBeNull();
    // The registries stay readable in their own tab: committees with their long names, no editor.
    const registries = await openTab("verzeichnisse");
    expect(within(registries).queryByRole("button", { name: "Verzeichnisse bearbeiten" })).toBeNull();
    expect(within(within(registries).getByRole("list", { name: /^Gremien/ })).getByText("Ausschuss für Kultur, Sport und Ehrenamt (AfKSuE)")).toBeTruthy();
  });
});
