/**
 * The county's configuration in the task pane: `beschlussreif.config.json` beside taskpane.html on the add-in's web
 * server, so that IT edits one file and needs no rebuild. This is the product's only network request, and the lint
 * rules allow it here alone: the page's own origin (mode "same-origin", the page's Content-Security-Policy says
 * connect-src 'self'), a fixed relative name, no credentials sent elsewhere, revalidated so that a changed file counts.
 */
import { CONFIGURATION_FILE, configurationFromResponse, configurationUnreachable, type LoadedConfiguration } from "../config";

export async function loadConfiguration(): Promise<LoadedConfiguration> {
  let response: Response;
  try {
    response = await fetch(CONFIGURATION_FILE, { mode: "same-origin", credentials: "same-origin", cache: "no-cache", redirect: "error" });
  } catch {
    return configurationUnreachable();
  }
  return configurationFromResponse(response.status, () => response.text());
}
