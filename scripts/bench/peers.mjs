// `npm run bench -- --peers <dir>`: arch-lint's cold scan beside the tools it is compared with (ast-grep with the
// call patterns of peer-patterns.mjs, ripgrep, optionally ESLint), on the same directory, runs interleaved.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureInterleaved, readCorpusMeta, textSearchCommand, writeCorpusMeta } from './measure.mjs';
import { astGrepRules, eslintConfig, patternIdOfRule } from './peer-patterns.mjs';

const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/**
 * The ast-grep binary of the `@ast-grep/cli` devDependency: the platform package's (what its postinstall would link),
 * else the one shipped in @ast-grep/cli itself, else node_modules/.bin. The first that answers `--version` wins.
 */
export function resolveAstGrep(repoRoot) {
  const scope = path.join(repoRoot, 'node_modules/@ast-grep');
  const binary = process.platform === 'win32' ? 'ast-grep.exe' : 'ast-grep';
  const platformPackages = existsSync(scope) ? readdirSync(scope).filter((name) => name.startsWith(`cli-${process.platform}-${process.arch}`)) : [];
  const candidates = [...platformPackages.map((name) => path.join(scope, name, binary)), path.join(scope, 'cli', binary), path.join(repoRoot, 'node_modules/.bin', binary)];
  for (const candidate of candidates) {
    const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (version.status === 0) return { path: candidate, version: version.stdout.trim() };
  }
  throw new Error('ast-grep not found: run "npm install" (devDependency @ast-grep/cli)');
}

/** Counts the TS/JS files under `dir` (not in .git or node_modules), to label a comparison. */
function countSourceFiles(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && EXTENSIONS.test(entry.name) && !/(?:^|[/\\])(?:\.git|node_modules)(?:[/\\]|$)/.test(entry.parentPath)) count++;
  }
  return count;
}

/**
 * bench-corpus/peers-<basename>-x<copies>/ holding `copies` copies of `dir` (copy1/, copy2/, …; real copies, so that
 * `--staged` may change files there without touching `dir`), its own git repository as ensureCorpus makes the
 * synthetic corpus. Reused while its meta file names the same source.
 */
export function ensureCopies(repoRoot, dir, copies) {
  const source = realpathSync(dir);
  const name = `peers-${path.basename(source)}-x${copies}`;
  const target = path.join(repoRoot, 'bench-corpus', name);
  const metaFile = path.join(repoRoot, 'bench-corpus', `${name}.meta.json`);
  const meta = readCorpusMeta(metaFile);
  if (meta?.source === source && meta.copies === copies && existsSync(path.join(target, '.git'))) return { dir: target, generated: false };
  rmSync(target, { recursive: true, force: true });
  for (let i = 1; i <= copies; i++) {
    cpSync(source, path.join(target, `copy${i}`), { recursive: true, filter: (file) => path.basename(file) !== '.git' });
  }
  execFileSync('git', ['init', '-q'], { cwd: target });
  writeCorpusMeta(metaFile, { source, copies });
  return { dir: target, generated: true };
}

/** The tools of one comparison on `dir`, in their interleaving order; their generated rule and config files go to `workDir`. */
function peerTools({ repoRoot, dir, workDir, astGrep, eslintRuns }) {
  const report = path.join(workDir, 'arch-lint.json');
  const rules = path.join(workDir, 'peer-rules.yml');
  writeFileSync(rules, astGrepRules());
  const tools = [
    {
      name: 'arch-lint',
      label: 'arch-lint --format json (cold, no cache)',
      command: process.execPath,
      args: [path.join(repoRoot, 'bin/arch-lint.js'), dir, '--format', 'json', '--output', report],
      cwd: repoRoot,
      summarize: () => {
        const { summary, calls } = JSON.parse(readFileSync(report, 'utf8'));
        return { files: summary?.files ?? null, calls: summary?.calls ?? calls?.length ?? null };
      },
    },
    {
      // No --threads: ast-grep picks its thread count itself (all cores); arch-lint's scan is one thread plus workers it starts.
      name: 'ast-grep',
      label: `${astGrep.version} scan --rule <${path.basename(rules)}> --json=stream (default threads)`,
      command: astGrep.path,
      args: ['scan', '--rule', rules, '--json=stream', dir],
      cwd: repoRoot,
      summarize: (run) => {
        const matches = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
        const byPattern = {};
        for (const match of matches) byPattern[patternIdOfRule(match.ruleId)] = (byPattern[patternIdOfRule(match.ruleId)] ?? 0) + 1;
        return { matches: matches.length, matchedFiles: new Set(matches.map((match) => match.file)).size, matchesByPattern: byPattern };
      },
    },
  ];
  const search = textSearchCommand(dir);
  if (search.ripgrep) {
    tools.push({ name: 'rg', label: 'rg -l (text search)', command: search.command, args: search.args, cwd: repoRoot, summarize: (run) => ({ matchedFiles: run.stdout.split('\n').filter(Boolean).length }) });
  }
  if (eslintRuns > 0) {
    // -c: this config only, no eslint.config.* looked up in `dir`; no inline config, so the scanned code's directives change nothing.
    const config = path.join(workDir, 'eslint.config.mjs');
    const eslintReport = path.join(workDir, 'eslint.json');
    writeFileSync(config, eslintConfig(pathToFileURL(createRequire(path.join(repoRoot, 'package.json')).resolve('typescript-eslint')).href));
    tools.push({
      name: 'eslint',
      label: 'eslint -c <generated: typescript-eslint parser, no-restricted-syntax only>',
      command: process.execPath,
      args: [path.join(repoRoot, 'node_modules/eslint/bin/eslint.js'), '-c', config, '--no-inline-config', '--format', 'json', '--output-file', eslintReport, '.'],
      cwd: dir,
      runs: eslintRuns,
      summarize: () => {
        const results = JSON.parse(readFileSync(eslintReport, 'utf8'));
        const messages = results.flatMap((result) => result.messages);
        return { files: results.length, matches: messages.filter((message) => message.ruleId === 'no-restricted-syntax').length, parseErrors: messages.filter((message) => message.fatal).length };
      },
    });
  }
  return tools;
}

/** One interleaved comparison on `dir`: figures per tool and arch-lint's time as a multiple of ast-grep's. */
export function measurePeers({ repoRoot, dir, runs, eslintRuns = 0, astGrep = resolveAstGrep(repoRoot) }) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'arch-lint-bench-peers-'));
  try {
    const tools = measureInterleaved(peerTools({ repoRoot, dir, workDir, astGrep, eslintRuns }), runs);
    const archLint = tools['arch-lint'];
    const astGrepFigures = tools['ast-grep'];
    return {
      dir,
      sourceFiles: countSourceFiles(dir),
      tools,
      ratios: {
        wall: archLint.medianSeconds / astGrepFigures.medianSeconds,
        cpu: archLint.medianCpuSeconds !== null && astGrepFigures.medianCpuSeconds ? archLint.medianCpuSeconds / astGrepFigures.medianCpuSeconds : null,
      },
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
