import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/atomic-write.js
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
async function writeFileAtomically(file, content) {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
function cacheWriteProblem(file, error) {
  const code = error.code ?? (error instanceof Error ? error.message : String(error));
  return { file: null, severity: "warning", code: "cache-unwritable", message: `cannot write the cache ${file} (${code}); the run goes on without saving it` };
}

export {
  writeFileAtomically,
  cacheWriteProblem
};
//# sourceMappingURL=chunk-3D2VOULC.js.map
