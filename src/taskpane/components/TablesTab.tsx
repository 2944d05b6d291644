/**
 * "Tabellen": the committee's tables (Änderungsübersicht, Synopse, Beirat-Liste) with filters and options,
 * a preview of the first rows as cards (the pane is 320 px wide; the export has the full table), and "Erstellen" in
 * the chosen format and place.
 */
import { useMemo, useState } from "react";
import { Button, Checkbox, Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { OPARL_BASE_MISSING } from "../../config/configuration";
import { overviewOf } from "../../app/overview";
import { tableOf } from "../../overview/layout";
import type { MarkedText, OverviewData, OverviewFormat, OverviewKind, OverviewTable, TableRow } from "../../overview/types";
import type { AnalysisResult } from "../analysis-types";
import { OVERVIEW_TARGETS, type HostActions, type OverviewTarget } from "../host";
import { committeeLabel, proposersIn } from "./amendment-view";
import { InlineError, useLocalAction, type RunAction } from "./feedback";
import { EmptyState, NarrowSelect, SectionHeading, useCommonStyles } from "./common";

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  filter: { flexGrow: 1, flexBasis: "9em", minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  cards: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS, minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS,
  },
  cardTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  groupTitle: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  fields: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  /** Words wrap between words; only a word wider than the pane breaks (hyphens where the browser knows German). */
  value: { margin: 0, whiteSpace: "pre-line", overflowWrap: "break-word", hyphens: "auto" },
  // Marks keep the text's own colour (a page's stylesheet may colour <del> red: 2:1 on the dark theme).
  deleted: { textDecorationLine: "line-through", fontStyle: "italic", color: "inherit" },
  inserted: { fontWeight: tokens.fontWeightBold, textDecorationLine: "underline", color: "inherit" },
  /** Screen readers do not announce <del>/<ins>: the mark is said in words. */
  hidden: {
    position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden",
    clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0,
  },
});

export const OVERVIEW_LABEL: Record<OverviewKind, string> = {
  amendments: "Änderungsübersicht",
  synopse: "Synopse",
  beirat: "Beirat-Liste",
};

export const FORMAT_LABEL: Record<OverviewFormat, string> = {
  docx: "Word-Dokument (.docx)", xlsx: "Excel (.xlsx)", csv: "CSV für Excel (.csv)", html: "Webseite zum Drucken (.html)",
  json: "JSON (.json)", oparl: "OParl-JSON (.json)",
};

export const TARGET_LABEL: Record<OverviewTarget, string> = {
  newDocument: "als neues Word-Dokument öffnen",
  download: "als Datei speichern",
  cursor: "an der Cursorposition einfügen",
};

/** Rows the preview shows: enough to judge the table, few enough for a narrow pane. */
export const PREVIEW_ROWS = 5;

/** Today as "YYYY-MM-DD" in local time: the overview's date line. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

interface Options {
  status: string;
  committee: string;
  proposer: string;
  section: string;
  includeComments: boolean;
  includeEditorial: boolean;
  markUnconfirmed: boolean;
  groupBySection: boolean;
}

const only = (v: string) => (v ? [v] : undefined);

function Marked({ text }: { text: MarkedText }) {
  const styles = useStyles();
  return (
    <>
      {text.map((s, i) => s.mark === "deleted" ? <del key={i} className={styles.deleted}><span className={styles.hidden}>gestrichen: </span>{s.text}</del>
        : s.mark === "inserted" ? <ins key={i} className={styles.inserted}><span className={styles.hidden}>eingefügt: </span>{s.text}</ins>
          : <span key={i}>{s.text}</span>)}
    </>
  );
}

const plainText = (text: MarkedText) => text.map((s) => s.text).join("").trim();

/**
 * The preview at pane width: one card per row, each column's header above its text, old and new wording stacked.
 * The full table with all columns side by side is the export's.
 */
function PreviewCards({ table, rows }: { table: OverviewTable; rows: TableRow[] }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const first = table.rowHeaders ? 1 : 0;
  return (
    <>
      <p className={common.meta}>{table.title} · {table.subtitle}</p>
      <ul className={styles.cards} aria-labelledby="uebersicht-vorschau">
        {rows.map((r, i) => r.kind === "group" ? (
          <li key={i}><h4 className={styles.groupTitle}>{r.text}</h4></li>
        ) : (
          <li key={i} className={styles.card}>
            <h4 className={styles.cardTitle}>{table.rowHeaders ? `${table.columns[0].header} ${plainText(r.cells[0])}` : `Zeile ${i + 1}`}</h4>
            <dl className={styles.fields}>
              {r.cells.slice(first).map((c, j) => plainText(c) && (
                <div key={j}>
                  <dt className={styles.term}>{table.columns[j + first].header}</dt>
                  <dd className={styles.value}><Marked text={c} /></dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      {table.notes.map((n) => <p key={n} className={common.meta}>{n}</p>)}
    </>
  );
}

export function TablesTab({ result, createOverview, targets = OVERVIEW_TARGETS, onAction, date = today }: {
  result: AnalysisResult;
  /** Absent when the host cannot write or the profile is read-only. */
  createOverview?: HostActions["createOverview"];
  targets?: readonly OverviewTarget[];
  onAction: RunAction;
  date?: () => string;
}) {
  const styles = useStyles();
  const create = useLocalAction(onAction);
  const [kind, setKind] = useState<OverviewKind>("amendments");
  const [target, setTarget] = useState<OverviewTarget>(targets[0] ?? "download");
  const [format, setFormat] = useState<OverviewFormat>("docx");
  const defaults = result.configuration.defaults;
  const [o, setO] = useState<Options>(() => ({
    status: "", committee: "", proposer: "", section: "",
    includeComments: defaults.includeComments ?? false, includeEditorial: false, markUnconfirmed: true, groupBySection: defaults.groupBySection ?? false,
  }));
  const set = <K extends keyof Options>(k: K, v: Options[K]) => setO((x) => ({ ...x, [k]: v }));
  const { registry, amendments } = result.amendments;
  const proposers = useMemo(() => proposersIn(amendments), [amendments]);
  const sections = result.outline.headings.filter((h) => h.label && h.level <= 2);

  const data: OverviewData = useMemo(() => overviewOf(
    result,
    {
      kind, date: date(), groupBySection: o.groupBySection, includeComments: o.includeComments, includeEditorial: o.includeEditorial, markUnconfirmed: o.markUnconfirmed,
      status: only(o.status), committee: only(o.committee), proposer: only(o.proposer), section: only(o.section),
    },
  ), [result, kind, o, date]);
  const table = useMemo(() => tableOf(data), [data]);
  const dataRows = data.kind === "synopse" ? data.synopse.sections.reduce((n, s) => n + s.rows.length, 0) : data.rows.length;
  const formats = (Object.keys(FORMAT_LABEL) as OverviewFormat[]).filter((f) => f !== "oparl" || kind === "amendments");
  const chosenFormat = target === "download" ? (formats.includes(format) ? format : "docx") : "docx";
  // OParl ids are addresses in the county's council information system: without it there is no OParl file.
  const oparlBaseMissing = chosenFormat === "oparl" && !result.configuration.oparl.baseUrl;
  const preview = table.rows.slice(0, PREVIEW_ROWS);

  return (
    <>
      <SectionHeading id="uebersicht-art">Art der Übersicht</SectionHeading>
      <RadioGroup aria-labelledby="uebersicht-art" value={kind} onChange={(_, d) => setKind(d.value as OverviewKind)}>
        {(Object.keys(OVERVIEW_LABEL) as OverviewKind[]).map((k) => <Radio key={k} value={k} label={OVERVIEW_LABEL[k]} />)}
      </RadioGroup>

      {kind === "amendments" && (
        <>
          <SectionHeading id="uebersicht-filter">Filter und Optionen</SectionHeading>
          <div className={styles.group} role="group" aria-labelledby="uebersicht-filter">
            <Field label="Status" className={styles.filter}>
              <NarrowSelect value={o.status} onChange={(_, d) => set("status", d.value)}>
                <option value="">alle</option>
                {registry.statuses.map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
              </NarrowSelect>
            </Field>
            <Field label="Gremium" className={styles.filter}>
              <NarrowSelect value={o.committee} onChange={(_, d) => set("committee", d.value)}>
                <option value="">alle</option>
                {registry.committees.map((c) => <option key={c.short} value={c.short}>{committeeLabel(c)}</option>)}
              </NarrowSelect>
            </Field>
            <Field label="Antragsteller" className={styles.filter}>
              <NarrowSelect value={o.proposer} onChange={(_, d) => set("proposer", d.value)}>
                <option value="">alle</option>
                {proposers.map((p) => <option key={p} value={p}>{p}</option>)}
              </NarrowSelect>
            </Field>
            <Field label="Abschnitt" className={styles.filter}>
              <NarrowSelect value={o.section} onChange={(_, d) => set("section", d.value)}>
                <option value="">alle</option>
                {sections.map((h) => <option key={h.paragraph} value={h.path}>{h.path} {h.title}</option>)}
              </NarrowSelect>
            </Field>
            <Checkbox label="Kommentare aufnehmen" checked={o.includeComments} onChange={(_, d) => set("includeComments", d.checked === true)} />
            <Checkbox label="Redaktionelle Änderungen aufnehmen" checked={o.includeEditorial} onChange={(_, d) => set("includeEditorial", d.checked === true)} />
            <Checkbox label="unbestätigte Angaben kennzeichnen (¹)" checked={o.markUnconfirmed} onChange={(_, d) => set("markUnconfirmed", d.checked === true)} />
            <Checkbox label="nach Abschnitten gruppieren" checked={o.groupBySection} onChange={(_, d) => set("groupBySection", d.checked === true)} />
          </div>
        </>
      )}

      {createOverview && (
        <>
          <SectionHeading id="uebersicht-ziel">Erstellen</SectionHeading>
          <RadioGroup aria-labelledby="uebersicht-ziel" value={target} onChange={(_, d) => setTarget(d.value as OverviewTarget)}>
            {targets.map((t) => <Radio key={t} value={t} label={TARGET_LABEL[t]} />)}
          </RadioGroup>
          {target === "download" && (
            <Field label="Format" validationState={oparlBaseMissing ? "warning" : "none"} validationMessage={oparlBaseMissing ? OPARL_BASE_MISSING : undefined}>
              <NarrowSelect value={chosenFormat} onChange={(_, d) => setFormat(d.value as OverviewFormat)}>
                {formats.map((f) => <option key={f} value={f}>{FORMAT_LABEL[f]}</option>)}
              </NarrowSelect>
            </Field>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={dataRows === 0 || oparlBaseMissing}
              onClick={() => create.run(() => createOverview(data, chosenFormat, target),
                `Die ${OVERVIEW_LABEL[kind]} wurde erstellt (${target === "download" ? FORMAT_LABEL[chosenFormat] : TARGET_LABEL[target]}).`)}>
              {OVERVIEW_LABEL[kind]} erstellen
            </Button>
          </div>
          <InlineError message={create.error} />
        </>
      )}

      <SectionHeading id="uebersicht-vorschau">
        Vorschau: {OVERVIEW_LABEL[kind]} ({dataRows} {dataRows === 1 ? "Zeile" : "Zeilen"}{dataRows > 0 ? `, die ersten ${Math.min(PREVIEW_ROWS, table.rows.length)} gezeigt` : ""})
      </SectionHeading>
      {dataRows === 0 ? (
        <EmptyState>
          {kind === "beirat" ? "Dieses Dokument enthält noch keine Fragen oder Ergänzungen des Teilhabebeirats."
            : kind === "synopse" ? "Dieses Dokument enthält noch keinen Text für eine Synopse."
              : amendments.length === 0 ? "Dieses Dokument enthält noch keine Anträge." : "Kein Antrag entspricht den gewählten Filtern."}
        </EmptyState>
      ) : (
        <PreviewCards table={table} rows={preview} />
      )}
    </>
  );
}
