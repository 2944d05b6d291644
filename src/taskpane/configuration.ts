/**
 * The county's configuration in the task pane: `beschlussreif.config.json` beside taskpane.html on the add-in's web
 * server, so that IT edits one file and needs no rebuild. This is the product's only network request, and the lint
 * rules allow it here alone: the page's own origin (mode "same-origin" refuses any other, also after a redirect; the
 * page's Content-Security-Policy says connect-src 'self'), a fixed relative name, revalidated so that a changed file counts.
 */
import { CONFIGURATION_FILE, configurationFromResponse, configurationUnreachable, type LoadedConfiguration } from "../config";

/** Never rejects: whatever goes wrong, the pane starts with the built-in defaults and says why. */
export async function loadConfiguration(): Promise<LoadedConfiguration> {
  try {
    const response = await fetch(CONFIGURATION_FILE, { mode: "same-origin", credentials: "same-origin", cache: "no-cache" });
    return await configurationFromResponse(response.status, () => response.text());
  } catch {
    return configurationUnreachable();
  }
}
