import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/extract/manifests/manifest-paths.js
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function dirName(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function joinRelative(dir, relative) {
  const parts = relative.startsWith("/") ? [] : dir.split("/").filter((part) => part !== "");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".")
      continue;
    if (part === "..") {
      if (parts.length > 0 && parts[parts.length - 1] !== "..")
        parts.pop();
      else
        parts.push("..");
    } else
      parts.push(part);
  }
  return parts.join("/");
}

export {
  baseName,
  dirName,
  joinRelative
};
//# sourceMappingURL=chunk-X7FXNNIW.js.map
