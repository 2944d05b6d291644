/** "Übersicht": the committee's tables (Änderungsübersicht, Synopse, Beirat-Liste), previewed and created in Word. */
import { useState } from "react";
import { Button, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { formatDateDe } from "../../model/labels";
import { sectionOf } from "../../model/outline";
import type { AnalysisResult } from "../analysis-types";
import type { HostActions, OverviewKind } from "../host";
import { EmptyState, SectionHeading, useCommonStyles } from "./common";
import { BEIRAT_KIND_LABEL, beiratState } from "./BeiratTab";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  rows: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export const OVERVIEW_LABEL: Record<OverviewKind, string> = {
  amendments: "Änderungsübersicht",
  synopse: "Synopse",
  beirat: "Beirat-Liste",
};

export function TablesTab({ result, insertOverview, onAction }: {
  result: AnalysisResult;
  /** Absent when the host cannot write or the profile is read-only. */
  insertOverview?: HostActions["insertOverview"];
  onAction: (run: () => Promise<void>, done: string) => void;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  const [kind, setKind] = useState<OverviewKind>("amendments");
  const rows = kind === "beirat" ? result.beirat.length : result.amendments.length;
  return (
    <>
      <SectionHeading id="uebersicht-art">Art der Übersicht</SectionHeading>
      <RadioGroup aria-labelledby="uebersicht-art" value={kind} onChange={(_, d) => setKind(d.value as OverviewKind)}>
        {(Object.keys(OVERVIEW_LABEL) as OverviewKind[]).map((k) => <Radio key={k} value={k} label={OVERVIEW_LABEL[k]} />)}
      </RadioGroup>
      {insertOverview && (
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={rows === 0}
            onClick={() => onAction(() => insertOverview(kind, "newDocument"), `Die ${OVERVIEW_LABEL[kind]} wurde als neues Dokument geöffnet.`)}>
            Als neues Dokument öffnen
          </Button>
          <Button disabled={rows === 0}
            onClick={() => onAction(() => insertOverview(kind, "cursor"), `Die ${OVERVIEW_LABEL[kind]} wurde an der Cursorposition eingefügt.`)}>
            An der Cursorposition einfügen
          </Button>
        </div>
      )}
      <SectionHeading id="uebersicht-vorschau">Vorschau: {OVERVIEW_LABEL[kind]} ({rows} {rows === 1 ? "Zeile" : "Zeilen"})</SectionHeading>
      {rows === 0 ? (
        <EmptyState>
          {kind === "beirat"
            ? "Dieses Dokument enthält noch keine Fragen oder Ergänzungen des Teilhabebeirats."
            : "Dieses Dokument enthält noch keine Anträge."}
        </EmptyState>
      ) : kind === "beirat" ? (
        <ol className={styles.rows} aria-labelledby="uebersicht-vorschau">
          {result.beirat.map((b) => (
            <li key={b.nr}>{BEIRAT_KIND_LABEL[b.kind]}{b.section ? `, Abschnitt ${b.section}` : ""}: {beiratState(b)}</li>
          ))}
        </ol>
      ) : (
        <ol className={styles.rows} aria-labelledby="uebersicht-vorschau">
          {result.amendments.slice(0, 100).map((a) => {
            const section = a.location ? sectionOf(result.outline.headings, a.location.start.paragraph)?.path : null;
            return (
              <li key={a.key}>
                {section ? `Abschnitt ${section}` : "ohne Abschnitt"} · {a.metadata.antragsteller ?? "Antragsteller fehlt"} ·{" "}
                {formatDateDe(a.metadata.datum)} · {a.metadata.status ?? "Status fehlt"}
              </li>
            );
          })}
          {result.amendments.length > 100 && <li className={common.meta}>… und {result.amendments.length - 100} weitere</li>}
        </ol>
      )}
    </>
  );
}
