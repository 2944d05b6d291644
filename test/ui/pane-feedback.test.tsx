/**
 * @jest-environment jsdom
 */
/**
 * Issue #18, the pane as county staff use it: focus returns to the control that opened a form and the live region
 * says so; comboboxes filter as one types and speak German; a failure stands beside its control without a library's
 * internals; moved text is a "Verschiebung"; list lines say that they jump to the document.
 */
import fs from "fs";
import path from "path";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { analyzeDocument } from "../../src/analysis";
import type { Amendment } from "../../src/amendments/types";
import { readDocx } from "../../src/docx";
import { UNEXPECTED_ERROR } from "../../src/taskpane/errors";
import { COESFELD } from "../config/county";
import { CORPUS } from "../support/corpus";
import { fakeHost, sampleAnalysis } from "./fixtures";
import { announced, installResizeObserver, openTab, renderPane } from "./pane";
import { sampleDraftAnalysis } from "./sample-analysis";

beforeAll(installResizeObserver);
beforeEach(() => window.localStorage.clear());

const draft = sampleDraftAnalysis();
const saver = () => jest.fn<Promise<void>, [Amendment[]]>(async () => undefined);

describe("focus rule", () => {
  test("'Nr. neu 1 bearbeiten' puts focus on the first field and says so; Speichern gives it back to the button", async () => {
    renderPane(fakeHost(draft, { saveAmendments: saver() }));
    const panel = await openTab("antraege");
    fireEvent.click(within(panel).getByRole("button", { name: "Nr. neu 1 bearbeiten" }));
    const form = within(panel).getByRole("form", { name: "Antrag Nr. neu 1 bearbeiten" });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByRole("combobox", { name: "Antragsteller" })));
    expect(announced()).toBe("Formular „Antrag Nr. neu 1 bearbeiten“ geöffnet.");
    fireEvent.click(within(form).getByRole("button", { name: "Speichern" }));
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole("button", { name: "Nr. neu 1 bearbeiten" })));
    await waitFor(() => expect(announced()).toContain("Die Angaben zu Antrag Nr. neu 1 wurden gespeichert."));
  });

  test("Abbrechen gives focus back too", async () => {
    renderPane(fakeHost(draft, { saveAmendments: saver() }));
    const panel = await openTab("antraege");
    fireEvent.click(within(panel).getByRole("button", { name: "Nr. neu 3 bearbeiten" }));
    fireEvent.click(within(within(panel).getByRole("form")).getByRole("button", { name: "Abbrechen" }));
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole("button", { name: "Nr. neu 3 bearbeiten" })));
    expect(announced()).toBe("Formular „Antrag Nr. neu 3 bearbeiten“ geschlossen, nichts geändert.");
  });

  test("'Angaben zu Nr. neu 2 übernehmen' moves focus on to the next entry to confirm, not to the page", async () => {
    renderPane(fakeHost(draft, { saveAmendments: saver() }));
    const panel = await openTab("antraege");
    const review = within(panel).getByRole("list", { name: "Import prüfen (5)" });
    fireEvent.click(within(review).getByRole("button", { name: "Angaben zu Nr. neu 2 übernehmen" }));
    await waitFor(() => expect(document.activeElement).toBe(within(review).getByRole("button", { name: "Angaben zu Nr. neu 3 übernehmen" })));
  });

  test("after the last entry to confirm focus goes to the section's heading", async () => {
    renderPane(fakeHost(draft, { saveAmendments: saver() }));
    const panel = await openTab("antraege");
    const review = within(panel).getByRole("list", { name: "Import prüfen (5)" });
    fireEvent.click(within(review).getByRole("button", { name: "Angaben zu Nr. neu 5 übernehmen" }));
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole("heading", { name: "Import prüfen (5)" })));
  });

  test("Antwort senden and Escape give focus back to 'Antworten'", async () => {
    const replyToComment = jest.fn(async () => undefined);
    renderPane(fakeHost(sampleAnalysis(), { replyToComment }));
    const panel = await openTab("beirat");
    fireEvent.click(within(panel).getByRole("button", { name: "Antworten" }));
    const field = within(panel).getByRole("textbox", { name: "Ihre Antwort zu Nr. 1" });
    expect(document.activeElement).toBe(field);
    expect(announced()).toBe("Antwort zu Nr. 1: Eingabefeld geöffnet.");
    fireEvent.change(field, { target: { value: "Ja, alle Haltestellen ab 2026." } });
    fireEvent.click(within(panel).getByRole("button", { name: "Antwort senden" }));
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole("button", { name: "Antworten" })));
    await waitFor(() => expect(replyToComment).toHaveBeenCalledWith("7", "Ja, alle Haltestellen ab 2026."));

    fireEvent.click(within(panel).getByRole("button", { name: "Antworten" }));
    fireEvent.keyDown(within(panel).getByRole("textbox", { name: "Ihre Antwort zu Nr. 1" }), { key: "Escape" });
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole("button", { name: "Antworten" })));
    expect(announced()).toBe("Antwort zu Nr. 1 verworfen.");
  });
});

describe("comboboxes", () => {
  test("the Antragsteller field filters as one types: 'Teilh', ↓, Enter takes the Teilhabebeirat", async () => {
    renderPane(fakeHost(draft, { saveAmendments: saver() }));
    const panel = await openTab("antraege");
    fireEvent.click(within(panel).getByRole("button", { name: "Nr. neu 1 bearbeiten" }));
    const form = within(panel).getByRole("form", { name: "Antrag Nr. neu 1 bearbeiten" });
    const field = within(form).getByRole("combobox", { name: "Antragsteller" }) as HTMLInputElement;
    act(() => field.focus());
    fireEvent.change(field, { target: { value: "Teilh" } });
    if (!screen.queryByRole("listbox")) fireEvent.click(within(form).getByRole("button", { name: "Liste „Antragsteller“ öffnen" }));
    const listbox = await screen.findByRole("listbox");
    expect(within(listbox).getAllByRole("option").map((o) => o.textContent)).toEqual(["Teilhabebeirat"]);
    fireEvent.keyDown(field, { key: "ArrowDown" });
    fireEvent.keyDown(field, { key: "Enter" });
    await waitFor(() => expect(field.value).toBe("Teilhabebeirat"));
  });

  test("the expand buttons speak German, and a committee shows its long name with the short form as hint", async () => {
    renderPane(fakeHost(draft, { saveAmendments: saver() }));
    const panel = await openTab("antraege");
    fireEvent.click(within(panel).getByRole("button", { name: "Nr. neu 2 bearbeiten" }));
    const form = within(panel).getByRole("form");
    expect(within(form).getByRole("button", { name: "Liste „Antragsteller“ öffnen" })).toBeTruthy();
    expect(within(form).getByRole("button", { name: "Liste „Gremium (Schritt 1)“ öffnen" })).toBeTruthy();
    expect(document.querySelectorAll('[aria-label^="Open"]')).toHaveLength(0);
    // The committee field shows the long name, the short form as its hint.
    expect(within(form).getByRole("combobox", { name: "Gremium (Schritt 1)", description: "Kurzform: AfKSuE" })).toHaveProperty("value", "Ausschuss für Kultur, Sport und Ehrenamt (AfKSuE)");
  });

  test("the Gremium filter lists committees by their long names", async () => {
    renderPane(fakeHost(draft));
    const panel = await openTab("antraege");
    const filter = within(within(panel).getByRole("group", { name: "Anträge filtern" })).getByRole("combobox", { name: "Gremium" });
    expect(within(filter).getByRole("option", { name: "Ausschuss für Kultur, Sport und Ehrenamt (AfKSuE)" })).toHaveProperty("value", "AfKSuE");
  });
});

describe("errors beside their control", () => {
  test("a library's failure while saving shows a German sentence at the Antrag, never its internals", async () => {
    const saveAmendments = jest.fn(async () => { throw new TypeError("nodebuffer is not supported by this platform"); });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderPane(fakeHost(draft, { saveAmendments }));
    const panel = await openTab("antraege");
    fireEvent.click(within(panel).getByRole("button", { name: "Nr. neu 2 bearbeiten" }));
    fireEvent.click(within(within(panel).getByRole("form")).getByRole("button", { name: "Speichern" }));
    const alert = await within(panel).findByRole("alert");
    expect(alert.textContent).toContain(UNEXPECTED_ERROR);
    // It stands in the entry of Nr. neu 2, not at the top of the pane.
    expect(alert.closest("li")!.textContent).toContain("Nr. neu 2 · ");
    expect(document.body.textContent).not.toContain("nodebuffer");
  });

  test("a failed file comparison is said under the file field", async () => {
    const compareWithReference = jest.fn(async () => { throw new Error("„alt.json“ ist weder ein Word-Dokument noch eine Gliederung, die Beschlussreif lesen kann."); });
    renderPane(fakeHost(sampleAnalysis(), { compareWithReference }));
    const panel = await openTab("gliederung");
    const input = within(panel).getByLabelText(/Vereinbarte Gliederung/);
    fireEvent.change(input, { target: { files: [new File(["{"], "alt.json", { type: "application/json" })] } });
    const alert = await within(panel).findByRole("alert");
    expect(alert.textContent).toContain("„alt.json“ ist weder ein Word-Dokument");
    // Right after the field, in document order.
    expect(input.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(alert.previousElementSibling?.contains(input)).toBe(true);
  });
});

test("list lines say that they jump to the document", async () => {
  renderPane(fakeHost(sampleAnalysis()));
  const panel = await openTab("ueberblick");
  const findings = within(panel).getByRole("list", { name: "Hinweise (3)" });
  const names = within(findings).getAllByRole("button").map((b) => b.textContent);
  expect(names).toHaveLength(3);
  expect(names.every((n) => n!.endsWith(" – zur Stelle springen"))).toBe(true);
});

test("moved text is a Verschiebung in the pane as on the command line", async () => {
  // tika's testWORD_2006ml.docx moves its paragraph "Second paragraph here" (w:moveFrom / w:moveTo in document.xml).
  const model = readDocx(new Uint8Array(fs.readFileSync(path.join(CORPUS, "tika__testWORD_2006ml.docx"))));
  renderPane(fakeHost(analyzeDocument(model, { configuration: COESFELD })));
  const panel = await openTab("antraege");
  const moves = within(panel).getAllByText(/^Nr\. (neu )?\d+ · Verschiebung/).map((e) => e.closest("button")!.textContent);
  expect(moves).toHaveLength(2);
  expect(moves.some((m) => m!.includes("verschoben, bisherige Stelle: „Second paragraph here“"))).toBe(true);
  expect(moves.some((m) => m!.includes("verschoben, neue Stelle: „Second paragraph here“"))).toBe(true);
  expect(moves.some((m) => /gestrichen|eingefügt/.test(m!))).toBe(false);
});
