/** Word's errors as the pane shows them: a kind to branch on and a German sentence for the user. */

export type WordErrorKind = "not-allowed" | "general" | "changed" | "unsupported";

export class WordError extends Error {
  override readonly name = "WordError";
  constructor(readonly kind: WordErrorKind, message: string, readonly code: string | null = null) {
    super(message);
  }
}

/** `OfficeExtension.Error` carries `code`; anything else is treated as a general failure. */
function codeOf(e: unknown): string | null {
  return e && typeof e === "object" && "code" in e && typeof e.code === "string" ? e.code : null;
}

/**
 * Whether Word failed in `method` ("Comment.reply"): Office.js names it in `debugInfo.errorLocation`; an error
 * without a location counts when its code is GeneralException, the code of the failures the add-in survives.
 */
export function failedIn(e: unknown, method: string): boolean {
  const info = e && typeof e === "object" && "debugInfo" in e ? (e as { debugInfo?: { errorLocation?: string } }).debugInfo : undefined;
  const location = info?.errorLocation;
  return location === method || (location === undefined && codeOf(e) === "GeneralException");
}

/** Maps an Office.js error raised while doing `action` ("Kommentar einfügen") to a WordError. */
export function toWordError(e: unknown, action: string): WordError {
  if (e instanceof WordError) return e;
  const code = codeOf(e);
  switch (code) {
    case "NotAllowed":
    case "AccessDenied":
      return new WordError("not-allowed", `Word erlaubt die Aktion „${action}“ in diesem Dokument nicht (z. B. schreibgeschützt oder von Ihrer Organisation gesperrt). Es wurde nichts geändert.`, code);
    case "ItemNotFound":
      return new WordError("changed", `Die Textstelle für „${action}“ wurde nicht mehr gefunden; das Dokument wurde inzwischen geändert. Bitte aktualisieren Sie die Prüfung und versuchen Sie es erneut.`, code);
    default:
      return new WordError("general", `Word konnte die Aktion „${action}“ nicht ausführen${code ? ` (Fehlercode ${code})` : ""}. Bitte versuchen Sie es erneut; bleibt der Fehler, speichern Sie das Dokument und öffnen Sie es neu.`, code);
  }
}

export function changedError(action: string): WordError {
  return new WordError("changed", `Die Textstelle für „${action}“ stimmt nicht mehr mit dem Dokument überein; es wurde inzwischen geändert. Bitte aktualisieren Sie die Prüfung und versuchen Sie es erneut.`);
}

export function unsupportedError(action: string, set: string): WordError {
  return new WordError("unsupported", `Die Aktion „${action}“ erfordert eine neuere Word-Version (${set}). Bitte aktualisieren Sie Word oder verwenden Sie Word im Web.`);
}
