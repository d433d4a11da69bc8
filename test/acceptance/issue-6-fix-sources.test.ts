/**
 * Issue 6, "a machine-readable fix when the backend URL is a string literal in one place (code, .env, compose,
 * ConfigMap, Spring properties)", through the built CLI: --fix-dry-run lists one fix per place, --fix rewrites
 * each literal to the gateway URL (keeping quotes, comments, the path and query written after the backend), the
 * rewritten calls then go through the gateway, and a target whose literal is ambiguous gets no fix.
 * Needs `npm run build` first (`npm test` does it).
 */
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { assertBuilt, repo, run } from '../cli/subprocess.js';

const BACKEND = 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api';
const GATEWAY = 'https://gw.api.helsinki.fi/organisation';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-issue-6-sources-')));
  cpSync(path.join(repo, 'fixtures/acceptance/issue-6/fix-sources'), dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const lintJson = () => JSON.parse(run(['--format', 'json'], { cwd: dir }).stdout) as LintResult;

/** Each place, the line as written and as the fix leaves it. */
const places: [string, string, string][] = [
  ['code-literal/src/units.ts', `fetch('${BACKEND}/units?active=true')`, `fetch('${GATEWAY}/units?active=true')`],
  ['dotenv/.env', `ORGREG_BASE="${BACKEND}" # production registry`, `ORGREG_BASE="${GATEWAY}" # production registry`],
  ['compose/docker-compose.yml', `- ORGREG_COMPOSE=${BACKEND}\n`, `- ORGREG_COMPOSE=${GATEWAY}\n`],
  ['configmap/openshift/config.yaml', `ORGREG_CM: ${BACKEND}\n`, `ORGREG_CM: ${GATEWAY}\n`],
  ['spring/src/main/resources/application.properties', `orgreg.base-url=${BACKEND}\n`, `orgreg.base-url=${GATEWAY}\n`],
];

describe('fixes in each kind of place', () => {
  it('every bypass written in one place carries a fix on that place; the ambiguous one has none', () => {
    const result = lintJson();
    expect(result.problems).toEqual([]);
    const bypasses = result.findings.filter((finding) => finding.ruleId === 'gateway-bypass');
    const fixedFiles = bypasses.flatMap((finding) => (finding.fix ? [finding.fix.file] : []));
    for (const [file] of places) expect(fixedFiles).toContain(file);
    // In ambiguous/, the /api/v2 target could come from either literal on the line: no fix. (The /api target
    // has exactly one literal that is its prefix, so that one is fixed.)
    const ambiguous = bypasses.filter((finding) => finding.file === 'ambiguous/src/units.ts');
    expect(ambiguous.map((finding) => [finding.message.includes(`${BACKEND}/v2,`), finding.fix === undefined])).toEqual(
      expect.arrayContaining([
        [true, true],
        [false, false],
      ]),
    );
    for (const finding of bypasses) if (finding.fix) expect(read(finding.fix.file).slice(...finding.fix.range)).toBe(finding.fix.expected);
  });

  it('--fix rewrites each literal in place and the fixed calls go through the gateway', () => {
    const before = Object.fromEntries(places.map(([file]) => [file, read(file)]));
    const fixed = run(['--fix'], { cwd: dir });
    expect(fixed.stderr).toContain('applied 6 fixes in 6 files, 0 left.');
    for (const [file, written, rewritten] of places) {
      expect(read(file)).toBe(before[file]!.replace(written, rewritten));
    }

    const result = lintJson();
    const remaining = result.findings.filter((finding) => finding.ruleId === 'gateway-bypass');
    // Only the ambiguous call's /api/v2 target is left (now unambiguous: its literal is the only backend URL on the line).
    expect(remaining.map((finding) => finding.file)).toEqual(['ambiguous/src/units.ts']);
    const viaGateway = result.calls.filter((call) => !call.file.startsWith('ambiguous/')).flatMap((call) => call.targets);
    expect(viaGateway.length).toBeGreaterThanOrEqual(places.length);
    for (const target of viaGateway) expect(target).toMatchObject({ zone: 'gateway', api: 'HY Organisation API' });
  });
});
