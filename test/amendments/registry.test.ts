/** The built-in registry is neutral; a county's committees and factions come from its configuration. */
import { DEFAULT_REGISTRY, findCommittee, normalizeName, RegistrySchema } from "../../src/amendments/registry";
import { COESFELD } from "../config/county";

describe("the registries", () => {
  it.each([["built in", DEFAULT_REGISTRY], ["of the example configuration", COESFELD.registry]])("%s: valid, each proposer name once, the statuses of SPEC §2.2", (_, r) => {
    expect(RegistrySchema.parse(r)).toEqual(r);
    const names = [...r.proposers.flatMap((p) => [p.name, ...p.aliases])].map(normalizeName);
    expect(new Set(names).size).toBe(names.length);
    expect(r.statuses.map((s) => s.name)).toEqual(["eingereicht", "in Beratung", "angenommen", "angenommen mit Änderungen", "abgelehnt", "zurückgezogen", "erledigt", "zur Kenntnis genommen", "vertagt", "offen"]);
  });

  it("built in: no county's committees; the example configuration: the Kreis Coesfeld's, by short or long name", () => {
    expect(DEFAULT_REGISTRY.committees).toEqual([]);
    expect(findCommittee("AfASSuG", DEFAULT_REGISTRY)).toBeNull();
    expect(findCommittee("Ausschuss für Arbeit, Soziales, Senioren und Gesundheit", COESFELD.registry)?.short).toBe("AfASSuG");
    expect(findCommittee("ausschuss für arbeit,  soziales, senioren und gesundheit", COESFELD.registry)?.short).toBe("AfASSuG");
  });
});
