/** `--cache` and `--cache-location` through the built CLI. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, copyFixture, run } from '../cli/subprocess.js';

beforeAll(assertBuilt);

describe('arch-lint --cache', () => {
  it('a warm run prints the same report; the cache goes where --cache-location says', () => {
    const dir = copyFixture('cache-workspace');
    const cold = run(['--cache', '--cache-location', 'tmp/cache/', '--format', 'json'], { cwd: dir });
    expect(cold.code).toBe(0);
    expect(readdirSync(path.join(dir, 'tmp/cache')).filter((name) => name.startsWith('facts-'))).toHaveLength(1);
    const warm = run(['--cache', '--cache-location', 'tmp/cache/', '--format', 'json'], { cwd: dir });
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('--cache alone uses .arch-lint-cache/ in the root; --cache-location without --cache is a usage error', () => {
    const dir = copyFixture('cache-workspace');
    expect(run(['--cache'], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, '.arch-lint-cache'))).toBe(true);
    expect(run(['--cache-location', 'x/'], { cwd: dir }).code).toBe(2);
  });
});
