/**
 * The example configuration of the Kreis Coesfeld (examples/kreis-coesfeld.config.json), loaded as a county's IT
 * would deploy it: the tests on the Coesfeld seeds and samples use its committees, factions and glossary, since the
 * product itself ships neutral defaults.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { configurationFromText } from "../../src/config";

export const COESFELD_CONFIG = path.resolve(__dirname, "../../examples/kreis-coesfeld.config.json");
export const COESFELD = configurationFromText(readFileSync(COESFELD_CONFIG, "utf8"));

/** A second, fictional county with other committees, statuses, Beirat and colours: what "another Kreis" deploys. */
export const MUSTERLAND_CONFIG = path.resolve(__dirname, "fixtures/kreis-musterland.config.json");
export const MUSTERLAND = configurationFromText(readFileSync(MUSTERLAND_CONFIG, "utf8"));
