/** The county's configuration: the file's schema, the configuration over the built-in defaults, the import from OParl. */
export { CONFIGURATION_FILE, ConfigurationFileSchema, type ConfigurationFile } from "./file";
export {
  configurationFromResponse, configurationFromText, ConfigurationError, configurationUnreachable, DEFAULT_CONFIGURATION, MAX_CONFIGURATION_BYTES, OPARL_BASE_MISSING,
  parseConfiguration, type Configuration, type LoadedConfiguration,
} from "./configuration";
export { importOparl, OparlImportError, type OparlImport } from "./oparl-import";
