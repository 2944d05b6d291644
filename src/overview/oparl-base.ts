/**
 * The base of OParl ids: the address under which a county's council information system publishes its OParl objects.
 * A module of its own, without dependencies, because the configuration (in the task pane's first bundle) checks it too.
 */
export class OparlBaseError extends Error {
  override name = "OparlBaseError";
}

/**
 * The base of OParl ids from what a user typed: an absolute http(s) URL with a host and without query, fragment or
 * credentials, normalised by the URL parser and ending in "/". Throws OparlBaseError with a German message.
 */
export function parseBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new OparlBaseError(`„${text}“ ist keine vollständige Adresse (z. B. https://ris.example.org/oparl/).`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new OparlBaseError(`„${text}“ ist keine http- oder https-Adresse.`);
  if (!url.hostname || url.username || url.password || url.search || url.hash) {
    throw new OparlBaseError(`„${text}“ taugt nicht als Basisadresse: bitte ohne Anmeldedaten, ?-Teil und #-Teil.`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
