/**
 * List numbering as Word displays it: abstractNum/num with lvlOverride and startOverride, `%1.%2` level
 * texts, number formats, restarts of deeper levels, legal numbering (isLgl), and numbering linked from
 * paragraph styles (a heading style's numPr, or a level's pStyle).
 */
import type { ListInfo } from "../model/document";
import { intToRoman } from "../model/outline";
import { child, children, onOff, val, type XmlElement } from "./xml";

interface Level {
  start: number;
  format: string;
  text: string | null;
  isLgl: boolean;
  /** 0-based level whose increment restarts this one; null: never; undefined: any higher level. */
  restart: number | null | undefined;
  pStyle: string | null;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** Symbol-font bullets (private-use code points) as the characters they show. */
const SYMBOL_BULLETS: Record<string, string> = {
  "\uF0B7": "•", "\uF0A7": "▪", "\uF0FC": "✓", "\uF0D8": "➢", "\uF076": "❖", "\uF0A8": "◆", "\uF06E": "■", "\uF02D": "-",
};

const MODEL_FORMATS = new Set(["bullet", "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "none"]);

function readLevel(el: XmlElement): Level {
  const restart = val(el, "w:lvlRestart");
  const lvlText = child(el, "w:lvlText");
  return {
    start: Number(val(el, "w:start") ?? "0") || 0,
    format: val(el, "w:numFmt") ?? "decimal",
    text: lvlText ? lvlText.attrs["w:val"] ?? "" : null,
    isLgl: onOff(child(el, "w:isLgl")) ?? false,
    restart: restart === undefined ? undefined : restart === "0" ? null : Number(restart) - 1,
    pStyle: val(el, "w:pStyle") ?? null,
  };
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return String(n);
  // Word repeats the letter: 27 → AA, 28 → BB.
  const ch = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
  return upper ? ch : ch.toLowerCase();
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "upperRoman": return n > 0 ? intToRoman(n) : String(n);
    case "lowerRoman": return n > 0 ? intToRoman(n).toLowerCase() : String(n);
    case "upperLetter": return letters(n, true);
    case "lowerLetter": return letters(n, false);
    case "decimalZero": return n < 10 ? `0${n}` : String(n);
    case "none": return "";
    default: return String(n);
  }
}

export interface Numbering {
  /** Advances the counters for one numbered paragraph and returns what Word shows. */
  next(numId: string, ilvl: number | null, styleId: string | null): ListInfo | null;
}

export function readNumbering(root: XmlElement | undefined, styleNumId: (styleId: string) => string | null): Numbering {
  const abstracts = new Map<string, { levels: Map<number, Level>; styleLink: string | null }>();
  const nums = new Map<string, Num>();
  for (const el of root?.children ?? []) {
    if (el.name === "w:abstractNum") {
      const levels = new Map<number, Level>();
      for (const lvl of children(el, "w:lvl")) levels.set(Number(lvl.attrs["w:ilvl"] ?? "0"), readLevel(lvl));
      abstracts.set(el.attrs["w:abstractNumId"] ?? "", { levels, styleLink: val(el, "w:numStyleLink") ?? null });
    } else if (el.name === "w:num") {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of children(el, "w:lvlOverride")) {
        const start = val(o, "w:startOverride");
        const lvl = child(o, "w:lvl");
        overrides.set(Number(o.attrs["w:ilvl"] ?? "0"), {
          start: start !== undefined ? Number(start) || 0 : undefined,
          level: lvl ? readLevel(lvl) : undefined,
        });
      }
      nums.set(el.attrs["w:numId"] ?? "", { abstractId: val(el, "w:abstractNumId") ?? "", overrides });
    }
  }

  /** The abstract definition behind a num, following numStyleLink through the numbering style. */
  const abstractOf = (num: Num): { id: string; levels: Map<number, Level> } | null => {
    let id = num.abstractId;
    for (let hop = 0; hop < 3; hop++) {
      const a = abstracts.get(id);
      if (!a) return null;
      if (!a.styleLink) return { id, levels: a.levels };
      const linkedNum = nums.get(styleNumId(a.styleLink) ?? "");
      if (!linkedNum) return { id, levels: a.levels };
      id = linkedNum.abstractId;
    }
    return null;
  };

  // Counters are shared by all nums of one abstract definition, as in Word; a startOverride restarts them.
  const counters = new Map<string, (number | undefined)[]>();
  const startedNums = new Set<string>();

  return {
    next(numId, ilvl, styleId) {
      const num = nums.get(numId);
      if (!num) return null;
      const abs = abstractOf(num);
      if (!abs) return null;
      const levelAt = (i: number): Level | undefined => num.overrides.get(i)?.level ?? abs.levels.get(i);
      let level = ilvl;
      if (level === null) {
        level = 0;
        for (const [i, l] of abs.levels) if (styleId && l.pStyle === styleId) level = i;
      }
      const def = levelAt(level);
      if (!def) return null;
      let counts = counters.get(abs.id);
      if (!counts) counters.set(abs.id, (counts = []));
      if (!startedNums.has(numId)) {
        startedNums.add(numId);
        for (const [i, o] of num.overrides) if (o.start !== undefined || o.level) counts[i] = undefined;
      }
      const startOf = (i: number): number => num.overrides.get(i)?.start ?? levelAt(i)?.start ?? 1;
      counts[level] = counts[level] === undefined ? startOf(level) : counts[level]! + 1;
      for (let i = level + 1; i < 9; i++) {
        const deeper = levelAt(i);
        const restart = deeper?.restart;
        if (restart === null || (restart !== undefined && restart > level)) continue;
        counts[i] = undefined;
      }
      let label = "";
      if (def.format === "bullet") {
        label = [...(def.text ?? "")].map((c) => SYMBOL_BULLETS[c] ?? c).join("");
      } else if (def.text !== null && def.format !== "none") {
        label = def.text.replace(/%([1-9])/g, (_m, d: string) => {
          const i = Number(d) - 1;
          const l = levelAt(i);
          const n = counts![i] ?? startOf(i);
          return formatNumber(n, def.isLgl && i !== level ? "decimal" : (l?.format ?? "decimal"));
        });
      }
      const format = MODEL_FORMATS.has(def.format) ? (def.format as ListInfo["format"]) : "other";
      return { numId, level, label, format };
    },
  };
}
