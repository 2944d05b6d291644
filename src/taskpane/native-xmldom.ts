/**
 * In the browser bundles, webpack maps `@xmldom/xmldom` to this module: the platform's own DOMParser and
 * XMLSerializer implement the same standard API, so the task pane does not ship a second XML DOM (≈ 30 KB gzip).
 * Browsers never load external entities; our parsers refuse DOCTYPE before parsing anyway.
 */
export const DOMParser = globalThis.DOMParser;
export const XMLSerializer = globalThis.XMLSerializer;
