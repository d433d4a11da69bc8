/**
 * Python API client classes whose base URL is an `__init__` parameter stored on `self`: each instantiation in the scan
 * (positional or keyword, in another module too) gives a target, and a parameter no instantiation passes takes its
 * default when that is a URL (a plain-text default such as `version="v2"` leaves the parameter as it is). Fixture: fixtures/extract/python/client-classes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('python client classes configured at instantiation', () => {
  it('resolves self.base_url to what each instantiation passes, or the default', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/client-classes'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      '12 http://ledger:9000/entries/{parameter entry_id} http://ledger-audit:9100/entries/{parameter entry_id}',
      '21 http://rates:7000/api/{parameter version}/latest',
    ]);
    expect(result.calls[0]!.targets[0]!.via).toContain('passed to new LedgerClient(…) in billing/wiring.py');
  });
});
