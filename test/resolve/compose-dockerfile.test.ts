/**
 * Compose services built with a shared context and a `dockerfile` path into a project (Visual Studio's layout:
 * `context: .`, `dockerfile: Services/Parts/Parts.API/Dockerfile`) run that build module: their names (`parts.api`, with a
 * dot) are the module's hosts, for calls and for gateway routes, and an override file's environment for the same name is
 * the module's. A host a service of the repository serves is internal even when it is in no zone.
 * Fixture: fixtures/resolve/compose-dockerfile.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import type { LintResult } from '../../src/model.js';

const repo = path.resolve(import.meta.dirname, '../..');
let result: LintResult;

beforeAll(async () => {
  result = await lint({ cwd: repo, paths: ['fixtures/resolve/compose-dockerfile'], now: new Date('2026-11-24T00:00:00Z') });
});

function targets(line: number): string[] {
  const call = result.calls.find((found) => found.file === 'src/Web/Garage.Web/Services/PartsService.cs' && found.line === line);
  if (!call) throw new Error(`no call at line ${line}`);
  return call.targets.map((target) => `${target.url} ${target.zone} ${target.service ?? '-'} ${target.environment ?? '-'}`);
}

describe('compose services built from a dockerfile path', () => {
  it('the override file binds the web app’s variables; the compose name parts.api is the module Parts.API, internal', () => {
    expect(targets(7)).toEqual([
      'http://localhost:5100/parts/{parameter id} local - default',
      'http://parts.api:8080/parts/{parameter id} internal Parts.API dev',
    ]);
    expect(targets(9)).toEqual([
      'http://localhost:5000/parts/{parameter id} local - default',
      'http://edge.gateway:8080/parts/{parameter id} gateway Edge.Gateway dev',
    ]);
  });

  it('the YARP route to parts.api is a route to Parts.API, and the landscape draws both ends', () => {
    expect(result.gatewayRoutes?.map((route) => `${route.gateway} ${route.path} ${route.service ?? '-'}`)).toEqual(['Edge.Gateway /parts/{**catch-all} Parts.API']);
    const edges = result.landscape?.edges.map((edge) => `${edge.from} -> ${edge.to} ${edge.kind}`);
    expect(edges).toContain('gateway -> service:Parts.API gateway');
    expect(edges).toContain('service:Garage.Web -> service:Parts.API direct');
  });
});
