/** Renders the first LIST_PAGE items (one tab stop, arrow keys inside) and a button for the rest. */
import { useState, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { LIST_PAGE, RovingList } from "./common";

export function ShowMoreList<T>({ items, render, labelledBy, noun }: {
  items: T[];
  render: (item: T, index: number) => ReactNode;
  labelledBy?: string;
  /** Plural noun for the button ("Kommentare"). */
  noun: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, LIST_PAGE);
  return (
    <>
      <RovingList aria-labelledby={labelledBy}>
        {shown.map((item, i) => <li key={i}>{render(item, i)}</li>)}
      </RovingList>
      {shown.length < items.length && (
        <Button appearance="secondary" onClick={() => setAll(true)}>
          Alle {items.length} {noun} anzeigen
        </Button>
      )}
    </>
  );
}
