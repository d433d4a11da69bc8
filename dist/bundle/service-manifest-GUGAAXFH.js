import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  INVALID_MANIFEST,
  MAX_YAML_ALIASES,
  YamlLocator,
  parseYamlDocument,
  readServiceManifest,
  serviceManifestReader
} from "./chunk-XAVAPS7B.js";
import "./chunk-CVAD7S7L.js";
import "./chunk-ND36G54U.js";
import "./chunk-JHCQOTT6.js";
import "./chunk-B3SFOPOV.js";
export {
  INVALID_MANIFEST,
  MAX_YAML_ALIASES,
  YamlLocator,
  parseYamlDocument,
  readServiceManifest,
  serviceManifestReader
};
//# sourceMappingURL=service-manifest-GUGAAXFH.js.map
