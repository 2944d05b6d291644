/**
 * Replies written as comments. Word on the web has refused `Comment.reply` (OfficeDev/office-js #6720) while
 * `Range.insertComment` works; the add-in then writes the reply as a new comment on the thread's text, its text
 * marked as a reply. Both readers (Word and .docx) fold such a comment back into the thread it answers: the first
 * unmarked comment on exactly the same text. A marked comment with no such thread stays a comment of its own.
 */
import type { Comment, DocumentModel } from "./document";

/** What starts a reply written as a comment: "↪ Antwort: ". */
export const REPLY_MARK = "\u21AA Antwort: ";

export const asReplyComment = (text: string): string => `${REPLY_MARK}${text}`;

const sameAnchor = (a: Comment, b: Comment) =>
  a.anchor !== null && b.anchor !== null
  && a.anchor.start.paragraph === b.anchor.start.paragraph && a.anchor.start.offset === b.anchor.start.offset
  && a.anchor.end.paragraph === b.anchor.end.paragraph && a.anchor.end.offset === b.anchor.end.offset;

/** The model with every reply written as a comment moved into its thread (and out of the runs' comment ids). */
export function foldReplyComments(model: DocumentModel): DocumentModel {
  const folded = new Set<string>();
  const threads = new Map<string, Comment>();
  for (const c of model.comments) {
    if (!c.text.startsWith(REPLY_MARK)) continue;
    const parent = model.comments.find((p) => !p.text.startsWith(REPLY_MARK) && sameAnchor(p, c));
    if (!parent) continue;
    const thread = threads.get(parent.id) ?? { ...parent, replies: [...parent.replies] };
    thread.replies.push({ id: c.id, author: c.author, initials: c.initials, date: c.date, text: c.text.slice(REPLY_MARK.length), durableId: c.durableId, paraId: c.paraId });
    threads.set(parent.id, thread);
    folded.add(c.id);
  }
  if (folded.size === 0) return model;
  return {
    ...model,
    comments: model.comments.filter((c) => !folded.has(c.id)).map((c) => threads.get(c.id) ?? c),
    paragraphs: model.paragraphs.map((p) => (p.runs.some((r) => r.commentIds.some((id) => folded.has(id)))
      ? { ...p, runs: p.runs.map((r) => ({ ...r, commentIds: r.commentIds.filter((id) => !folded.has(id)) })) }
      : p)),
  };
}
