/** Renders the task pane into a container with the Fluent theme that follows Office and the system. */
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./components/App";
import type { WordHost } from "./host";
import { THEMES, useThemeName } from "./theme";

export function ThemedApp({ host, officeBackground, storage }: { host: WordHost; officeBackground: string | null; storage: Storage | null }) {
  const theme = useThemeName(officeBackground);
  return (
    <FluentProvider theme={THEMES[theme]} data-theme={theme}>
      <App host={host} storage={storage} />
    </FluentProvider>
  );
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function mountTaskPane(container: HTMLElement, host: WordHost, officeBackground: string | null = null): Root {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <ThemedApp host={host} officeBackground={officeBackground} storage={localStorageOrNull()} />
    </StrictMode>,
  );
  return root;
}
