/**
 * "Übersicht": the committee's tables (Änderungsübersicht, Synopse, Beirat-Liste) with filters and options,
 * a preview of the first rows as an accessible table, and "Erstellen" in the chosen format and place.
 */
import { useMemo, useState } from "react";
import { Button, Checkbox, Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { OPARL_BASE_MISSING } from "../../config/configuration";
import { overviewData } from "../../overview/data";
import { tableOf } from "../../overview/layout";
import type { MarkedText, OverviewData, OverviewFormat, OverviewKind } from "../../overview/types";
import type { AnalysisResult } from "../analysis-types";
import type { HostActions, OverviewTarget } from "../host";
import { proposersIn } from "./amendment-view";
import { EmptyState, NarrowSelect, SectionHeading, useCommonStyles } from "./common";

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  filter: { flexGrow: 1, flexBasis: "9em", minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, minWidth: "100%" },
  cell: { verticalAlign: "top", textAlign: "left", padding: tokens.spacingHorizontalXS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, minWidth: "6em", overflowWrap: "anywhere" },
  deleted: { textDecorationLine: "line-through", fontStyle: "italic" },
  inserted: { fontWeight: tokens.fontWeightBold },
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

const ALL_TARGETS: readonly OverviewTarget[] = ["newDocument", "download", "cursor"];

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

export function TablesTab({ result, createOverview, targets = ALL_TARGETS, onAction, date = today }: {
  result: AnalysisResult;
  /** Absent when the host cannot write or the profile is read-only. */
  createOverview?: HostActions["createOverview"];
  targets?: readonly OverviewTarget[];
  onAction: (run: () => Promise<void>, done: string) => void;
  date?: () => string;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
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

  const data: OverviewData = useMemo(() => overviewData(
    { model: result.model, amendments, beirat: result.beirat },
    {
      kind, date: date(), groupBySection: o.groupBySection, includeComments: o.includeComments, includeEditorial: o.includeEditorial, markUnconfirmed: o.markUnconfirmed,
      status: only(o.status), committee: only(o.committee), proposer: only(o.proposer), section: only(o.section),
    },
  ), [result, amendments, kind, o, date]);
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
                {registry.committees.map((c) => <option key={c.short} value={c.short}>{c.short}</option>)}
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
              onClick={() => onAction(() => createOverview(data, chosenFormat, target),
                `Die ${OVERVIEW_LABEL[kind]} wurde erstellt (${target === "download" ? FORMAT_LABEL[chosenFormat] : TARGET_LABEL[target]}).`)}>
              {OVERVIEW_LABEL[kind]} erstellen
            </Button>
          </div>
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
        <div className={styles.scroller} tabIndex={0} role="region" aria-labelledby="uebersicht-vorschau">
          <table className={styles.table}>
            <caption className={common.meta} style={{ textAlign: "left" }}>{table.title} · {table.subtitle}</caption>
            <thead>
              <tr>{table.columns.map((c) => <th key={c.header} scope="col" className={styles.cell}>{c.header}</th>)}</tr>
            </thead>
            <tbody>
              {preview.map((r, i) => r.kind === "group" ? (
                <tr key={i}><th scope="colgroup" colSpan={table.columns.length} className={styles.cell}>{r.text}</th></tr>
              ) : (
                <tr key={i}>{r.cells.map((c, j) => <td key={j} className={styles.cell}><Marked text={c} /></td>)}</tr>
              ))}
            </tbody>
          </table>
          {table.notes.map((n) => <p key={n} className={common.meta}>{n}</p>)}
        </div>
      )}
    </>
  );
}
