import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/regular-file.js
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
var NotRegularFileError = class extends Error {
  file;
  what;
  code = "ENOTREG";
  constructor(file, what) {
    super(`${file} is not a regular file (${what}); give a regular file`);
    this.file = file;
    this.what = what;
    this.name = "NotRegularFileError";
  }
};
function kindOf(stat) {
  if (stat.isFIFO())
    return "a named pipe";
  if (stat.isDirectory())
    return "a folder";
  if (stat.isCharacterDevice() || stat.isBlockDevice())
    return "a device";
  if (stat.isSocket())
    return "a socket";
  return "not a plain file";
}
function readRegularFileSync(file, encoding) {
  const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(descriptor);
    if (!stat.isFile())
      throw new NotRegularFileError(file, kindOf(stat));
    return encoding ? readFileSync(descriptor, encoding) : readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

export {
  NotRegularFileError,
  readRegularFileSync
};
//# sourceMappingURL=chunk-JDHQ7UT6.js.map
