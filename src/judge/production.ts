/**
 * Whether a target is what runs in production ("production first", DESIGN.md): a value bound in a dev, test, e2e,
 * staging, mock or template source (by its environment label, or the file and folder names of its binding), or a
 * host named as such (`gw-api-test.example.org`, `mock-sis`), is evidence, not production. Used where identity must
 * stay stable when such values change (baseline entries) and where production and test copies of one integration
 * are merged (`arch-lint init`).
 */
import type { Target } from '../model.js';

/** Name tokens of sources and hosts that are not production. */
const NON_PRODUCTION_TOKENS = new Set([
  'dev', 'develop', 'development', 'local', 'test', 'tests', 'testing', 'qa', 'ci', 'e2e', 'staging', 'stage',
  'stg', 'preprod', 'mock', 'mocks', 'stub', 'stubs', 'fake', 'fixture', 'fixtures', 'sandbox', 'demo',
  'example', 'sample', 'template', 'cypress', 'playwright', '__mocks__', '__tests__', 'spec',
]);

/** Environment labels (src/extract/manifests/environment-label.ts) that are not production. */
const NON_PRODUCTION_LABELS = new Set(['dev', 'test', 'staging', 'template', 'e2e']);

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9_]+|_/).filter(Boolean);
}

/** Whether a file path (a binding's source) is a dev, test, e2e, mock or template file. */
export function isNonProductionPath(file: string): boolean {
  return file.split('/').some((part) => NON_PRODUCTION_TOKENS.has(part.toLowerCase()) || tokens(part).some((token) => NON_PRODUCTION_TOKENS.has(token)));
}

/** Whether a host is named as a dev, test or mock one (`gw-api-test.it.example.org`, `mock-sis`, `localhost` is not judged here). */
export function isNonProductionHost(host: string): boolean {
  // The labels of the host's name, without the organisation's own domain parts (`it.helsinki.fi`: `it` is a department).
  const first = host.toLowerCase().split('.')[0] ?? '';
  return tokens(first).some((token) => NON_PRODUCTION_TOKENS.has(token));
}

export function isProductionTarget(target: Target): boolean {
  if (target.environment !== undefined && NON_PRODUCTION_LABELS.has(target.environment)) return false;
  if (target.binding !== undefined && isNonProductionPath(target.binding.file)) return false;
  if (target.host !== null && isNonProductionHost(target.host)) return false;
  return true;
}

/** The production targets of a call, or all of them when none is (a call only dev values reach keeps its evidence). */
export function productionTargets(targets: readonly Target[]): readonly Target[] {
  const production = targets.filter(isProductionTarget);
  return production.length > 0 ? production : targets;
}
