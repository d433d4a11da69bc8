/**
 * The `arch-lint` command: parses arguments, calls `lint()`, renders the report and sets the exit
 * code as ESLint does (0 clean, 1 lint errors or too many warnings, 2 usage/config/internal error).
 * It never calls process.exit, so tests and other front ends can call `main` directly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { UsageError, isKnownError } from '../config/errors.js';
import { packageRoot } from '../package-root.js';
import { preferBaselineWasmCompiler } from '../extract/tree-sitter/wasm-compiler.js';
import { parseWholeNumber, runCatalogPullCommand, type CatalogPullFlags } from './catalog-command.js';
import type { DaemonStartFlags } from './daemon-command.js';
import { DEFAULT_IDLE_TIMEOUT } from '../daemon/protocol.js';
import type { FormatFlags } from './format-command.js';
import type { GraphFlags } from './graph-command.js';
import type { MergeFlags } from './merge-command.js';
import { runInit, type InitFlags } from './init-command.js';
import { runLint, type LintFlags } from './lint-command.js';
import { escapeControlCharacters, redactSecrets } from '../redact.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stdout is a terminal (colour only then). */
  isTTY: boolean;
  /** Whether stderr is a terminal (the progress line only then). */
  stderrIsTTY?: boolean;
  /** The terminal's width when stdout is one (text reports wrap to it; else COLUMNS, else 100). */
  columns?: number;
}

const defaultIO = (): CliIO => ({
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
});

/** package.json and docs/ sit two levels above both src/cli and dist/cli. */

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

function explainRule(ruleId: string, io: CliIO): number {
  const docsDir = new URL('docs/rules/', packageRoot);
  if (!/^[a-z0-9-]+$/.test(ruleId) || !existsSync(new URL(`${ruleId}.md`, docsDir))) {
    const known = readdirSync(docsDir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort();
    throw new UsageError(`no rule '${ruleId}'. The rules: ${known.join(', ')}`);
  }
  io.stdout(readFileSync(new URL(`${ruleId}.md`, docsDir), 'utf8'));
  return 0;
}

/** A repeatable option's values. No default value: commander would print `(default: [])` in --help. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
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

const FORMAT_HELP = 'report format: stylish (default), json, sarif, github, gitlab, junit, markdown, html; repeat it for several reports';
const OUTPUT_HELP = 'write the report to a file instead of stdout; the i-th --output takes the i-th --format';

function buildProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const program = new Command('arch-lint')
    .description('Find outbound HTTP calls and report point-to-point integrations that bypass the API gateway and the ESB.')
    .version(packageVersion(), '-v, --version', 'print the version')
    .argument('[paths...]', 'files or directories to scan (default: the current directory)')
    .option('-c, --config <file>', 'config file to use instead of searching upward for arch-lint.config.yaml')
    .option('-f, --format <name>', FORMAT_HELP, collect)
    .option('-o, --output <file>', OUTPUT_HELP, collect)
    .option('--deployments <dir>', 'read the deployment files (Kubernetes, OpenShift, Helm, compose, .env) of a separate deployment repository to bind variables; repeatable, read only', collect)
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)').argParser(parseMaxWarnings))
    .option('--quiet', 'report errors only')
    .option('--verbose', 'stylish: full evidence chains, every related location and unresolved call')
    .option('--no-color', 'no colours (also when NO_COLOR is set)')
    .addOption(new Option('--now <YYYY-MM-DD>', 'take this date as today (waiver expiry), for reproducible runs').argParser(parseNow))
    .option('--staged', 'pre-commit: scan the files staged in git (their staged content), report on them only')
    .option('--changed-since <ref>', 'pull requests: report only findings on lines changed since the merge base with <ref>')
    .option('--baseline <file>', 'baseline of known findings (default: arch-lint-baseline.json in the root, when present)')
    .option('--update-baseline', 'write the baseline from this scan (new findings added, stale entries dropped)')
    .option('--force', 'with --update-baseline under CI=true: allow creating or growing the baseline')
    .option('--report-unused-disable-directives', 'report arch-lint-disable comments that suppress nothing')
    .option('--cache', 'keep per-file facts between runs (only changed files are parsed again)')
    .option('--cache-location <path>', 'cache file or directory (default: node_modules/.cache/arch-lint/, else .arch-lint-cache/)')
    .option('--fix', 'apply the fixes findings carry (gateway URLs), then report what is left')
    .option('--fix-dry-run', 'print the fixes as a unified diff; change nothing')
    .option('--daemon', 'use the resident daemon (also ARCH_LINT_DAEMON=1): ask it when it runs, else start it for the next runs and scan in this process')
    .helpOption('-h, --help', 'show this help')
    .enablePositionalOptions()
    .showHelpAfterError('(run arch-lint --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText(
      'after',
      '\nExit codes: 0 clean (or only warnings within --max-warnings), 1 lint errors or too many warnings, 2 usage, config or internal error.\n' +
        'Run arch-lint <command> --help for a command\'s options. Docs: docs/cli.md.\n',
    )
    .option('--print-config', 'print the config a scan of [paths] would use (presets merged) as YAML, and scan nothing')
    .action(async (paths: string[], flags: LintFlags & { printConfig?: boolean }) => {
      if (flags.printConfig) {
        const [{ printConfig }, { scanRoot }] = await Promise.all([import('./print-config.js'), import('../scan-root.js')]);
        setExitCode(printConfig(scanRoot(io.cwd, paths), flags.config, io));
        return;
      }
      setExitCode(await runLint(paths, { ...flags, format: flags.format ?? [], output: flags.output ?? [] }, io));
    });

  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<ruleId>', 'rule id, e.g. no-direct-integration')
    .action((ruleId: string) => {
      setExitCode(explainRule(ruleId, io));
    });

  program
    .command('format')
    .description('re-render a saved JSON report (--format json) in other formats, without scanning')
    .argument('<report>', 'a JSON report written by arch-lint --format json')
    .option('-f, --format <name>', FORMAT_HELP, collect)
    .option('-o, --output <file>', OUTPUT_HELP, collect)
    .addOption(new Option('--max-warnings <n>', 'exit 1 when the report has more than n warnings (-1: no limit)').argParser(parseMaxWarnings))
    .option('--no-color', 'no colours')
    .action(async (report: string, flags: FormatFlags) => {
      // Loaded when used: it validates saved reports with ajv, which a scan does not need.
      const { runFormat } = await import('./format-command.js');
      setExitCode(await runFormat(report, { ...flags, format: flags.format ?? [], output: flags.output ?? [] }, io));
    });

  program
    .command('init')
    .description('write a starter architecture.yaml for the service in [dir] from a scan, and a starter config if there is none; never overwrites')
    .argument('[dir]', 'the service directory (default: the current directory)')
    .option('-c, --config <file>', 'config file to scan with')
    .option('--preset <name>', 'preset the starter config extends and the scan uses (default: recommended)')
    .action(async (dir: string | undefined, flags: InitFlags) => {
      setExitCode(await runInit(dir, flags, io));
    });

  program
    .command('graph')
    .description('the integration landscape (who calls whom) as a diagram: direct integrations as violations, gateway and ESB edges as the approved way')
    .argument('[paths...]', 'files or directories to scan (default: the current directory)')
    .option('-c, --config <file>', 'config file to use instead of searching upward for arch-lint.config.yaml')
    .option('-f, --format <name>', 'mermaid (default), dot or json')
    .option('-o, --output <file>', 'write the diagram to a file instead of stdout')
    .option('--service <name>', 'only this service and what is within --depth edges of it')
    .addOption(new Option('--depth <n>', 'with --service: how many edges away to go (default 1)').argParser(parseWholeNumber('--depth', 0)))
    .addOption(new Option('--now <YYYY-MM-DD>', 'take this date as today (waiver expiry)').argParser(parseNow))
    .action(async (paths: string[], flags: GraphFlags) => {
      const { runGraph } = await import('./graph-command.js');
      setExitCode(await runGraph(paths, flags, io));
    });

  program
    .command('merge')
    .description("one landscape for the organisation: merge the JSON reports of many repositories (a CI matrix's), joining calls to the repository and service that serves each host")
    .argument('<reports...>', 'JSON reports written by arch-lint --format json')
    .option('-f, --format <name>', 'json (default: the merged landscape, schemas/landscape.schema.json), html, mermaid or dot')
    .option('-o, --output <file>', 'write the result to a file instead of stdout')
    .action(async (reports: string[], flags: MergeFlags) => {
      const { runMerge } = await import('./merge-command.js');
      setExitCode(await runMerge(reports, flags, io));
    });

  const daemon = program.command('daemon').description('the resident daemon that keeps scans warm for --daemon (docs/cli.md#resident-mode---daemon)');
  daemon
    .command('start')
    .description('start the daemon in the background (no-op when one is running)')
    .addOption(new Option('--idle-timeout <seconds>', `exit after this many seconds without a request; 0: never (default ${DEFAULT_IDLE_TIMEOUT})`).argParser(parseWholeNumber('--idle-timeout', 0)))
    .option('--foreground', 'run it in this process until it stops')
    .action(async (flags: DaemonStartFlags) => {
      const { runDaemonStart } = await import('./daemon-command.js');
      setExitCode(await runDaemonStart(flags, io));
    });
  daemon
    .command('stop')
    .description('stop the daemons running in the socket folder and wait until they have exited')
    .action(async () => {
      const { runDaemonStop } = await import('./daemon-command.js');
      setExitCode(await runDaemonStop(io));
    });
  daemon
    .command('status')
    .description('whether a daemon runs (exit 0) or not (exit 1), and the roots it keeps')
    .action(async () => {
      const { runDaemonStatus } = await import('./daemon-command.js');
      setExitCode(await runDaemonStatus(io));
    });

  const catalog = program.command('catalog').description("the gateway's API catalogue (Gravitee)");
  catalog
    .command('pull')
    .description('fetch every API of a Gravitee environment from the Management API v2 and write the catalogue file')
    .option('-c, --config <file>', 'config file for defaults (gateway.managementUrl, gateway.tokenEnv, gateway.catalog)')
    .option('--management-url <url>', 'Management API base URL, e.g. https://apim.example.org')
    .option('--environment <id>', 'environment id (default: DEFAULT)')
    .option('--organization <id>', 'organisation id (default: the default organisation)')
    .option('--token-env <name>', 'environment variable holding the personal access token (default: GRAVITEE_TOKEN)')
    .option('-o, --output <file>', 'catalogue file to write (default: the config\'s gateway.catalog JSON file, else gravitee/catalog.json)')
    .addOption(new Option('--timeout <ms>', 'per-request timeout in milliseconds (default 30000)').argParser(parseWholeNumber('--timeout', 1)))
    .addOption(new Option('--retries <n>', 'retries on 429, 5xx, timeouts and network errors (default 3)').argParser(parseWholeNumber('--retries', 0)))
    .addOption(new Option('--per-page <n>', 'APIs per page when listing (default 100)').argParser(parseWholeNumber('--per-page', 1)))
    .option('--allow-empty', 'write an empty catalogue over an existing file')
    .action(async (flags: CatalogPullFlags) => {
      setExitCode(await runCatalogPullCommand(flags, io));
    });
  return program;
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  let exitCode = 2; // anything that does not set a code explicitly is a failure, never 0
  // A CLI run is short: grammars are cheaper with V8's baseline WebAssembly compiler only (docs/performance.md).
  // Not for the resident daemon, which lives long enough for V8's optimising compiler to pay.
  if (argv[0] !== 'daemon') preferBaselineWasmCompiler();
  try {
    await buildProgram(io, (code) => (exitCode = code)).parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with code 0; commander has already printed its message.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isKnownError(error)) {
      io.stderr(`arch-lint: ${escapeControlCharacters(redactSecrets(error.message))}\n`);
      return 2;
    }
    io.stderr(`arch-lint crashed; this is a bug, please report it with the output below.\n${escapeControlCharacters(redactSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error)))}\n`);
    return 2;
  }
}
