/**
 * Word's highlight palette as Office.js reports it (`font.highlightColor` is "#RRGGBB" or null) and the names
 * it accepts when writing. Pure data: shared by the Word reader and the simulator.
 */
import type { HighlightColor } from "../model/document";

export const HIGHLIGHT_HEX: Record<HighlightColor, string> = {
  yellow: "#FFFF00", green: "#00FF00", cyan: "#00FFFF", magenta: "#FF00FF", blue: "#0000FF", red: "#FF0000",
  darkBlue: "#000080", darkCyan: "#008080", darkGreen: "#008000", darkMagenta: "#800080", darkRed: "#800000",
  darkYellow: "#808000", darkGray: "#808080", lightGray: "#C0C0C0", black: "#000000", white: "#FFFFFF",
};

/** Names from Word's UI (`Word.ColorIndex`) that `highlightColor` accepts besides hex. */
const UI_NAMES: Record<string, HighlightColor> = {
  yellow: "yellow", brightgreen: "green", turquoise: "cyan", pink: "magenta", blue: "blue", red: "red",
  darkblue: "darkBlue", teal: "darkCyan", green: "darkGreen", violet: "darkMagenta", darkred: "darkRed",
  darkyellow: "darkYellow", gray50: "darkGray", gray25: "lightGray", black: "black", white: "white",
  // Names the Font reference lists for Word on Windows.
  lime: "green", purple: "darkMagenta", olive: "darkYellow", gray: "darkGray", lightgray: "lightGray",
};

/** The palette colour for a value Word reports or accepts; null for none or a colour outside the palette. */
export function highlightFromWord(value: string | null | undefined): HighlightColor | null {
  if (!value) return null;
  const v = value.trim();
  const byHex = (Object.keys(HIGHLIGHT_HEX) as HighlightColor[]).find((k) => HIGHLIGHT_HEX[k] === v.toUpperCase());
  return byHex ?? UI_NAMES[v.toLowerCase()] ?? null;
}
