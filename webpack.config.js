// Two builds: "addin" — what a web server hosts for Word (task pane, ribbon function file, help page, icons) in
// dist/addin/ — and "demo" — the browser demo around the same pane in dist/demo/. `webpack --config-name addin`
// builds one; `webpack serve` only the add-in, over HTTPS with the dev certificates (requested only then, so that
// builds work offline). The manifest for a deployment is made by `npm run package` (scripts/package.js).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { HelpPagePlugin } = require("./scripts/help-page");
const { version } = require("./package.json");

function build(name, { production, entry, pages, output }) {
  return {
    name,
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    entry,
    output: {
      path: output,
      // Production file names carry a content hash: after an update Word cannot mix cached old scripts with new ones
      // (only the HTML pages must be revalidated). Lazily loaded exports (docx, exceljs, the .docx reader for a
      // reference outline) stay out of the pane's start.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "lazy-[id].[contenthash:8].js" : "lazy-[id].js",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // The browser's native XML DOM replaces @xmldom/xmldom (see src/taskpane/native-xmldom.ts).
      alias: { "@xmldom/xmldom$": path.resolve(__dirname, "src/taskpane/native-xmldom.ts") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json") } },
        },
      ],
    },
    plugins: [
      ...pages.map((page) => new HtmlWebpackPlugin({ filename: `${page.name}.html`, template: page.template, chunks: [page.name] })),
      // The pane links to the help page ("Hilfe"): both builds carry it.
      new HelpPagePlugin({ version }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-*.png", to: "assets/[name][ext]" }] }),
    ],
  };
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const addin = {
    ...build("addin", {
      production,
      entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/taskpane/commands.ts" },
      pages: [
        { name: "taskpane", template: "./src/taskpane/taskpane.html" },
        { name: "commands", template: "./src/taskpane/commands.html" },
      ],
      output: path.resolve(__dirname, "dist/addin"),
    }),
    // The budget concerns what Word loads at the pane's start.
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: 700000,
      maxAssetSize: 700000,
      assetFilter: (file) => file.startsWith("taskpane") && file.endsWith(".js"),
    },
    devServer: serving
      ? {
          host: "localhost",
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          server: { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() },
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
        }
      : undefined,
  };
  if (serving) return addin;
  const demo = {
    ...build("demo", {
      production,
      entry: { demo: "./src/demo/index.tsx" },
      pages: [{ name: "demo", template: "./src/demo/demo.html" }],
      output: path.resolve(__dirname, "dist/demo"),
    }),
    // The demo carries the .docx reader and the simulator; nobody deploys it.
    performance: { hints: false },
  };
  return [addin, demo];
};
