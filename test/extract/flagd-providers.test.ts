/**
 * OpenFeature's flagd provider is an SDK whose endpoint is an integration: gRPC to the flag daemon, at the host it is
 * given (Python `FlagdProvider(host=…)`, TS `new FlagdProvider({ host })`, Go `flagd.WithHost(…)`) or the FLAGD_HOST it
 * reads (Go `flagd.NewProvider()` with none). A host without a scheme is a host to dial, not a path.
 * Fixture: fixtures/extract/flagd-providers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('flagd providers', () => {
  it('each provider is a client configuration of the flag daemon', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/flagd-providers'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.kind} ${call.client} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      // FLAGD_HOST, which the SDK reads, from the service's compose environment.
      'checkout/main.go:9 client-config flagd grpc://flagd',
      'frontend/flags.ts:4 client-config flagd grpc://flags.internal.example.org',
      // FLAGS_HOST is bound nowhere: unresolved beside the default.
      'recommendation/flags.py:6 client-config flagd unresolved grpc://flag-daemon',
    ]);
  });
});
