/**
 * The `arch-lint` command: parses arguments, calls `lint()`, renders the report and sets the exit
 * code as ESLint does (0 clean, 1 lint errors or too many warnings, 2 usage/config/internal error).
 * It never calls process.exit, so tests and other front ends can call `main` directly.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { UsageError, isKnownError } from '../config/errors.js';
import type { LintResult } from '../model.js';
import type { Formatter } from '../report/index.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stdout is a terminal (colour only then). */
  isTTY: boolean;
}

const defaultIO = (): CliIO => ({
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
});

/** package.json and docs/ sit two levels above both src/cli and dist/cli. */
const packageRoot = new URL('../../', import.meta.url);

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

interface LintFlags {
  config?: string;
  /** Repeatable; the i-th format goes to the i-th --output, a format without one to stdout. */
  format: string[];
  output: string[];
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  now?: Date;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/.test(value) || Number(value) < -1) throw new UsageError(`--max-warnings expects a whole number (-1 for no limit), got '${value}'`);
  return Number(value);
}

function parseNow(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(`--now expects a date as YYYY-MM-DD, got '${value}'`);
  return date;
}

/** `--quiet`: the report keeps errors only (the counts still decide the exit code). */
function errorsOnly(result: LintResult): LintResult {
  return {
    ...result,
    findings: result.findings.filter((finding) => finding.severity === 'error'),
    problems: result.problems.filter((problem) => problem.severity === 'error'),
    summary: { ...result.summary, warnings: 0 },
  };
}

/** Pair each format with its output file; at most one format may go to stdout. */
function reportPlan(flags: LintFlags): { format: string; output: string | null }[] {
  const formats = flags.format.length > 0 ? flags.format : ['stylish'];
  if (flags.output.length > formats.length) throw new UsageError('more --output files than --format options: give one --format per --output');
  const plan = formats.map((format, index) => ({ format, output: flags.output[index] ?? null }));
  if (plan.filter((entry) => entry.output === null).length > 1) throw new UsageError('several formats would go to stdout: give each --format its own --output');
  return plan;
}

async function runLint(paths: string[], flags: LintFlags, io: CliIO): Promise<number> {
  const { loadFormatter, formatNames } = await import('../report/index.js');
  const plan = reportPlan(flags);
  const formatters: Formatter[] = [];
  for (const entry of plan) {
    const formatter = await loadFormatter(entry.format);
    if (!formatter) throw new UsageError(`unknown format '${entry.format}' (available: ${formatNames().join(', ')})`);
    formatters.push(formatter);
  }
  const { lint } = await import('../lint.js');
  const result = await lint({ cwd: io.cwd, paths, configFile: flags.config, now: flags.now });
  const shown = flags.quiet ? errorsOnly(result) : result;
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  plan.forEach((entry, index) => {
    const color = flags.color && !noColorEnv && io.isTTY && entry.output === null;
    const text = formatters[index]!(shown, { color });
    if (entry.output === null) {
      io.stdout(text);
      return;
    }
    const target = path.resolve(io.cwd, entry.output);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  });
  const { errors, warnings } = result.summary;
  if (errors > 0) return 1;
  const limit = flags.maxWarnings ?? -1;
  if (limit >= 0 && warnings > limit) {
    io.stderr(`arch-lint found too many warnings (maximum: ${limit}).\n`);
    return 1;
  }
  return 0;
}

function explainRule(ruleId: string, io: CliIO): number {
  const docsDir = new URL('docs/rules/', packageRoot);
  if (!/^[a-z0-9-]+$/.test(ruleId) || !existsSync(new URL(`${ruleId}.md`, docsDir))) {
    throw new UsageError(`no docs for rule '${ruleId}' (rule docs live in docs/rules/)`);
  }
  io.stdout(readFileSync(new URL(`${ruleId}.md`, docsDir), 'utf8'));
  return 0;
}

function buildProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const program = new Command('arch-lint')
    .description('Find outbound HTTP calls and report point-to-point integrations that bypass the API gateway and the ESB.')
    .version(packageVersion(), '-v, --version', 'print the version')
    .argument('[paths...]', 'files or directories to scan (default: the current directory)')
    .option('-c, --config <file>', 'config file to use instead of searching upward for arch-lint.config.yaml')
    .option('-f, --format <name>', 'report format: stylish (default) or json; repeat it for several reports', collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of stdout; the i-th --output takes the i-th --format', collect, [])
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)').argParser(parseMaxWarnings))
    .option('--quiet', 'report errors only')
    .option('--no-color', 'no colours (also when NO_COLOR is set)')
    .addOption(new Option('--now <YYYY-MM-DD>', 'take this date as today (waiver expiry), for reproducible runs').argParser(parseNow))
    .helpOption('-h, --help', 'show this help')
    .showHelpAfterError('(run arch-lint --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText('after', '\nExit codes: 0 clean (or only warnings within --max-warnings), 1 lint errors or too many warnings, 2 usage, config or internal error.\n')
    .action(async (paths: string[], flags: LintFlags) => {
      setExitCode(await runLint(paths, flags, io));
    });
  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<ruleId>', 'rule id, e.g. no-direct-integration')
    .action((ruleId: string) => {
      setExitCode(explainRule(ruleId, io));
    });
  return program;
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  let exitCode = 2; // anything that does not set a code explicitly is a failure, never 0
  try {
    await buildProgram(io, (code) => (exitCode = code)).parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with code 0; commander has already printed its message.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isKnownError(error)) {
      io.stderr(`arch-lint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`arch-lint crashed; this is a bug, please report it with the output below.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}
