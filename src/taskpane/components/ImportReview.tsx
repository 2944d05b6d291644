/** "Import prüfen": what was recognised in legacy free text, each value with its confidence and the words it came from. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Amendment, Confidence, ImportedField, ImportProposal } from "../../amendments/types";
import { formatDateDe } from "../../model/labels";
import { FIELD_LABEL } from "./amendment-view";
import { SectionHeading, useCommonStyles } from "./common";

const CONFIDENCE_LABEL: Record<Confidence, string> = { high: "hoch", medium: "mittel", low: "niedrig" };

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start", minWidth: 0 },
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

export function ImportReview({ amendments, proposals, number, onConfirm }: {
  amendments: readonly Amendment[];
  proposals: readonly ImportProposal[];
  number: ReadonlyMap<string, number>;
  /** Absent when editing is not possible: the list is shown for information. */
  onConfirm?: (amendment: Amendment) => void;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  const pending = amendments.filter((a) => a.source === "imported");
  return (
    <>
      <SectionHeading id="antraege-import">Import prüfen ({pending.length})</SectionHeading>
      {pending.length === 0 ? (
        <p className={common.empty}>Alle erkannten Angaben sind übernommen.</p>
      ) : (
        <ul className={styles.list} aria-labelledby="antraege-import">
          {pending.map((a) => {
            const n = number.get(a.key);
            const own = proposals.filter((p) => p.amendmentKey === a.key);
            return (
              <li key={a.key} className={styles.item}>
                <h4 className={styles.title}>Erkannt zu Antrag Nr. {n}</h4>
                {own.map((p, i) => (
                  <div key={i} className={styles.item}>
                    <span><span className={common.tag}>Vermerk:</span> „{p.text}“</span>
                    <ul className={styles.fields}>
                      {p.fields.map((f, j) => (
                        <li key={j}>
                          {FIELD_LABEL[f.field]}: {importedValue(f)} (Sicherheit: {CONFIDENCE_LABEL[f.confidence]}; aus „{f.source}“{f.note ? `; ${f.note}` : ""})
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
                {onConfirm && <Button onClick={() => onConfirm(a)}>Angaben zu Nr. {n} übernehmen</Button>}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
