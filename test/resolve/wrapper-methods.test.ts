/**
 * A wrapper whose request's method is one of its parameters (`superagent(httpMethod, url)`, `fetch(url, options)` with
 * the caller's options, `fetch(url, { method })`): each call of the wrapper has the method its caller passes, GET when
 * the caller passes none (or options without one). Before, the request's method was read as fetch's default (GET) or as the URL
 * (`superagent(method, url)` read `method` as the URL). Fixture: fixtures/resolve/wrapper-methods.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('methods passed to wrappers', () => {
  it('gives each wrapper call the method its caller passes', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/resolve/wrapper-methods'], now: new Date('2026-12-01T00:00:00Z') });
    const wrapperCalls = result.calls.filter((call) => call.client.startsWith('wrapper:'));
    expect(wrapperCalls.map((call) => `${call.file}:${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url).join(' ')}`)).toEqual([
      'ledger.js:9 wrapper:ledgerClient GET https://ledger.example.org/entries',
      'ledger.js:10 wrapper:ledgerClient DELETE https://ledger.example.org/entries/{parameter id}',
      'ledger.js:17 wrapper:send POST https://ledger.example.org/months/close',
      'ledger.js:24 wrapper:request GET https://ledger.example.org/months',
      'ledger.js:25 wrapper:request POST https://ledger.example.org/months',
      'trainer.js:8 wrapper:callTrainer GET http://trainer.example.org/api/calendar',
      'trainer.js:9 wrapper:callTrainer PUT http://trainer.example.org/api/hours',
    ]);
    // superagent's `(method, url)` form: the URL is the second argument, the method held in a variable.
    const inner = result.calls.find((call) => call.file === 'trainer.js' && call.client === 'superagent');
    expect(inner?.expression).toBe("'http://trainer.example.org/api' + path");
  });
});
