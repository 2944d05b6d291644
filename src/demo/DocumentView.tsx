/**
 * The document as a reader sees it with "all markup": insertions and deletions labelled in text,
 * pink markings with a badge, comments in a margin list. Colour is never the only signal.
 */
import { useEffect, useRef, type ReactNode } from "react";
import { collectBeiratItems, type BeiratState } from "../beirat";
import { isRemoved, type Comment, type DocumentModel, type Note, type Paragraph, type Run, type TextRange, type TrackedChange } from "../model/document";
import { formatDateDe } from "../model/labels";
import { bodyParagraphCount, noteName } from "../model/notes";
import { runMark, textOn } from "./marks";
import { modelSelection } from "./selection";

function changeTitle(verb: string, change: TrackedChange | undefined): string {
  return change ? `${verb} von ${change.author || "unbekannt"} am ${formatDateDe(change.date)}` : verb;
}

/** Runs that read as one: same change, same marking and emphasis (the Word reader splits a marking word by word). */
function sameLook(a: Run, b: Run): boolean {
  const ma = runMark(a.format), mb = runMark(b.format);
  const change = (r: Run) => ("changeId" in r.revision ? `${r.revision.kind}:${r.revision.changeId}` : r.revision.kind);
  return change(a) === change(b) && ma.kind === mb.kind && (ma.kind !== "highlight" || mb.kind !== "highlight" || ma.css === mb.css)
    && a.format.bold === b.format.bold && a.format.italic === b.format.italic && (a.commentIds.length > 0) === (b.commentIds.length > 0);
}

function groupRuns(runs: readonly Run[]): Run[][] {
  const groups: Run[][] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    if (last && sameLook(last[0], run)) last.push(run);
    else groups.push([run]);
  }
  return groups;
}

/** Runs of one look, labelled once: "eingefügt: und in Leichter Sprache", not a label per word. */
function RunView({ runs, changes }: { runs: Run[]; changes: Map<string, TrackedChange> }) {
  const [run] = runs;
  const mark = runMark(run.format);
  // Each run's own text, with its place in the final view: what a selection in the page is measured by (selection.ts).
  let content: ReactNode = runs.map((r, i) => (isRemoved(r.revision) ? r.text : <span key={i} data-offset={r.finalOffset}>{r.text}</span>));
  switch (mark.kind) {
    case "pinkBackground":
      content = <mark className="pink"><span className="badge">pink markiert</span>{content}</mark>;
      break;
    case "pinkText":
      content = <span className="pink-text"><span className="badge">pinke Schrift</span>{content}</span>;
      break;
    case "highlight":
      content = <mark style={{ background: mark.css, color: textOn(mark.css) }} title={`hervorgehoben (${mark.name})`}>{content}</mark>;
      break;
  }
  if (run.format.bold) content = <strong>{content}</strong>;
  if (run.format.italic) content = <em>{content}</em>;
  if (run.commentIds.length > 0) content = <span className="commented" title="kommentierter Text">{content}</span>;
  const r = run.revision;
  if (r.kind === "inserted" || r.kind === "movedTo") {
    const label = r.kind === "inserted" ? "eingefügt" : "verschoben hierher";
    return <ins title={changeTitle(label, changes.get(r.changeId))}><span className="tc-label">{label}:</span>{content}</ins>;
  }
  if (r.kind === "deleted" || r.kind === "movedFrom" || r.kind === "insertedRemoved") {
    const label = r.kind === "deleted" ? "gelöscht" : r.kind === "movedFrom" ? "verschoben von hier" : "eingefügt und wieder entfernt";
    return <del title={changeTitle(label, changes.get(r.changeId))}><span className="tc-label">{label}:</span>{content}</del>;
  }
  return <>{content}</>;
}

function ParagraphView({ p, selected, changes, markers }: {
  p: Paragraph;
  selected: boolean;
  changes: Map<string, TrackedChange>;
  markers: string[];
}) {
  const children = (
    <>
      {p.list?.label && <span className="list-label">{p.list.label} </span>}
      {groupRuns(p.runs).map((runs, i) => <RunView key={i} runs={runs} changes={changes} />)}
      {p.markInserted && <span className="tc-note"> (Absatz eingefügt)</span>}
      {p.markDeleted && <span className="tc-note"> (Absatzende gelöscht)</span>}
      {markers.map((m) => <sup key={m} className="comment-marker">{m}</sup>)}
    </>
  );
  const props = { id: `absatz-${p.index}`, "data-paragraph": p.index, "data-length": p.text.length, className: [selected ? "selected" : "", p.table ? "in-table" : ""].join(" ").trim() || undefined };
  if (p.outlineLevel !== null && !p.table) {
    const level = Math.min(p.outlineLevel + 1, 6);
    const Tag = `h${level}` as "h2";
    return <Tag {...props}>{children}</Tag>;
  }
  return <p {...props}>{children}</p>;
}

/** `beirat`: the state of the Teilhabebeirat's question this comment carries, as the pane counts it. */
function CommentView({ c, marker, model, beirat }: { c: Comment; marker: string; model: DocumentModel; beirat: BeiratState | undefined }) {
  const anchorParagraph = c.anchor ? model.paragraphs[c.anchor.start.paragraph] : null;
  return (
    <li className={c.resolved ? "resolved" : undefined}>
      <p className="comment-head">
        <span className="comment-marker">{marker}</span> {c.author || "unbekannt"}, {formatDateDe(c.date)}
        {beirat ? <span className="badge">Teilhabebeirat: {beirat}</span> : c.resolved && <span className="badge neutral">erledigt</span>}
      </p>
      <p>{c.text}</p>
      {c.anchorText && <p className="comment-anchor">zu: „{c.anchorText.length > 80 ? `${c.anchorText.slice(0, 79)}…` : c.anchorText}“</p>}
      {!anchorParagraph && <p className="comment-anchor">(Textstelle nicht mehr vorhanden)</p>}
      {c.replies.length > 0 && (
        <ul className="replies" aria-label={`Antworten auf ${marker}`}>
          {c.replies.map((r) => <li key={r.id}><strong>{r.author || "unbekannt"}, {formatDateDe(r.date)}:</strong> {r.text}</li>)}
        </ul>
      )}
    </li>
  );
}

/** The notes after the text, each with its number, as Word prints endnotes. */
function NotesView({ model, render }: { model: DocumentModel; render: (p: Paragraph) => ReactNode }) {
  const notes = new Map<Note, Paragraph[]>();
  for (const p of model.paragraphs.slice(bodyParagraphCount(model))) if (p.note) notes.set(p.note, [...(notes.get(p.note) ?? []), p]);
  if (notes.size === 0) return null;
  return (
    <section className="notes" aria-labelledby="noten-titel">
      <h2 id="noten-titel">Fuß- und Endnoten</h2>
      {[...notes].map(([note, paragraphs]) => (
        <div key={`${note.kind}-${note.number}`} className="note" aria-label={noteName(note)}>
          <p className="note-name">{noteName(note)}</p>
          {paragraphs.map(render)}
        </div>
      ))}
    </section>
  );
}

/**
 * The text can be selected with mouse and keyboard (caret keys with Shift: it is editable for the caret, but every
 * edit is refused); each selection inside it is handed on as a model range.
 */
function useTextSelection(onSelectText: ((range: TextRange) => void) | undefined) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const article = ref.current;
    if (!article || !onSelectText) return;
    const refuse = (e: Event) => e.preventDefault();
    const changed = () => {
      const range = modelSelection(document.getSelection(), article);
      if (range) onSelectText(range);
    };
    article.addEventListener("beforeinput", refuse);
    article.addEventListener("drop", refuse);
    document.addEventListener("selectionchange", changed);
    return () => {
      article.removeEventListener("beforeinput", refuse);
      article.removeEventListener("drop", refuse);
      document.removeEventListener("selectionchange", changed);
    };
  }, [onSelectText]);
  return ref;
}

export function DocumentView({ model, selected, onSelectText }: {
  model: DocumentModel;
  selected: number | null;
  /** Told the range the user selects in the text. */
  onSelectText?: (range: TextRange) => void;
}) {
  const articleRef = useTextSelection(onSelectText);
  const changes = new Map(model.trackedChanges.map((t) => [t.id, t]));
  const markers = new Map<number, string[]>();
  const markerOf = new Map<string, string>();
  const beiratState = new Map(collectBeiratItems(model).flatMap((i) => (i.commentId ? [[i.commentId, i.state] as const] : [])));
  const paragraph = (p: Paragraph) => (
    <ParagraphView key={p.index} p={p} selected={selected === p.index} changes={changes} markers={markers.get(p.index) ?? []} />
  );
  model.comments.forEach((c, i) => {
    const marker = `K${i + 1}`;
    markerOf.set(c.id, marker);
    if (c.anchor) markers.set(c.anchor.start.paragraph, [...(markers.get(c.anchor.start.paragraph) ?? []), marker]);
  });
  return (
    <div className="document-layout">
      <article ref={articleRef} className="document" aria-label="Dokumenttext (zum Markieren, nicht bearbeitbar)"
        contentEditable={onSelectText ? true : undefined} suppressContentEditableWarning spellCheck={false}>
        {model.paragraphs.length === 0 && <p>Das Dokument ist leer.</p>}
        {model.paragraphs.slice(0, bodyParagraphCount(model)).map(paragraph)}
        <NotesView model={model} render={paragraph} />
      </article>
      <section className="comments" aria-labelledby="kommentare-titel">
        <h2 id="kommentare-titel">Kommentare ({model.comments.length})</h2>
        {model.comments.length === 0 ? <p>Keine Kommentare.</p> : (
          <ol>
            {model.comments.map((c) => <CommentView key={c.id} c={c} marker={markerOf.get(c.id)!} model={model} beirat={beiratState.get(c.id)} />)}
          </ol>
        )}
        {/* What the add-in stored in the document (custom XML parts), as Word keeps it. */}
        <section className="stored" aria-labelledby="gespeichert-titel">
          <h2 id="gespeichert-titel">Gespeicherte Daten ({model.customXmlParts.length})</h2>
          {model.customXmlParts.map((part) => (
            <details key={part.id}>
              <summary>{part.namespaceUri ?? part.id}</summary>
              <pre>{part.xml}</pre>
            </details>
          ))}
        </section>
      </section>
    </div>
  );
}
