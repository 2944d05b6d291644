/** Unit and integration tests run in Node; React component tests opt into jsdom with a docblock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "CommonJS", moduleResolution: "node10", jsx: "react-jsx", isolatedModules: true } }],
  },
  testTimeout: 60000,
  // The summary's last lines: how many Chromium, LibreOffice and poppler tests ran or were skipped.
  reporters: ["default", "<rootDir>/test/support/programs-reporter.js"],
};
