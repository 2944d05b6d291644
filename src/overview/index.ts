/**
 * Overview tables (Änderungsübersicht, Synopse, Beirat list) and their files. The docx and exceljs
 * renderers are loaded on demand, so that the task pane bundle only fetches them when a file is made.
 */
import { renderCsv } from "./csv";
import { renderHtml } from "./html";
import { amendmentsJson, beiratJson, synopseJson } from "./json";
import { tableOf } from "./layout";
import { oparlJson, type OparlOptions } from "./oparl";
import type { OverviewData, OverviewFormat } from "./types";

export { amendmentRows, statusText } from "./tables";
export { overviewData, paperTitle, type OverviewRequest, type OverviewSource } from "./data";
export { buildSynopse, type SynopseOptions } from "./synopse";
export { beiratRows } from "./beirat";
export { amendmentTable, beiratTable, synopseTable, tableOf } from "./layout";
export { renderCsv } from "./csv";
export { renderHtml, escapeHtml } from "./html";
export { amendmentsJson, beiratJson, synopseJson } from "./json";
export { oparlJson, type OparlOptions } from "./oparl";
export { OparlBaseError, parseBaseUrl } from "./oparl-base";
export { plain } from "./marked";
export type * from "./types";

export class OverviewError extends Error {}

/**
 * One overview as a file: bytes for docx/xlsx, text for the others. `oparl` exists for Anträge only
 * and needs `oparl` options: above all the base of its ids, the county's OParl address.
 */
export async function renderOverview(
  data: OverviewData, format: OverviewFormat, oparl?: Omit<OparlOptions, "title">,
): Promise<Uint8Array | string> {
  switch (format) {
    case "docx": return (await import("./docx")).renderDocx(tableOf(data));
    case "xlsx": return (await import("./xlsx")).renderXlsx(tableOf(data));
    case "csv": return renderCsv(tableOf(data));
    case "html": return renderHtml(tableOf(data));
    case "json": {
      const json = data.kind === "amendments" ? amendmentsJson(data.rows) : data.kind === "beirat" ? beiratJson(data.rows) : synopseJson(data.synopse);
      return JSON.stringify(json, null, 2) + "\n";
    }
    case "oparl":
      if (data.kind !== "amendments") throw new OverviewError("Das OParl-Format gibt es nur für die Änderungsübersicht (Art „amendments“).");
      if (!oparl) throw new OverviewError("Für das OParl-Format fehlt die Basisadresse der OParl-Objekte (--base-url oder „oparl.baseUrl“ in der Konfiguration).");
      return JSON.stringify(oparlJson(data.rows, { ...oparl, title: data.title }), null, 2) + "\n";
  }
}
