/** Errors of the .docx reader: one code per reason, a German message for users and an English one for logs. */

export type DocxErrorCode =
  | "empty" | "not-zip" | "truncated" | "encrypted" | "legacy-doc" | "missing-part"
  | "malformed-xml" | "doctype" | "too-large" | "too-deep" | "bad-crc";

const REASON: Record<DocxErrorCode, { de: string; en: string }> = {
  "empty": { de: "Die Datei ist leer.", en: "The file is empty." },
  "not-zip": { de: "Die Datei ist kein Word-Dokument (.docx).", en: "The file is not a Word document (.docx)." },
  "truncated": { de: "Die Datei ist unvollständig (abgeschnitten).", en: "The file is truncated." },
  "encrypted": {
    de: "Die Datei ist mit einem Kennwort geschützt. Bitte speichern Sie sie ohne Kennwort und versuchen Sie es erneut.",
    en: "The file is password-protected (encrypted).",
  },
  "legacy-doc": {
    de: "Die Datei ist im alten Word-Format (.doc). Bitte speichern Sie sie in Word als .docx.",
    en: "The file is a legacy Word document (.doc).",
  },
  "missing-part": { de: "Der Datei fehlt ein notwendiger Bestandteil.", en: "A required part is missing." },
  "malformed-xml": { de: "Die Datei ist beschädigt.", en: "The file is corrupt (malformed XML)." },
  "doctype": {
    de: "Die Datei enthält eine unzulässige DOCTYPE-Deklaration und wird aus Sicherheitsgründen nicht gelesen.",
    en: "The file contains a DOCTYPE declaration and is refused for safety.",
  },
  "too-large": { de: "Die Datei ist zu groß oder entpackt sich zu stark.", en: "The file is too large when decompressed." },
  "too-deep": {
    de: "Die Datei ist zu tief verschachtelt und wird aus Sicherheitsgründen nicht gelesen.",
    en: "The file's XML is nested too deeply.",
  },
  "bad-crc": { de: "Die Datei ist beschädigt (Prüfsumme falsch).", en: "The file is corrupt (bad CRC-32)." },
};

export interface DocxErrorDetail {
  part?: string;
  line?: number;
  /** Technical detail (English), e.g. the XML parser's message. */
  detail?: string;
}

export class DocxError extends Error {
  override name = "DocxError";
  readonly code: DocxErrorCode;
  readonly part?: string;
  readonly line?: number;
  readonly messageEn: string;

  constructor(code: DocxErrorCode, info: DocxErrorDetail = {}) {
    const reason = REASON[code];
    // "Die Datei ist beschädigt: word/document.xml, Zeile 5: XML-Fehler (…)." — reason, then where, then what.
    const whereDe = info.part ? `: ${info.part}${info.line !== undefined ? `, Zeile ${info.line}` : ""}` : "";
    const whereEn = info.part ? `: ${info.part}${info.line !== undefined ? `, line ${info.line}` : ""}` : "";
    const detailDe = code === "malformed-xml" && info.detail ? `: XML-Fehler (${info.detail})` : "";
    super(info.part ? `${reason.de.replace(/\.$/, "")}${whereDe}${detailDe}.` : reason.de);
    this.code = code;
    this.part = info.part;
    this.line = info.line;
    this.messageEn = `${reason.en.replace(/\.$/, "")}${whereEn}${info.detail ? ` (${info.detail})` : ""}.`;
  }
}
