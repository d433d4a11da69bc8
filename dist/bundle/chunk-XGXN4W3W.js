import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  alt,
  concat,
  config,
  lit
} from "./chunk-7HDAEH5T.js";

// dist/extract/jvm/spring.js
function springPlaceholder(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/\$\{([^}:]+)(?::([^}]*))?\}/g)) {
    parts.push(lit(text.slice(last, match.index)));
    const key = config(match[1] ?? "");
    parts.push(match[2] === void 0 ? key : alt([key, lit(match[2])]));
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(lit(text.slice(last)));
  return concat(parts);
}

export {
  springPlaceholder
};
//# sourceMappingURL=chunk-XGXN4W3W.js.map
