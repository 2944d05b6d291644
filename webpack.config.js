// Builds the Word task pane and the browser demo into dist/addin/. Production builds are tree-shaken;
// the HTTPS dev certificates are requested only for `webpack serve` so that builds work offline.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

/** The production origin of the add-in, with a trailing slash; the manifest's localhost URLs are rewritten to it. */
function baseUrl() {
  const url = process.env.ADDIN_BASE_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(url)) throw new Error(`ADDIN_BASE_URL muss eine https-Adresse sein: ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const devServer = serving
    ? {
        host: "localhost",
        port: Number(process.env.npm_package_config_dev_server_port || 3000),
        server: { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() },
        headers: { "Access-Control-Allow-Origin": "*" },
        static: false,
      }
    : undefined;
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
      demo: "./src/demo/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist/addin"),
      filename: "[name].js",
      // Lazily loaded exports (docx, exceljs, the .docx reader for a reference outline) stay out of the pane's start.
      chunkFilename: "lazy-[id].js",
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
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/taskpane/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html", chunks: ["demo"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? content.toString().split(DEV_URL).join(baseUrl()) : content),
          },
        ],
      }),
    ],
    // The budget concerns what Word loads; the demo page also carries the .docx reader.
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: 700000,
      maxAssetSize: 700000,
      assetFilter: (file) => file.startsWith("taskpane") && file.endsWith(".js"),
    },
    devServer,
  };
};
