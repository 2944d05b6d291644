// Lint: typescript-eslint's recommended rules everywhere, Office.js batching rules where Office.js is used.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const NO_NETWORK = "Nothing leaves the machine: the product makes no network request.";

/** The product's one request: the county's configuration file beside the task pane, by its constant relative name. */
const CONFIGURATION_LOADER = "src/taskpane/configuration.ts";

const HTML_SINKS = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render document content as text." },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: "Render document content as text." },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/][callee.object.name='document']", message: "Render document content as text." },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Render document content as text." },
];

const restrictedGlobals = (names) => ["error", ...names.map((name) => ({ name, message: NO_NETWORK }))];

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]),
);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", ".tmp/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-eval": "error",
    },
  },
  {
    // Whatever comes from a document is shown as text: no HTML sinks in the product.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: { "no-restricted-syntax": ["error", ...HTML_SINKS] },
  },
  {
    // Nothing leaves the machine: no network API in the product (the browser demo fetches its bundled document).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/demo/**"],
    rules: {
      "no-restricted-globals": restrictedGlobals(["fetch", "XMLHttpRequest", "WebSocket", "EventSource"]),
      "no-restricted-properties": [
        "error",
        { object: "navigator", property: "sendBeacon", message: NO_NETWORK },
        { object: "window", property: "fetch", message: NO_NETWORK },
        { object: "globalThis", property: "fetch", message: NO_NETWORK },
      ],
    },
  },
  {
    // The exception: `fetch` of CONFIGURATION_FILE (the same-origin relative name), in this module alone.
    files: [CONFIGURATION_LOADER],
    rules: {
      "no-restricted-globals": restrictedGlobals(["XMLHttpRequest", "WebSocket", "EventSource"]),
      "no-restricted-syntax": [
        "error", ...HTML_SINKS,
        { selector: "CallExpression[callee.name='fetch']:not([arguments.0.name='CONFIGURATION_FILE'])", message: "Only the configuration file beside the task pane may be requested." },
      ],
    },
  },
  {
    files: ["src/word/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
