import { hashText } from "../../src/amendments/fingerprint";

describe("hashText", () => {
  /* The first half is 32-bit FNV-1a; these are the published test vectors (ASCII: UTF-16 code units = bytes). */
  it.each([
    ["", "811c9dc5"],
    ["a", "e40c292c"],
    ["foobar", "bf9cf968"],
  ])("starts with the FNV-1a hash of %j", (text, fnv) => {
    expect(hashText(text).slice(0, 8)).toBe(fnv);
  });

  /* Keys stored in documents are made of these hashes: they must read the same as when the records were written. */
  it.each([
    ["", "811c9dc501000193"],
    ["Zuschuß für die Straße", "4d7935ba59799004"],
    ["Ergänzung 1-0. ", "f29b4b8be9ff62a1"],
  ])("hashes %j as stored records know it", (text, stored) => {
    expect(hashText(text)).toBe(stored);
  });
});
