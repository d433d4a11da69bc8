/**
 * Issue 6, "never touch a file whose content changed since the scan": a fix records the hash of the whole file
 * it was computed on, and applyFixes leaves the file alone after any edit, even one that leaves the fix's range
 * intact. Also: the report schema describes what a fix and a target's literal carry.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix/apply.js';
import { lint } from '../../src/index.js';
import type { Finding } from '../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../..');
const DEPLOYMENT = 'openshift/deployment.yaml';
const BACKEND = 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api';

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-issue-6-hash-')));
  cpSync(path.join(repo, 'fixtures/acceptance/issue-6/orgreg-bypass'), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const deployment = () => readFileSync(path.join(dir, DEPLOYMENT), 'utf8');

async function bypassFinding(): Promise<Finding> {
  const result = await lint({ cwd: dir });
  const [finding] = result.findings.filter((entry) => entry.ruleId === 'gateway-bypass');
  if (!finding?.fix) throw new Error('expected a gateway-bypass finding with a fix');
  return finding;
}

describe('fixes and files changed since the scan', () => {
  it('lint() records the hash of the file each fix was computed on', async () => {
    const finding = await bypassFinding();
    expect(finding.fix).toMatchObject({ file: DEPLOYMENT, expected: BACKEND, contentHash: sha256(deployment()) });
  });

  it('an edit elsewhere in the file (range intact) leaves the fix unapplied and says why', async () => {
    const finding = await bypassFinding();
    appendFileSync(path.join(dir, DEPLOYMENT), '# resource limits to be added by the platform team\n');
    const edited = deployment();
    const [start, end] = finding.fix!.range;
    expect(edited.slice(start, end)).toBe(BACKEND);

    const outcome = await applyFixes(dir, [finding], { dryRun: false });
    expect(outcome.applied).toEqual([]);
    expect(outcome.diff).toBe('');
    expect(outcome.skipped).toEqual([expect.objectContaining({ file: DEPLOYMENT, reason: expect.stringContaining('changed since the scan') })]);
    expect(deployment()).toBe(edited);
  });

  it('the unchanged file is fixed', async () => {
    const finding = await bypassFinding();
    const outcome = await applyFixes(dir, [finding], { dryRun: false });
    expect(outcome.skipped).toEqual([]);
    expect(deployment()).toContain('value: https://gw.api.helsinki.fi/organisation\n');
  });
});

describe('report schema', () => {
  it('describes fix.expected, fix.contentHash and target.literal, and the report validates', async () => {
    const schema = JSON.parse(readFileSync(path.join(repo, 'schemas/report.schema.json'), 'utf8')) as {
      definitions: Record<string, { properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> }>;
    };
    const fix = schema.definitions.finding!.properties.fix!.properties!;
    expect(fix.expected?.description).toMatch(/scan time/);
    expect(fix.contentHash?.description).toMatch(/SHA-256/);
    const literal = schema.definitions.target!.properties.literal;
    expect(literal?.description).toMatch(/gateway-bypass fix/);
    for (const key of ['file', 'line', 'column', 'offset', 'text']) expect(literal?.properties?.[key]?.description).toBeTruthy();

    const result = await lint({ cwd: dir });
    expect(result.calls[0]?.targets[0]?.literal).toMatchObject({ file: DEPLOYMENT, line: 25, text: BACKEND });
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(result))), JSON.stringify(validate.errors)).toBe(true);
  });
});
