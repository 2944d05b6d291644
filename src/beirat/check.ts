/** `beirat/unanswered`: the Teilhabebeirat's questions that nobody has answered or closed yet. */
import { formatDateDe } from "../model/labels";
import type { Finding } from "../model/findings";
import { noteName } from "../model/notes";
import type { BeiratItem } from "./items";

const EXCERPT = 60;

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > EXCERPT ? `${t.slice(0, EXCERPT - 1)}…` : t;
}

function place(item: BeiratItem): string {
  if (item.paragraph === null) return "an einer nicht mehr auffindbaren Stelle";
  const section = item.section !== null ? `in Abschnitt ${item.section}` : null;
  if (item.note) return section ? `${section}, ${noteName(item.note)}` : `in ${noteName(item.note)}`;
  return section ?? `in Absatz ${item.paragraph + 1}`;
}

export function checkBeirat(items: readonly BeiratItem[]): Finding[] {
  return items
    .filter((i) => i.kind === "question" && i.state === "offen")
    .map((i) => {
      const text = excerpt(i.text);
      const dated = i.datum ? ` vom ${formatDateDe(i.datum)}` : "";
      const about = text ? ` zu „${text}“` : "";
      return {
        rule: "beirat/unanswered" as const,
        severity: "warning" as const,
        message: `Die Frage des Teilhabebeirats${dated} ${place(i)}${about} ist noch nicht beantwortet.`,
        location: { paragraph: i.paragraph, section: i.section, note: i.note, text: text || null },
        data: { nr: i.nr, commentId: i.commentId, question: i.comment },
      };
    });
}
