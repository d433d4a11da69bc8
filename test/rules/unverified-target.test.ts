/**
 * unverified-target and environments in judgement (issue "Real code, part 2", points 1 and 6): a finding never rests
 * only on a development or test value, and a server-side call whose production host nothing binds is one warning
 * per variable per service.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { judge as judgeWith, type JudgeInput } from '../../src/judge/index.js';
import { noDirectIntegration } from '../../src/judge/rules/no-direct-integration.js';
import { unverifiedTarget } from '../../src/judge/rules/unverified-target.js';
import type { ResolvedCall, Target } from '../../src/model.js';

const config = resolveConfig({ extends: 'helsinki' }, { file: null, baseDir: '/' });
const now = new Date('2026-12-01T00:00:00Z');
const judge = (input: Omit<JudgeInput, 'config' | 'now'>) => judgeWith({ rules: { [noDirectIntegration.id]: noDirectIntegration, [unverifiedTarget.id]: unverifiedTarget }, config, now, ...input });

function call(file: string, line: number, targets: Target[], service?: string): ResolvedCall {
  return { file, line, column: 3, language: 'javascript', client: 'axios', method: 'GET', expression: 'url', kind: 'call', enclosing: 'f', targets, ...(service ? { service } : {}) };
}

const unbound = (name: string): Target => ({ url: null, host: null, zone: 'unresolved', via: [`env:${name}`], env: name });
const bound = (url: string, environment: string, file: string): Target => ({
  url,
  host: new URL(url).hostname,
  zone: 'unknown',
  via: ['env:IMPORTER_URL', `binding IMPORTER_URL = ${url} (${file}:4, ${environment})`],
  environment,
  binding: { file, line: 4, column: 14 },
});

describe('environments in judgement', () => {
  it('a call whose internal host comes only from a dev or test file is no direct integration, but a warning that production is unverified', () => {
    const { findings } = judge({ calls: [call('src/importer.js', 5, [bound('http://importer-mock.it.helsinki.fi', 'test', 'docker-compose.e2e.yml'), bound('http://importer.it.helsinki.fi', 'dev', 'docker-compose.yml')])] });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['unverified-target']);
    expect(findings[0]!.message).toContain('`IMPORTER_URL` is bound only for development or test (docker-compose.e2e.yml:4, test; docker-compose.yml:4, dev)');
  });

  it('a development tool\'s call (a dev server\'s proxy target) is never a direct integration', () => {
    const proxy: ResolvedCall = { ...call('vite.config.ts', 8, [{ url: 'https://importer.it.helsinki.fi', host: 'importer.it.helsinki.fi', zone: 'unknown', via: [] }]), client: 'vite-dev-proxy', kind: 'client-config' };
    expect(judge({ calls: [proxy] }).findings).toEqual([]);
    expect(judge({ calls: [{ ...proxy, client: 'axios' }] }).findings.map((finding) => finding.ruleId)).toEqual(['no-direct-integration']);
  });

  it('a production (or unlabelled) value beside the dev one is judged, and nothing is unverified', () => {
    const { findings } = judge({ calls: [call('src/importer.js', 5, [bound('http://importer-mock', 'test', 'docker-compose.e2e.yml'), bound('https://importer.it.helsinki.fi', 'prod', 'openshift/configmap.yaml')])] });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['no-direct-integration']);
    expect(findings[0]!.message).toContain("'importer.it.helsinki.fi'");
    expect(findings[0]!.message).not.toContain("'importer-mock'");
  });
});

describe('unverified-target', () => {
  it('one warning per variable per service, at the first call, with the others related', () => {
    const { findings } = judge({
      calls: [call('src/b.js', 9, [unbound('API_HOST')], 'api'), call('src/a.js', 3, [unbound('API_HOST')], 'api'), call('worker/x.js', 1, [unbound('API_HOST')], 'worker')],
    });
    expect(findings.map((finding) => [finding.severity, finding.file, finding.line, (finding.related ?? []).map((related) => `${related.file}:${related.line}`)])).toEqual([
      ['warning', 'src/a.js', 3, ['src/b.js:9']],
      ['warning', 'worker/x.js', 1, []],
    ]);
  });

  it('not for tests, browser code, build-time browser variables, or a call that also names a host', () => {
    const { findings } = judge({
      calls: [
        call('test/api.test.js', 3, [unbound('API_HOST')]),
        call('client/api.js', 3, [unbound('API_HOST')]),
        call('src/App.tsx', 3, [unbound('API_HOST')]),
        call('src/api.js', 3, [unbound('VITE_API_URL')]),
        call('src/api.js', 9, [unbound('API_HOST'), { url: 'https://api.github.com', host: 'api.github.com', zone: 'unknown', via: [] }]),
      ],
    });
    expect(findings).toEqual([]);
  });
});
