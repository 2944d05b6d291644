"use strict";
// The help page shipped with the add-in: a Markdown guide (docs/benutzerhandbuch.md) rendered to one static HTML
// page at build time, with a stylesheet of its own and the images it references copied beside it. No script, no
// request to another host (its CSP allows only its own stylesheet and images), headings with ids and a table of
// contents of the chapters. Used by webpack.config.js (HelpPagePlugin) and the tests (renderHelpPage).
const fs = require("fs");
const path = require("path");
// marked is an ES module: Node (20.19 and later) loads it with require; jest cannot, so tests run this file as a program.
const { Marked } = require("marked");

/** Nothing but the page's own stylesheet and images; no script at all. */
const ROOT = path.resolve(__dirname, "..");
const HELP_SOURCE = path.join(ROOT, "docs", "benutzerhandbuch.md");
const HELP_STYLESHEET = path.join(ROOT, "assets", "hilfe.css");
const HELP_PAGE = "hilfe.html";
const HELP_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
const INLINE_TAG = /^<\/?(kbd|sub|sup|br)\s*\/?>$/;
const IMAGE_TYPES = new Set([".png", ".jpg", ".jpeg", ".svg", ".webp"]);

class HelpPageError extends Error {}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** A heading's anchor: lower case, German letters spelt out, everything else a hyphen. */
function slug(text) {
  const spelt = text.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
  return spelt.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "abschnitt";
}

/**
 * Renders the guide. `baseDir` is the folder of the Markdown file: images are referenced relative to it
 * (`![Beschreibung](bilder/datei.png)`) and must exist there, carry a description and stay inside it.
 * @param {string} markdown
 * @param {{ baseDir: string, version: string, stylesheet: string }} options
 * @returns {{ html: string, title: string, images: { href: string, file: string }[] }}
 */
function renderHelpPage(markdown, { baseDir, version, stylesheet }) {
  const images = new Map();
  // The table of contents' own heading keeps its id.
  const ids = new Map([["inhalt-titel", 1]]);
  const chapters = [];
  let title = null;
  const problems = [];

  const uniqueId = (text) => {
    const base = slug(text);
    const n = (ids.get(base) || 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };

  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      heading({ tokens, depth, text }) {
        const inner = this.parser.parseInline(tokens);
        const plain = this.parser.parseInline(tokens, this.parser.textRenderer);
        if (depth === 1) {
          if (title !== null) problems.push(`Das Handbuch hat mehr als eine Hauptüberschrift („${text}“).`);
          title = plain;
          return `<h1>${inner}</h1>\n`;
        }
        const id = uniqueId(plain);
        if (depth === 2) chapters.push({ id, html: inner });
        return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
      },
      image({ href, title: imageTitle, text }) {
        const where = `Bild „${href}“`;
        if (!text || !text.trim()) problems.push(`${where} braucht eine Beschreibung (Alternativtext): ![Beschreibung](${href}).`);
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href) || path.isAbsolute(href)) {
          problems.push(`${where}: Bilder müssen im Ordner des Handbuchs liegen; die Hilfeseite lädt nichts von anderen Adressen.`);
          return "";
        }
        const file = path.resolve(baseDir, href);
        if (!file.startsWith(path.resolve(baseDir) + path.sep)) problems.push(`${where} liegt außerhalb des Ordners ${baseDir}.`);
        else if (!IMAGE_TYPES.has(path.extname(file).toLowerCase())) problems.push(`${where}: nur PNG, JPEG, SVG oder WebP.`);
        else if (!fs.existsSync(file)) problems.push(`${where} fehlt (${path.relative(process.cwd(), file)}).`);
        else images.set(href, file);
        const titleAttr = imageTitle ? ` title="${escapeHtml(imageTitle)}"` : "";
        return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text || "")}"${titleAttr} loading="lazy">`;
      },
      html({ text }) {
        // Comments (e.g. a note where a screenshot will go) are dropped; keys (<kbd>) and a few inline tags without
        // attributes are kept; other raw HTML could carry scripts or inline styles the page's CSP refuses.
        if (/^\s*<!--[\s\S]*-->\s*$/.test(text)) return "";
        if (INLINE_TAG.test(text)) return text;
        problems.push(`Das Handbuch enthält HTML („${text.trim().slice(0, 40)}“); bitte nur Markdown verwenden.`);
        return "";
      },
    },
  });

  const body = marked.parse(markdown);
  if (title === null) problems.push("Das Handbuch braucht eine Hauptüberschrift (# Titel).");
  if (problems.length > 0) throw new HelpPageError(`Die Hilfeseite kann nicht gebaut werden:\n- ${problems.join("\n- ")}`);

  // The table of contents stands before the first chapter, after the title and the introduction.
  const [intro, chapterText] = splitBefore(body, "<h2 ");
  const toc = chapters.length < 2 ? "" : [
    `<nav aria-labelledby="inhalt-titel">`,
    `<h2 id="inhalt-titel">Inhalt</h2>`,
    `<ol>`,
    ...chapters.map((c) => `<li><a href="#${c.id}">${c.html}</a></li>`),
    `</ol>`,
    `</nav>`,
  ].join("\n");
  const html = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${HELP_CSP}" />
    <meta name="referrer" content="no-referrer" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="assets/icon-32.png" />
    <link rel="stylesheet" href="${escapeHtml(stylesheet)}" />
  </head>
  <body>
    <main>
${intro}
${toc}
${chapterText}
    </main>
    <footer><p>Beschlussreif ${escapeHtml(version)}</p></footer>
  </body>
</html>
`;
  return { html, title, images: [...images].map(([href, file]) => ({ href, file })) };
}

function splitBefore(body, marker) {
  const at = body.indexOf(marker);
  return at < 0 ? [body, ""] : [body.slice(0, at), body.slice(at)];
}

/**
 * The files of the help page — page, stylesheet, images — as { name, file?, content }; `file` is the source a
 * build watches. Throws HelpPageError when the guide cannot be rendered.
 */
function helpPageFiles({ version, source = HELP_SOURCE, stylesheet = HELP_STYLESHEET }) {
  const cssName = path.basename(stylesheet);
  const page = renderHelpPage(fs.readFileSync(source, "utf8"), { baseDir: path.dirname(source), version, stylesheet: cssName });
  return [
    { name: HELP_PAGE, file: source, content: page.html },
    { name: cssName, file: stylesheet, content: fs.readFileSync(stylesheet) },
    ...page.images.map((image) => ({ name: path.posix.normalize(image.href), file: image.file, content: fs.readFileSync(image.file) })),
  ];
}

/** Emits the help page's files into a webpack build (and watches them); a guide that cannot be rendered fails the build. */
class HelpPagePlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "HelpPagePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.fileDependencies.add(this.options.source || HELP_SOURCE);
        try {
          for (const f of helpPageFiles(this.options)) {
            compilation.fileDependencies.add(f.file);
            compilation.emitAsset(f.name, new RawSource(f.content));
          }
        } catch (error) {
          compilation.errors.push(new compiler.webpack.WebpackError(error instanceof HelpPageError ? error.message : `Hilfeseite: ${error.message}`));
        }
      });
    });
  }
}

module.exports = { renderHelpPage, helpPageFiles, HelpPagePlugin, HelpPageError, HELP_CSP, HELP_PAGE };

// `node scripts/help-page.js [guide.md] [--out DIR]`: renders the guide (default docs/benutzerhandbuch.md) into DIR
// (default dist/hilfe); exit code 2 with the reasons when it cannot be rendered.
if (require.main === module) {
  const args = process.argv.slice(2);
  const out = args.indexOf("--out");
  const outDir = path.resolve(out >= 0 ? args[out + 1] || "" : path.join(ROOT, "dist", "hilfe"));
  const source = path.resolve(args.find((a, i) => !a.startsWith("--") && i !== out + 1) || HELP_SOURCE);
  try {
    for (const f of helpPageFiles({ source, version: require(path.join(ROOT, "package.json")).version })) {
      fs.mkdirSync(path.dirname(path.join(outDir, f.name)), { recursive: true });
      fs.writeFileSync(path.join(outDir, f.name), f.content);
    }
    console.log(`${path.relative(process.cwd(), path.join(outDir, HELP_PAGE))} geschrieben.`);
  } catch (error) {
    console.error(error instanceof HelpPageError ? error.message : `Die Hilfeseite kann nicht gebaut werden: ${error.message}`);
    process.exit(2);
  }
}
