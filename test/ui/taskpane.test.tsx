/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TAB_LABEL } from "../../src/taskpane/components/App";
import { emptyAnalysis, fakeHost, sampleAnalysis } from "./fixtures";
import { installResizeObserver, openTab, renderPane } from "./pane";

function liveRegion(): HTMLElement {
  return screen.getByRole("status");
}

function expectAnnounced(text: string) {
  expect(liveRegion().textContent).toContain(text);
}

beforeAll(installResizeObserver);

beforeEach(() => window.localStorage.clear());

describe("task pane states", () => {
  test("announces the number of findings in a polite live region", async () => {
    renderPane(fakeHost(sampleAnalysis()));
    await waitFor(() => expectAnnounced("3 Hinweise gefunden"));
    expect(liveRegion().getAttribute("aria-live")).toBe("polite");
  });

  test("an empty document shows honest empty states on every tab", async () => {
    renderPane(fakeHost(emptyAnalysis()));
    await waitFor(() => expectAnnounced("Keine Hinweise gefunden"));
    const overview = await openTab("ueberblick");
    expect(within(overview).getByText("Dieses Dokument enthält noch keine Kommentare.")).toBeTruthy();
    expect(within(overview).getByText("Dieses Dokument enthält noch keine Änderungen mit Nachverfolgung.")).toBeTruthy();
    expect(within(await openTab("gliederung")).getByText("Dieses Dokument enthält noch keine Überschriften.")).toBeTruthy();
    expect(within(await openTab("antraege")).getByText(/Dieses Dokument enthält noch keine Anträge/)).toBeTruthy();
    expect(within(await openTab("begriffe")).getByText("Alle Begriffe werden einheitlich geschrieben.")).toBeTruthy();
    expect(within(await openTab("beirat")).getByText("Dieses Dokument enthält noch keine Fragen oder Ergänzungen des Teilhabebeirats.")).toBeTruthy();
    expect(within(await openTab("uebersicht")).getByText("Dieses Dokument enthält noch keine Anträge.")).toBeTruthy();
  });

  test("a reader error is shown with its German message and announced; no tabs on nothing", async () => {
    const message = "Die Datei ist verschlüsselt und kann nicht gelesen werden.";
    renderPane(fakeHost(new Error(message)));
    expect(await screen.findByText("Das Dokument konnte nicht gelesen werden.")).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
    expectAnnounced(`Fehler: ${message}`);
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  test("refresh reads the document again", async () => {
    const host = fakeHost(sampleAnalysis());
    renderPane(host);
    await waitFor(() => expect(host.refreshes).toBe(1));
    const button = await screen.findByRole("button", { name: "Aktualisieren" });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(host.refreshes).toBe(2));
  });
});

test("the header links the user guide shipped beside the pane, in a new window, in every role", async () => {
  for (const role of ["verwaltung", "teilhabebeirat", "lesen"]) {
    window.localStorage.setItem("beschlussreif.profile", role);
    const { unmount } = renderPane(fakeHost(sampleAnalysis()));
    const link = await screen.findByRole("link", { name: "Hilfe (öffnet ein neues Fenster)" });
    expect(link.getAttribute("href")).toBe("hilfe.html");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toContain("noopener");
    unmount();
  }
});

describe("what the tabs show", () => {
  test("overview counts what the model holds and lists comments and tracked changes", async () => {
    renderPane(fakeHost(sampleAnalysis()));
    const panel = await openTab("ueberblick");
    const counts = panel.querySelector("dl")!;
    expect(counts.textContent).toContain("Überschriften3");
    expect(counts.textContent).toContain("Kommentare1");
    expect(within(panel).getByText("Sind die Haltestellen barrierefrei erreichbar?")).toBeTruthy();
    expect(within(panel).getByText(/Teilhabebeirat · 02\.04\.2025 · 1 Antwort/)).toBeTruthy();
    expect(within(panel).getByText(/„und fördert Ehrenamt“/).textContent).toBe("Einfügung: „und fördert Ehrenamt“");
  });

  test("outline shows headings beside the table of contents, missing entries named in text", async () => {
    renderPane(fakeHost(sampleAnalysis()));
    const panel = await openTab("gliederung");
    const table = within(panel).getByRole("table", { name: "Text und Inhaltsverzeichnis nebeneinander" });
    const rows = within(table).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent));
    expect(rows).toEqual([
      // Each place is a button whose name ends with its action (hidden text for screen readers).
      ["A MobilitätEbene 1 – zur Stelle springen", "A MobilitätSeite 3 – zur Stelle springen"],
      ["B BildungEbene 1 – zur Stelle springen", "fehlt im Verzeichnis"],
    ]);
    expect(within(panel).getByText(/fehlt im Inhaltsverzeichnis/)).toBeTruthy();
  });

  test("a pink question is labelled in text, not by colour alone, with its answer state", async () => {
    renderPane(fakeHost(sampleAnalysis()));
    const panel = await openTab("beirat");
    expect(within(panel).getByRole("heading", { name: "Nr. 1: Frage des Teilhabebeirats – offen" })).toBeTruthy();
    expect(within(panel).getByText("Noch keine Antwort.")).toBeTruthy();
  });

  test("amendments show wording, section and metadata", async () => {
    renderPane(fakeHost(sampleAnalysis()));
    const panel = await openTab("antraege");
    expect(within(panel).getByText("Nr. 3 · Einfügung · Abschnitt A.I Öffentlicher Nahverkehr")).toBeTruthy();
    expect(within(panel).getByText(/Antragsteller: SPD-Fraktion · Datum: 09\.03\.2025 · Beratungsfolge: – · Status: eingereicht/)).toBeTruthy();
    expect(within(panel).getByText(/Dem Antrag fehlt der Antragsteller/)).toBeTruthy();
  });
});

describe("keyboard and labels", () => {
  test("every finding is a native button that jumps to its place", async () => {
    const host = fakeHost(sampleAnalysis());
    renderPane(host);
    const panel = await openTab("ueberblick");
    const hinweise = within(panel).getByRole("list", { name: "Hinweise (3)" });
    const buttons = within(hinweise).getAllByRole("button");
    expect(buttons.map((b) => b.tagName)).toEqual(["BUTTON", "BUTTON", "BUTTON"]);
    act(() => buttons[2].focus());
    expect(document.activeElement).toBe(buttons[2]);
    fireEvent.click(buttons[2]);
    await waitFor(() => expect(host.selected).toEqual([[4, undefined]]));
  });

  test("tabs are a labelled tablist; the panel is labelled by the selected tab", async () => {
    renderPane(fakeHost(sampleAnalysis()));
    const tablist = await screen.findByRole("tablist", { name: "Bereiche" });
    expect(within(tablist).getAllByRole("tab")).toHaveLength(7);
    for (const label of Object.values(TAB_LABEL)) expect(within(tablist).getByRole("tab", { name: label })).toBeTruthy();
    const tab = screen.getByRole("tab", { name: "Begriffe" });
    fireEvent.click(tab);
    expect(tab.getAttribute("aria-selected")).toBe("true");
    expect(tab.getAttribute("aria-controls")).toBe("panel-begriffe");
    expect(screen.getByRole("tabpanel", { name: "Begriffe" })).toBeTruthy();
  });

  test("the role choice is labelled, remembered, and 'nur lesen' hides writing controls", async () => {
    const actions = { replyToComment: jest.fn(async () => undefined), resolveComment: jest.fn(async () => undefined) };
    const first = renderPane(fakeHost(sampleAnalysis(), actions));
    const select = await screen.findByRole("combobox", { name: "Ihre Rolle" });
    expect(within(await openTab("beirat")).getByRole("button", { name: "Antworten" })).toBeTruthy();
    fireEvent.change(select, { target: { value: "lesen" } });
    expect(window.localStorage.getItem("beschlussreif.profile")).toBe("lesen");
    expect(screen.queryByRole("button", { name: "Antworten" })).toBeNull();
    first.unmount();

    renderPane(fakeHost(sampleAnalysis(), actions));
    expect((await screen.findByRole("combobox", { name: "Ihre Rolle" }) as HTMLSelectElement).value).toBe("lesen");
  });

  test("the Teilhabebeirat profile opens on its tab and offers asking a question", async () => {
    window.localStorage.setItem("beschlussreif.profile", "teilhabebeirat");
    const askQuestion = jest.fn(async () => undefined);
    const host = fakeHost(sampleAnalysis(), { askQuestion });
    renderPane(host);
    const panel = await screen.findByRole("tabpanel", { name: "Beirat" });
    expect(within(panel).getByRole("heading", { name: /Meine Fragen und Ergänzungen/ })).toBeTruthy();
    const field = within(panel).getByRole("textbox", { name: /Ihre Frage/ });
    fireEvent.click(within(panel).getByRole("button", { name: "Frage stellen" }));
    expect(await within(panel).findByText("Bitte geben Sie einen Text ein.")).toBeTruthy();
    expect(askQuestion).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: "Gibt es das auch in Leichter Sprache?" } });
    fireEvent.click(within(panel).getByRole("button", { name: "Frage stellen" }));
    await waitFor(() => expect(askQuestion).toHaveBeenCalledWith("Gibt es das auch in Leichter Sprache?"));
    await waitFor(() => expectAnnounced("Ihre Frage wurde als Kommentar eingefügt. 3 Hinweise gefunden."));
  });

  test("answering a question: the reply field takes focus, sends, and failures are reported and the document read again", async () => {
    const replyToComment = jest.fn(async () => { throw new Error("Word hat den Kommentar abgelehnt (NotAllowed)."); });
    const host = fakeHost(sampleAnalysis(), { replyToComment });
    const refresh = jest.spyOn(host, "refresh");
    renderPane(host);
    const panel = await openTab("beirat");
    fireEvent.click(within(panel).getByRole("button", { name: "Antworten" }));
    const field = within(panel).getByRole("textbox", { name: "Ihre Antwort zu Nr. 1" });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: "Ja, ab 2026." } });
    fireEvent.click(within(panel).getByRole("button", { name: "Antwort senden" }));
    await waitFor(() => expect(replyToComment).toHaveBeenCalledWith("7", "Ja, ab 2026."));
    expect(await screen.findByText("Word hat den Kommentar abgelehnt (NotAllowed).")).toBeTruthy();
    await waitFor(() => expectAnnounced("Fehler: Word hat den Kommentar abgelehnt (NotAllowed). 3 Hinweise gefunden."));
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(screen.getByText("Word hat den Kommentar abgelehnt (NotAllowed).")).toBeTruthy();
  });
});
