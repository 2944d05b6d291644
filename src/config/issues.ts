/** zod's complaints about a JSON file as German lines, one per bad field, each naming where it is ("committees[2].short"). */
import type { z } from "zod/mini";

const TYPE_NAME: Record<string, string> = {
  string: "ein Text", boolean: "true oder false", number: "eine Zahl", array: "eine Liste […]", object: "ein Objekt {…}",
};

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined), json);
}

function describe(issue: z.core.$ZodIssue, json: unknown): string[] {
  const where = fieldPath(issue.path);
  const at = (field: string) => (field ? `„${field}“` : "Die Datei");
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && issue.path.length > 0 && valueAt(json, issue.path) === undefined) return [`${at(where)} fehlt`];
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => `${at(fieldPath([...issue.path, key]))} ist kein bekanntes Feld`);
    case "invalid_type":
      return [`${at(where)}: erwartet wird ${TYPE_NAME[issue.expected] ?? issue.expected}`];
    case "invalid_value": {
      const values = issue.values.map((v) => (typeof v === "string" ? `„${v}“` : String(v)));
      return [`${at(where)}: erlaubt ${values.length === 1 ? "ist" : "sind"} ${values.join(", ")}`];
    }
    case "too_small":
      return [issue.origin === "string" ? `${at(where)} darf nicht leer sein` : `${at(where)} braucht mindestens ${String(issue.minimum)} Einträge`];
    // Our own checks (refine, regex) carry German messages.
    case "custom":
    case "invalid_format":
      return [`${at(where)} ${issue.message}`];
    case "invalid_union":
      return [`${at(where)} hat nicht die erwartete Form`];
    default:
      return [`${at(where)} ist ungültig`];
  }
}

export function describeIssues(issues: readonly z.core.$ZodIssue[], json: unknown): string[] {
  return issues.flatMap((issue) => describe(issue, json));
}
