/** Entry of the task pane inside Word: waits for Office.js, follows Office's theme, mounts the pane. */
import { createRoot } from "react-dom/client";
import { mountTaskPane } from "./mount";
import { officeJs } from "../word";
import { createWordHost } from "./word-host";
import { loadConfiguration } from "./configuration";

function officeBackground(): string | null {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor ?? null;
  } catch {
    // Word on the web may not expose the theme; the system's colour scheme decides then.
    return null;
  }
}

Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  if (info.host !== Office.HostType.Word) {
    createRoot(container).render(
      <p style={{ padding: "1em", fontFamily: "sans-serif" }}>
        Beschlussreif ist ein Add-in für Word. Öffnen Sie es in Word über die Registerkarte Start. Ohne Word zeigt
        „npm run demo“ den Aufgabenbereich im Browser.
      </p>,
    );
    return;
  }
  mountTaskPane(container, createWordHost(officeJs(), { configuration: loadConfiguration() }), officeBackground());
});
