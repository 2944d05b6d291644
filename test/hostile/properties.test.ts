/**
 * Property: random WordprocessingML from a small grammar (w:p, w:r/w:t, w:ins, w:del/w:delText, comment ranges)
 * with hostile text — markup, "]]>", entities, bidi controls, astral characters. The reader returns a model whose
 * final text is the concatenation of the non-deleted w:t text, whose original text is that of the non-inserted
 * runs, and whose comments keep their text and anchor exactly. (test/docx/fuzz.test.ts covers random bytes and
 * mutated real files.)
 */
import fc from "fast-check";
import { readDocx } from "../../src/docx";
import { docxWithComments, esc } from "./packages";

type Inline = { kind: "run" | "ins" | "del"; text: string };

const TOKENS = [
  "Kreis", "Musterland", " ", "ß", "é", "<", ">", "&", "&amp;", "\"", "'", "]]>", "<![CDATA[", "<script>alert(1)</script>",
  "<w:t>", "\u202E", "\u202C", "\u200F", "\u2066", "\u05D0\u05D1", "\u0627\u0644", "😀", "\u00A0", "%1", "{{x}}",
];
const hostileText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }).map((t) => t.join(""));
const inline: fc.Arbitrary<Inline> = fc.record({ kind: fc.constantFrom("run", "ins", "del"), text: hostileText });
const paragraph = fc.array(inline, { maxLength: 6 });

/** A comment anchored in one paragraph between two inline positions (start ≤ end). */
const anchor = fc.record({ paragraph: fc.nat(), a: fc.nat(), b: fc.nat(), text: hostileText, author: hostileText });

const DATE = `w:date="2026-02-01T09:00:00Z"`;

function inlineXml(x: Inline, id: number): string {
  const t = esc(x.text);
  if (x.kind === "run") return `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  if (x.kind === "ins") return `<w:ins w:id="${id}" w:author="A" ${DATE}><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:ins>`;
  return `<w:del w:id="${id}" w:author="A" ${DATE}><w:r><w:delText xml:space="preserve">${t}</w:delText></w:r></w:del>`;
}

const finalText = (xs: Inline[]) => xs.filter((x) => x.kind !== "del").map((x) => x.text).join("");
const originalText = (xs: Inline[]) => xs.filter((x) => x.kind !== "ins").map((x) => x.text).join("");

describe("reader over generated WordprocessingML (fast-check)", () => {
  it("final and original text, comment text and anchors come through exactly", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.array(anchor, { maxLength: 4 }), (paragraphs, anchors) => {
        const placed = anchors.map((c, id) => {
          const p = c.paragraph % paragraphs.length;
          const slots = paragraphs[p].length + 1;
          const [start, end] = [c.a % slots, c.b % slots].sort((x, y) => x - y);
          return { ...c, id, p, start, end };
        });
        let changeId = 1000;
        const body = paragraphs.map((xs, p) => {
          let xml = "";
          for (let i = 0; i <= xs.length; i++) {
            // Starts before ends at the same slot, so an empty range opens before it closes.
            for (const c of placed) if (c.p === p && c.start === i) xml += `<w:commentRangeStart w:id="${c.id}"/>`;
            for (const c of placed) if (c.p === p && c.end === i) xml += `<w:commentRangeEnd w:id="${c.id}"/><w:r><w:commentReference w:id="${c.id}"/></w:r>`;
            if (i < xs.length) xml += inlineXml(xs[i], changeId++);
          }
          return `<w:p>${xml}</w:p>`;
        }).join("");
        const comments = placed.map((c) =>
          `<w:comment w:id="${c.id}" w:author="${esc(c.author)}" ${DATE}><w:p><w:r><w:t xml:space="preserve">${esc(c.text)}</w:t></w:r></w:p></w:comment>`).join("");

        const model = readDocx(docxWithComments(body, comments));

        expect(model.paragraphs.map((p) => p.text)).toEqual(paragraphs.map(finalText));
        expect(model.paragraphs.map((p) => p.originalText)).toEqual(paragraphs.map(originalText));
        expect(model.trackedChanges.filter((t) => t.kind === "insertion").map((t) => t.text))
          .toEqual(paragraphs.flat().filter((x) => x.kind === "ins").map((x) => x.text));
        expect(model.trackedChanges.filter((t) => t.kind === "deletion").map((t) => t.text))
          .toEqual(paragraphs.flat().filter((x) => x.kind === "del").map((x) => x.text));
        expect(model.comments).toHaveLength(placed.length);
        for (const c of placed) {
          const read = model.comments.find((m) => m.id === String(c.id));
          expect(read).toMatchObject({ author: c.author, text: c.text, anchorText: finalText(paragraphs[c.p].slice(c.start, c.end)) });
        }
      }),
      { numRuns: 300 },
    );
  });
});
