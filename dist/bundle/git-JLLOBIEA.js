import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  GitError,
  changedLines,
  isOnChangedLines,
  isShallow,
  mergeBase,
  parseChangedLines,
  stagedFiles
} from "./chunk-QIVZTF7K.js";
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
//# sourceMappingURL=git-JLLOBIEA.js.map
