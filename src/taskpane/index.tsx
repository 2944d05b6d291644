/**
 * Entry of the task pane inside Word: waits for Office.js, follows Office's theme, mounts the pane. Opened outside
 * Word, or when Office.js could not be loaded from Microsoft, the page says so in German instead of staying blank.
 */
import { createRoot } from "react-dom/client";
import { mountTaskPane } from "./mount";
import { HELP_PAGE } from "./components/App";
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

/** A plain page in place of the pane (no Fluent theme: this may be all that loads). */
function showNotice(container: HTMLElement, text: string) {
  createRoot(container).render(
    <div style={{ padding: "1em", fontFamily: "'Segoe UI', 'Liberation Sans', Arial, sans-serif", lineHeight: 1.5 }}>
      <h1 style={{ fontSize: "1.3em" }}>Beschlussreif</h1>
      <p>{text}</p>
      <p><a href={HELP_PAGE}>Zur Hilfe: Benutzerhandbuch</a></p>
    </div>,
  );
}

const container = document.getElementById("container");
if (container) {
  if (typeof Office === "undefined") {
    // The script tag for Office.js is in the page's head; it failed (no connection to Microsoft's CDN, a proxy or
    // firewall that blocks it).
    showNotice(container, "Die Programmbibliothek Office.js von Microsoft konnte nicht geladen werden. Beschlussreif braucht sie, um mit Word zu arbeiten. Bitte prüfen Sie die Internetverbindung oder fragen Sie Ihre IT, ob Microsofts Adressen für Office-Add-ins freigegeben sind.");
  } else {
    Office.onReady((info) => {
      if (info.host !== Office.HostType.Word) {
        showNotice(container, "Beschlussreif ist ein Add-in für Word. Öffnen Sie es in Word über die Registerkarte Start.");
        return;
      }
      mountTaskPane(container, createWordHost(officeJs(), { configuration: loadConfiguration() }), officeBackground());
    });
  }
}
