// Lint: typescript-eslint's recommended rules everywhere, Office.js batching rules where Office.js is used.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import jest from "eslint-plugin-jest";
import testRules from "./test/support/lint-rules.mjs";

const NO_NETWORK = "Nothing leaves the machine: the product makes no network request.";

/** What counts as an assertion in a test body: expect and the expect… helpers, assert… helpers, fast-check's fc.assert. */
const ASSERTIONS = { assertFunctionNames: ["expect", "expect*", "assert*", "fc.assert"], additionalTestBlockFunctions: ["needs.it"] };

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
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render document content as text." },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: "Render document content as text." },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/][callee.object.name='document']", message: "Render document content as text." },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Render document content as text." },
      ],
    },
  },
  {
    // Nothing leaves the machine: no network API in the product (the browser demo fetches its bundled document).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/demo/**"],
    rules: {
      "no-restricted-globals": ["error", ...["fetch", "XMLHttpRequest", "WebSocket", "EventSource"].map((name) => ({ name, message: NO_NETWORK }))],
      "no-restricted-properties": [
        "error",
        { object: "navigator", property: "sendBeacon", message: NO_NETWORK },
        { object: "window", property: "fetch", message: NO_NETWORK },
        { object: "globalThis", property: "fetch", message: NO_NETWORK },
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
