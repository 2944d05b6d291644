import { readFileSync } from "fs";
import { readDocx } from "../src/docx";
for (const f of process.argv.slice(2)) {
  const m = readDocx(new Uint8Array(readFileSync(f)));
  console.log("==", f, m.paragraphs.length, "changes", m.trackedChanges.length, "comments", m.comments.length);
  for (const c of m.comments) console.log("C", c.id, c.author, c.initials, JSON.stringify(c.text).slice(0,200), c.replies.map(r=>r.text.slice(0,80)));
  for (const p of m.paragraphs) if (/pink|Teilhabebeirat|THB/i.test(p.text)) console.log("P", p.index, p.text.slice(0,200), p.runs.filter(r=>r.format && JSON.stringify(r.format).match(/FF|pink|magenta/i)).map(r=>r.text+":"+JSON.stringify(r.format)).slice(0,3));
}
