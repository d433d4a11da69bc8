/** Builds RuleContexts for the manifest rules' tests from fixture manifests and hand-written calls. */
import { readFileSync } from 'node:fs';
import type { ResolvedConfig } from '../../src/config/types.js';
import { readServiceManifest } from '../../src/extract/manifests/service-manifest.js';
import type { Problem, ResolvedCall, ServiceDeclaration, Target } from '../../src/model.js';
import type { RuleContext } from '../../src/judge/rule.js';

export const NOW = new Date('2026-11-24T12:00:00Z');

export const config: ResolvedConfig = {
  file: null,
  baseDir: '/repo',
  extends: ['helsinki'],
  include: ['**/*'],
  exclude: [],
  zones: {
    gateway: ['gw.api.helsinki.fi'],
    esb: ['esbmt1.it.helsinki.fi', 'esbmt2.it.helsinki.fi'],
    local: [],
    internal: ['*.helsinki.fi'],
    external: ['api.openai.com'],
  },
  rules: {},
  allowWithinSystem: true,
  maxWaiverDays: 365,
  inlineSuppressions: 'allow',
  ignoreHosts: [],
  deployments: [],
  bindings: [],
  gateway: { catalog: [], entrypoints: [], tokenEnv: null, managementUrl: null, environmentId: null },
};

/** The manifest fixture `fixtures/manifests/rules/<name>/architecture.yaml`, read as if at `services/<name>/`. */
export function manifest(name: string): { services: ServiceDeclaration[]; problems: Problem[]; file: string } {
  const file = `services/${name}/architecture.yaml`;
  const text = readFileSync(new URL(`../../fixtures/manifests/rules/${name}/architecture.yaml`, import.meta.url), 'utf8');
  const facts = readServiceManifest(file, text);
  return { services: facts.services, problems: facts.problems, file };
}

export function target(url: string, zone: Target['zone'], extra: Partial<Target> = {}): Target {
  return { url, host: new URL(url).host, zone, via: [], ...extra };
}

export function call(file: string, line: number, service: string | undefined, targets: Target[]): ResolvedCall {
  const resolved: ResolvedCall = {
    file,
    line,
    column: 5,
    language: 'typescript',
    client: 'axios',
    method: 'GET',
    expression: `api.get('/x${line}')`,
    kind: 'call',
    enclosing: `fn${line}`,
    targets,
  };
  if (service) resolved.service = service;
  return resolved;
}

export function context(parts: Partial<RuleContext>): RuleContext {
  return { calls: [], services: [], catalog: [], config, now: NOW, options: {}, ...parts };
}
