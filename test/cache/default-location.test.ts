/**
 * `--cache` without a node_modules keeps its files in `.arch-lint-cache/` inside the scanned root. Discovery never
 * walks that folder: its files change whenever a run writes them, so a walk memo that recorded it would never hold.
 */
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/lint.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
// Folders changed less than RACY_MARGIN_MS (1 s) before a walk are not remembered. Under a loaded CI run (the whole
// suite in parallel workers) 1.1 s between runs proved too tight; twice the margin leaves room.
const SETTLE_MS = 2100;

describe('--cache in its default folder inside the root', () => {
  it('is not discovered, and the walk memo keeps holding across runs', async () => {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-default-cache-')));
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src/grades.py'), "import requests\n\ndef grades():\n    return requests.get('https://gw.api.helsinki.fi/grades/v1/grades')\n");
    await sleep(SETTLE_MS);
    const options = { cwd: root, cache: true } as const;
    const first = await scan(options);
    expect(readdirSync(path.join(root, '.arch-lint-cache')).length).toBeGreaterThan(0);
    await sleep(SETTLE_MS);
    await scan(options);
    const memoFile = readdirSync(path.join(root, '.arch-lint-cache')).find((name) => name.endsWith('.walk.json'));
    expect(memoFile).toBeDefined();
    const memoWritten = statSync(path.join(root, '.arch-lint-cache', memoFile!)).mtimeMs;
    await sleep(SETTLE_MS);
    const third = await scan(options);
    expect(third.reused).toBe(true);
    // Not rewritten: the memo recorded by the second run still held.
    expect(statSync(path.join(root, '.arch-lint-cache', memoFile!)).mtimeMs).toBe(memoWritten);
    expect(third.result().summary.files).toBe(first.result().summary.files);
    expect(third.result().calls.map((call) => call.file)).toEqual(['src/grades.py']);
  });
});
