/** What the Word reader must reproduce of readDocx's model, in a comparable form. */
import type { DocumentModel, TrackedChangeKind } from "../../src/model/document";

const SAME_IN_WORD: Partial<Record<TrackedChangeKind, TrackedChangeKind>> = {
  moveFrom: "deletion", moveTo: "insertion", paragraphFormatting: "runFormatting", rowDeletion: "deletion", rowInsertion: "insertion",
};

/** Highlighted words (whole words only: Word reports highlights to the reader word by word). */
function highlightedWords(p: DocumentModel["paragraphs"][number]): string[] {
  const colors: Array<string | null> = Array.from({ length: p.text.length }, () => null);
  for (const r of p.runs) {
    if (r.revision.kind === "deleted" || r.revision.kind === "movedFrom") continue;
    for (let k = 0; k < r.text.length; k++) colors[r.finalOffset + k] = r.format.highlight;
  }
  const out: string[] = [];
  let start = 0;
  for (const word of p.text.split(" ")) {
    const c = colors.slice(start, start + word.length);
    if (word && c[0] && c.every((x) => x === c[0])) out.push(`${c[0]}:${word}`);
    start += word.length + 1;
  }
  return out;
}

const time = (iso: string | null) => (iso ? Date.parse(iso) : null);

/** `parts`: the custom XML namespaces the Word reader was asked for; it never fetches others. */
export function comparable(model: DocumentModel, parts: readonly string[]) {
  return {
    paragraphs: model.paragraphs.map((p) => ({
      text: p.text, originalText: p.originalText, builtInStyle: p.builtInStyle, outlineLevel: p.outlineLevel,
      note: p.note ? { kind: p.note.kind, number: p.note.number } : null,
      list: p.list ? { label: p.list.label, level: p.list.level } : null, tableDepth: p.table?.depth ?? 0,
      markInserted: p.markInserted !== null, markDeleted: p.markDeleted !== null,
      highlights: highlightedWords(p),
    })),
    comments: model.comments.filter((c) => c.anchor).map((c) => ({
      id: c.id, author: c.author, date: time(c.date), text: c.text, resolved: c.resolved, anchorText: c.anchorText,
      anchorParagraph: c.anchor!.start.paragraph,
      replies: c.replies.map((r) => ({ id: r.id, author: r.author, date: time(r.date), text: r.text })),
    })),
    notes: model.notes.map((n) => ({ kind: n.kind, number: n.number, reference: n.reference })),
    trackedChanges: model.trackedChanges
      .filter((c) => c.location && c.kind !== "tableChange")
      .map((c) => JSON.stringify({ kind: SAME_IN_WORD[c.kind] ?? c.kind, author: c.author, date: time(c.date), text: c.text, story: c.story, paragraph: c.location!.start.paragraph }))
      .sort(),
    bookmarks: model.bookmarks.filter((b) => b.range).map((b) => b.name).sort(),
    customXml: model.customXmlParts.filter((p) => parts.includes(p.namespaceUri ?? "")).map((p) => ({ namespaceUri: p.namespaceUri, xml: p.xml })),
    trackRevisions: model.trackRevisions,
  };
}
