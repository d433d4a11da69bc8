/**
 * Python URLs kept in dicts (a module dict read by key from another module, `.get(key)`, a `dict(…)` call), names set
 * in the branches of an `if` (each branch a target, at module level and in a function), and `urlopen(req)` on a
 * `Request(url=…)` built earlier. Fixture: fixtures/extract/python/service-map.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('python dicts of URLs and names set in branches', () => {
  it('resolves each call to the hosts the repository names', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/service-map'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.client} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      '20 requests http://inventory:8000/stock/{parameter sku}',
      '24 requests ? http://billing:8001/invoices/{parameter number}',
      '33 urllib http://ledger-eu:9000/archive/{parameter entry_id} http://ledger-us:9000/archive/{parameter entry_id} http://ledger-eu:9000/entries/{parameter entry_id} http://ledger-us:9000/entries/{parameter entry_id}',
      '37 requests http://reports:7000/summary',
    ]);
  });
});
