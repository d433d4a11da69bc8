import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  INVALID_MANIFEST,
  MAX_YAML_ALIASES,
  YamlLocator,
  directoryOf,
  parseYamlDocument,
  readServiceManifest,
  serviceManifestReader
} from "./chunk-UGXC4RGI.js";
import "./chunk-WU7JRTDA.js";
import "./chunk-ND36G54U.js";
import "./chunk-P6TLKL2C.js";
import "./chunk-B3SFOPOV.js";
export {
  INVALID_MANIFEST,
  MAX_YAML_ALIASES,
  YamlLocator,
  directoryOf,
  parseYamlDocument,
  readServiceManifest,
  serviceManifestReader
};
//# sourceMappingURL=service-manifest-XZDWFHRQ.js.map
