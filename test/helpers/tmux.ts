/**
 * Running a command in a real terminal of a fixed size (a detached tmux session on its own server socket) and
 * reading the screen as a person sees it: the tests of text output that depends on the terminal (wrapping to its
 * width, colour on a TTY). Lines the terminal had to wrap are joined again (`capture-pane -J`), so a line longer
 * than the terminal shows as one long line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;

export interface Screen {
  /** The screen and its scroll-back, one string per line, trailing spaces removed, without the end marker. */
  lines: string[];
  /** The command's exit code. */
  code: number;
}

let sessions = 0;

/** Run `argv` (no shell quoting needed) in `cwd` in a `width`×`height` terminal, wait for it to end, return the screen. */
export function runInTerminal(argv: readonly string[], options: { width: number; height?: number; cwd: string; env?: Record<string, string>; timeoutMs?: number }): Screen {
  const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-tmux-'));
  const socket = `arch-lint-test-${process.pid}-${++sessions}`;
  const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;
  const exports = Object.entries({ NO_COLOR: '', FORCE_COLOR: '', ...options.env }).map(([key, value]) => `export ${key}=${quote(value)}`);
  // The exit code goes to a file and a marker to the screen; the shell then waits so the pane stays to be read.
  const script = [...exports, `cd ${quote(options.cwd)}`, `${argv.map(quote).join(' ')}`, `echo $? > ${quote(path.join(dir, 'code'))}`, 'echo "@@end@@"', 'sleep 600'].join('\n');
  writeFileSync(path.join(dir, 'run.sh'), `${script}\n`);
  // Scroll-back is fixed when a pane is made: set it in the server's config, not afterwards.
  writeFileSync(path.join(dir, 'tmux.conf'), 'set-option -g history-limit 50000\n');
  const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', socket, '-f', path.join(dir, 'tmux.conf'), ...args], { encoding: 'utf8' });
  try {
    tmux('new-session', '-d', '-x', String(options.width), '-y', String(options.height ?? 40), `sh ${quote(path.join(dir, 'run.sh'))}`);
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    let screen = '';
    for (;;) {
      screen = tmux('capture-pane', '-p', '-J', '-S', '-', '-E', '-');
      if (screen.includes('@@end@@')) break;
      if (Date.now() > deadline) throw new Error(`the command did not end in time; the screen:\n${screen}`);
      execFileSync('sleep', ['0.2']);
    }
    const lines = screen.split('\n').map((line) => line.trimEnd());
    const end = lines.indexOf('@@end@@');
    return { lines: lines.slice(0, end), code: Number(readFileSync(path.join(dir, 'code'), 'utf8').trim()) };
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(dir, { recursive: true, force: true });
  }
}
