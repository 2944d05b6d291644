import { createWordSimulator } from "../../src/simulator";
import { createWordHost } from "../../src/taskpane/word-host";
import { satzung } from "../word/models";

describe("the Word host's limitations", () => {
  it("carry what a read found out about the document, and drop it when the next read succeeds in full", async () => {
    const sim = createWordSimulator(satzung(), { failures: { getTrackedChanges: "GeneralException" } });
    const host = createWordHost(sim);
    expect(host.limitations).toEqual([]);

    const degraded = await host.refresh();
    expect(degraded.model.trackedChanges).toEqual([]);
    expect(degraded.model.comments).toHaveLength(1);
    expect(host.limitations.join(" ")).toMatch(/nachverfolgten Änderungen dieses Dokuments nicht einzeln liefern/);

    delete sim.failures.getTrackedChanges;
    const full = await host.refresh();
    expect(full.model.trackedChanges).toHaveLength(2);
    expect(host.limitations).toEqual([]);
  });
});
