/**
 * The edit form of one Antrag: registry suggestions in comboboxes that also take free text, date inputs,
 * the Beratungsfolge as steps to add and remove. Escape cancels; the history shows who changed what.
 */
import { useState } from "react";
import { Button, Combobox, Field, Input, makeStyles, Option, Textarea, tokens } from "@fluentui/react-components";
import type { Amendment, ConsultationRole } from "../../amendments/types";
import type { Registry } from "../../amendments/registry";
import { formatDateDe } from "../../model/labels";
import { draftOf, FIELD_LABEL, ROLES, type MetadataDraft, type StepDraft } from "./amendment-view";
import { NarrowSelect, useCommonStyles } from "./common";

const useStyles = makeStyles({
  form: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalS,
  },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    margin: 0, padding: tokens.spacingHorizontalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  control: { minWidth: 0, width: "100%" },
  history: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A combobox over registry names that accepts any typed name too. */
export function NameCombobox({ label, value, names, onChange }: {
  label: string;
  value: string;
  names: readonly { value: string; text: string }[];
  onChange: (value: string) => void;
}) {
  const styles = useStyles();
  return (
    <Field label={label}>
      <Combobox freeform className={styles.control} value={value} selectedOptions={value ? [value] : []}
        onChange={(e) => onChange(e.currentTarget.value)}
        onOptionSelect={(_, d) => onChange(d.optionValue ?? "")}>
        {names.map((n) => <Option key={n.value} value={n.value} text={n.value}>{n.text}</Option>)}
      </Combobox>
    </Field>
  );
}

export const proposerNames = (r: Registry) => r.proposers.map((p) => ({ value: p.name, text: p.name }));
export const committeeNames = (r: Registry) => r.committees.map((c) => ({ value: c.short, text: c.short === c.name ? c.short : `${c.short} – ${c.name}` }));

export function AmendmentForm({ nr, amendment, registry, onSave, onCancel }: {
  /** The number as the list shows it ("7", "neu 1"). */
  nr: string;
  amendment: Amendment;
  registry: Registry;
  onSave: (draft: MetadataDraft) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  const [draft, setDraft] = useState<MetadataDraft>(() => draftOf(amendment.metadata));
  const set = <K extends keyof MetadataDraft>(key: K, value: MetadataDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setStep = (i: number, step: Partial<StepDraft>) =>
    set("beratungsfolge", draft.beratungsfolge.map((s, j) => (j === i ? { ...s, ...step } : s)));
  const history = amendment.metadata.history;
  return (
    <form className={styles.form} aria-label={`Antrag Nr. ${nr} bearbeiten`}
      onKeyDown={(e) => { if (e.key === "Escape") { e.preventDefault(); onCancel(); } }}
      onSubmit={(e) => { e.preventDefault(); onSave(draft); }}>
      <NameCombobox label="Antragsteller" value={draft.antragsteller} names={proposerNames(registry)} onChange={(v) => set("antragsteller", v)} />
      <Field label="Datum des Antrags">
        <Input type="date" className={styles.control} value={draft.datum} onChange={(_, d) => set("datum", d.value)} />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Beratungsfolge</legend>
        {draft.beratungsfolge.length === 0 && <span className={common.meta}>Noch keine Beratungsschritte.</span>}
        {draft.beratungsfolge.map((s, i) => (
          <fieldset key={i} className={styles.fieldset}>
            <legend className={styles.legend}>Schritt {i + 1}</legend>
            <NameCombobox label={`Gremium (Schritt ${i + 1})`} value={s.gremium} names={committeeNames(registry)} onChange={(v) => setStep(i, { gremium: v })} />
            <Field label={`Rolle (Schritt ${i + 1})`}>
              <NarrowSelect value={s.role} onChange={(_, d) => setStep(i, { role: d.value as ConsultationRole })}>
                {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
              </NarrowSelect>
            </Field>
            <Field label={`Datum (Schritt ${i + 1})`}>
              <Input type="date" className={styles.control} value={s.date} onChange={(_, d) => setStep(i, { date: d.value })} />
            </Field>
            <Field label={`Ergebnis (Schritt ${i + 1})`} hint="z. B. Zustimmung, abgelehnt; leer, solange offen">
              <Input className={styles.control} value={s.result} onChange={(_, d) => setStep(i, { result: d.value })} />
            </Field>
            <div className={styles.buttons}>
              <Button onClick={() => set("beratungsfolge", draft.beratungsfolge.filter((_, j) => j !== i))}>Schritt {i + 1} entfernen</Button>
            </div>
          </fieldset>
        ))}
        <div className={styles.buttons}>
          <Button onClick={() => set("beratungsfolge", [...draft.beratungsfolge, { gremium: "", role: "Vorberatung", date: "", result: "" }])}>
            Beratungsschritt hinzufügen
          </Button>
        </div>
      </fieldset>
      <Field label="Status">
        <NarrowSelect value={draft.status} onChange={(_, d) => set("status", d.value)}>
          <option value="">(kein Status)</option>
          {registry.statuses.map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
          {draft.status && !registry.statuses.some((s) => s.name === draft.status) && <option value={draft.status}>{draft.status}</option>}
        </NarrowSelect>
      </Field>
      <Field label="Datum des Status" hint={registry.statuses.find((s) => s.name === draft.status)?.needsDate ? "Für diesen Status bitte angeben." : undefined}>
        <Input type="date" className={styles.control} value={draft.statusDatum} onChange={(_, d) => set("statusDatum", d.value)} />
      </Field>
      <NameCombobox label="Gremium des Status" value={draft.statusGremium} names={committeeNames(registry)} onChange={(v) => set("statusGremium", v)} />
      <Field label="Begründung">
        <Textarea resize="vertical" value={draft.begruendung} onChange={(_, d) => set("begruendung", d.value)} />
      </Field>
      <Field label="Stellungnahme der Verwaltung">
        <Textarea resize="vertical" value={draft.stellungnahme} onChange={(_, d) => set("stellungnahme", d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary">Speichern</Button>
        <Button onClick={onCancel}>Abbrechen</Button>
      </div>
      {history.length > 0 && (
        <>
          <span className={common.tag} id={`verlauf-${amendment.key}`}>Verlauf</span>
          <ul className={styles.history} aria-labelledby={`verlauf-${amendment.key}`}>
            {history.map((h, i) => (
              <li key={i}>
                {formatDateDe(h.at)}, {h.by}: {FIELD_LABEL[h.field as keyof typeof FIELD_LABEL] ?? h.field}
                {" "}„{h.from ?? "leer"}“ → „{h.to ?? "leer"}“
              </li>
            ))}
          </ul>
        </>
      )}
    </form>
  );
}
