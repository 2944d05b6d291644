/**
 * What counts as the Teilhabebeirat's pink ("Ergänzungen / Änderungen Teilhabebeirat Farbe pink,
 * Fragen THB pink hinterlegt"). Users pick Word's "Pink" highlight (`magenta` in the file, `#FF00FF`
 * in Office.js) or custom pinks for shading and font colour, so colours are judged by hue,
 * saturation and lightness rather than by a list.
 *
 * Decisions:
 * - Pink hues lie between 290° and 345° (magenta 300°, FF66CC/FF99CC 330°, E4007C 327°, FF1493 328°);
 *   light tints may lean further to red, up to 352° (CSS pink FFC0CB, light pink FFB6C1).
 *   Red (0°), crimson (348°, dark), orange and violet/purple below 290° (7030A0 at 276°) are not pink.
 * - Dark shades of the magenta hue are purple to the eye: 800080 (Word's "Dark Magenta", shown as
 *   "Violett") and 8B008B have a lightness of about 25 % and are not pink. The floor is 35 %, which
 *   keeps deep pinks such as C71585 (43 %) and E4007C (45 %).
 * - Greys and washed-out tints (saturation below 40 %, lightness above 92 %) are not a marking.
 * - A county whose Beirat marks in another colour names it in its configuration (`beirat.colors`): those colours
 *   count as well, as highlight, shading or font colour, compared exactly.
 */
import type { HighlightColor, RunFormat } from "../model/document";

/** Office.js highlight value of Word's "Pink" (research/officejs.md §4). */
export const PINK_HIGHLIGHT = "#FF00FF";
/** Font colour of the Beirat's additions. */
export const PINK_FONT_COLOR = "#FF00FF";

export interface Hsl {
  /** 0–360 degrees. */
  hue: number;
  /** 0–1. */
  saturation: number;
  /** 0–1. */
  lightness: number;
}

/** Parses "FF00FF" / "#ff00ff"; null for anything else (auto, names, short forms). */
export function parseHex(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

export function toHsl([r8, g8, b8]: [number, number, number]): Hsl {
  const [r, g, b] = [r8 / 255, g8 / 255, b8 / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const delta = max - min;
  if (delta === 0) return { hue: 0, saturation: 0, lightness };
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  let hue: number;
  if (max === r) hue = ((g - b) / delta) % 6;
  else if (max === g) hue = (b - r) / delta + 2;
  else hue = (r - g) / delta + 4;
  hue *= 60;
  if (hue < 0) hue += 360;
  return { hue, saturation, lightness };
}

/** Whether a hex colour ("E4007C", "#FF66CC") is a pink or magenta hue. */
export function isPink(hex: string): boolean {
  const rgb = parseHex(hex);
  if (!rgb) return false;
  const { hue, saturation, lightness } = toHsl(rgb);
  if (saturation < 0.4 || lightness < 0.35 || lightness > 0.92) return false;
  const upper = lightness >= 0.7 ? 352 : 345;
  return hue >= 290 && hue <= upper;
}

/**
 * Whether a highlight is Word's "Pink": `magenta` from a file, `#FF00FF` or "Pink" from Office.js.
 * `darkMagenta` is Word's "Violett" and not pink.
 */
export function isPinkHighlight(value: HighlightColor | string | null): boolean {
  if (value === null) return false;
  const v = value.trim().toLowerCase();
  return v === "magenta" || v === "pink" || v === "#ff00ff" || v === "ff00ff";
}

/** Word's highlight palette (ST_HighlightColor, ECMA-376 Part 1 §17.18.40) in RGB. */
export const HIGHLIGHT_RGB: Readonly<Record<HighlightColor, string>> = {
  black: "000000", blue: "0000FF", cyan: "00FFFF", green: "00FF00", magenta: "FF00FF", red: "FF0000", yellow: "FFFF00",
  white: "FFFFFF", darkBlue: "000080", darkCyan: "008080", darkGreen: "008000", darkMagenta: "800080", darkRed: "800000",
  darkYellow: "808000", darkGray: "808080", lightGray: "C0C0C0",
};

/** A configured colour as the model writes colours ("FF99CC"): from "#ff99cc", "FF99CC" or a highlight name ("cyan"); null otherwise. */
export function colorKey(value: string): string | null {
  const rgb = parseHex(value);
  if (rgb) return value.trim().replace(/^#/, "").toUpperCase();
  const name = Object.keys(HIGHLIGHT_RGB).find((n) => n.toLowerCase() === value.trim().toLowerCase()) as HighlightColor | undefined;
  return name ? HIGHLIGHT_RGB[name] : null;
}

/** How a run is marked pink; highlight and shading outrank font colour (a pink text on pink ground is a question). */
export type PinkKind = "highlight" | "shading" | "color";

const NO_COLORS: ReadonlySet<string> = new Set();

/** `colors`: the configuration's further Beirat colours as colour keys (see `colorKey`). */
export function pinkKind(format: Pick<RunFormat, "highlight" | "shading" | "color">, colors: ReadonlySet<string> = NO_COLORS): PinkKind | null {
  // Most runs carry no colour at all: decided before anything is allocated.
  if (format.highlight === null && format.shading === null && format.color === null) return null;
  const own = (hex: string | undefined) => hex !== undefined && colors.has(hex.toUpperCase());
  if (isPinkHighlight(format.highlight) || (format.highlight !== null && own(HIGHLIGHT_RGB[format.highlight]))) return "highlight";
  if (format.shading !== null && (isPink(format.shading) || own(format.shading))) return "shading";
  if (format.color !== null && (isPink(format.color) || own(format.color))) return "color";
  return null;
}
