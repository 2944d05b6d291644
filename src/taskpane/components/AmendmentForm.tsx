/**
 * The edit form of one Antrag: registry suggestions in comboboxes that also take free text, date inputs,
 * the Beratungsfolge as steps to add and remove. Escape cancels; the history shows who changed what.
 */
import { useState } from "react";
import { Button, Combobox, Field, Input, makeStyles, Textarea, tokens, useComboboxFilter, useUncontrolledFocus } from "@fluentui/react-components";
import type { Amendment, ConsultationRole } from "../../amendments/types";
import type { Registry } from "../../amendments/registry";
import { formatDateDe } from "../../model/labels";
import { committeeLabel, draftOf, FIELD_LABEL, ROLES, type MetadataDraft, type StepDraft } from "./amendment-view";
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
  /** The list stays inside the pane (320 px) and wraps long names instead of growing past it. */
  listbox: { maxWidth: "calc(100vw - 24px)", boxSizing: "border-box", overflowWrap: "anywhere" },
});

export interface NameChoice {
  /** What the Antrag stores: a proposer's name, a committee's short form. */
  value: string;
  /** What the list and the field show: for a committee its long name with the short form. */
  text: string;
}

/** An entry is offered while its text (a committee's with the short form) contains what was typed, in any case. */
const contains = (text: string, typed: string) => text.toLocaleLowerCase("de").includes(typed.toLocaleLowerCase("de"));

/**
 * A combobox over registry names that accepts any typed name too. The list narrows to the entries containing what
 * is typed ("Teilh" leaves the Teilhabebeirat), so ↓ and Enter take the entry meant; the field shows the long name.
 */
export function NameCombobox({ label, value, names, onChange, autoFocus }: {
  label: string;
  value: string;
  names: readonly NameChoice[];
  onChange: (value: string) => void;
  autoFocus?: boolean;
}) {
  const styles = useStyles();
  const chosen = names.find((n) => n.value === value);
  const [query, setQuery] = useState<string | null>(null);
  const shown = query ?? chosen?.text ?? value;
  const options = useComboboxFilter(query ?? "", names.map((n) => ({ value: n.value, children: n.text, text: n.text })), {
    filter: contains,
    noOptionsMessage: "Kein Eintrag im Verzeichnis passt; der getippte Name wird so übernommen.",
    optionToText: (o) => o.text,
  });
  return (
    <Field label={label} hint={chosen && chosen.text !== chosen.value ? `Kurzform: ${chosen.value}` : undefined}>
      <Combobox freeform autoFocus={autoFocus} className={styles.control} value={shown} selectedOptions={chosen ? [chosen.value] : []}
        expandIcon={{ "aria-label": `Liste „${label}“ öffnen` }} listbox={{ className: styles.listbox }}
        onChange={(e) => {
          const typed = e.currentTarget.value;
          setQuery(typed);
          // A typed long name means its entry; anything else is kept as written.
          const same = names.find((n) => n.text.toLocaleLowerCase("de") === typed.trim().toLocaleLowerCase("de"));
          onChange(same ? same.value : typed);
        }}
        onOptionSelect={(_, d) => { setQuery(null); onChange(d.optionValue ?? ""); }}
        onBlur={() => setQuery(null)}>
        {options}
      </Combobox>
    </Field>
  );
}

export const proposerNames = (r: Registry): NameChoice[] => r.proposers.map((p) => ({ value: p.name, text: p.name }));
export const committeeNames = (r: Registry): NameChoice[] => r.committees.map((c) => ({ value: c.short, text: committeeLabel(c) }));

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
  // Inside the Anträge list (arrow keys move between entries) the form keeps Tab and the arrow keys to itself.
  const uncontrolled = useUncontrolledFocus();
  return (
    <form {...uncontrolled} className={styles.form} aria-label={`Antrag Nr. ${nr} bearbeiten`}
      onKeyDown={(e) => {
        // Escape in an open list closes the list (the combobox's own key), not the form.
        if (e.key === "Escape" && !e.defaultPrevented && (e.target as HTMLElement).getAttribute("aria-expanded") !== "true") { e.preventDefault(); onCancel(); }
      }}
      onSubmit={(e) => { e.preventDefault(); onSave(draft); }}>
      <NameCombobox autoFocus label="Antragsteller" value={draft.antragsteller} names={proposerNames(registry)} onChange={(v) => set("antragsteller", v)} />
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
