/**
 * Issue 16, item 2: `.env` files that chain variables (`API_URL=${BASE_URL}/api`, `BASE_URL=${ORIGIN}/v1`, …) in
 * many service folders. 40 folders took 14 s and 80 took 154 s: every combination was computed before the 32 kept
 * targets were chosen. Lookups are now memoised per variable and stop once more than 32 values are found, so the time
 * grows with the number of bindings. The growth test doubles the folders and bounds the time ratio.
 */
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { writeTree } from '../helpers/file-tree.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workspace(folders: number): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-envchain-')));
  dirs.push(root);
  const files: Record<string, string> = { 'arch-lint.config.yaml': '# many services, each with a chained .env\nextends: helsinki\n' };
  for (let index = 0; index < folders; index++) {
    files[`svc${index}/package.json`] = JSON.stringify({ name: `svc${index}` });
    files[`svc${index}/.env`] = `# four chained variables\nAPI_URL=\${BASE_URL}/api\nBASE_URL=\${ORIGIN}/v1\nORIGIN=\${SCHEME}://\${HOST}\nSCHEME=https\nHOST=svc${index}.it.helsinki.fi\n`;
    files[`svc${index}/src/index.ts`] = '// reads the chained variable\nfetch(process.env.API_URL + "/x");\n';
  }
  writeTree(root, files);
  return root;
}

async function timed(root: string): Promise<{ ms: number; calls: number; targets: number }> {
  const start = performance.now();
  const result = await lint({ cwd: root });
  return { ms: performance.now() - start, calls: result.calls.length, targets: result.calls.reduce((sum, call) => sum + call.targets.length, 0) };
}

describe('.env chains across many folders', () => {
  it('80 folders: every call resolved, at most 32 targets each, in seconds not minutes', async () => {
    const outcome = await timed(workspace(80));
    expect(outcome.calls).toBe(80);
    expect(outcome.targets).toBeLessThanOrEqual(80 * 32);
    expect(outcome.targets).toBeGreaterThanOrEqual(80);
    expect(outcome.ms).toBeLessThan(20_000); // was 154 s
  }, 60_000);

  it('doubling the folders at most ~2.5× the time', async () => {
    const small = workspace(40);
    const large = workspace(80);
    await timed(small); // warm-up: extractors and grammars load once
    const smallTime = Math.min((await timed(small)).ms, (await timed(small)).ms);
    const largeTime = Math.min((await timed(large)).ms, (await timed(large)).ms);
    // Linear is 2×; the old combinatorial growth was ~11×. 3× leaves room for a busy machine.
    expect(largeTime / smallTime).toBeLessThan(3);
  }, 120_000);
});
