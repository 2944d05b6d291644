/**
 * "Import prüfen": what was recognised in the annotations of each amendment — the notes read (comment, replies,
 * brackets in the text, a note paragraph) and each value with its certainty, the words it came from and where they
 * stand — to be confirmed by the user.
 */
import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Amendment, AnnotationNote, AnnotationOrigin, Confidence, ImportedField, ImportProposal } from "../../amendments/types";
import { formatDateDe } from "../../model/labels";
import { FIELD_LABEL } from "./amendment-view";
import { excerpt, RovingList, useCommonStyles } from "./common";
import { InlineError, useFocusReturn } from "./feedback";

const CONFIDENCE_LABEL: Record<Confidence, string> = { high: "hoch", medium: "mittel", low: "niedrig" };
const NOTE_LABEL: Record<AnnotationOrigin, string> = {
  comment: "Kommentar", reply: "Antwort", inline: "Vermerk im Text", paragraph: "Absatz nach der Änderung", author: "Verfasser des Kommentars",
};
const WHERE: Record<AnnotationOrigin, string> = {
  comment: "im Kommentar", reply: "in einer Antwort", inline: "im Text", paragraph: "im Absatz nach der Änderung", author: "als Verfasser",
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start", minWidth: 0, overflowWrap: "anywhere" },
  fields: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function importedValue(f: ImportedField): string {
  switch (f.field) {
    case "datum": case "statusDatum": return formatDateDe(f.value);
    case "beratungsfolge": {
      const s = f.value;
      return `${s.gremium} (${s.role}${s.date ? `, ${formatDateDe(s.date)}` : ""})${s.result ? `: ${s.result}` : ""}`;
    }
    default: return f.value;
  }
}

/** The note a value was read from: the one whose text holds the value's words. */
function noteOf(f: ImportedField, notes: readonly AnnotationNote[]): AnnotationNote | undefined {
  const same = (n: AnnotationNote) => JSON.stringify(n.source) === JSON.stringify(f.span.source);
  return notes.find((n) => same(n) && n.start <= f.span.start && f.span.end <= n.end) ?? notes.find(same);
}

/** One value as the review says it: "Antragsteller: SPD (Sicherheit: hoch; aus „Antrag der SPD“ im Kommentar)". */
export function fieldLine(f: ImportedField, notes: readonly AnnotationNote[]): string {
  const note = noteOf(f, notes);
  return `${FIELD_LABEL[f.field]}: ${importedValue(f)} (Sicherheit: ${CONFIDENCE_LABEL[f.confidence]}; aus „${f.source}“${note ? ` ${WHERE[note.origin]}` : ""}${f.note ? `; ${f.note}` : ""})`;
}

export function ImportReview({ amendments, proposals, number, onConfirm }: {
  amendments: readonly Amendment[];
  proposals: readonly ImportProposal[];
  /** What the list shows as each Antrag's number ("7", "neu 1"). */
  number: ReadonlyMap<string, string>;
  /** Absent when editing is not possible: the list is shown for information. */
  onConfirm?: (amendment: Amendment, onError: (message: string) => void) => void;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  const focus = useFocusReturn();
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  const pending = amendments.filter((a) => a.source === "imported");
  const byKey = new Map(proposals.map((p) => [p.amendmentKey, p]));
  return (
    <>
      <h3 id="antraege-import" className={common.heading} tabIndex={-1} ref={focus.refFor("heading")}>Import prüfen ({pending.length})</h3>
      {pending.length === 0 ? (
        <p className={common.empty}>Alle erkannten Angaben sind übernommen.</p>
      ) : (
        <RovingList className={styles.list} aria-labelledby="antraege-import">
          {pending.map((a, i) => {
            const n = number.get(a.key);
            const proposal = byKey.get(a.key);
            return (
              <li key={a.key} className={styles.item}>
                <h4 className={styles.title}>Erkannt zu Antrag Nr. {n}</h4>
                {proposal && (
                  <>
                    <ul className={styles.fields} aria-label={`Gelesene Vermerke zu Nr. ${n}`}>
                      {proposal.notes.map((note, i) => (
                        <li key={i}><span className={common.tag}>{NOTE_LABEL[note.origin]}:</span> „{excerpt(note.text, 300)}“</li>
                      ))}
                    </ul>
                    <ul className={styles.fields} aria-label={`Erkannte Angaben zu Nr. ${n}`}>
                      {proposal.fields.map((f, j) => <li key={j}>{fieldLine(f, proposal.notes)}</li>)}
                    </ul>
                  </>
                )}
                {onConfirm && (
                  <Button ref={focus.refFor(a.key)} onClick={() => {
                    // The entry leaves the list once confirmed: focus goes on to the next one, after the last to the heading.
                    focus.returnTo(pending[i + 1]?.key ?? "heading");
                    setFailed(null);
                    onConfirm(a, (message) => setFailed({ key: a.key, message }));
                  }}>Angaben zu Nr. {n} übernehmen</Button>
                )}
                {failed?.key === a.key && <InlineError message={failed.message} />}
              </li>
            );
          })}
        </RovingList>
      )}
    </>
  );
}
