import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  GitError,
  changedLines,
  isOnChangedLines,
  isShallow,
  mergeBase,
  parseChangedLines,
  stagedFiles
} from "./chunk-VCACU2SD.js";
import "./chunk-LSIP4624.js";
import "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";
export {
  GitError,
  changedLines,
  isOnChangedLines,
  isShallow,
  mergeBase,
  parseChangedLines,
  stagedFiles
};
//# sourceMappingURL=git-WACB4JB3.js.map
