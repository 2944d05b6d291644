/**
 * "Gliederung": findings of the outline check by severity (with Word's repair where one exists), the body's
 * headings beside the table of contents, and the comparison with a reference outline.
 */
import { Button, Field, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../model/findings";
import { SEVERITY_LABEL } from "../../model/labels";
import type { AnalysisResult, HeadingView, TocEntryView } from "../analysis-types";
import type { DocumentPlace, HostActions } from "../host";
import { EmptyState, excerpt, FindingList, PlaceItem, RovingList, SectionHeading, useCommonStyles } from "./common";
import { InlineError, useLocalAction, type RunAction } from "./feedback";
import { FIX_LABEL, fixOf } from "./outline-rows";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const PENDING_LABEL = { inserted: "eingefügt, noch nicht angenommen", deleted: "gelöscht, noch nicht angenommen", changed: "mit offener Änderung" } as const;

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", padding: tokens.spacingHorizontalXS, borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  td: { verticalAlign: "top", padding: 0, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowWrap: "anywhere" },
  missing: { padding: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  caption: { textAlign: "left", padding: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  file: { maxWidth: "100%", minWidth: 0, boxSizing: "border-box" },
  fixRow: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalS },
});

const indent = (level: number) => ({ paddingLeft: `${Math.min(Math.max(level - 1, 0), 3) * 6}px` });

export function OutlineTab({ result, onSelect, actions, onAction }: {
  result: AnalysisResult;
  onSelect: (place: DocumentPlace) => void;
  actions: Pick<HostActions, "applyOutlineFix" | "compareWithReference">;
  onAction: RunAction;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  // The check's own pairing: the table cannot contradict the findings above it.
  const { findings, headings, toc, pairs: rows } = result.outline;
  const { applyOutlineFix, compareWithReference } = actions;
  const fixAction = useLocalAction(onAction);
  const compare = useLocalAction(onAction);
  return (
    <>
      <SectionHeading id="gliederung-hinweise">Hinweise zur Gliederung ({findings.length})</SectionHeading>
      {findings.length === 0 && (
        <EmptyState>{headings.length === 0 ? "Ohne Überschriften gibt es keine Gliederung zu prüfen." : "Gliederung und Inhaltsverzeichnis stimmen überein."}</EmptyState>
      )}
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const id = `gliederung-${severity}`;
        return (
          <section key={severity} aria-labelledby={id}>
            <SectionHeading id={id}>{SEVERITY_LABEL[severity]} ({group.length})</SectionHeading>
            <FindingList findings={group} onSelect={onSelect} labelledBy={id} empty={null} />
            {applyOutlineFix && group.some((f) => fixOf(f)) && (
              <RovingList aria-label={`Korrekturen zu ${SEVERITY_LABEL[severity]}`}>
                {group.map((f, i) => {
                  const fix = fixOf(f);
                  const describedBy = `korrektur-${severity}-${i}`;
                  // The button is named by its action; the finding it repairs, in full, is its description.
                  return fix && (
                    <li key={i} className={styles.fixRow}>
                      <Button aria-describedby={describedBy} onClick={() => fixAction.run(() => applyOutlineFix(fix), `${FIX_LABEL[fix.kind]}: erledigt.`)}>
                        {FIX_LABEL[fix.kind]}
                      </Button>
                      <span id={describedBy} className={common.meta}>{f.message}</span>
                    </li>
                  );
                })}
              </RovingList>
            )}
          </section>
        );
      })}

      <InlineError message={fixAction.error} />

      {compareWithReference && (
        <>
          <SectionHeading id="gliederung-vergleich">Mit Gliederung vergleichen</SectionHeading>
          <Field label="Vereinbarte Gliederung (.docx oder .json)" hint="Zum Beispiel das Inhaltsverzeichnis eines früheren Entwurfs.">
            {(control) => <input {...control} className={styles.file} type="file" accept=".docx,.json,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) compare.run(() => compareWithReference(file), `Die Gliederung wurde mit „${file.name}“ verglichen.`);
              }} />}
          </Field>
          <InlineError message={compare.error} />
        </>
      )}

      <SectionHeading id="gliederung-nebeneinander">Text und Inhaltsverzeichnis nebeneinander</SectionHeading>
      {headings.length === 0 && toc.length === 0 ? (
        <EmptyState>Dieses Dokument enthält noch keine Überschriften.</EmptyState>
      ) : (
        <table className={styles.table} aria-labelledby="gliederung-nebeneinander">
          {toc.length === 0 && <caption className={styles.caption}>Dieses Dokument enthält noch kein Inhaltsverzeichnis.</caption>}
          <thead>
            <tr>
              <th scope="col" className={styles.th}>Überschriften im Text ({headings.length})</th>
              <th scope="col" className={styles.th}>Inhaltsverzeichnis ({toc.length})</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td className={styles.td}>{r.heading ? <HeadingCell h={r.heading} onSelect={onSelect} /> : <span className={styles.missing}>fehlt im Text</span>}</td>
                <td className={styles.td}>
                  {r.entry ? <EntryCell t={r.entry} differs={r.titleDiffers} onSelect={onSelect} /> : <span className={styles.missing}>{toc.length ? "fehlt im Verzeichnis" : "–"}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function HeadingCell({ h, onSelect }: { h: HeadingView; onSelect: (place: DocumentPlace) => void }) {
  const common = useCommonStyles();
  return (
    <div style={indent(h.level)}>
      <PlaceItem place={{ paragraph: h.paragraph }} onSelect={onSelect}>
        <span>{h.label ? `${h.label} ` : ""}{excerpt(h.title, 100)}</span>
        <span className={common.meta}>{[`Ebene ${h.level}`, h.pendingChange ? PENDING_LABEL[h.pendingChange] : null].filter(Boolean).join(" · ")}</span>
      </PlaceItem>
    </div>
  );
}

function EntryCell({ t, differs, onSelect }: { t: TocEntryView; differs: boolean; onSelect: (place: DocumentPlace) => void }) {
  const common = useCommonStyles();
  return (
    <div style={indent(t.level)}>
      <PlaceItem place={{ paragraph: t.paragraph }} onSelect={onSelect}>
        <span>{t.label ? `${t.label} ` : ""}{excerpt(t.title, 100)}</span>
        <span className={common.meta}>{[t.page ? `Seite ${t.page}` : null, differs ? "Titel weicht ab" : null].filter(Boolean).join(" · ") || `Ebene ${t.level}`}</span>
      </PlaceItem>
    </div>
  );
}
