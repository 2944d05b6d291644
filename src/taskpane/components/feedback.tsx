/**
 * The pane's rule for focus and messages: a form that opens takes focus on its first field, a form that closes
 * (Speichern, Abbrechen, Escape) gives it back to the control that opened it, and both are said in the live region.
 * A failed action says so next to the control that started it, in German.
 */
import { createContext, useCallback, useContext, useState } from "react";
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** Runs a use case; `done` is announced after the refresh; a failure goes to `onError` (else to the top of the pane). */
export type RunAction = (run: () => Promise<void>, done: string, onError?: (message: string) => void) => void;

/** Says a message in the pane's live region (screen readers). */
export const AnnounceContext = createContext<(message: string) => void>(() => undefined);

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}

/**
 * Focus that returns to a control after a re-render: `returnTo(id)` marks the control, `refFor(id)` is its ref; the
 * control takes focus when it (re)appears in the page. Controls that are rendered anew (the "bearbeiten" button comes
 * back when the form closes) are found this way, where a stored element would be gone.
 */
export function useFocusReturn(): { returnTo: (id: string) => void; refFor: (id: string) => (element: HTMLElement | null) => void } {
  const [target, setTarget] = useState<string | null>(null);
  const refFor = useCallback((id: string) => (element: HTMLElement | null) => {
    if (element && target === id) {
      element.focus();
      setTarget(null);
    }
  }, [target]);
  return { returnTo: setTarget, refFor };
}

const useStyles = makeStyles({ message: { minWidth: 0, overflowWrap: "anywhere" } });

/** A failed action's message, placed next to its control; role "alert" has screen readers say it at once. */
export function InlineError({ message }: { message: string | null }) {
  const styles = useStyles();
  if (!message) return null;
  return (
    <MessageBar layout="multiline" intent="error" className={styles.message} role="alert">
      <MessageBarBody className={styles.message}>
        <MessageBarTitle>Das hat nicht geklappt:</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

/** An action whose failure is shown beside its control: `run` as onAction, `error` for InlineError. */
export function useLocalAction(onAction: RunAction): { run: (action: () => Promise<void>, done: string) => void; error: string | null } {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback((action: () => Promise<void>, done: string) => {
    setError(null);
    onAction(action, done, setError);
  }, [onAction]);
  return { run, error };
}
