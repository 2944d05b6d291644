/** Renders the first LIST_PAGE items and a button for the rest. */
import { useState, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { LIST_PAGE, useCommonStyles } from "./common";

export function ShowMoreList<T>({ items, render, labelledBy, noun }: {
  items: T[];
  render: (item: T, index: number) => ReactNode;
  labelledBy?: string;
  /** Plural noun for the button ("Kommentare"). */
  noun: string;
}) {
  const styles = useCommonStyles();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, LIST_PAGE);
  return (
    <>
      <ul className={styles.list} aria-labelledby={labelledBy}>
        {shown.map((item, i) => <li key={i}>{render(item, i)}</li>)}
      </ul>
      {shown.length < items.length && (
        <Button appearance="secondary" onClick={() => setAll(true)}>
          Alle {items.length} {noun} anzeigen
        </Button>
      )}
    </>
  );
}
