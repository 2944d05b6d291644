/**
 * The Selbsttest: every capability the add-in needs, tried in the Word it runs in, with a German report IT can copy.
 * The README's manual acceptance checklist made executable. Read checks touch nothing; write checks work on a scratch
 * paragraph added at the end of the document (untracked) and removed again with everything on it, and on a custom XML
 * part of their own namespace, deleted again; the user's tracking mode is restored. Each check is its own `Word.run`,
 * so one failing check does not stop the others, and each failure names the known Word issue behind it and what
 * Beschlussreif does about it.
 */
import { HIGHLIGHT_HEX } from "./highlight";
import type { OfficeApi } from "./office-api";
import { readDocument } from "./read";
import { getSelection } from "./selection";

export interface SelfTestCheck {
  /** What was tried, in German. */
  label: string;
  ok: boolean;
  /** What Word answered, and on failure what it means for the add-in. */
  detail: string;
}

export interface SelfTestReport {
  /** Office.context.platform ("OfficeOnline", "PC", "Mac"); "unbekannt" when Word does not say. */
  platform: string;
  /** Office.context.diagnostics.version ("0.0.0.0" on the web). */
  version: string;
  /** The highest version of each requirement set Word reports, e.g. "WordApi 1.8". */
  requirementSets: string[];
  checks: SelfTestCheck[];
  /** ISO timestamp of the run. */
  at: string;
}

/** A text of its own, so the scratch paragraph is found by search (by its end, which no check edits) and never mistaken for the user's. */
const SCRATCH = "Beschlussreif-Selbsttest: dieser Absatz wird gleich wieder entfernt.";
const SCRATCH_END = "dieser Absatz wird gleich wieder entfernt.";
const SCRATCH_WORD = "Selbsttest";
const PART_NAMESPACE = "urn:beschlussreif:selbsttest";
const PINK = HIGHLIGHT_HEX.magenta;

const PLATFORM_NAME: Record<string, string> = { OfficeOnline: "Word im Web", PC: "Word für Windows", Mac: "Word für Mac", iOS: "Word für iPad" };

function describe(e: unknown): string {
  const code = e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : null;
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

function highest(api: OfficeApi, set: string, minors: number): string | null {
  let found: string | null = null;
  for (let minor = 1; minor <= minors; minor++) if (api.Office.context.requirements.isSetSupported(set, `1.${minor}`)) found = `${set} 1.${minor}`;
  return found;
}

/** Runs `use` on the whole scratch paragraph (found by its text); fails when it is not in the document. */
async function scratch<T>(api: OfficeApi, use: (context: Word.RequestContext, range: Word.Range) => Promise<T>): Promise<T> {
  return api.Word.run(async (context) => {
    const hits = context.document.body.search(SCRATCH_END, { matchCase: true }).load("items/text");
    await context.sync();
    const hit = hits.items[0];
    if (!hit) throw new Error("Der Testabsatz ist nicht im Dokument.");
    return use(context, hit.paragraphs.getFirst().getRange("Whole"));
  });
}

export async function runSelfTest(api: OfficeApi, now: () => Date = () => new Date()): Promise<SelfTestReport> {
  const checks: SelfTestCheck[] = [];
  const check = async (label: string, run: () => Promise<string>, onFailure: (e: unknown) => string = describe) => {
    try {
      checks.push({ label, ok: true, detail: await run() });
    } catch (e) {
      checks.push({ label, ok: false, detail: onFailure(e) });
    }
  };
  const context = api.Office.context;
  const platform = String(context.platform ?? context.diagnostics?.platform ?? "unbekannt");

  let model: Awaited<ReturnType<typeof readDocument>>["model"] | null = null;
  await check("Dokument lesen (Absätze, Kommentare, nachverfolgte Änderungen, Textmarken)", async () => {
    const read = await readDocument(api, []);
    model = read.model;
    const limits = read.capabilities.limitations;
    return `${read.model.paragraphs.length} Absätze, ${read.model.comments.length} Kommentare, ${read.model.trackedChanges.length} Änderungen`
      + (limits.length > 0 ? `; Einschränkungen: ${limits.join(" ")}` : "");
  });
  await check("Absatzkennungen (Paragraph.uniqueLocalId)", () => api.Word.run(async (ctx) => {
    const first = ctx.document.body.paragraphs.getFirst().load("uniqueLocalId");
    await ctx.sync();
    if (!first.uniqueLocalId) throw new Error("Word liefert keine Absatzkennungen (office-js #4258, Word ohne Microsoft-365-Abonnement). Beschlussreif bestimmt die Markierung dann über den Text des Absatzes und seiner Nachbarn.");
    return "vorhanden";
  }), (e) => describe(e));
  await check("Markierung bestimmen", async () => {
    if (!model) throw new Error("Das Dokument ließ sich nicht lesen.");
    const at = await getSelection(api, model);
    return at ? `Absatz ${at.start.paragraph + 1}, Zeichen ${at.start.offset + 1}` : "Die Markierung liegt außerhalb des Haupttextes.";
  });

  let tracking: string | null = null;
  await check("Testabsatz am Dokumentende einfügen", () => api.Word.run(async (ctx) => {
    const doc = ctx.document.load("changeTrackingMode");
    await ctx.sync();
    tracking = doc.changeTrackingMode;
    doc.changeTrackingMode = "Off";
    ctx.document.body.paragraphs.getLast().insertParagraph(SCRATCH, "After");
    await ctx.sync();
    return "eingefügt (ohne Nachverfolgung)";
  }));

  await check("Hervorhebung als Hex-Wert setzen und lesen", () => scratch(api, async (ctx, range) => {
    range.font.highlightColor = PINK;
    await ctx.sync();
    range.font.load("highlightColor");
    await ctx.sync();
    if (range.font.highlightColor?.toUpperCase() !== PINK) throw new Error(`Word meldet „${range.font.highlightColor}“ statt ${PINK}.`);
    return `${PINK} (Beschlussreif schreibt Hex-Werte; Namen wie „Pink“ gehen in Word im Web beim Speichern verloren, office-js #3950)`;
  }));

  await check("Kommentar einfügen", () => scratch(api, async (ctx, range) => {
    range.insertComment("Beschlussreif-Selbsttest: Kommentar").load("id");
    await ctx.sync();
    return "eingefügt";
  }), (e) => `${describe(e)} — bekannt aus office-js #6746 (Word im Web, einzelne Mandanten). Fragen und Antragszeilen lassen sich dann nicht als Kommentar speichern.`);

  await check("Auf Kommentar antworten", () => scratch(api, async (ctx, range) => {
    const comments = range.getComments().load("items/id");
    await ctx.sync();
    const comment = comments.items[0];
    if (!comment) throw new Error("Der Testkommentar fehlt.");
    comment.reply("Beschlussreif-Selbsttest: Antwort");
    await ctx.sync();
    return "beantwortet";
  }), (e) => `${describe(e)} — bekannt aus office-js #6720 (Word im Web). Beschlussreif schreibt Antworten dann als eigenen Kommentar an derselben Stelle, beginnend mit „↪ Antwort:“, und liest ihn als Antwort.`);

  const trackedWrite = (label: string, location: "End" | "Replace", text: string, expected: string) => check(label, () => scratch(api, async (ctx, range) => {
    const hits = range.search(SCRATCH_WORD, { matchCase: true }).load("items/text");
    await ctx.sync();
    ctx.document.changeTrackingMode = "TrackAll";
    hits.items[0].insertText(text, location);
    let rejected: unknown = null;
    try {
      await ctx.sync();
    } catch (e) {
      rejected = e;
    }
    ctx.document.changeTrackingMode = "Off";
    const now = range.paragraphs.getFirst().getReviewedText("Current");
    await ctx.sync();
    if (!now.value.includes(expected)) throw rejected ?? new Error("Der Text steht nicht im Dokument.");
    return rejected
      ? `ausgeführt, aber von Word als Fehler gemeldet (${describe(rejected)}; office-js #6760). Beschlussreif prüft nach einem solchen Fehler den Text im Dokument.`
      : "ausgeführt";
  }));
  await trackedWrite("Text als nachverfolgte Änderung einfügen", "End", "-Einfügung", "Selbsttest-Einfügung");
  await trackedWrite("Text als nachverfolgte Änderung ersetzen", "Replace", "Probelauf", "Probelauf");

  await check("Gelöschten Text einer nachverfolgten Änderung lesen", () => scratch(api, async (ctx, range) => {
    const changes = range.paragraphs.getFirst().getTrackedChanges().load("items/type,items/text");
    await ctx.sync();
    const deleted = changes.items.find((c) => c.type === "Deleted");
    if (!deleted) throw new Error("Word meldet die Löschung nicht.");
    if (!deleted.text) throw new Error("Word meldet gelöschten Text leer (office-js #5188, Word für Mac). Beschlussreif setzt ihn aus der ursprünglichen Fassung des Absatzes zusammen.");
    return `„${deleted.text}“`;
  }));

  await check("Benutzerdefinierten XML-Teil schreiben, lesen und löschen", () => api.Word.run(async (ctx) => {
    const xml = `<selbsttest xmlns="${PART_NAMESPACE}">Prüfwert ${now().toISOString()}</selbsttest>`;
    const part = ctx.document.customXmlParts.add(xml);
    const back = part.getXml();
    await ctx.sync();
    part.delete();
    await ctx.sync();
    if (!back.value.includes("Prüfwert")) throw new Error("Word gibt einen anderen Inhalt zurück.");
    return "geschrieben, gelesen, gelöscht";
  }));

  await check("Testabsatz entfernen", () => scratch(api, async (ctx, range) => {
    const paragraph = range.paragraphs.getFirst();
    const comments = range.getComments().load("items/id");
    ctx.document.changeTrackingMode = "Off";
    await ctx.sync();
    for (const c of comments.items) c.delete();
    paragraph.delete();
    if (tracking) ctx.document.changeTrackingMode = tracking as Word.ChangeTrackingMode;
    await ctx.sync();
    return "entfernt; Nachverfolgungsmodus wiederhergestellt";
  }), (e) => `${describe(e)} — bitte entfernen Sie den Absatz „${SCRATCH}“ am Dokumentende von Hand.`);

  const sets = [highest(api, "WordApi", 9), highest(api, "WordApiDesktop", 5)].filter((s): s is string => s !== null);
  return { platform: PLATFORM_NAME[platform] ?? platform, version: context.diagnostics?.version ?? "unbekannt", requirementSets: sets, checks, at: now().toISOString() };
}

/** The report as plain text for IT (German; dates dd.mm.yyyy). */
export function selfTestText(report: SelfTestReport): string {
  const d = new Date(report.at);
  const two = (n: number) => String(n).padStart(2, "0");
  const when = `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
  const passed = report.checks.filter((c) => c.ok).length;
  return [
    `Beschlussreif – Selbsttest vom ${when}`,
    `Plattform: ${report.platform}; Version: ${report.version}`,
    `Anforderungssätze: ${report.requirementSets.join(", ") || "keine gemeldet"}`,
    `${passed} von ${report.checks.length} Prüfungen bestanden`,
    "",
    ...report.checks.map((c) => `${c.ok ? "bestanden" : "NICHT bestanden"}: ${c.label} – ${c.detail}`),
  ].join("\n");
}
