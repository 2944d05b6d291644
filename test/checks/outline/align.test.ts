import { align } from "../../../src/checks/outline/align";
import { normalizeTitle, TitleSimilarity } from "../../../src/checks/outline/titles";

describe("align", () => {
  const byEquality = (a: string[], b: string[]) => align(a.length, b.length, (i, j) => (a[i] === b[j] ? 1 : null));

  it("keeps the rest paired around an insertion and a deletion", () => {
    const ops = byEquality(["a", "b", "c", "d"], ["a", "x", "b", "d"]);
    expect(ops).toEqual([
      { kind: "match", left: 0, right: 0 }, { kind: "rightOnly", right: 1 }, { kind: "match", left: 1, right: 2 },
      { kind: "leftOnly", left: 2 }, { kind: "match", left: 3, right: 3 },
    ]);
  });

  it("handles empty sides", () => {
    expect(byEquality([], ["a"])).toEqual([{ kind: "rightOnly", right: 0 }]);
    expect(byEquality(["a"], [])).toEqual([{ kind: "leftOnly", left: 0 }]);
    expect(byEquality([], [])).toEqual([]);
  });

  it("prefers the pairing with the higher total score", () => {
    const ops = align(2, 2, (i, j) => [[1, 5], [5, 1]][i][j]);
    expect(ops.filter((o) => o.kind === "match")).toHaveLength(1);
  });
});

describe("titles", () => {
  it("normalises case, dashes, quotes, spaces and trailing dots", () => {
    expect(normalizeTitle("Umwelt – und\u00A0Ressourcenschutz.")).toBe(normalizeTitle("umwelt- und  ressourcenschutz"));
    expect(normalizeTitle("„Smart Region“")).toBe("smart region");
    expect(normalizeTitle("Aus\u00ADbildung")).toBe("ausbildung");
  });

  it("rates a reworded title as similar and another title as different", () => {
    const sim = new TitleSimilarity();
    expect(sim.of(normalizeTitle("Wohnen und Infrastruktur"), normalizeTitle("Wohnen, Bauen und Infrastruktur"))).toBeGreaterThan(0.7);
    expect(sim.of(normalizeTitle("Wohnen und Infrastruktur"), normalizeTitle("Mobilität und Verkehr"))).toBeLessThan(0.5);
  });
});
