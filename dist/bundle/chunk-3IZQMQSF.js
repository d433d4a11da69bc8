import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/extract/manifests/shell-references.js
function bracedShellReferences(value) {
  return value.replace(/(\$\$)|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, escaped, name) => escaped ? match : `\${${name ?? ""}}`);
}

export {
  bracedShellReferences
};
//# sourceMappingURL=chunk-3IZQMQSF.js.map
