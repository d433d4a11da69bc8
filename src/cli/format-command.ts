/**
 * `arch-lint format <report.json> --format …`: re-render a saved JSON report without scanning again. The file
 * is validated against the report schema first, so a wrong file is one clear message (exit 2), not a crash
 * inside a formatter. The exit code follows the report's counts, as if the scan had just run.
 */
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import type { LintResult } from '../model.js';
import type { CliIO } from './main.js';
import { exitCodeOf, planReports, writeReports } from './reports.js';
import { NotRegularFileError, readRegularFileSync } from '../regular-file.js';
import { compileSchema } from '../validators/compile.js';
import { firstSchemaError } from '../validators/index.js';

export interface FormatFlags {
  format: string[];
  output: string[];
  maxWarnings?: number;
  color: boolean;
}

function validateReport(data: unknown, file: string): LintResult {
  const validate = compileSchema('report.schema.json');
  if (validate(data)) return data as LintResult;
  throw new UsageError(`${file} is not an arch-lint JSON report: ${firstSchemaError(validate, 'does not match the report schema')} (schema: schemas/report.schema.json; write one with --format json)`);
}

export async function runFormat(reportFile: string, flags: FormatFlags, io: CliIO): Promise<number> {
  const plan = await planReports(flags.format, flags.output);
  const absolute = path.resolve(io.cwd, reportFile);
  let text: string;
  try {
    // Not a FIFO or a device: `format` would wait on it forever.
    text = readRegularFileSync(absolute, 'utf8');
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new UsageError(`cannot read ${reportFile}: it is not a regular file (${error.what})`);
    throw new UsageError(`cannot read ${reportFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${reportFile} is not JSON (${error instanceof Error ? error.message : String(error)}); give a report written with --format json`);
  }
  const result = validateReport(data, reportFile);
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  await writeReports(result, plan, io, { color: flags.color && !noColorEnv && io.isTTY });
  return exitCodeOf(result, flags.maxWarnings, io);
}
