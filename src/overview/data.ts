/** One overview's data from an analysis: what the command line, the task pane and the benchmark render. */
import type { Amendment, IsoDate } from "../amendments/types";
import type { BeiratItem } from "../beirat";
import type { DocumentModel } from "../model/document";
import { beiratRows } from "./beirat";
import { buildSynopse } from "./synopse";
import { amendmentRows } from "./tables";
import type { AmendmentOptions, OverviewData, OverviewKind } from "./types";

export interface OverviewSource {
  model: DocumentModel;
  amendments: readonly Amendment[];
  beirat: readonly BeiratItem[];
}

export interface OverviewRequest extends AmendmentOptions {
  kind: OverviewKind;
  /** Date line, "YYYY-MM-DD" (the caller reads the clock). */
  date: IsoDate;
  groupBySection?: boolean;
}

/** The paper's title: the document's title property, else its first "Title" paragraph, else "Entwurf". */
export function paperTitle(model: DocumentModel): string {
  const titled = model.paragraphs.find((p) => p.builtInStyle === "Title" && p.text.trim());
  return model.properties.title?.trim() || titled?.text.trim() || "Entwurf";
}

export function overviewData(source: OverviewSource, request: OverviewRequest): OverviewData {
  const title = paperTitle(source.model);
  switch (request.kind) {
    case "amendments":
      return { kind: "amendments", rows: amendmentRows(source.model, source.amendments, request), groupBySection: request.groupBySection ?? false, title, date: request.date };
    case "synopse":
      return { kind: "synopse", synopse: buildSynopse(source.model, { title, date: request.date }), unchanged: "collapsed" };
    case "beirat":
      return { kind: "beirat", rows: beiratRows(source.model, source.beirat), title, date: request.date };
  }
}
