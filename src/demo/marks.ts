/** How the demo page shows run formatting: pink markings get a text badge, other highlights their colour. */
import { pinkKind } from "../beirat";
import type { HighlightColor, RunFormat } from "../model/document";

const HIGHLIGHT_CSS: Record<HighlightColor, string> = {
  black: "#000000", blue: "#0000FF", cyan: "#00FFFF", green: "#00FF00", magenta: "#FF00FF", red: "#FF0000",
  yellow: "#FFFF00", white: "#FFFFFF", darkBlue: "#000080", darkCyan: "#008080", darkGreen: "#008000",
  darkMagenta: "#800080", darkRed: "#800000", darkYellow: "#808000", darkGray: "#808080", lightGray: "#C0C0C0",
};

export type RunMark =
  | { kind: "pinkBackground" }
  | { kind: "pinkText" }
  | { kind: "highlight"; css: string; name: string }
  | { kind: "none" };

export function runMark(format: RunFormat): RunMark {
  const pink = pinkKind(format);
  if (pink === "highlight" || pink === "shading") return { kind: "pinkBackground" };
  if (pink === "color") return { kind: "pinkText" };
  if (format.highlight) return { kind: "highlight", css: HIGHLIGHT_CSS[format.highlight], name: format.highlight };
  return { kind: "none" };
}

/** Black or white text, whichever reads better on the background. */
export function textOn(css: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? "#FFFFFF" : "#000000";
}
