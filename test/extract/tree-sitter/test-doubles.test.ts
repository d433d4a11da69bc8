/**
 * Calls written on test doubles — Mockito's `when(…)`, `verify(mock).get(…)`, BDDMockito's `given`/`then().should()`,
 * MockK's `every { … }` / `verify { … }`, NSubstitute's `.Returns(…)` / `.Received()`, FakeItEasy's `A.CallTo`, Moq's
 * `Setup` — are not requests, nor are requests to a Dropwizard in-memory test server (`ResourceTestRule`). A real
 * request in the same test file still is. Nor are requests to ASP.NET Core's in-memory TestServer (`factory.CreateClient()` on a
 * `WebApplicationFactory`, `WithWebHostBuilder(…).CreateClient()`, `server.CreateClient()`, a gRPC channel to its client's
 * `BaseAddress`). Fixture: fixtures/extract/tree-sitter/test-doubles.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const fixture = path.resolve(import.meta.dirname, '../../../fixtures/extract/tree-sitter/test-doubles');

async function calls(language: string): Promise<string[]> {
  const result = await lint({ cwd: path.join(fixture, language), now: new Date('2026-12-07T00:00:00Z') });
  return result.calls.map((call) => `${call.line} ${call.client} ${call.targets.map((target) => target.url ?? '?').join(' ')}`);
}

describe('calls on test doubles', () => {
  it('Java: Mockito stubbing and verification and Dropwizard in-memory resources are not requests', async () => {
    expect(await calls('java')).toEqual(['44 RestTemplate http://registry.example.org/api/people']);
  });

  it('Kotlin: MockK every, coEvery and verify blocks are not requests', async () => {
    expect(await calls('kotlin')).toEqual(['19 RestTemplate http://registry.example.org/api/people']);
  });

  it('C#: NSubstitute, FakeItEasy and Moq set-ups and checks, and requests to an in-memory TestServer, are not requests', async () => {
    expect(await calls('csharp')).toEqual(['30 HttpClient https://registry.example.org/api/people', '25 HttpClient http://registry.example.org/api/people']);
  });
});
