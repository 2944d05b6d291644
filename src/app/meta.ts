/**
 * What Beschlussreif reads in a document (`beschlussreif meta`): counts, what the reader skipped, the table of
 * contents, the Anträge, stored-data problems.
 */
import { checkStorage, collectAmendments, type Amendment, type Registry } from "../amendments";
import { checkOutline, type OutlineReport } from "../checks/outline";
import type { DocumentModel, ReaderMessage } from "../model/document";
import type { Finding } from "../model/findings";
import { readerMessageText } from "../model/labels";
import { documentStatistics, type DocumentStatistics } from "../model/statistics";

export interface DocumentReport {
  statistics: DocumentStatistics;
  /** What the reader met and could not turn into text, each with its German description. */
  readerMessages: (ReaderMessage & { message: string })[];
  toc: { source: OutlineReport["tocSource"]; entries: OutlineReport["toc"] };
  amendments: Amendment[];
  /** What keeps the report from being complete: stored records that cannot be read (`meta/storage-unreadable`). */
  findings: Finding[];
}

/** `registry`: the configured one, which the document's own takes precedence over. */
export function describeDocument(model: DocumentModel, registry?: Registry): DocumentReport {
  const outline = checkOutline(model);
  const collection = collectAmendments(model, registry);
  return {
    statistics: documentStatistics(model),
    readerMessages: model.readerMessages.map((m) => ({ ...m, message: readerMessageText(m) })),
    toc: { source: outline.tocSource, entries: outline.toc },
    amendments: collection.amendments,
    findings: checkStorage(collection.storageProblem),
  };
}
