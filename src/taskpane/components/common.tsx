/** Building blocks shared by the tabs: clickable places, empty states, finding lists. */
import type { ReactNode } from "react";
import { Button, makeStyles, mergeClasses, Select, tokens, useArrowNavigationGroup, type SelectProps } from "@fluentui/react-components";
import type { Finding } from "../../model/findings";
import { SEVERITY_LABEL } from "../../model/labels";
import { noteName } from "../../model/notes";
import type { DocumentPlace } from "../host";

export const useCommonStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  empty: { margin: `${tokens.spacingVerticalS} 0`, color: tokens.colorNeutralForeground2 },
  item: {
    width: "100%",
    minWidth: 0,
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  static: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, overflowWrap: "anywhere" },
  itemBody: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  /** What a clerk reads first (Antragsteller, Datum, Status): body size and full contrast. */
  body: { margin: 0, color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase300 },
  plainList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  visuallyHidden: {
    position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden",
    clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0,
  },
  tag: { fontWeight: tokens.fontWeightSemibold },
  selectRoot: { minWidth: 0, maxWidth: "100%" },
  selectControl: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/** A Select that may be narrower than its longest option: a native select grows to it otherwise (320 px pane at 200 %). */
export function NarrowSelect(props: SelectProps) {
  const styles = useCommonStyles();
  return <Select {...props} className={mergeClasses(styles.selectRoot, props.className)} select={{ className: styles.selectControl }} />;
}

/** Shortens long document text for a list line. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function SectionHeading({ id, children }: { id?: string; children: ReactNode }) {
  const styles = useCommonStyles();
  return <h3 id={id} className={styles.heading}>{children}</h3>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  const styles = useCommonStyles();
  return <p className={styles.empty}>{children}</p>;
}

/** What a screen reader says of every line that jumps to its place (and how the browser tests tell such lines apart). */
export const JUMP_DESCRIPTION = "zeigt die Textstelle im Dokument";
/** What every list line that jumps to the document says after its text: the button's action. */
export const JUMP_SUFFIX = " – zur Stelle springen";

/** A list line that jumps to its place in the document; plain text when there is no place. */
export function PlaceItem({ place, onSelect, children }: { place: DocumentPlace | null; onSelect: (place: DocumentPlace) => void; children: ReactNode }) {
  const styles = useCommonStyles();
  if (!place) return <div className={styles.static}><div className={styles.itemBody}>{children}</div></div>;
  return (
    <Button appearance="subtle" className={styles.item} aria-description={JUMP_DESCRIPTION} onClick={() => onSelect(place)}>
      <span className={styles.itemBody}>{children}<span className={styles.visuallyHidden}>{JUMP_SUFFIX}</span></span>
    </Button>
  );
}

/**
 * A list that is one stop in the tab sequence: Tab enters it at the entry last used, ↑/↓ (and Pos1/Ende) move
 * between its controls, Tab leaves it (Fluent's arrow navigation group, a roving tabindex).
 */
export function RovingList({ className, children, ...aria }: { className?: string; children: ReactNode; "aria-labelledby"?: string; "aria-label"?: string }) {
  const styles = useCommonStyles();
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  return <ul className={mergeClasses(styles.list, className)} {...aria} {...arrows}>{children}</ul>;
}

export function findingPlace(f: Finding): DocumentPlace | null {
  return f.location.paragraph === null ? null : { paragraph: f.location.paragraph };
}

export function FindingList({ findings, onSelect, empty, labelledBy }: {
  findings: Finding[];
  onSelect: (place: DocumentPlace) => void;
  empty: ReactNode;
  labelledBy?: string;
}) {
  const styles = useCommonStyles();
  if (findings.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <RovingList aria-labelledby={labelledBy}>
      {findings.map((f, i) => (
        <li key={i}>
          <PlaceItem place={findingPlace(f)} onSelect={onSelect}>
            <span><span className={styles.tag}>{SEVERITY_LABEL[f.severity]}:</span> {f.message}</span>
            {(f.location.section || f.location.note || f.location.text) && (
              <span className={styles.meta}>
                {[f.location.section && `Abschnitt ${f.location.section}`, f.location.note && noteName(f.location.note), f.location.text && `„${excerpt(f.location.text, 80)}“`].filter(Boolean).join(" · ")}
              </span>
            )}
          </PlaceItem>
        </li>
      ))}
    </RovingList>
  );
}

/** Long lists render the first entries only; the rest on request (documents with thousands of changes). */
export const LIST_PAGE = 100;
