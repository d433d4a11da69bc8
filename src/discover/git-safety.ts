/**
 * How arch-lint runs git on a repository it does not trust: no program that the repository's own
 * configuration names may run. A scanned repository's `.git/config` can set `core.fsmonitor` (run by
 * `git diff`, `ls-files`, `status`), `diff.external` and diff drivers (`textconv`, `command`), filter
 * drivers (`filter.<name>.clean`/`process`, run when the work tree is compared with a commit), hooks and a
 * pager. Every git call of arch-lint goes through `safeGitArgs` and `safeGitEnv`:
 * - `-c` options that switch each of these off (they override the repository's configuration),
 * - the filter drivers the repository configures, each neutralised by name (git has no switch for all),
 * - `GIT_CONFIG_NOSYSTEM` (the machine-wide configuration is not read either), no pager, C locale.
 */
import { execFileSync } from 'node:child_process';

/** Options that turn off every repository-configured program git could run for the read-only commands we use. */
const SAFE_GIT_OPTIONS: readonly string[] = [
  '--no-pager',
  '-c', 'core.fsmonitor=false',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'diff.external=',
  '-c', 'core.pager=cat',
  '-c', 'core.quotepath=off',
  '-c', 'color.ui=false',
  '-c', 'log.showSignature=false',
  '-c', 'core.untrackedCache=false',
];

/** The environment git runs in: the caller's, without the system configuration, a pager or an external diff. */
export function safeGitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1', GIT_PAGER: 'cat', PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' };
  delete env.GIT_EXTERNAL_DIFF;
  delete env.GIT_ASKPASS;
  return env;
}

const filterMemo = new Map<string, readonly string[]>();

/** Forget the filter drivers read so far: a long-lived process (the resident daemon) reads them again for each scan. */
export function forgetGitFilters(): void {
  filterMemo.clear();
}

/**
 * `-c filter.<name>.clean=` (and smudge, process; required=false) for every filter driver the configuration seen
 * from `cwd` names. `git config` itself runs no configured program. Memoised per folder.
 */
function neutralisedFilters(cwd: string): readonly string[] {
  const memo = filterMemo.get(cwd);
  if (memo) return memo;
  let listing = '';
  try {
    listing = execFileSync('git', [...SAFE_GIT_OPTIONS, 'config', '-z', '--get-regexp', '^filter\\.'], { cwd, encoding: 'utf8', env: safeGitEnv(), stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    // no filter configured (git config exits 1), or not a repository: nothing to neutralise
  }
  const names = new Set<string>();
  for (const entry of listing.split('\0')) {
    const key = entry.split('\n', 1)[0] ?? '';
    const last = key.lastIndexOf('.');
    if (!key.startsWith('filter.') || last <= 'filter.'.length) continue;
    names.add(key.slice('filter.'.length, last));
  }
  const options: string[] = [];
  for (const name of [...names].sort()) {
    options.push('-c', `filter.${name}.clean=`, '-c', `filter.${name}.smudge=`, '-c', `filter.${name}.process=`, '-c', `filter.${name}.required=false`);
  }
  filterMemo.set(cwd, options);
  return options;
}

/**
 * Arguments for one git command run in `cwd`: the safety options, then the command. Commands that compare
 * content also get `--no-ext-diff --no-textconv` from the caller (they are options of the subcommand).
 */
export function safeGitArgs(cwd: string, args: readonly string[]): string[] {
  return [...SAFE_GIT_OPTIONS, ...neutralisedFilters(cwd), ...args];
}
