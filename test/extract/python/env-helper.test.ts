/**
 * A helper that reads the env var its caller names (`def setting(name): return os.environ.get(name, default)`,
 * `os.environ[name]`): `setting("GRADES_URL")` reads GRADES_URL, bound in `.env`. Fixture:
 * fixtures/extract/python/env-helper.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Python env var helpers', () => {
  it('reads the variable the caller names', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/env-helper'], now: new Date('2026-12-01T00:00:00Z') });
    const urls = (line: number): (string | null)[] => result.calls.find((call) => call.line === line)?.targets.map((target) => target.url) ?? [];
    expect(urls(11)).toContain('https://grades.it.helsinki.fi/api/students/{parameter student}/grades');
    expect(urls(15)).toEqual(['https://registry.it.helsinki.fi/persons/{parameter person_id}']);
    const grades = result.calls.find((call) => call.line === 11)?.targets.find((target) => target.url !== null);
    expect(grades?.via.join(' ')).toContain('env:GRADES_URL');
  });
});
