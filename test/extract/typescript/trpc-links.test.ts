/**
 * tRPC clients: the terminating link's `url` (`httpBatchLink({ url })`, `httpLink`, the stream and subscription links
 * of `@trpc/client`) is the client's endpoint, a client configuration (client `trpc`) like Apollo's `HttpLink({ uri })`.
 * Before, a tRPC client's endpoint was not reported. Fixture: fixtures/extract/typescript/trpc-links.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('tRPC links', () => {
  it("reports each client's endpoint", async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/typescript/trpc-links'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.kind} ${call.client} ${call.targets.map((target) => target.url).join(' | ')}`)).toEqual([
      '11 client-config trpc /api/trpc | http://localhost:{env:PORT}/api/trpc | http://localhost:3000/api/trpc',
      '15 client-config trpc http://billing.shop.svc.cluster.local:4000/trpc',
    ]);
  });
});
