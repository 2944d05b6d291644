/**
 * Which comments are Anträge. Tracked changes always are; a comment without changes is one when it proposes wording
 * ("Bitte „Potential“ durch „Potenzial“ ersetzen", "Ergänzung: … auch in Leichter Sprache") or carries a recognised
 * annotation ("Antrag der SPD-Kreistagsfraktion vom 14.03.2025"). A plain question ("Sind die Mittel im Haushalt
 * 2026 enthalten?"), a Beirat question or a note ("Bitte prüfen.") is a comment: it is discussed, not decided.
 */
import type { ImportProposal } from "./types";

/** Words of editing wording, as administrations write them in margins (Duden families, participles included). */
const EDITING = /\b(?:ersetz\w*|(?:ein|hinzu)(?:zu)?füg\w*|eingefügt|ergänz\w*|(?:ge)?strich\w*|streich\w*|Streichung|statt|anstatt|anstelle|umformulier\w*|formulier\w*|Formulierung\w*|Neufassung|neu\s+fass\w*|lauten|laute[tn]?|umbenenn\w*|einzufügen|zu\s+ersetzen)\b/iu;
/** Wording in quotation marks of any common style: „…“, "…", »…«, ‚…‘, '…'. */
const QUOTED = /[„"»‚'‹«][^„"»«‚'‹›“”]{1,300}[“"”«»‘'›]/u;
/** A label that opens a proposal ("Formulierungsvorschlag:", "Ergänzung THB:", "Neu:"). */
const LABEL = /^\s*(?:(?:Formulierungs|Änderungs|Ergänzungs|Streichungs)?vorschlag|Ergänzung|Änderung|Streichung|Neufassung|Neu|Einfügen|Ersetzen|Streichen)\b[^:\n]{0,40}:/iu;

/** The text asks (its last sentence ends with "?"): a question, unless it quotes the wording it proposes. */
function asks(text: string): boolean {
  return /\?\s*$/u.test(text);
}

/** Whether a comment's own words (without the add-in's readable line) propose wording. */
export function proposesWording(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (QUOTED.test(t) && EDITING.test(t)) return true;
  if (asks(t)) return false;
  return LABEL.test(t) || EDITING.test(t);
}

/**
 * A comment without tracked changes: an Antrag when it proposes wording, or (not being a question) carries a
 * recognised annotation — a value read from its text (not from its author's name alone) or the add-in's readable
 * line (`hasLine`). Everything else is a comment.
 */
export function isCommentAntrag(text: string, proposal: ImportProposal | null, hasLine: boolean): boolean {
  const annotated = hasLine || (proposal?.fields.some((f) => f.span.source.kind !== "author") ?? false);
  // The cheap tests first: the words are searched for editing only when the annotation does not decide.
  return (annotated && !asks(text.trim())) || proposesWording(text);
}
