import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  compileSchema
} from "./chunk-7UHWQBMT.js";
import {
  exitCodeOf,
  planReports,
  writeReports
} from "./chunk-TAPEMLE2.js";
import "./chunk-SXZKW5CL.js";
import "./chunk-PRLEQUUI.js";
import {
  firstSchemaError
} from "./chunk-JHCQOTT6.js";
import {
  NotRegularFileError,
  readRegularFileSync
} from "./chunk-JDHQ7UT6.js";
import {
  UsageError
} from "./chunk-3VKQMKA4.js";
import "./chunk-B3SFOPOV.js";

// dist/cli/format-command.js
import path from "node:path";
function validateReport(data, file) {
  const validate = compileSchema("report.schema.json");
  if (validate(data))
    return data;
  throw new UsageError(`${file} is not an arch-lint JSON report: ${firstSchemaError(validate, "does not match the report schema")} (schema: schemas/report.schema.json; write one with --format json)`);
}
async function runFormat(reportFile, flags, io) {
  const plan = await planReports(flags.format, flags.output);
  const absolute = path.resolve(io.cwd, reportFile);
  let text;
  try {
    text = readRegularFileSync(absolute, "utf8");
  } catch (error) {
    if (error instanceof NotRegularFileError)
      throw new UsageError(`cannot read ${reportFile}: it is not a regular file (${error.what})`);
    throw new UsageError(`cannot read ${reportFile} (${error.code ?? String(error)})`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${reportFile} is not JSON (${error instanceof Error ? error.message : String(error)}); give a report written with --format json`);
  }
  const result = validateReport(data, reportFile);
  const noColorEnv = io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "";
  await writeReports(result, plan, io, { color: flags.color && !noColorEnv && io.isTTY });
  return exitCodeOf(result, flags.maxWarnings, io);
}
export {
  runFormat
};
//# sourceMappingURL=format-command-XURNCJNT.js.map
