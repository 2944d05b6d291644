"use strict";
// `npm run demo`: builds the demo (webpack's "demo" build; skip with --no-build) and serves dist/demo/ plus the demo
// document on 127.0.0.1 only (port $PORT or 3001; PORT=0 picks a free one). The page runs the task pane without Word.
// Beside the pages it serves a county's configuration as beschlussreif.config.json, as a county's web server does
// beside taskpane.html: examples/kreis-coesfeld.config.json, or the file DEMO_CONFIG names (a missing one: none).
const fs = require("fs");
const http = require("http");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist", "demo");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".map": "application/json; charset=utf-8",
};

/** The project's demo document, else the first sample draft. DEMO_DOCX overrides both. */
function demoDocument() {
  const candidates = [
    process.env.DEMO_DOCX,
    path.join(ROOT, "assets", "demo", "demo.docx"),
    ...(fs.existsSync(path.join(ROOT, "assets", "demo"))
      ? fs.readdirSync(path.join(ROOT, "assets", "demo")).filter((f) => f.endsWith(".docx")).sort().map((f) => path.join(ROOT, "assets", "demo", f))
      : []),
    path.resolve(ROOT, "..", "shared", "samples", "strategie-entwurf1.docx"),
  ];
  return candidates.find((f) => f && fs.existsSync(f)) || null;
}

const CONFIG = process.env.DEMO_CONFIG ? path.resolve(process.env.DEMO_CONFIG) : path.join(ROOT, "examples", "kreis-coesfeld.config.json");

function build() {
  const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  console.log("Die Demo wird gebaut (webpack --mode production --config-name demo) …");
  const result = spawnSync(process.execPath, [webpack, "--mode", "production", "--config-name", "demo"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("Der Build ist fehlgeschlagen; die Demo kann nicht starten.");
    process.exit(1);
  }
}

function send(res, status, type, body) {
  res.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  });
  res.end(body);
}

function serveFile(req, res, file) {
  fs.readFile(file, (error, body) => {
    if (error) return send(res, 404, "text/plain; charset=utf-8", "Nicht gefunden.");
    send(res, 200, TYPES[path.extname(file).toLowerCase()] || "application/octet-stream", req.method === "HEAD" ? undefined : body);
  });
}

function handler(docx) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain; charset=utf-8", "Methode nicht erlaubt.");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    } catch {
      return send(res, 400, "text/plain; charset=utf-8", "Ungültige Adresse.");
    }
    if (pathname === "/") {
      res.writeHead(302, { Location: "/demo.html" });
      return res.end();
    }
    if (pathname === "/beschlussreif.config.json") return serveFile(req, res, CONFIG);
    if (pathname === "/demo/demo.docx") {
      return docx ? serveFile(req, res, docx) : send(res, 404, "text/plain; charset=utf-8", "Kein Demodokument vorhanden.");
    }
    const file = path.resolve(DIST, "." + pathname);
    if (!file.startsWith(DIST + path.sep)) return send(res, 403, "text/plain; charset=utf-8", "Zugriff verweigert.");
    serveFile(req, res, file);
  };
}

function main() {
  if (!process.argv.includes("--no-build")) build();
  if (!fs.existsSync(path.join(DIST, "demo.html"))) {
    console.error(`${path.relative(ROOT, DIST)}/demo.html fehlt. Bitte "npm run demo" ohne --no-build oder "npm run build:addin" ausführen.`);
    process.exit(1);
  }
  const docx = demoDocument();
  if (!docx) console.warn("Kein Demodokument gefunden; öffnen Sie auf der Seite eine eigene .docx-Datei.");
  const port = process.env.PORT === undefined ? 3001 : Number(process.env.PORT);
  const server = http.createServer(handler(docx));
  server.on("error", (error) => {
    console.error(error.code === "EADDRINUSE" ? `Port ${port} ist belegt. Wählen Sie einen anderen mit PORT=…` : `Der Server konnte nicht starten: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, "127.0.0.1", () => {
    const { port: actual } = server.address();
    console.log(`Beschlussreif-Demo: http://127.0.0.1:${actual}/demo.html`);
    if (docx) console.log(`Demodokument: ${path.relative(ROOT, docx)}`);
    console.log(fs.existsSync(CONFIG) ? `Konfiguration: ${path.relative(ROOT, CONFIG)}` : "Keine Konfiguration: es gelten die eingebauten Grundeinstellungen.");
    console.log("Beenden mit Strg+C.");
  });
}

main();
