import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  INVALID_MANIFEST,
  MAX_YAML_ALIASES,
  YamlLocator,
  parseYamlDocument,
  readServiceManifest,
  serviceManifestReader
} from "./chunk-YXW25CFG.js";
import "./chunk-YXKXSBAS.js";
import "./chunk-ND36G54U.js";
import "./chunk-P6TLKL2C.js";
import "./chunk-B3SFOPOV.js";
export {
  INVALID_MANIFEST,
  MAX_YAML_ALIASES,
  YamlLocator,
  parseYamlDocument,
  readServiceManifest,
  serviceManifestReader
};
//# sourceMappingURL=service-manifest-WDLLO7FO.js.map
