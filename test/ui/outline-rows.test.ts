import type { Finding } from "../../src/model/findings";
import { fixOf } from "../../src/taskpane/components/outline-rows";

test("a finding offers a repair only when the check attached one", () => {
  const base: Finding = { rule: "toc/outdated-field", severity: "warning", message: "", location: { paragraph: 0, section: null, note: null, text: null } };
  expect(fixOf(base)).toBeNull();
  expect(fixOf({ ...base, data: { fix: { kind: "update-field", fieldIndex: 2 } } })).toEqual({ kind: "update-field", fieldIndex: 2 });
});
