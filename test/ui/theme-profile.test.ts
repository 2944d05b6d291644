import { pickTheme } from "../../src/taskpane/theme";
import { loadProfile, saveProfile } from "../../src/taskpane/profile";

describe("theme", () => {
  test("forced colours win, then Office's background, then the system scheme", () => {
    expect(pickTheme({ officeBackground: "#FFFFFF", prefersDark: true, forcedColors: true })).toBe("highContrast");
    expect(pickTheme({ officeBackground: "#262626", prefersDark: false, forcedColors: false })).toBe("dark");
    expect(pickTheme({ officeBackground: "#FFFFFF", prefersDark: true, forcedColors: false })).toBe("light");
    expect(pickTheme({ officeBackground: null, prefersDark: true, forcedColors: false })).toBe("dark");
    expect(pickTheme({ officeBackground: null, prefersDark: false, forcedColors: false })).toBe("light");
  });
});

describe("profile", () => {
  test("unknown or unreadable stored values fall back to Verwaltung", () => {
    expect(loadProfile({ getItem: () => "admin" })).toBe("verwaltung");
    expect(loadProfile({ getItem: () => { throw new Error("SecurityError"); } })).toBe("verwaltung");
    expect(loadProfile(null)).toBe("verwaltung");
    expect(loadProfile({ getItem: () => "teilhabebeirat" })).toBe("teilhabebeirat");
  });

  test("saving survives a storage that refuses writes", () => {
    const saved: string[] = [];
    saveProfile({ setItem: (_k, v) => { saved.push(v); } }, "lesen");
    expect(saved).toEqual(["lesen"]);
    expect(() => saveProfile({ setItem: () => { throw new Error("QuotaExceeded"); } }, "lesen")).not.toThrow();
  });
});
