/**
 * `LintOptions.resident`, what the daemon keeps per root: scans with it give what cold scans give, through edits that
 * keep a file's size and land within the racy window, deletions, new files and config changes; only changed files
 * are extracted again.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, residentState } from '../../src/lint.js';
import { formatJson } from '../../src/report/json.js';
import { copyFixture } from '../cli/subprocess.js';

const now = new Date('2026-06-01T12:00:00Z');

describe('resident state', () => {
  it('scans as cold scans do, re-extracting only changed files', async () => {
    const dir = copyFixture('git-workspace');
    const state = residentState(dir);
    const same = async (): Promise<string> => {
      const warm = formatJson(await lint({ cwd: dir, now, resident: state }));
      const cold = formatJson(await lint({ cwd: dir, now }));
      expect(warm).toBe(cold);
      return warm;
    };
    const first = await same();
    expect(state.facts.misses).toBeGreaterThan(0);
    await same();
    expect(state.facts.misses).toBe(0);

    // Same size, same second: the stat may not tell, the content hash does.
    writeFileSync(path.join(dir, 'src/legacy.ts'), (await import('node:fs')).readFileSync(path.join(dir, 'src/legacy.ts'), 'utf8').replace('grades.it', 'grodes.it'));
    const edited = await same();
    expect(edited).not.toBe(first);
    expect(edited).toContain('grodes.it.helsinki.fi');
    expect(state.facts.misses).toBe(1);

    writeFileSync(path.join(dir, 'src/rooms.ts'), "export const rooms = () => fetch('https://rooms.it.helsinki.fi/api/rooms');\n");
    expect(await same()).toContain('src/rooms.ts');
    rmSync(path.join(dir, 'src/rooms.ts'));
    expect(await same()).not.toContain('src/rooms.ts');
    // Deleted files leave the memory on a whole-root scan.
    expect(state.facts.size).toBe(4); // the three modules and .env

    writeFileSync(path.join(dir, 'arch-lint.config.yaml'), 'extends: recommended\n');
    expect(await same()).not.toBe(edited);
  });

  it('keeps stored facts frozen: a later scan cannot change what the next one reuses', async () => {
    const dir = copyFixture('git-workspace');
    const state = residentState(dir);
    const result = await lint({ cwd: dir, now, resident: state });
    expect(result.summary.files).toBeGreaterThan(0);
    const stored = (state.facts as unknown as { entries: Record<string, { facts: object }> }).entries;
    for (const entry of Object.values(stored)) expect(Object.isFrozen(entry.facts)).toBe(true);
  });
});
