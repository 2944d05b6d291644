/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createWordSimulator } from "../../src/simulator";
import { createWordHost } from "../../src/taskpane/word-host";
import { satzung } from "../word/models";
import { announced, installResizeObserver, renderPane } from "./pane";

beforeAll(installResizeObserver);

beforeEach(() => window.localStorage.clear());

test("the pane shows the document when Word fails on its tracked changes, and says what is missing", async () => {
  const sim = createWordSimulator(satzung(), { failures: { getTrackedChanges: "GeneralException" } });
  renderPane(createWordHost(sim));
  await waitFor(() => expect(announced()).toMatch(/Hinweis/));
  expect(screen.getByText("Eingeschränkt:")).toBeTruthy();
  expect(screen.getByText(/nachverfolgten Änderungen dieses Dokuments nicht einzeln liefern/)).toBeTruthy();
  expect(screen.queryByText("Das Dokument konnte nicht gelesen werden.")).toBeNull();

  delete sim.failures.getTrackedChanges;
  fireEvent.click(screen.getByRole("button", { name: "Aktualisieren" }));
  await waitFor(() => expect(screen.queryByText("Eingeschränkt:")).toBeNull());
});
