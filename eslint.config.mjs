// Lint: typescript-eslint's recommended rules everywhere, Office.js batching rules where Office.js is used.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import jest from "eslint-plugin-jest";
import testRules from "./test/support/lint-rules.mjs";

const NO_NETWORK = "Nothing leaves the machine: the product makes no network request.";
const NETWORK_GLOBALS = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource"].map((name) => ({ name, message: NO_NETWORK }));
const OFFICE_GLOBALS = ["Office", "Word", "OfficeExtension"].map((name) => ({
  name, message: "Office.js is reached only through src/word (and the entry files that start it): take an OfficeApi.",
}));
const XML_DOM = "Parse XML with src/xml/dom.ts: it refuses DOCTYPE (no entity is ever expanded) and caps the depth.";
const XML_GLOBALS = ["DOMParser", "XMLSerializer"].map((name) => ({ name, message: XML_DOM }));
/** The files that start the add-in in Word: they wait for Office.js and hand it to src/word. */
const ENTRY_FILES = ["src/taskpane/index.tsx", "src/taskpane/commands.ts"];

/**
 * The layers of src/: what each folder may import of the others (its own files aside). Pure logic in the middle —
 * model, the checks, amendments, Beirat, overviews, the analysis and the application layer — Word, files and the
 * browser at the edges. `types`: folders it may import types from only (the application layer plans in the
 * vocabulary of the executors, src/word and src/docx, without running them).
 */
const LAYERS = {
  model: { may: [] },
  xml: { may: [] },
  checks: { may: ["model"] },
  amendments: { may: ["model", "xml"] },
  // The county's configuration: registries, glossary, Beirat colours and the OParl address, checked where they belong.
  config: { may: ["model", "checks", "amendments", "beirat", "overview"] },
  beirat: { may: ["model", "amendments"] },
  overview: { may: ["model", "amendments", "beirat"] },
  analysis: { may: ["model", "xml", "checks", "amendments", "beirat", "config"] },
  app: { may: ["model", "checks", "amendments", "beirat", "overview", "config", "analysis"], types: ["word", "docx"] },
  docx: { may: ["model", "xml", "amendments"] },
  word: { may: ["model"] },
  simulator: { may: ["model", "xml", "word"] },
  cli: { may: ["model", "xml", "checks", "amendments", "beirat", "overview", "config", "analysis", "app", "docx"] },
  taskpane: { may: ["model", "xml", "checks", "amendments", "beirat", "overview", "config", "analysis", "app", "docx", "word"] },
  demo: { may: ["model", "xml", "checks", "amendments", "beirat", "overview", "config", "analysis", "app", "docx", "word", "simulator", "taskpane"] },
};
const FOLDERS = Object.keys(LAYERS);
/** An import of src/<folder> from any depth below src/ (relative specifiers only: packages are named by their name). */
const folderImport = (folders) => `^(\\.\\./)+(${folders.join("|")})(/|$)`;
const layerRules = FOLDERS.map((folder) => {
  const { may, types = [] } = LAYERS[folder];
  const never = FOLDERS.filter((f) => f !== folder && !may.includes(f) && !types.includes(f));
  const patterns = [];
  // One DOM parser for the product (its types may be named anywhere).
  const paths = folder === "xml" ? [] : [{ name: "@xmldom/xmldom", allowTypeImports: true, message: XML_DOM }];
  if (never.length > 0) patterns.push({ regex: folderImport(never), message: `src/${folder} may import ${may.length ? may.map((f) => `src/${f}`).join(", ") : "nothing else of ours"}${types.length ? ` (and types of ${types.map((f) => `src/${f}`).join(", ")})` : ""}.` });
  if (types.length > 0) patterns.push({ regex: folderImport(types), allowTypeImports: true, message: `src/${folder} plans for ${types.map((f) => `src/${f}`).join(" and ")}; it imports their types, never their code.` });
  return { files: [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`], rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths, patterns }] } };
});

/** What counts as an assertion in a test body: expect and the expect… helpers, assert… helpers, fast-check's fc.assert. */
const ASSERTIONS = { assertFunctionNames: ["expect", "expect*", "assert*", "fc.assert"], additionalTestBlockFunctions: ["needs.it"] };

/** The product's one request: the county's configuration file beside the task pane, by its constant relative name. */
const CONFIGURATION_LOADER = "src/taskpane/configuration.ts";

const HTML_SINKS = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render document content as text." },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: "Render document content as text." },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/][callee.object.name='document']", message: "Render document content as text." },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Render document content as text." },
];

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
  ...layerRules,
  {
    // Nothing leaves the machine: no network API in the product (the browser demo fetches its bundled document);
    // and Office.js only in src/word and the entry files.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/demo/**", "src/word/**", ...ENTRY_FILES],
    rules: { "no-restricted-globals": ["error", ...NETWORK_GLOBALS, ...OFFICE_GLOBALS, ...XML_GLOBALS] },
  },
  { files: ["src/word/**/*.ts", ...ENTRY_FILES], rules: { "no-restricted-globals": ["error", ...NETWORK_GLOBALS, ...XML_GLOBALS] } },
  { files: ["src/demo/**/*.ts", "src/demo/**/*.tsx"], rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS, ...XML_GLOBALS] } },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/demo/**"],
    rules: {
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
      "no-restricted-globals": ["error", ...NETWORK_GLOBALS.filter((g) => g.name !== "fetch"), ...OFFICE_GLOBALS, ...XML_GLOBALS],
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
    // A test that checks nothing passes whatever the code does: every test asserts, before any return, and none is
    // switched off (a missing program is the one skip, in test/support/programs.ts, and fails under CI=true).
    // test/support/ registers other files' tests (needs(…).it passes their bodies on): it holds none of its own.
    files: ["test/**/*.ts", "test/**/*.tsx"],
    ignores: ["test/support/**"],
    plugins: { jest, tests: testRules },
    rules: {
      "jest/expect-expect": ["error", ASSERTIONS],
      "tests/no-return-before-assertion": ["error", ASSERTIONS],
      "jest/no-disabled-tests": "error",
      "jest/valid-expect": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
