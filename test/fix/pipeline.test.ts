// The acceptance scenario through the real extract and resolve stages: a service calls the organisation
// registry through ORGREG_URL, bound in an OpenShift Deployment; the catalogue fronts that backend at /organisation.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCatalogFile } from '../../src/catalog/load.js';
import { extractTypeScript } from '../../src/extract/typescript/index.js';
import { readDotenv } from '../../src/extract/manifests/dotenv.js';
import { readKubernetes } from '../../src/extract/manifests/kubernetes.js';
import { applyFixes } from '../../src/fix/apply.js';
import { attachBindingLiterals, attachCodeLiterals, literalOffset, offsetOf } from '../../src/fix/literals.js';
import { classifyCalls } from '../../src/judge/index.js';
import { gatewayBypass } from '../../src/judge/rules/gateway-bypass.js';
import type { Finding } from '../../src/model.js';
import { resolveCalls } from '../../src/resolve/index.js';
import { testConfig } from '../rules/gateway-helpers.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/fix/openshift-deployment');
let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'arch-lint-pipeline-'));
  cpSync(fixture, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** extract → resolve → classify → literals → gateway-bypass, as lint() will run them. */
async function scan(): Promise<Finding[]> {
  const facts = [
    extractTypeScript('src/units.ts', read('src/units.ts'), 'typescript'),
    readKubernetes('deploy/deployment.yaml', read('deploy/deployment.yaml')),
    readDotenv('.env', read('.env')),
  ];
  const config = testConfig();
  const resolved = classifyCalls(resolveCalls({ facts }).calls, config);
  const calls = await attachBindingLiterals(resolved, facts, (file) => readFile(path.join(root, file), 'utf8'));
  const catalog = parseCatalogFile('gravitee/catalog.yaml', read('gravitee/catalog.yaml')).apis;
  return gatewayBypass
    .check({ calls, services: [], catalog, config, now: new Date(0), options: {} })
    .map(({ identity, ...finding }) => ({ ...finding, ruleId: 'gateway-bypass', severity: 'error', fingerprint: identity.join('|') }));
}

describe('gateway-bypass end to end (extract → resolve → judge → fix)', () => {
  it('reports the bypass with the gateway URL, --fix rewrites the Deployment value, and a second run is clean', async () => {
    const findings = await scan();
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("gateway API 'Organisation Registry API' (orgreg)");
    expect(findings[0]?.message).toContain('https://gw.api.helsinki.fi/organisation/units');
    expect(findings[0]?.fix).toMatchObject({ file: 'deploy/deployment.yaml', text: 'https://gw.api.helsinki.fi/organisation' });

    const outcome = await applyFixes(root, findings, { dryRun: false });
    expect(outcome.skipped).toEqual([]);
    expect(read('deploy/deployment.yaml')).toContain('value: "https://gw.api.helsinki.fi/organisation"');
    expect(await scan()).toEqual([]);
  });
});

describe('literal location helpers', () => {
  it('offsetOf maps 1-based line/column to an offset', () => {
    expect(offsetOf('ab\ncd\n', 2, 2)).toBe(4);
    expect(offsetOf('ab\ncd', 3, 1)).toBeNull();
    expect(offsetOf('ab', 1, 9)).toBeNull();
  });

  it('literalOffset finds the text at the place, after a quote, or once later on the line', () => {
    expect(literalOffset('x: "https://a/b"\n', { line: 1, column: 4 }, 'https://a/b')).toBe(4);
    expect(literalOffset("x: 'https://a/b'\n", { line: 1, column: 5 }, 'https://a/b')).toBe(4);
    expect(literalOffset('URL=https://a/b\n', { line: 1, column: 1 }, 'https://a/b')).toBe(4);
    expect(literalOffset('A=https://a/b B=https://a/b\n', { line: 1, column: 1 }, 'https://a/b')).toBeNull();
    expect(literalOffset('x: other\n', { line: 1, column: 4 }, 'https://a/b')).toBeNull();
  });
});

describe('attachCodeLiterals', () => {
  const files: Record<string, string> = {
    'src/a.ts': [
      "import axios from 'axios';",
      "export const ORG = 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api';",
      'const api = axios.create({ baseURL: ORG });',
      "export const units = () => api.get('/units');",
      'export const direct = (id: string) => fetch(`https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units/${id}`);',
      "export const two = (dev: boolean) => fetch(dev ? 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api' : 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/v2');",
      '',
    ].join('\n'),
  };
  const readContent = async (file: string) => files[file] ?? null;

  it('finds the one URL string on the evidence chain, in the same or another line, and template prefixes', async () => {
    const calls = extractAndResolve(files);
    const attached = await attachCodeLiterals(calls, readContent);
    const literals = attached.map((call) => [call.line, call.targets.map((target) => target.literal && [target.literal.line, target.literal.column, target.literal.text])]);
    const content = files['src/a.ts'] ?? '';
    expect(literals).toContainEqual([4, [[2, 21, 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api']]]);
    expect(literals).toContainEqual([5, [[5, 46, 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units/']]]);
    // Both alternatives of the conditional are on the line and both are prefixes of the /v2 URL: ambiguous, no literal.
    const twoTargets = attached.find((call) => call.line === 6)?.targets ?? [];
    expect(twoTargets.find((target) => target.url?.endsWith('/v2'))?.literal).toBeUndefined();
    const offsets = attached.flatMap((call) => call.targets.flatMap((target) => (target.literal ? [target.literal] : [])));
    for (const literal of offsets) expect(content.slice(literal.offset, literal.offset + literal.text.length)).toBe(literal.text);
  });
});

function extractAndResolve(files: Record<string, string>) {
  const facts = Object.entries(files).map(([file, content]) => extractTypeScript(file, content, 'typescript'));
  return resolveCalls({ facts }).calls;
}
