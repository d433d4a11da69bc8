import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  GitError,
  changedLines,
  isOnChangedLines,
  isShallow,
  mergeBase,
  parseChangedLines,
  stagedFiles
} from "./chunk-H4CYAS2R.js";
import "./chunk-ROFZXU7K.js";
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
//# sourceMappingURL=git-7AZMEH5N.js.map
