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
  /**
   * Comments in the Änderungsübersicht: rows for comments without a change and a column with the threads.
   * Off unless asked for: the committee reads the Antrag, its Begründung and the Stellungnahme.
   */
  includeComments?: boolean;
  /** Editorial changes of the add-in's own ("redaktionelle Änderung"): off unless asked for (`--include-editorial`). */
  includeEditorial?: boolean;
  /** Mark values read from an annotation and not yet confirmed (default on). */
  markUnconfirmed?: boolean;
}

/** The paper's title: the document's title property, else its first "Title" paragraph, else "Entwurf". */
export function paperTitle(model: DocumentModel): string {
  const titled = model.paragraphs.find((p) => p.builtInStyle === "Title" && p.text.trim());
  return model.properties.title?.trim() || titled?.text.trim() || "Entwurf";
}

export function overviewData(source: OverviewSource, request: OverviewRequest): OverviewData {
  const title = paperTitle(source.model);
  switch (request.kind) {
    case "amendments": {
      const comments = request.includeComments ?? false;
      return {
        kind: "amendments", rows: amendmentRows(source.model, source.amendments, { ...request, includeComments: comments }),
        groupBySection: request.groupBySection ?? false, comments, markUnconfirmed: request.markUnconfirmed ?? true, title, date: request.date,
      };
    }
    case "synopse":
      return { kind: "synopse", synopse: buildSynopse(source.model, { title, date: request.date, omit: request.omit }), unchanged: "collapsed" };
    case "beirat":
      return { kind: "beirat", rows: beiratRows(source.model, source.beirat), title, date: request.date };
  }
}
