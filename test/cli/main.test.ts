/** `main()` in-process, for what a subprocess cannot set up: a terminal, a crash. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';

const clean = path.resolve(import.meta.dirname, '../../fixtures/cli/clean');

function io(overrides: Partial<CliIO> = {}): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), env: {}, cwd: clean, isTTY: false, out, err, ...overrides };
}

describe('main()', () => {
  it('colours output on a terminal', async () => {
    const terminal = io({ isTTY: true });
    expect(await main([clean], terminal)).toBe(0);
    expect(terminal.out.join('')).toContain('\u001b[');
  });

  it('NO_COLOR and --no-color turn colours off even on a terminal', async () => {
    const noColorEnv = io({ isTTY: true, env: { NO_COLOR: '1' } });
    await main([clean], noColorEnv);
    expect(noColorEnv.out.join('')).not.toContain('\u001b[');
    const flag = io({ isTTY: true });
    await main(['--no-color', clean], flag);
    expect(flag.out.join('')).not.toContain('\u001b[');
  });

  it('an unexpected error is a bug: exit 2 with its stack, never 0', async () => {
    const broken = io({
      stdout: () => {
        throw new Error('stdout closed');
      },
    });
    expect(await main([clean], broken)).toBe(2);
    const text = broken.err.join('');
    expect(text).toContain('this is a bug');
    expect(text).toContain('stdout closed');
    expect(text).toMatch(/\n\s+at /);
  });

  it('a known error is one clean line', async () => {
    const missing = io();
    expect(await main(['does-not-exist'], missing)).toBe(2);
    expect(missing.err).toEqual(['arch-lint: no such file or directory: does-not-exist\n']);
  });

  it('a negative --max-warnings other than -1 is a usage error', async () => {
    const bad = io();
    expect(await main(['--max-warnings', '-5', clean], bad)).toBe(2);
    expect(bad.err.join('')).toContain('--max-warnings');
  });
});
