/**
 * The OParl 1.1 JSON schemas of the specification (shared/specs/oparl-1.1, copied unchanged from OParl/spec),
 * loaded at test time and compiled with ajv and ajv-formats. The schemas use annotation keywords of their own
 * ("references", "backreference", "cardinality") and "schema": "File.json" for an embedded object: the latter is
 * read as a reference, so that embedded Consultations, Memberships and Files are validated against their schema too.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

export const OPARL_SCHEMAS = path.resolve(__dirname, "../../../shared/specs/oparl-1.1");

export type OparlType = "Paper" | "Consultation" | "Organization" | "Person" | "Membership";

function compile(): Map<string, ValidateFunction> {
  // The schemas escape ":" in their type patterns ("^https\\:\\/\\/schema…"), which unicode regular expressions refuse.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "references" });
  ajv.addKeyword({ keyword: "backreference" });
  ajv.addKeyword({ keyword: "cardinality" });
  // Body.json once writes "Organization" without ".json".
  ajv.addKeyword({ keyword: "schema", macro: (file: string) => ({ $ref: file.endsWith(".json") ? file : `${file}.json` }) });
  const files = readdirSync(OPARL_SCHEMAS).filter((f) => f.endsWith(".json"));
  for (const f of files) ajv.addSchema(JSON.parse(readFileSync(path.join(OPARL_SCHEMAS, f), "utf8")), f);
  return new Map(files.map((f) => [f.replace(/\.json$/, ""), ajv.getSchema(f)!]));
}

let validators: Map<string, ValidateFunction> | null = null;

/** The schema's complaints about an object ("/consultation/0/id must match format "url""), [] when it is valid. */
export function oparlErrors(type: OparlType, object: unknown): string[] {
  validators ??= compile();
  const validate = validators.get(type)!;
  return validate(object) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

/** The form OParl writes a date-time in (spec §2.4, "1969-07-21T02:56:00+00:00"). */
export const OPARL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** Paths of every null and every empty list in a JSON value (OParl §2.4 advises against both). */
export function nullsAndEmptyLists(value: unknown, at = ""): string[] {
  if (value === null) return [at || "/"];
  if (Array.isArray(value)) return value.length === 0 ? [at || "/"] : value.flatMap((v, i) => nullsAndEmptyLists(v, `${at}/${i}`));
  if (typeof value === "object") return Object.entries(value as object).flatMap(([k, v]) => nullsAndEmptyLists(v, `${at}/${k}`));
  return [];
}
