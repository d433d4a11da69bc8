/**
 * Go services that read their peers' addresses in main(): a helper that stores an env var through a pointer
 * (`mustMapEnv(&svc.shippingAddr, "SHIPPING_ADDR")`) on a struct made with `new(T)`, a package variable filled the
 * same way, and a field set on a local `&T{}` outside any method — read by methods in another file of the package.
 * Also wrappers (a function or method passing its parameter into a request URL) called from another file of the
 * package, and from other packages of the module (fixtures/extract/go/fleet-dispatch). Fixtures: fixtures/extract/go/order-relay,
 * fixtures/extract/go/stock-wrappers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { extractFile } from '../../../src/extract/index.js';
import { filesCallingWrappers } from '../../../src/resolve/wrapper-callers.js';

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

describe('Go wrappers called from another package', () => {
  it('follows an import path to the file of the package that declares the function, and parses the callers the pre-filter skipped', async () => {
    // planner.go and main.go hold no token of a request (no net/http, no URL, no env read): without the second look
    // they were never parsed, and calls of a wrapper of another package were not followed at all.
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/go/fleet-dispatch'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      'cmd/dispatcher/main.go:11 wrapper:dispatch.LoadVehicles http://fleet-api:8080/vehicles',
      'dispatch/planner.go:15 wrapper:transport.Connect grpc://routing-svc:7000',
      'dispatch/planner.go:21 wrapper:httpx.GetJSON http://fleet-api:8080/vehicles',
      // A method of another package's type, on a struct field of that type and on a value made with `&httpx.Client{}`.
      'dispatch/reporter.go:15 wrapper:r.client.PostJSON http://fleet-api:8080/reports',
      'dispatch/reporter.go:20 wrapper:client.PostJSON http://fleet-api:8080/ping',
      'internal/httpx/client.go:15 net/http http://fleet-api:8080/reports http://fleet-api:8080/ping',
      'internal/httpx/json.go:10 net/http http://fleet-api:8080/vehicles',
      'internal/transport/connect.go:7 gRPC grpc://routing-svc:7000',
    ]);
  });

  it('keeps the names a skipped file calls, and picks only the skipped files that call a wrapper', async () => {
    const root = path.join(repo, 'fixtures/extract/go/fleet-dispatch');
    const files = ['cmd/dispatcher/main.go', 'dispatch/format.go', 'dispatch/planner.go', 'internal/httpx/json.go', 'internal/transport/connect.go'];
    const facts = await Promise.all(
      files.map((file) => {
        const content = readFileSync(path.join(root, file), 'utf8');
        return extractFile({ path: file, absPath: path.join(root, file), size: content.length, kind: { type: 'source', language: 'go' } }, content);
      }),
    );
    expect(facts.map((fileFacts) => fileFacts.calledNames !== undefined)).toEqual([true, true, true, false, false]);
    expect(facts[1]?.calledNames).toEqual(['Label', 'ToUpper']);
    // First round: planner.go calls Connect and GetJSON; main.go calls LoadVehicles, a wrapper only once planner.go is read.
    expect(filesCallingWrappers(facts)).toEqual(['dispatch/planner.go']);
  });
});
