/** Rendering the whole pane over a host, as the user meets it, for the tab tests. */
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, TAB_LABEL, TAB_LOADING, type TabId } from "../../src/taskpane/components/App";
import type { WordHost } from "../../src/taskpane/host";

// waitFor and findBy* give up after 1 s by default. A lazily loaded tab is compiled through ts-jest on its first
// import and a refresh runs the whole analysis: both take seconds on a loaded machine, which is no failure.
configure({ asyncUtilTimeout: 30_000 });

export function renderPane(host: WordHost, storage: Storage = window.localStorage) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} storage={storage} />
    </FluentProvider>,
  );
}

/** Opens a tab and waits until its lazily loaded content is there. */
export async function openTab(id: TabId): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole("tab", { name: TAB_LABEL[id] }));
  const panel = screen.getByRole("tabpanel", { name: TAB_LABEL[id] });
  // The first opening of a tab in a test file compiles its module (ts-jest): seconds on a busy machine, not one.
  await waitFor(() => expect(within(panel).queryByText(TAB_LOADING)).toBeNull(), { timeout: 20_000 });
  return panel;
}

export function announced(): string {
  return screen.getByRole("status").textContent ?? "";
}

/** jsdom has no ResizeObserver; Fluent's MessageBar and Combobox measure themselves with one. */
export function installResizeObserver() {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
