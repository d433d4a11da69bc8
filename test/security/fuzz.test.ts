/**
 * Issue 16, item 16: property tests for every reader and extractor (each manifest kind, each language including
 * Kotlin, C#, PHP, Ruby, Vue and Svelte, the config and catalogue loaders). Random and mutated inputs never crash
 * (a caught `extract-failed` counts as a crash) and a good call or binding planted before the hostile text is always
 * found (at least as a call at its line: tree-sitter's error recovery can lose the URL of a call followed by stray
text, and the figures count those as `degraded`). Seeded and bounded here (FUZZ_CASES per kind, default 1000); `npm run fuzz -- --cases 10000` runs a long
 * campaign through this file and prints the figures.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalogFile } from '../../src/catalog/load.js';
import { ConfigError } from '../../src/config/errors.js';
import { parseConfigText } from '../../src/config/load.js';
import { extractFile } from '../../src/extract/index.js';
import { fuzzKind, fuzzKinds, hostileText, type FuzzKind, type FuzzOutcome } from './fuzz-cases.js';

const CASES = Number(process.env.FUZZ_CASES ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 16);
const outcomes: FuzzOutcome[] = [];

afterAll(() => {
  if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(outcomes.map(({ crashes, hangs, missed, degraded, ...figures }) => ({ ...figures, crashes: crashes.length, hangs: hangs.length, missed: missed.length, degraded: degraded.length, examples: [...crashes.slice(0, 2), ...hangs.slice(0, 2), ...missed.slice(0, 2)] })), null, 2));
});

const timeout = Math.max(60_000, CASES * 60);

describe('fuzz: extractors and readers', () => {
  for (const kind of fuzzKinds) {
    it(`${kind.name}: ${CASES} cases, no crash, no hang${kind.planted ? ', the planted value found' : ''}`, async () => {
      const outcome = await fuzzKind(kind, extractFile as never, { cases: CASES, seed: SEED });
      outcomes.push(outcome);
      expect(outcome.crashes.slice(0, 1)).toEqual([]);
      expect(outcome.hangs.slice(0, 1)).toEqual([]);
      expect(outcome.missed.slice(0, 1)).toEqual([]);
    }, timeout);
  }
});

/** Loaders outside `extractFile`: only their own known errors may come out. */
function loaderOutcome(name: string, kind: FuzzKind, load: (content: string) => void): FuzzOutcome {
  const outcome: FuzzOutcome = { kind: name, cases: 0, crashes: [], hangs: [], missed: [], degraded: [], maxMs: 0, totalMs: 0 };
  for (const content of fc.sample(hostileText(kind), { numRuns: CASES, seed: SEED })) {
    outcome.cases++;
    const start = performance.now();
    try {
      load(content);
    } catch (error) {
      if (!(error instanceof ConfigError)) outcome.crashes.push({ content, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
    const ms = performance.now() - start;
    outcome.totalMs += ms;
    outcome.maxMs = Math.max(outcome.maxMs, ms);
    if (ms > 2000) outcome.hangs.push({ content, ms });
  }
  return outcome;
}

describe('fuzz: config and catalogue loaders', () => {
  it(`config: ${CASES} cases, only config errors`, () => {
    const kind: FuzzKind = { name: 'config', file: { path: 'arch-lint.config.yaml', kind: { type: 'manifest', manifest: 'dotenv' } }, seeds: { dir: 'fixtures/config', ext: /\.(ya?ml|json)$/ }, alphabet: ':-{}[]&*!|>"\'$#\\/ \t\n.,abcAZ_01' };
    const outcome = loaderOutcome('config', kind, (content) => parseConfigText(content, 'arch-lint.config.yaml', ['no-direct-integration']));
    outcomes.push(outcome);
    expect(outcome.crashes.slice(0, 1)).toEqual([]);
    expect(outcome.hangs.slice(0, 1)).toEqual([]);
  }, timeout);

  it(`gateway catalogue: ${CASES} cases, never throws`, () => {
    const kind: FuzzKind = { name: 'catalogue', file: { path: 'gateway/api.json', kind: { type: 'manifest', manifest: 'gravitee' } }, seeds: { dir: 'fixtures/catalog', ext: /\.(ya?ml|json)$/ }, alphabet: ':-{}[]&*!|>"\'$#\\/ \t\n.,abcAZ_01' };
    const outcome = loaderOutcome('catalogue', kind, (content) => void parseCatalogFile('gateway/api.json', content));
    outcomes.push(outcome);
    expect(outcome.crashes.slice(0, 1)).toEqual([]);
    expect(outcome.hangs.slice(0, 1)).toEqual([]);
  }, timeout);
});
