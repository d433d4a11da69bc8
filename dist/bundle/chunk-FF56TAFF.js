import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/content-hash.js
import { createHash } from "node:crypto";
function contentHash(content) {
  return createHash("sha256").update(content, "utf8").digest("hex");
}

export {
  contentHash
};
//# sourceMappingURL=chunk-FF56TAFF.js.map
