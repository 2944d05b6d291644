/** Fluent theme that follows Office's theme, the system's colour scheme and forced colours (high contrast). */
import { useEffect, useState } from "react";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark" | "highContrast";

export const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export interface ThemeSignals {
  /** Office's body background ("#FFFFFF"), when running in Office. */
  officeBackground: string | null;
  prefersDark: boolean;
  forcedColors: boolean;
}

function isDarkColour(hex: string): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function pickTheme(signals: ThemeSignals): ThemeName {
  if (signals.forcedColors) return "highContrast";
  if (signals.officeBackground) return isDarkColour(signals.officeBackground) ? "dark" : "light";
  return signals.prefersDark ? "dark" : "light";
}

function query(media: string): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(media) : null;
}

function readTheme(officeBackground: string | null): ThemeName {
  return pickTheme({
    officeBackground,
    prefersDark: query("(prefers-color-scheme: dark)")?.matches ?? false,
    forcedColors: query("(forced-colors: active)")?.matches ?? false,
  });
}

/** Re-evaluates when the system switches scheme or high contrast. */
export function useThemeName(officeBackground: string | null): ThemeName {
  const [name, setName] = useState<ThemeName>(() => readTheme(officeBackground));
  useEffect(() => {
    const lists = [query("(prefers-color-scheme: dark)"), query("(forced-colors: active)")].filter((l) => l !== null);
    const update = () => setName(readTheme(officeBackground));
    update();
    lists.forEach((l) => l.addEventListener("change", update));
    return () => lists.forEach((l) => l.removeEventListener("change", update));
  }, [officeBackground]);
  return name;
}
