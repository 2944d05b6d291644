/** Numbering of the body's headings within each level and parent: gaps, duplicates, mixed schemes. */
import type { Finding } from "../../model/findings";
import { intToRoman, type Heading, type NumberScheme } from "../../model/outline";
import { displayName, headingLocation, PENDING_DELETED, quote, SCHEME_NAME } from "./messages";

/** "B.XII" → "B"; "3.5" → "3"; "B" → "". */
export function parentPath(path: string): string {
  const i = path.lastIndexOf(".");
  return i < 0 ? "" : path.slice(0, i);
}

/** Key of a numbered place in the outline: level, parent path and value. */
export function slotKey(level: number, parent: string, value: number): string {
  return `${level}|${parent}|${value}`;
}

function labelFor(value: number, like: Heading): string {
  switch (like.scheme) {
    case "upperRoman": return intToRoman(value);
    case "lowerRoman": return intToRoman(value).toLowerCase();
    case "upperLetter": return String.fromCharCode(64 + value);
    case "lowerLetter": return String.fromCharCode(96 + value);
    case "decimalMulti": return `${like.label.slice(0, like.label.lastIndexOf(".") + 1)}${value}`;
    default: return String(value);
  }
}

const isNumbered = (h: Heading) => h.label !== "" && h.value !== null && h.scheme !== null && h.scheme !== "bullet";

/** Headings grouped by parent heading and level, in document order. */
export function siblingGroups(hs: readonly Heading[]): Heading[][] {
  const groups = new Map<string, Heading[]>();
  const stack: Heading[] = [];
  for (const h of hs) {
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    const key = `${stack[stack.length - 1]?.paragraph ?? -1}|${h.level}`;
    const g = groups.get(key);
    if (g) g.push(h);
    else groups.set(key, [h]);
    stack.push(h);
  }
  return [...groups.values()];
}

/**
 * `explained` holds slots (see slotKey) that the TOC lists but the body lacks: a jump over them is
 * reported there, as the missing sections, not again as a gap.
 */
export function numberingFindings(hs: readonly Heading[], original: readonly Heading[], explained: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const deleted = new Map<string, Heading>();
  for (const h of original) if (h.pendingChange === "deleted" && isNumbered(h)) deleted.set(slotKey(h.level, parentPath(h.path), h.value!), h);

  // Numbering that runs on across parents (B.6 after A.5) is a choice, not a gap.
  const lastAtLevel = new Map<string, number>();
  for (const group of siblingGroups(hs)) {
    const numbered = group.filter(isNumbered);
    const first = numbered[0];
    const runsOn = first !== undefined && lastAtLevel.get(`${first.level}|${first.scheme}`) === first.value! - 1;
    const seen = new Map<number, Heading>();
    let prev: Heading | null = null;
    for (const h of numbered) {
      const value = h.value!;
      const parent = parentPath(h.path);
      const where = headingLocation(h);
      const twin = seen.get(value);
      if (twin && twin.scheme === h.scheme) {
        findings.push({
          rule: "numbering/duplicate", severity: "error",
          message: `Die Nummer ${h.label} kommt ${parent ? `in Abschnitt ${parent} ` : ""}doppelt vor: ${quote(displayName(twin))} und ${quote(displayName(h))}.`,
          location: where, data: { label: h.label, level: h.level, paragraphs: [twin.paragraph, h.paragraph] },
        });
      } else if (prev && prev.scheme === h.scheme && value < prev.value!) {
        findings.push({
          rule: "numbering/gap", severity: "warning",
          message: `Auf ${quote(displayName(prev))} folgt ${quote(displayName(h))}: Die Nummerierung springt zurück.`,
          location: where, data: { kind: "backwards", previous: prev.label, label: h.label, level: h.level },
        });
      } else if (!prev || prev.scheme === h.scheme) {
        const from = prev ? prev.value! + 1 : runsOn ? value : 1;
        const missing: number[] = [];
        for (let v = from; v < value; v++) if (!explained.has(slotKey(h.level, parent, v))) missing.push(v);
        if (missing.length) findings.push(gapFinding(h, prev, missing, parent, deleted));
      }
      seen.set(value, h);
      prev = h;
    }
    if (prev) lastAtLevel.set(`${prev.level}|${prev.scheme}`, prev.value!);
  }
  findings.push(...mixedSchemes(hs));
  return findings;
}

function gapFinding(h: Heading, prev: Heading | null, missing: number[], parent: string, deleted: ReadonlyMap<string, Heading>): Finding {
  const labels = missing.map((v) => labelFor(v, h));
  const pending = missing.map((v) => deleted.get(slotKey(h.level, parent, v))).filter((d): d is Heading => !!d);
  const list = labels.length > 3 ? `${labels[0]} bis ${labels[labels.length - 1]}` : labels.join(", ");
  const head = prev ? `Auf ${quote(displayName(prev))} folgt ${quote(displayName(h))}` : `Die Nummerierung beginnt mit ${quote(displayName(h))}`;
  return {
    rule: "numbering/gap", severity: "warning",
    message: `${head}: Es fehl${labels.length === 1 ? "t die Nummer" : "en die Nummern"} ${list}.${pending.length ? ` ${PENDING_DELETED}` : ""}`,
    location: headingLocation(h),
    data: { missing: labels, previous: prev?.label ?? null, label: h.label, level: h.level, pendingDeleted: pending.map((d) => d.paragraph) },
  };
}

/** A level numbered in more than one scheme (A/B here, I/II there): one finding per level, at the first odd one. */
function mixedSchemes(hs: readonly Heading[]): Finding[] {
  const byLevel = new Map<number, Map<NumberScheme, Heading[]>>();
  for (const h of hs) {
    if (!isNumbered(h)) continue;
    const schemes = byLevel.get(h.level) ?? byLevel.set(h.level, new Map()).get(h.level)!;
    (schemes.get(h.scheme!) ?? schemes.set(h.scheme!, []).get(h.scheme!)!).push(h);
  }
  const findings: Finding[] = [];
  for (const [level, schemes] of byLevel) {
    if (schemes.size < 2) continue;
    const ranked = [...schemes.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].paragraph - b[1][0].paragraph);
    const odd = ranked.slice(1).flatMap(([, list]) => list).sort((a, b) => a.paragraph - b.paragraph);
    const usage = ranked.map(([s, list]) => `${SCHEME_NAME[s]} in ${list.length === 1 ? "einer Überschrift" : `${list.length} Überschriften`}`).join(", ");
    findings.push({
      rule: "numbering/mixed", severity: "warning",
      message: `Die Überschriften der Ebene ${level} sind unterschiedlich nummeriert: ${usage}.`,
      location: headingLocation(odd[0]),
      data: { level, schemes: Object.fromEntries(ranked.map(([s, list]) => [s, list.map((h) => h.path)])) },
    });
  }
  return findings;
}
