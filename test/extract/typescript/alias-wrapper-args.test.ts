/**
 * A wrapper imported through a tsconfig `paths` alias (`@server/lib/fetch`), called with a URL held in a name rather
 * than written inline — a constant, a class member, a parameter's `url` — is followed like one imported by a relative
 * path. Fixture: fixtures/extract/typescript/alias-wrapper-args.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('TS wrappers imported through an alias', () => {
  it('calls passing a URL held in a name are wrapper calls', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/typescript/alias-wrapper-args'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.filter((call) => call.file.endsWith('tracker.ts')).map((call) => `${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      '10 wrapper:fetch POST https://tracker.example.org/oauth/token',
      '11 wrapper:fetch GET https://tracker.example.org/api/issues',
      // The subscription's URL is known only at run time.
      '12 wrapper:fetch POST unresolved',
    ]);
  });
});
