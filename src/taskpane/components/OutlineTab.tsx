/** "Gliederung": findings of the outline check, the body's headings and the table of contents. */
import type { AnalysisResult } from "../analysis-types";
import type { DocumentPlace } from "../host";
import { EmptyState, excerpt, FindingList, PlaceItem, SectionHeading, useCommonStyles } from "./common";
import { ShowMoreList } from "./ShowMore";

/** Indentation per level stays small: the pane may be 160 CSS pixels wide at 200 % zoom. */
const indent = (level: number | null) => ({ paddingLeft: `${Math.min(Math.max((level ?? 1) - 1, 0), 3) * 8}px` });

const PENDING_LABEL = { inserted: "eingefügt, noch nicht angenommen", deleted: "gelöscht, noch nicht angenommen", changed: "mit offener Änderung" } as const;

export function OutlineTab({ result, onSelect }: { result: AnalysisResult; onSelect: (place: DocumentPlace) => void }) {
  const common = useCommonStyles();
  const { findings, headings, toc } = result.outline;
  return (
    <>
      <SectionHeading id="gliederung-hinweise">Hinweise zur Gliederung ({findings.length})</SectionHeading>
      <FindingList findings={findings} onSelect={onSelect} labelledBy="gliederung-hinweise"
        empty={headings.length === 0 ? "Ohne Überschriften gibt es keine Gliederung zu prüfen." : "Gliederung und Inhaltsverzeichnis stimmen überein."} />

      <SectionHeading id="gliederung-ueberschriften">Überschriften im Text ({headings.length})</SectionHeading>
      {headings.length === 0 ? (
        <EmptyState>Dieses Dokument enthält noch keine Überschriften.</EmptyState>
      ) : (
        <ShowMoreList items={headings} noun="Überschriften" labelledBy="gliederung-ueberschriften" render={(h) => (
          <div style={indent(h.level)}>
            <PlaceItem place={{ paragraph: h.paragraph }} onSelect={onSelect}>
              <span>{h.label ? `${h.label} ` : ""}{excerpt(h.title, 100)}</span>
              <span className={common.meta}>
                {[`Ebene ${h.level}`, h.pendingChange ? PENDING_LABEL[h.pendingChange] : null].filter(Boolean).join(" · ")}
              </span>
            </PlaceItem>
          </div>
        )} />
      )}

      <SectionHeading id="gliederung-verzeichnis">Inhaltsverzeichnis ({toc.length})</SectionHeading>
      {toc.length === 0 ? (
        <EmptyState>Dieses Dokument enthält noch kein Inhaltsverzeichnis.</EmptyState>
      ) : (
        <ShowMoreList items={toc} noun="Einträge" labelledBy="gliederung-verzeichnis" render={(t) => (
          <div style={indent(t.level)}>
            <PlaceItem place={{ paragraph: t.paragraph }} onSelect={onSelect}>
              <span>{t.label ? `${t.label} ` : ""}{excerpt(t.title, 100)}</span>
            </PlaceItem>
          </div>
        )} />
      )}
    </>
  );
}
