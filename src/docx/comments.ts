/**
 * Comments with their threads: comments.xml for author, date and text; commentsExtended.xml links a reply
 * to its parent (`w15:paraIdParent`) and marks it done; commentsIds.xml gives the durable id. All three
 * are keyed by the paraId of the comment's last paragraph.
 */
import { isoDateTimeOrNull } from "../model/dates";
import type { Comment, CommentReply, Paragraph, TextPosition, TextRange, TrackedChange } from "../model/document";
import type { ReaderMessages } from "./messages";
import { readStory, type CommentMarks } from "./story";
import type { Styles } from "./styles";
import type { XmlElement } from "./xml";

interface RawComment extends CommentReply {
  parentParaId: string | null;
  done: boolean;
}

export interface CommentParts {
  comments: XmlElement | undefined;
  extended: XmlElement | undefined;
  ids: XmlElement | undefined;
}


/** The final-view text between two positions (of the body or one note). */
export function textBetween(paragraphs: readonly Paragraph[], range: TextRange): string {
  const { start, end } = range;
  if (start.paragraph >= paragraphs.length) return "";
  if (start.paragraph === end.paragraph) return paragraphs[start.paragraph].text.slice(start.offset, end.offset);
  const parts = [paragraphs[start.paragraph].text.slice(start.offset)];
  for (let i = start.paragraph + 1; i < end.paragraph && i < paragraphs.length; i++) parts.push(paragraphs[i].text);
  if (end.paragraph < paragraphs.length) parts.push(paragraphs[end.paragraph].text.slice(0, end.offset));
  return parts.join("\n");
}

function anchorOf(marks: CommentMarks | undefined): TextRange | null {
  if (!marks) return null;
  const start: TextPosition | undefined = marks.start ?? marks.reference ?? marks.end;
  if (!start) return null;
  const end = marks.end ?? marks.reference ?? start;
  const after = end.paragraph > start.paragraph || (end.paragraph === start.paragraph && end.offset >= start.offset);
  return { start, end: after ? end : start };
}

export function readComments(
  parts: CommentParts,
  reading: { styles: Styles; messages: ReaderMessages; part: string },
  body: { paragraphs: readonly Paragraph[]; marks: Map<string, CommentMarks> },
  trackedChanges: TrackedChange[],
): Comment[] {
  if (!parts.comments) return [];
  const extended = new Map<string, { parent: string | null; done: boolean }>();
  for (const ex of parts.extended?.children ?? []) {
    const paraId = ex.attrs["w15:paraId"];
    if (ex.name !== "w15:commentEx" || !paraId) continue;
    const done = ex.attrs["w15:done"];
    extended.set(paraId.toUpperCase(), {
      parent: ex.attrs["w15:paraIdParent"]?.toUpperCase() ?? null,
      done: done === "1" || done === "true",
    });
  }
  const durable = new Map<string, string>();
  for (const c of parts.ids?.children ?? []) {
    const paraId = c.attrs["w16cid:paraId"];
    const id = c.attrs["w16cid:durableId"];
    if (c.name === "w16cid:commentId" && paraId && id) durable.set(paraId.toUpperCase(), id);
  }

  const raw: RawComment[] = [];
  for (const el of parts.comments.children) {
    if (el.name !== "w:comment") continue;
    const story = readStory(el.children, { story: "comments", part: reading.part, numbering: null }, reading);
    trackedChanges.push(...story.trackedChanges);
    const lastParaId = [...story.paragraphs].reverse().find((p) => p.paraId)?.paraId?.toUpperCase() ?? null;
    const ex = lastParaId ? extended.get(lastParaId) : undefined;
    raw.push({
      id: el.attrs["w:id"] ?? "",
      author: el.attrs["w:author"] ?? "",
      initials: el.attrs["w:initials"] ?? null,
      date: isoDateTimeOrNull(el.attrs["w:date"]),
      text: story.paragraphs.map((p) => p.text).join("\n"),
      durableId: lastParaId ? durable.get(lastParaId) ?? null : null,
      paraId: lastParaId,
      parentParaId: ex?.parent ?? null,
      done: ex?.done ?? false,
    });
  }

  // A reply whose parent is missing (or is itself a reply) attaches to the root of its thread;
  // one whose parent cannot be found at all stays a comment of its own.
  const byParaId = new Map(raw.filter((r) => r.paraId).map((r) => [r.paraId!, r]));
  const rootOf = (r: RawComment): RawComment => {
    let cur = r;
    for (let hops = 0; cur.parentParaId && hops < raw.length; hops++) {
      const parent = byParaId.get(cur.parentParaId);
      if (!parent || parent === cur) break;
      cur = parent;
    }
    return cur;
  };
  const threads = new Map<RawComment, RawComment[]>();
  for (const r of raw) {
    const root = rootOf(r);
    if (root === r) threads.set(r, threads.get(r) ?? []);
    else threads.set(root, [...(threads.get(root) ?? []), r]);
  }

  const comments: Comment[] = [];
  for (const [root, replies] of threads) {
    const anchor = anchorOf(body.marks.get(root.id));
    comments.push({
      id: root.id,
      author: root.author,
      initials: root.initials,
      date: root.date,
      text: root.text,
      anchor,
      anchorText: anchor ? textBetween(body.paragraphs, anchor) : "",
      replies: replies.map((r) => ({
        id: r.id, author: r.author, initials: r.initials, date: r.date, text: r.text, durableId: r.durableId, paraId: r.paraId,
      })),
      // Word marks a thread done on the parent or on a reply; either resolves the thread.
      resolved: root.done || replies.some((r) => r.done),
      durableId: root.durableId,
      paraId: root.paraId,
    });
  }
  return comments;
}
