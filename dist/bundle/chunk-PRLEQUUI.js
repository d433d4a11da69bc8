import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/atomic-write.js
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
function temporaryNameFor(file) {
  return `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
}
function isTemporaryName(name) {
  return /\.\d+\.[0-9a-f]{8}\.tmp$/.test(name);
}
var STALE_TEMPORARY_MS = 60 * 60 * 1e3;
function removeStaleTemporaries(dir, base, now = Date.now(), listed) {
  let names;
  try {
    names = listed ?? readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!isTemporaryName(name) || base !== null && !name.startsWith(`${base}.`))
      continue;
    const file = path.join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > STALE_TEMPORARY_MS)
        rmSync(file, { force: true });
    } catch {
    }
  }
}
function writeFileAtomicallySync(file, content) {
  mkdirSync(path.dirname(file), { recursive: true });
  let regular = true;
  try {
    regular = statSync(file).isFile();
  } catch {
  }
  if (!regular) {
    writeFileSync(file, content);
    return;
  }
  const temporary = temporaryNameFor(file);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
async function writeFileAtomically(file, content) {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = temporaryNameFor(file);
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
  isTemporaryName,
  removeStaleTemporaries,
  writeFileAtomicallySync,
  writeFileAtomically,
  cacheWriteProblem
};
//# sourceMappingURL=chunk-PRLEQUUI.js.map
