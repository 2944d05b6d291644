/** The demo: the document on the left, the real task pane on the right, any .docx the user opens. */
import { useCallback, useEffect, useMemo, useState } from "react";
import { readDocx } from "../docx";
import type { DocumentModel } from "../model/document";
import { ThemedApp } from "../taskpane/mount";
import { DocumentView } from "./DocumentView";
import { SelectionPicker } from "./SelectionPicker";
import type { WordHost } from "../taskpane/host";
import { createDemoHost, type DemoHost } from "./host";
import { loadConfiguration } from "../taskpane/configuration";

export const DEMO_DOCUMENT_URL = "demo/demo.docx";

interface Source {
  name: string;
  /** Increases with every opened file so that the pane starts afresh. */
  serial: number;
  model: Promise<DocumentModel>;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Das Demodokument konnte nicht geladen werden (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

function readBytes(bytes: Promise<Uint8Array>): Promise<DocumentModel> {
  return bytes.then((b) => readDocx(b));
}

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A document that cannot be read: the pane shows the reader's German message, as Word's pane would. */
function unreadableHost(message: string): WordHost {
  return { refresh: () => Promise.reject(new Error(message)), select: () => Promise.resolve(), actions: {}, limitations: [] };
}

/** What was read of one opened file (`serial`): the model as opened and as last read back from Word, or why not. */
interface Loaded {
  serial: number;
  /** The document as opened: the simulated Word starts from it. */
  opened: DocumentModel | null;
  /** The document as last read back from Word. */
  model: DocumentModel | null;
  failure: string | null;
}

export function DemoPage() {
  const [source, setSource] = useState<Source>(() => ({ name: "Demodokument", serial: 0, model: readBytes(fetchBytes(DEMO_DOCUMENT_URL)) }));
  const [loaded, setLoaded] = useState<Loaded>({ serial: -1, opened: null, model: null, failure: null });
  const [selected, setSelected] = useState<number | null>(null);
  // Only what was read of the file now open counts: from the moment another is chosen, nothing of the previous one
  // shows, and a read of the previous document that finishes late is dropped.
  const { opened, model, failure } = loaded.serial === source.serial ? loaded : { opened: null, model: null, failure: null };

  useEffect(() => {
    let current = true;
    setSelected(null);
    source.model.then(
      (m) => { if (current) setLoaded({ serial: source.serial, opened: m, model: m, failure: null }); },
      (e: unknown) => { if (current) setLoaded({ serial: source.serial, opened: null, model: null, failure: e instanceof Error ? e.message : String(e) }); },
    );
    return () => { current = false; };
  }, [source]);

  const show = useCallback((paragraph: number) => {
    setSelected(paragraph);
    document.getElementById(`absatz-${paragraph}`)?.scrollIntoView({ block: "center" });
  }, []);

  // The demo server serves a configuration beside the page, as a county's web server does beside taskpane.html.
  const configuration = useMemo(loadConfiguration, []);
  const serial = source.serial;
  const demoHost = useMemo<DemoHost | null>(() => (opened ? createDemoHost(opened,
    (read) => setLoaded((l) => (l.serial === serial ? { ...l, model: read } : l)), show, configuration) : null), [opened, serial, show, configuration]);
  const host = useMemo(() => demoHost ?? (failure ? unreadableHost(failure) : null), [demoHost, failure]);
  const storage = useMemo(storageOrNull, []);

  const open = (file: File) => {
    setSource((s) => ({ name: file.name, serial: s.serial + 1, model: readBytes(file.arrayBuffer().then((b) => new Uint8Array(b))) }));
  };

  return (
    <>
      <header className="demo-header">
        <h1>Beschlussreif – Demo im Browser</h1>
        <p>
          Links steht das Dokument mit allen Änderungen und Kommentaren, rechts der Aufgabenbereich, wie er in Word erscheint.
          Alles bleibt in diesem Browser; es wird nichts hochgeladen.
        </p>
        <label className="file-label">
          Eigenes Dokument öffnen (.docx):{" "}
          <input type="file" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) open(f); }} />
        </label>
      </header>
      <div className="demo-body">
        <main className="demo-document" aria-label={`Dokument: ${source.name}`}>
          <h2 className="document-name">Dokument: {source.name}</h2>
          {failure && <p role="alert" className="failure">{failure}</p>}
          {!failure && !model && <p>Das Dokument wird gelesen …</p>}
          {model && host && <SelectionPicker model={model} onSelect={(paragraph) => host.select(paragraph)} />}
          {model && <DocumentView model={model} selected={selected} onSelectText={demoHost?.selectText} />}
        </main>
        <aside className="demo-pane" aria-label="Aufgabenbereich Beschlussreif">
          {host ? <ThemedApp key={source.serial} host={host} officeBackground={null} storage={storage} /> : <p>Der Aufgabenbereich wartet auf das Dokument …</p>}
        </aside>
      </div>
    </>
  );
}
