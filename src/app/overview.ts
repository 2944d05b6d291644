/**
 * Overviews (Änderungsübersicht, Synopse, Beiratsliste) as each target wants them: rows for a table at the cursor,
 * a .docx to open as a new Word document, or a file — the same data and rendering for the pane and the command line.
 */
import type { AnalysisResult } from "../analysis";
import { OPARL_BASE_MISSING } from "../config/configuration";
import { formatDateDe } from "../model/labels";
import { overviewData, type OverviewRequest } from "../overview/data";
import type { OparlOptions } from "../overview/oparl";
import type { OverviewData, OverviewFormat } from "../overview/types";
import { Refusal } from "./refusal";

/** Each format its own file name: the JSON and the OParl file must not overwrite each other in the downloads. */
const FILE_EXTENSION: Record<OverviewFormat, string> = { docx: "docx", xlsx: "xlsx", csv: "csv", html: "html", json: "json", oparl: "oparl.json" };
const FILE_TITLE: Record<OverviewData["kind"], string> = { amendments: "Aenderungsuebersicht", synopse: "Synopse", beirat: "Beiratsliste" };

/** The overview data of an analysis, for the pane and the command line alike. */
export function overviewOf(analysis: AnalysisResult, request: OverviewRequest): OverviewData {
  return overviewData({ model: analysis.model, amendments: analysis.amendments, beirat: analysis.beirat }, request);
}

export interface OverviewContext {
  /** When the overview is made, as files show it. */
  now: Date;
  /** For the OParl format (see `oparlContext`). */
  oparl?: Omit<OparlOptions, "title">;
}

/**
 * What the OParl export needs of an analysis: ids under `base` (the configuration's OParl address, or the command
 * line's --base-url), the registry in force for organisations, the configured paper type, the document's dates.
 */
export function oparlContext(analysis: AnalysisResult, base: string | null): Omit<OparlOptions, "title"> | undefined {
  if (base === null) return undefined;
  const { amendments, configuration, model } = analysis;
  return { base, registry: amendments.registry, paperType: configuration.oparl.paperType, document: model.properties };
}

// The renderers (docx, exceljs) load with the first overview: the pane does not carry them at its start.
const renderers = () => import("../overview");

/** The overview as a table for Word (header, plain-text rows, the notes under it), for the cursor. */
export async function overviewTable(data: OverviewData): Promise<{ header: string[]; rows: string[][]; notes: string[] }> {
  const { plain, tableOf } = await renderers();
  const table = tableOf(data);
  const width = table.columns.length;
  const rows = table.rows.map((row) => (row.kind === "data" ? row.cells.map(plain) : [row.text, ...Array<string>(width - 1).fill("")]));
  return { header: table.columns.map((c) => c.header), rows, notes: table.notes };
}

/** The overview as a file: its name ("Synopse-01.04.2025.html") and content. */
export async function overviewFile(data: OverviewData, format: OverviewFormat, context: OverviewContext): Promise<{ name: string; data: Uint8Array | string }> {
  if (format === "oparl" && !context.oparl) throw new Refusal(OPARL_BASE_MISSING);
  const rendered = await (await renderers()).renderOverview(data, format, context.oparl);
  return { name: `${FILE_TITLE[data.kind]}-${formatDateDe(context.now.toISOString())}.${FILE_EXTENSION[format]}`, data: rendered };
}

/** The overview as a Word document to open: only the docx format is one. */
export async function overviewDocument(data: OverviewData, format: OverviewFormat, context: OverviewContext): Promise<Uint8Array> {
  const { data: rendered } = await overviewFile(data, format, context);
  if (typeof rendered === "string") throw new Refusal("Als neues Word-Dokument lässt sich nur das Format „Word-Dokument“ öffnen.");
  return rendered;
}
