import { isPink, isPinkHighlight, pinkKind, toHsl, parseHex } from "../../src/beirat/pink";

describe("isPink", () => {
  it.each(["FF00FF", "#ff00ff", "FF66CC", "FF99CC", "E4007C", "FF1493", "FF69B4", "C71585", "FFC0CB", "FFB6C1", "DA70D6"])("%s is pink", (hex) => {
    expect(isPink(hex)).toBe(true);
  });

  it.each([
    ["FF0000", "red"], ["C00000", "dark red"], ["DC143C", "crimson"], ["7030A0", "purple"], ["800080", "dark magenta = purple"],
    ["8B008B", "dark magenta"], ["9400D3", "violet"], ["D9D9D9", "light grey"], ["FFC000", "orange"], ["FF6600", "orange"],
    ["FFF0F5", "barely tinted"], ["000000", "black"], ["FFFFFF", "white"], ["0070C0", "blue"], ["auto", "auto"], ["F0F", "short form"], ["", "empty"],
  ])("%s (%s) is not pink", (hex) => {
    expect(isPink(hex)).toBe(false);
  });

  it("computes hue, saturation and lightness", () => {
    const hsl = toHsl(parseHex("E4007C")!);
    expect(hsl.hue).toBeCloseTo(327.4, 1);
    expect(hsl.saturation).toBeCloseTo(1, 5);
    expect(hsl.lightness).toBeCloseTo(0.447, 3);
  });
});

describe("pink highlight and pinkKind", () => {
  it("accepts Word's Pink in file and Office.js forms, not darkMagenta", () => {
    expect(["magenta", "#FF00FF", "#ff00ff", "Pink"].map(isPinkHighlight)).toEqual([true, true, true, true]);
    expect(["darkMagenta", "red", "yellow", "", null].map(isPinkHighlight)).toEqual([false, false, false, false, false]);
  });

  it("ranks highlight over shading over font colour", () => {
    const none = { highlight: null, shading: null, color: null } as const;
    expect(pinkKind({ ...none, highlight: "magenta", color: "FF00FF" })).toBe("highlight");
    expect(pinkKind({ ...none, shading: "FF99CC", color: "FF00FF" })).toBe("shading");
    expect(pinkKind({ ...none, color: "E4007C" })).toBe("color");
    expect(pinkKind({ ...none, highlight: "darkMagenta", shading: "D9D9D9", color: "FF0000" })).toBeNull();
    expect(pinkKind(none)).toBeNull();
  });
});
