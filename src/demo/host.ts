/**
 * The task pane's host in the demo page: the same Word host as in Word, running on the Word simulator over the
 * opened .docx. Overviews are saved as files; a "new Word document" is saved as the file Word would open; the page
 * re-renders the document after every read; a selection in the page becomes the simulated Word's selection.
 */
import type { LoadedConfiguration } from "../config";
import type { DocumentModel, TextRange } from "../model/document";
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

export interface DemoHost extends WordHost {
  /** The user selected this range in the page: it becomes Word's selection, as a selection in Word would. */
  selectText(range: TextRange): void;
}

function fromBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export function createDemoHost(
  model: DocumentModel,
  onDocumentRead: (model: DocumentModel) => void,
  show: (paragraph: number) => void,
  configuration: Promise<LoadedConfiguration>,
): DemoHost {
  const simulator = createWordSimulator(model, { author: "Sachbearbeitung (Demo)" });
  const word = createWordHost(simulator, { download, onDocumentRead, configuration });
  const createOverview = word.actions.createOverview!;
  return {
    ...word,
    // Each refresh sets the Word host's limitations anew (see WordHost.limitations): read them through.
    get limitations() { return word.limitations; },
    select: async (paragraph, range) => {
      await word.select(paragraph, range);
      show(paragraph);
    },
    selectText(range) {
      simulator.state.selection = range;
    },
    actions: {
      ...word.actions,
      // Word opens the new document in a window of its own; the browser saves it as Word would name it.
      async createOverview(data, format, target) {
        await createOverview(data, format, target);
        const opened = simulator.state.openedDocuments;
        if (target === "newDocument") download(`Dokument${opened.length}.docx`, fromBase64(opened[opened.length - 1]));
      },
    },
    overviewTargets: ["download", "newDocument", "cursor"],
  };
}
