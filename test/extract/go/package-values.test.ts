/**
 * Go services that read their peers' addresses in main(): a helper that stores an env var through a pointer
 * (`mustMapEnv(&svc.shippingAddr, "SHIPPING_ADDR")`) on a struct made with `new(T)`, a package variable filled the
 * same way, and a field set on a local `&T{}` outside any method — read by methods in another file of the package.
 * Also wrappers (a function or method passing its parameter into a request URL) called from another file of the
 * package. Fixtures: fixtures/extract/go/order-relay, fixtures/extract/go/stock-wrappers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Go fields and variables set from env vars in main()', () => {
  it('resolves the requests of the methods in handlers.go to the compose values', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/go/order-relay'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.method} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      'handlers.go:10 POST http://shipping:8080/quote',
      'handlers.go:18 POST http://ledger:9000/entries',
      'handlers.go:22 GET http://notifier:7070/ping',
      'handlers.go:26 GET http://audit:7000/events',
      'main.go:47 POST http://metrics:9090/v1/metrics',
    ]);
  });
});

describe('Go wrappers', () => {
  it('a function or a method that puts its parameter into a request URL is a call at each of its call sites, across the files of the package', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/go/stock-wrappers'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      'fetch.go:11 net/http http://inventory:8000/stock',
      'fetch.go:24 net/http http://catalog:9000/items',
      'main.go:6 wrapper:getJSON http://inventory:8000/stock',
      'main.go:8 wrapper:cat.fetch http://catalog:9000/items',
    ]);
  });
});
