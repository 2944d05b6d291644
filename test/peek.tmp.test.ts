import { readFileSync } from "fs";
import { readDocx } from "../src/docx";
it("peek", () => {
  for (const f of ["../shared/samples/beschlussvorlage-digitalagentur.docx", "../shared/samples/strategie-entwurf1.docx"]) {
    const m = readDocx(new Uint8Array(readFileSync(f)));
    for (const c of m.comments) console.log(f.slice(-20), c.id, c.author, JSON.stringify(c.text), c.anchorText.slice(0, 60), m.trackedChanges.filter(t => t.location && c.anchor && t.location.start.paragraph === c.anchor.start.paragraph).length);
  }
  expect(1).toBe(1);
});
