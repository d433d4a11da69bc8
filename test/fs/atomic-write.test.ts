import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/atomic-write.js';

describe('writeFileAtomically', () => {
  it('creates the folders, replaces the content, and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-atomic-'));
    const file = path.join(dir, 'cache/arch-lint/facts.json');
    await writeFileAtomically(file, '{"format":1}');
    await writeFileAtomically(file, '{"format":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"format":2}');
    expect(readdirSync(path.dirname(file))).toEqual(['facts.json']);
  });

  it('fails without leaving a temporary file when the target cannot be replaced (a folder is in the way)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-atomic-'));
    mkdirSync(path.join(dir, 'arch-lint-baseline.json'));
    mkdirSync(path.join(dir, 'arch-lint-baseline.json', 'inside'));
    await expect(writeFileAtomically(path.join(dir, 'arch-lint-baseline.json'), '{}')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['arch-lint-baseline.json']);
  });
});
