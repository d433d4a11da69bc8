/**
 * Python's standard `http.client`: `HTTPSConnection(host)` / `HTTPConnection(host, port)` is a client of that host,
 * and `conn.request("GET", "/status")` a request to it. Before, the connection was not a client and the request was
 * unresolved ("client instance 'conn' not resolved"). Fixture: fixtures/extract/python/http-client-connections.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('http.client connections', () => {
  it('joins each request with its connection host', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/http-client-connections'], now: new Date('2026-12-01T00:00:00Z') });
    // The connection is the client's base-URL configuration, as httpx.Client(base_url=…) is.
    expect(result.calls.filter((call) => call.kind === 'client-config').map((call) => call.line)).toEqual([10, 16]);
    expect(result.calls.filter((call) => call.kind === 'call').map((call) => `${call.line} ${call.client} ${call.method} ${call.targets.map((target) => target.url ?? `env:${target.env ?? '?'}`).join(' | ')}`)).toEqual([
      '11 http.client GET env:REGISTRY_HOST | https://registry.platform.svc.cluster.local/status',
      '17 http.client POST http://metrics.platform.svc.cluster.local:9091/metrics/job/probe',
    ]);
  });
});
