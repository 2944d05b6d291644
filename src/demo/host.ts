/**
 * The task pane's host in the demo page: the same Word host as in Word, running on the Word simulator over the
 * opened .docx. Overviews are saved as files; the page re-renders the document after every read.
 */
import type { LoadedConfiguration } from "../config";
import type { DocumentModel } from "../model/document";
import { createWordSimulator } from "../simulator";
import type { WordHost } from "../taskpane/host";
import { createWordHost } from "../taskpane/word-host";

const MIME: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officesheetml.sheet",
  csv: "text/csv;charset=utf-8",
  html: "text/html;charset=utf-8",
  json: "application/json",
};

function download(fileName: string, data: Uint8Array | string): void {
  const type = MIME[fileName.split(".").pop() ?? ""] ?? "application/octet-stream";
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function createDemoHost(
  model: DocumentModel,
  onDocumentRead: (model: DocumentModel) => void,
  show: (paragraph: number) => void,
  configuration: Promise<LoadedConfiguration>,
): WordHost {
  const word = createWordHost(createWordSimulator(model, { author: "Sachbearbeitung (Demo)" }), { download, onDocumentRead, configuration });
  return {
    ...word,
    // Each refresh sets the Word host's limitations anew (see WordHost.limitations): read them through.
    get limitations() { return word.limitations; },
    select: async (paragraph, range) => {
      await word.select(paragraph, range);
      show(paragraph);
    },
    overviewTargets: ["download", "cursor"],
  };
}
