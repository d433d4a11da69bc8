/**
 * `LintOptions.resident`, what the daemon keeps per root: scans with it give what cold scans give, through edits that
 * keep a file's size and land within the racy window, deletions, new files and config changes; only changed files
 * are extracted again.
 */
import { appendFileSync, cpSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('reuses the last output while the facts and every file resolution read are the same, and only then', async () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-resident-memo-')));
    cpSync(path.join(import.meta.dirname, '../../fixtures/e2e/front-end-requests'), dir, { recursive: true });
    // A request whose host comes through package.json's `imports`: a file resolution reads without facts for it.
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'course-portal', private: true, imports: { '#hosts': './src/server/hosts.js' } }));
    writeFileSync(path.join(dir, 'src/server/hosts.js'), "export const BASE = 'https://grades.it.helsinki.fi';\n");
    writeFileSync(path.join(dir, 'src/server/other-hosts.js'), "export const BASE = 'https://rooms.it.helsinki.fi';\n");
    writeFileSync(path.join(dir, 'src/server/report.js'), "import { BASE } from '#hosts';\nexport const report = () => fetch(`${BASE}/api/report`);\n");
    const state = residentState(dir);
    const reuses = (): number => state.reusedOutputs ?? 0;
    const same = async (day = now): Promise<string> => {
      const warm = formatJson(await lint({ cwd: dir, now: day, resident: state }));
      expect(warm).toBe(formatJson(await lint({ cwd: dir, now: day })));
      return warm;
    };
    const first = await same();
    expect(first).toContain('https://grades.it.helsinki.fi/api/report');
    expect(reuses()).toBe(0);
    expect(await same()).toBe(first);
    expect(reuses()).toBe(1);

    // A comment after the last line: the file is extracted again, its facts are equal, the output is reused.
    appendFileSync(path.join(dir, 'src/server/students.js'), '\n// reviewed\n');
    expect(await same()).toBe(first);
    expect(reuses()).toBe(2);

    // package.json's mapping changes what the request reaches, not any file's facts: a new scan.
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'course-portal', private: true, imports: { '#hosts': './src/server/other-hosts.js' } }));
    const remapped = await same();
    expect(remapped).toContain('https://rooms.it.helsinki.fi/api/report');
    expect(reuses()).toBe(2);

    // Another day (waivers expire by the day) and a changed config are new scans too.
    await same(new Date('2026-06-02T12:00:00Z'));
    expect(reuses()).toBe(2);
    appendFileSync(path.join(dir, 'arch-lint.config.yaml'), '\nignoreHosts: ["localhost"]\n');
    await same();
    expect(reuses()).toBe(2);

    // A new request is found.
    appendFileSync(path.join(dir, 'src/server/students.js'), "\nexport const courses = () => fetch('https://courses.it.helsinki.fi/api/courses');\n");
    expect(await same()).toContain('courses.it.helsinki.fi');
    expect(reuses()).toBe(2);
  });
});
