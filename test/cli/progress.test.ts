/**
 * The progress line (only on a terminal, only for scans over about a second, erased at the end) and
 * `--report-unused-disable-directives` through `main()`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { terminalProgress } from '../../src/cli/progress.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/cli');

function io(overrides: Partial<CliIO> = {}): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), env: {}, cwd: fixtures, isTTY: false, out, err, ...overrides };
}

describe('terminalProgress', () => {
  it('stays quiet for the first second, then redraws at most every 100 ms, and erases itself', () => {
    let clock = 0;
    const written: string[] = [];
    const progress = terminalProgress((text) => written.push(text), () => clock);
    progress.update(1, 100);
    clock = 900;
    progress.update(50, 100);
    expect(written).toEqual([]);
    clock = 1000;
    progress.update(60, 100);
    clock = 1050;
    progress.update(61, 100); // too soon
    clock = 1100;
    progress.update(70, 100);
    progress.update(100, 100); // the last one is always drawn
    expect(written).toEqual(['\r\u001b[2Karch-lint: 60 / 100 files parsed', '\r\u001b[2Karch-lint: 70 / 100 files parsed', '\r\u001b[2Karch-lint: 100 / 100 files parsed']);
    progress.done();
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });

  it('erases nothing when it never drew', () => {
    const written: string[] = [];
    const progress = terminalProgress((text) => written.push(text), () => 0);
    progress.update(1, 2);
    progress.done();
    expect(written).toEqual([]);
  });
});

describe('main()', () => {
  // Whether the line is drawn depends on the wall clock (a busy machine makes a small scan take over a
  // second), so this checks what must hold either way; the timing rule is tested above with a fake clock.
  it('a scan on a terminal leaves no progress residue: only progress lines, and the last write erases them', async () => {
    const terminal = io({ stderrIsTTY: true });
    expect(await main([path.join(fixtures, 'clean')], terminal)).toBe(0);
    const erase = '\r\u001b[2K';
    for (const text of terminal.err) {
      expect(text.startsWith(erase)).toBe(true);
      expect(text.slice(erase.length)).toMatch(/^(arch-lint: \d+ \/ \d+ files parsed)?$/);
    }
    if (terminal.err.length > 0) expect(terminal.err.at(-1)).toBe(erase);
  });

  it('--report-unused-disable-directives reports a suppression that covers nothing', async () => {
    const dir = path.join(fixtures, 'directives-workspace');
    const plain = io();
    expect(await main([dir], plain)).toBe(0);
    expect(plain.out.join('')).not.toContain('unused-suppression');
    const strict = io({ env: { COLUMNS: '1000' } }); // one line a message
    expect(await main(['--report-unused-disable-directives', '--max-warnings', '0', dir], strict)).toBe(1);
    expect(strict.out.join('')).toMatch(/8:3\s+warning\s+Unused suppression `arch-lint-disable-next-line no-direct-integration`.*unused-suppression/);
  });
});
