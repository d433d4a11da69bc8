/**
 * C# configuration read through sections (`GetSection("A").GetValue<string>("B")`, `GetSection("A")["B"]`,
 * `GetSection("A").GetSection("B:C").Value`) and with the null-forgiving `!`, and Refit clients made with
 * `RestService.For<T>(…)` instead of a registration. Fixture: fixtures/extract/csharp/config-sections.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import type { LintResult } from '../../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../../..');
let result: LintResult | undefined;
async function call(file: string, line: number): Promise<{ method: string | null; urls: (string | null)[] }> {
  result ??= await lint({ cwd: repo, paths: ['fixtures/extract/csharp/config-sections'], now: new Date('2026-11-24T00:00:00Z') });
  const found = result.calls.find((resolved) => resolved.file === `Garage.Web/${file}` && resolved.line === line);
  if (!found) throw new Error(`no call at ${file}:${line}`);
  return { method: found.method, urls: found.targets.map((target) => target.url) };
}

describe('C# configuration sections and RestService.For', () => {
  it('Configuration["A:B"]! is the key A:B (the null-forgiving operator changes nothing)', async () => {
    expect(await call('Program.cs', 4)).toEqual({ method: null, urls: ['http://edge-gateway.example.org'] });
    expect(await call('Clients/IBookingsApi.cs', 4)).toEqual({ method: 'GET', urls: ['http://edge-gateway.example.org/bookings'] });
  });

  it('a key read on a section is under the section: GetSection("A")["B"], GetSection("A").GetValue<T>("B")', async () => {
    expect(await call('Program.cs', 5)).toEqual({ method: null, urls: ['http://tyres-api:5300'] });
    expect(await call('Clients/PartsClient.cs', 9)).toEqual({ method: null, urls: ['http://parts-api:5100/api'] });
  });

  it('RestService.For<T>(httpClient) joins the interface’s methods with the base address the constructor sets', async () => {
    expect(await call('Clients/PartsClient.cs', 16)).toEqual({ method: 'GET', urls: ['http://parts-api:5100/api/parts/{id}'] });
  });

  it('RestService.For<T>(url) with a nested section’s .Value, and on the typed client the class is registered with', async () => {
    expect(await call('Clients/InvoicesClient.cs', 14)).toEqual({ method: 'POST', urls: ['http://invoices-api:5200/invoices'] });
    expect(await call('Clients/WheelsClient.cs', 14)).toEqual({ method: 'GET', urls: ['http://tyres-api:5300/wheels'] });
  });
});
