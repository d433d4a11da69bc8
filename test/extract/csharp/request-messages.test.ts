/**
 * HttpRequestMessage values sent with SendAsync: target-typed `new(method: …, requestUri: …)` with named arguments, a
 * `new HttpRequestMessage(…)` kept in a variable, and one passed straight to `SendAsync`, each joined with the base
 * address of the named client (`IHttpClientFactory.CreateClient("…")`) that sends it; a base address read through a
 * method of the class given the configuration key. Fixture:
 * fixtures/extract/csharp/request-messages.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('C# request messages sent on named clients', () => {
  it('reports each request with the sending client’s base address', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/csharp/request-messages'], now: new Date('2026-12-01T00:00:00Z') });
    const calls = result.calls.filter((call) => call.kind === 'call').map((call) => `${call.line} ${call.method} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`);
    expect(calls).toEqual([
      '20 GET https://identity.it.helsinki.fi/admin/realms/profiles/users/{parameter userId}',
      '28 POST https://identity.it.helsinki.fi/admin/realms/profiles/users/{parameter userId}/logout',
      '35 GET https://registry.it.helsinki.fi/api/codes/{parameter code}',
      '22 POST unresolved',
    ]);
    // A message sent on a client property known only by its type (TokenService.TokenClient) is still a request.
    expect(result.calls.filter((call) => call.file.endsWith('TokenService.cs') && call.kind === 'call').map((call) => [call.line, call.method])).toEqual([[22, 'POST']]);
    // The registry's base address is read through a helper given the key (`Setting("REGISTRY:API")` => `Configuration[key]`).
    const registry = result.calls.find((call) => call.kind === 'client-config' && call.file.endsWith('Startup.cs') && call.line === 24);
    expect(registry?.targets.map((target) => target.url)).toEqual(['https://registry.it.helsinki.fi/api/']);
  });
});
