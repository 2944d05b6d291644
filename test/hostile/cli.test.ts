/**
 * Hostile input through the real command line (in-process): each case is refused with exit code 2 and exactly
 * one clear line on stderr, or read correctly. No local file's content may reach any output.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { cli, tempDir, writeTemp, type CliResult } from "../cli/harness";
import { readDocx } from "../../src/docx";
import { anchoredParagraph, comment, compoundFile, deflatedPart, docx, docxWithComments, documentXml, esc, minimalParts, pkg, rawZip } from "./packages";

/** Exit 2, nothing on stdout, one line on stderr naming the file, no stack trace or library error prefix. */
function expectRefused(result: CliResult, file: string, ...mentions: string[]): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^beschlussreif: /);
  expect(lines[0]).toContain(file);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|Interner Fehler|undefined/);
  for (const m of mentions) expect(lines[0]).toContain(m);
}

function expectRead(result: CliResult): void {
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
}

const meta = async (file: string) => {
  const result = await cli("meta", file, "--format", "json");
  expectRead(result);
  return JSON.parse(result.stdout) as {
    statistics: { paragraphs: number; comments: number; trackedChanges: { total: number; byAuthor: Record<string, number> } };
    amendments: { author: string | null; date: string | null }[];
  };
};

const write = (name: string, bytes: Uint8Array | string) => writeTemp(name, bytes);
const valid = () => docx(`<w:p><w:r><w:t>Der Kreistag des Kreises Musterland beschließt den Haushalt.</w:t></w:r></w:p>`);

describe("containers that are no .docx", () => {
  it.each<[string, () => Uint8Array | string, string[]]>([
    ["empty file", () => "", ["leer"]],
    ["zip cut in half", () => valid().subarray(0, Math.floor(valid().length / 2)), ["unvollständig"]],
    ["text file", () => "Protokoll der Sitzung vom 03.02.2026 – kein Word-Dokument.", ["kein Word-Dokument"]],
    ["PNG image", () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(0)]), ["kein Word-Dokument"]],
    ["legacy .doc", () => compoundFile("WordDocument"), [".doc"]],
    ["encrypted .docx", () => compoundFile("EncryptedPackage"), ["Kennwort"]],
    ["package without word/document.xml", () => pkg({ "word/styles.xml": `<w:styles xmlns:w="x"/>` }), ["word/document.xml"]],
  ])("%s: exit 2, one line", async (_case, bytes, mentions) => {
    const file = write("eingang.docx", bytes());
    expectRefused(await cli("meta", file, "--format", "json"), file, ...mentions);
    expectRefused(await cli("check", file), file, ...mentions);
  });
});

describe("zip structure", () => {
  it("a zip with 20,000 entries is refused (exit 2, one line)", async () => {
    const parts = [...minimalParts("<w:p/>"), ...Array.from({ length: 20_000 }, (_, i) => deflatedPart(`customXml/leer${i}.xml`, ""))];
    const file = write("eintraege.docx", rawZip(parts));
    expectRefused(await cli("meta", file, "--format", "json"), file, "zu groß");
  });
});

describe("malformed and hostile XML", () => {
  it("an unclosed tag names the part and the line", async () => {
    const file = write("kaputt.docx", docx(`<w:p><w:r><w:t>Satz eins.</w:t></w:r></w:p>\n<w:p><w:r><w:t>offen</w:r></w:p>`));
    expectRefused(await cli("meta", file), file, "word/document.xml", "Zeile 3");
  });

  it("an unclosed tag in comments.xml names that part", async () => {
    const file = write("kommentar.docx", docxWithComments(anchoredParagraph([1]), `\n<w:comment w:id="1" w:author="A"><w:p>`));
    expectRefused(await cli("meta", file), file, "word/comments.xml");
  });

  describe("external entities never leak a local file", () => {
    const dir = tempDir();
    const secretFile = path.join(dir, "geheim.txt");
    const MARKER = "GEHEIM-7f3a9c-Kreis-Musterland";
    writeFileSync(secretFile, `${MARKER}\n`);
    const dtd = `<!DOCTYPE w:document [<!ENTITY pw SYSTEM "file:///etc/passwd"><!ENTITY sec SYSTEM "file://${secretFile}"><!ENTITY sec2 SYSTEM "${secretFile}">]>`;
    const prolog = `<?xml version="1.0" encoding="UTF-8"?>\n${dtd}`;
    const leaks = (r: CliResult) => `${r.stdout}${r.stderr}`;

    it.each<[string, () => Uint8Array]>([
      ["in word/document.xml", () => pkg({ "word/document.xml": documentXml(`<w:p><w:r><w:t>&pw;&sec;&sec2;</w:t></w:r></w:p>`, prolog) })],
      ["in word/comments.xml", () =>
        docxWithComments(anchoredParagraph([1]), `<w:comment w:id="1" w:author="&sec;"><w:p><w:r><w:t>&pw;&sec;</w:t></w:r></w:p></w:comment>`, prolog)],
      ["in _rels/.rels", () => pkg({
        "_rels/.rels": `${prolog.replace("w:document", "Relationships")}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="&sec;"/></Relationships>`,
        "word/document.xml": documentXml(`<w:p/>`),
      })],
      ["as a parameter entity", () => pkg({
        "word/document.xml": documentXml(`<w:p/>`, `<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file://${secretFile}">%p;]>`),
      })],
      ["as an external DTD", () => pkg({ "word/document.xml": documentXml(`<w:p/>`, `<?xml version="1.0"?>\n<!DOCTYPE w:document SYSTEM "file:///etc/passwd">`) })],
    ])("%s: refused, nothing of the file in any output", async (_case, bytes) => {
      const file = write("xxe.docx", bytes());
      for (const args of [["meta", file, "--format", "json"], ["meta", file], ["check", file, "--format", "json"], ["overview", file, "--format", "html"]]) {
        const result = await cli(...args);
        expectRefused(result, file, "DOCTYPE");
        expect(leaks(result)).not.toContain(MARKER);
        expect(leaks(result)).not.toContain("root:");
      }
    });
  });

  it("a billion-laughs entity bomb is refused before any expansion", async () => {
    const entities = [`<!ENTITY lol0 "lol">`, ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)];
    const prolog = `<?xml version="1.0"?>\n<!DOCTYPE w:document [${entities.join("")}]>`;
    const file = write("lol.docx", pkg({ "word/document.xml": documentXml(`<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>`, prolog) }));
    const result = await cli("meta", file, "--format", "json");
    expectRefused(result, file, "DOCTYPE", "word/document.xml");
    expect(result.stderr).not.toContain("lollol");
  });
});

describe("large and many", () => {
  it("10,000 comments: meta reports 10,000", async () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => i);
    const body = Array.from({ length: 100 }, (_, p) => anchoredParagraph(ids.slice(p * 100, p * 100 + 100), `Absatz ${p + 1} des Entwurfs.`)).join("");
    const comments = ids.map((id) => comment(id, `Person ${id % 37}`, `Anmerkung Nr. ${id}: Bitte Formulierung prüfen.`)).join("");
    const file = write("viele.docx", docxWithComments(body, comments));
    const json = await meta(file);
    expect(json.statistics.comments).toBe(10_000);
    expect(json.statistics.paragraphs).toBe(100);
  });

  it("a 5 MB comment reads, its text intact in the model", async () => {
    const sentence = "Der Ausschuss für Soziales empfiehlt, die Mittel für das Ehrenamt im Kreis Musterland zu erhöhen. ";
    const text = `ANFANG ${sentence.repeat(Math.ceil(5_000_000 / sentence.length))}ENDE`;
    const bytes = docxWithComments(anchoredParagraph([7]), comment(7, "Dr. Beispiel", text));
    const model = readDocx(bytes);
    expect(model.comments).toHaveLength(1);
    expect(model.comments[0].text.length).toBe(text.length);
    expect(model.comments[0].text === text).toBe(true);
    const json = await meta(write("lang.docx", bytes));
    expect(json.statistics.comments).toBe(1);
  });
});

describe("deep nesting", () => {
  const depth = 10_000;
  it.each<[string, string]>([
    ["content controls", `${"<w:sdt><w:sdtContent>".repeat(depth)}<w:p><w:r><w:t>innen</w:t></w:r></w:p>${"</w:sdtContent></w:sdt>".repeat(depth)}`],
    ["tables", `${"<w:tbl><w:tr><w:tc>".repeat(depth)}<w:p><w:r><w:t>innen</w:t></w:r></w:p>${"</w:tc></w:tr></w:tbl>".repeat(depth)}`],
    ["hyperlinks in a paragraph", `<w:p>${"<w:hyperlink>".repeat(depth)}<w:r><w:t>innen</w:t></w:r>${"</w:hyperlink>".repeat(depth)}</w:p>`],
  ])("10,000 nested %s: exit 2 with one line naming the part, no stack overflow", async (_case, body) => {
    const file = write("tief.docx", docx(body));
    // The line must say what is wrong: nesting, not size or decompression.
    expectRefused(await cli("meta", file, "--format", "json"), file, "word/document.xml", "verschachtelt");
  });

  it("40 nested tables, as deep as real files go, read correctly", async () => {
    const body = `${"<w:tbl><w:tr><w:tc>".repeat(40)}<w:p><w:r><w:t>innen</w:t></w:r></w:p>${"</w:tc></w:tr></w:tbl>".repeat(40)}`;
    const bytes = docx(body);
    const inner = readDocx(bytes).paragraphs.find((p) => p.text === "innen");
    expect(inner?.table?.depth).toBe(40);
    expect((await meta(write("tabellen.docx", bytes))).statistics.paragraphs).toBeGreaterThanOrEqual(1);
  });
});

describe("odd values", () => {
  it.each(["2025-13-45", "2025-13-45T10:00:00Z", "2025-02-30T08:00:00Z", "gestern", "", "2026-03-02T25:61:00Z"])(
    "invalid date %j: date null, no crash", async (date) => {
      const body = `<w:p><w:commentRangeStart w:id="1"/><w:ins w:id="5" w:author="Kreisverwaltung" w:date="${date}"><w:r><w:t>neu</w:t></w:r></w:ins><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>`;
      const bytes = docxWithComments(body, comment(1, "Kreisverwaltung", "Bitte prüfen.", date));
      const model = readDocx(bytes);
      expect(model.comments[0].date).toBeNull();
      expect(model.trackedChanges[0].date).toBeNull();
      const file = write("datum.docx", bytes);
      const json = await meta(file);
      expect(json.amendments.every((a) => a.date === null)).toBe(true);
      expectRead(await cli("meta", file));
      expect((await cli("check", file)).code).not.toBe(2);
    });

  it("bidi controls, RTL text and astral characters come through unchanged", async () => {
    const author = "Kreis\u202Egnaltsum\u202C \u05D3\u05D5\u05D3";
    const text = "Frist \u202E2026.30.21\u202C verlängern \u200F\u2066isoliert\u2069 😀";
    const body = `<w:p><w:commentRangeStart w:id="1"/><w:ins w:id="2" w:author="${esc(author)}" w:date="2026-01-05T09:00:00Z"><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:ins><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>`;
    const bytes = docxWithComments(body, comment(1, author, text));
    const model = readDocx(bytes);
    expect(model.paragraphs[0].text).toBe(text);
    expect(model.comments[0]).toMatchObject({ author, text });
    const json = await meta(write("bidi.docx", bytes));
    expect(json.statistics.trackedChanges.byAuthor).toEqual({ [author]: 1 });
  });

  it.each<[string, string]>([
    ["&#0; (NUL, not a legal XML character)", "vor&#0;nach"],
    ["&#x1B; (ESC, not a legal XML character)", "vor&#x1B;[31mrot"],
    ["a raw U+0001 byte", "vor\u0001nach"],
    ["&#xFFFF; (a non-character)", "vor&#xFFFF;nach"],
  ])("%s is malformed XML: exit 2 naming part and line", async (_case, content) => {
    const file = write("steuer.docx", docx(`\n\n<w:p><w:r><w:t>${content}</w:t></w:r></w:p>`));
    expectRefused(await cli("meta", file, "--format", "json"), file, "word/document.xml", "Zeile 4");
  });

  it("tabs and line breaks (legal controls) read", async () => {
    const bytes = docx(`<w:p><w:r><w:t xml:space="preserve">a&#9;b</w:t><w:tab/><w:t>c</w:t><w:br/><w:t>d</w:t></w:r></w:p>`);
    expect(readDocx(bytes).paragraphs).toHaveLength(1);
    expectRead(await cli("meta", write("tab.docx", bytes)));
  });
});

describe("markup in comment text and author names stays text", () => {
  const SCRIPT = "<script>alert(1)</script>";
  const author = `${SCRIPT} "Fraktion" & ]]>`;
  const commentText = `Ende ]]> danach ${SCRIPT} <img src=x onerror=alert(2)>`;
  const body = `<w:p><w:r><w:t>Der Kreis fördert </w:t></w:r><w:commentRangeStart w:id="1"/><w:ins w:id="2" w:author="${esc(author)}" w:date="2026-01-05T09:00:00Z"><w:r><w:t>${esc(SCRIPT)}</w:t></w:r></w:ins><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r><w:r><w:t><![CDATA[<b>fett</b> ]]]]><![CDATA[>]]></w:t></w:r></w:p>`;
  const bytes = () => docxWithComments(body, comment(1, author, commentText));

  it("the model holds the markup as plain text", () => {
    const model = readDocx(bytes());
    expect(model.paragraphs[0].text).toBe(`Der Kreis fördert ${SCRIPT}<b>fett</b> ]]>`);
    expect(model.comments[0]).toMatchObject({ author, text: commentText });
    expect(model.trackedChanges[0]).toMatchObject({ author, text: SCRIPT });
  });

  it("meta --format json: exact strings, valid JSON", async () => {
    const json = await meta(write("markup.docx", bytes()));
    expect(json.statistics.trackedChanges.byAuthor).toEqual({ [author]: 1 });
    expect(json.amendments.map((a) => a.author)).toContain(author);
  });

  it("overview --format html: escaped, no live markup", async () => {
    const result = await cli("overview", write("markup.docx", bytes()), "--format", "html", "--include-comments");
    expectRead(result);
    const html = result.stdout;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain("<b>fett");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
  });
});

describe("names that are Object.prototype keys stay plain data", () => {
  const KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty"];

  it("comment ids and authors", () => {
    const body = `<w:p>${KEYS.map((k) => `<w:commentRangeStart w:id="${k}"/>`).join("")}<w:r><w:t>Text</w:t></w:r>${KEYS.map((k) => `<w:commentRangeEnd w:id="${k}"/>`).join("")}</w:p>`;
    const model = readDocx(docxWithComments(body, KEYS.map((k) =>
      `<w:comment w:id="${k}" w:author="${k}"><w:p><w:r><w:t>Anmerkung ${k}</w:t></w:r></w:p></w:comment>`).join("")));
    expect(model.comments.map((c) => [c.id, c.author, c.text, c.anchorText])).toEqual(KEYS.map((k) => [k, k, `Anmerkung ${k}`, "Text"]));
  });

  it("tracked-change authors are counted by name in meta --format json", async () => {
    const body = `<w:p>${KEYS.map((k, i) => `<w:ins w:id="${i + 1}" w:author="${k}" w:date="2026-01-0${i + 1}T09:00:00Z"><w:r><w:t>Zusatz ${i} </w:t></w:r></w:ins>`).join("")}</w:p>`;
    const json = await meta(write("proto.docx", docx(body)));
    expect(json.statistics.trackedChanges.total).toBe(KEYS.length);
    expect(json.statistics.trackedChanges.byAuthor).toEqual(Object.fromEntries(KEYS.map((k) => [k, 1])));
  });

  it("a relationship type named like a prototype key is not read as a story", () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${KEYS.map((k, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${k}" Target="teil.xml"/>`).join("")}</Relationships>`;
    const part = `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:ins w:id="9" w:author="X"><w:r><w:t>fremd</w:t></w:r></w:ins></w:p></w:hdr>`;
    const model = readDocx(pkg({ "word/document.xml": documentXml(`<w:p/>`), "word/_rels/document.xml.rels": rels, "word/teil.xml": part }));
    expect(model.trackedChanges).toEqual([]);
  });
});

describe("relationships pointing outside the package", () => {
  it.each(["file:///etc/passwd", "../../../../../../etc/passwd", "/etc/passwd", "http://example.invalid/kommentare.xml"])(
    "comments and styles targeted at %s: never read from disk or network", async (target) => {
      const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="${target}"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="${target}" TargetMode="External"/></Relationships>`;
      const file = write("aussen.docx", pkg({ "word/document.xml": documentXml(anchoredParagraph([1])), "word/_rels/document.xml.rels": rels }));
      const result = await cli("meta", file, "--format", "json");
      expect(`${result.stdout}${result.stderr}`).not.toContain("root:");
      if (result.code === 2) expectRefused(result, file);
      else expect(JSON.parse(result.stdout).statistics.comments).toBe(0);
    });
});
