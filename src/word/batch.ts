/**
 * How every writer talks to Word: one `Word.run`, feature-detected first, Word's errors mapped to a WordError;
 * and, for edits that must be tracked changes, switching tracking on for the edit and back to the user's mode.
 */
import { toWordError, unsupportedError } from "./errors";
import type { OfficeApi } from "./office-api";

export async function run<T>(api: OfficeApi, action: string, minVersion: string, batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  if (!api.Office.context.requirements.isSetSupported("WordApi", minVersion)) throw unsupportedError(action, `WordApi ${minVersion}`);
  try {
    return await api.Word.run(batch);
  } catch (e) {
    throw toWordError(e, action);
  }
}

/** Queued around the edits of a tracked batch, after its first sync (which loads the user's mode). */
export interface TrackingSwitch {
  /** Switches tracking on if the user had it off ("TrackMineOnly" and "TrackAll" already track the user's edits). */
  on(): void;
  /** Switches back to the user's mode; queue it after the edits, in the same batch. */
  restore(): void;
}

/**
 * A batch whose edits are tracked changes. The user's mode is restored in the same batch; if the batch fails
 * after switching (Word runs a batch up to the failing operation, so the switch may have happened), a second
 * run restores it.
 */
export async function runTracked<T>(
  api: OfficeApi, action: string, minVersion: string,
  batch: (context: Word.RequestContext, tracking: TrackingSwitch) => Promise<T>,
): Promise<T> {
  let switched = false;
  try {
    return await run(api, action, minVersion, (context) => {
      const doc = context.document.load("changeTrackingMode");
      return batch(context, {
        on() {
          if (doc.changeTrackingMode !== "Off") return;
          doc.changeTrackingMode = "TrackAll";
          switched = true;
        },
        restore() {
          if (switched) doc.changeTrackingMode = "Off";
        },
      });
    });
  } catch (e) {
    if (switched) {
      await api.Word.run(async (context) => {
        context.document.changeTrackingMode = "Off";
        await context.sync();
      }).catch(() => undefined);
    }
    throw e;
  }
}
