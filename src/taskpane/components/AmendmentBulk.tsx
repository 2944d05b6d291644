/** "Für Auswahl setzen": one field for every selected Antrag at once (each gets its own history entry). */
import { useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Registry } from "../../amendments/registry";
import { FIELD_LABEL } from "./amendment-view";
import { NarrowSelect } from "./common";
import { NameCombobox, committeeNames, proposerNames } from "./AmendmentForm";

type BulkField = "antragsteller" | "datum" | "status" | "statusDatum" | "statusGremium";
const BULK_FIELDS: readonly BulkField[] = ["antragsteller", "status", "datum", "statusDatum", "statusGremium"];

const useStyles = makeStyles({
  box: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, margin: `${tokens.spacingVerticalS} 0`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function AmendmentBulk({ registry, count, onSelectShown, onClear, onApply, onMerge }: {
  registry: Registry;
  count: number;
  onSelectShown: () => void;
  onClear: () => void;
  /** Sets the field on the selected amendments; an empty value clears it. */
  onApply: (field: BulkField, value: string | null) => void;
  /** "Zusammenfassen": the selected amendments become one Antrag. */
  onMerge?: () => void;
}) {
  const styles = useStyles();
  const [field, setField] = useState<BulkField>("status");
  const [value, setValue] = useState("");
  const isDate = field === "datum" || field === "statusDatum";
  return (
    <section className={styles.box} aria-labelledby="antraege-auswahl">
      <h4 id="antraege-auswahl" className={styles.title}>
        Mehrere Anträge bearbeiten: {count === 0 ? "keiner ausgewählt" : count === 1 ? "1 ausgewählt" : `${count} ausgewählt`}
      </h4>
      <div className={styles.buttons}>
        <Button onClick={onSelectShown}>Alle angezeigten auswählen</Button>
        {count > 0 && <Button onClick={onClear}>Auswahl aufheben</Button>}
        {count >= 2 && onMerge && <Button onClick={onMerge}>{count} Anträge zusammenfassen</Button>}
      </div>
      {count > 0 && (
        <form style={{ display: "contents" }} onSubmit={(e) => { e.preventDefault(); onApply(field, value.trim() === "" ? null : value.trim()); }}>
          <Field label="Feld für die Auswahl">
            <NarrowSelect value={field} onChange={(_, d) => { setField(d.value as BulkField); setValue(""); }}>
              {BULK_FIELDS.map((f) => <option key={f} value={f}>{FIELD_LABEL[f]}</option>)}
            </NarrowSelect>
          </Field>
          {field === "status" ? (
            <Field label="Neuer Wert">
              <NarrowSelect value={value} onChange={(_, d) => setValue(d.value)}>
                <option value="">(leeren)</option>
                {registry.statuses.map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
              </NarrowSelect>
            </Field>
          ) : field === "antragsteller" || field === "statusGremium" ? (
            <NameCombobox label="Neuer Wert" value={value} onChange={setValue}
              names={field === "antragsteller" ? proposerNames(registry) : committeeNames(registry)} />
          ) : (
            <Field label="Neuer Wert">
              <Input type={isDate ? "date" : "text"} value={value} onChange={(_, d) => setValue(d.value)} />
            </Field>
          )}
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary">Für Auswahl setzen</Button>
          </div>
        </form>
      )}
    </section>
  );
}
