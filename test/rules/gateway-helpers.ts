/** Shared builders for the gateway rule tests: a config, calls and the test catalogue. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCatalogFile } from '../../src/catalog/load.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import type { GatewayApi, ResolvedCall, Target } from '../../src/model.js';
import type { RuleContext } from '../../src/judge/rule.js';

export const ENTRYPOINTS = ['https://gw.api.helsinki.fi', 'https://gw-api-test.it.helsinki.fi'];

export function loadTestCatalog(): GatewayApi[] {
  const file = path.resolve(import.meta.dirname, '../../fixtures/catalog/rules/gateway-catalogue.yaml');
  return parseCatalogFile('gateway-catalogue.yaml', readFileSync(file, 'utf8')).apis;
}

export function testConfig(entrypoints: string[] = ENTRYPOINTS): ResolvedConfig {
  return {
    file: null,
    baseDir: '/',
    extends: [],
    include: [],
    exclude: [],
    zones: { gateway: ['gw.api.helsinki.fi', 'gw-api-test.it.helsinki.fi'], esb: [], local: ['localhost'], internal: ['*.helsinki.fi'], external: [] },
    rules: {},
    allowWithinSystem: false,
    maxWaiverDays: 180,
    inlineSuppressions: 'allow',
    ignoreHosts: [],
    deployments: [],
    bindings: [],
    gateway: { catalog: [], entrypoints, tokenEnv: null, managementUrl: null, environmentId: null },
  };
}

export function target(url: string | null, extra: Partial<Target> = {}): Target {
  let host: string | null;
  try {
    host = url ? new URL(url).hostname : null;
  } catch {
    host = null;
  }
  const zone = host === null ? 'unresolved' : host.startsWith('gw') ? 'gateway' : 'internal';
  return { url, host, zone, via: [], ...extra };
}

export function call(targets: Target[], extra: Partial<ResolvedCall> = {}): ResolvedCall {
  return { file: 'src/client.ts', line: 3, column: 7, language: 'typescript', client: 'fetch', method: 'GET', expression: 'fetch(url)', kind: 'call', enclosing: 'loadUnits', targets, ...extra };
}

export function context(partial: Partial<RuleContext>): RuleContext {
  return { calls: [], services: [], catalog: loadTestCatalog(), config: testConfig(), now: new Date('2026-11-24T00:00:00Z'), options: {}, ...partial };
}
