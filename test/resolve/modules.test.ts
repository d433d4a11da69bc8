import { describe, expect, it } from 'vitest';
import { moduleResolvers, typescriptModules } from '../../src/resolve/modules.js';
import { scanFixture, urls } from './fixture-scan.js';

describe('module resolution', () => {
  const files = new Set(['src/api/index.ts', 'src/lib/http.ts', 'src/legacy/endpoints.mjs', 'src/legacy/hosts.cts', 'src/App.tsx']);
  const has = { has: (path: string) => files.has(path) };

  it('resolves TS/JS relative specifiers: folders, .js naming .ts, .mjs, .cjs naming .cts, extensionless .tsx', () => {
    expect(typescriptModules.resolve('./api', 'src/main.ts', has)).toBe('src/api/index.ts');
    expect(typescriptModules.resolve('../lib/http.js', 'src/api/index.ts', has)).toBe('src/lib/http.ts');
    expect(typescriptModules.resolve('./legacy/endpoints.mjs', 'src/main.ts', has)).toBe('src/legacy/endpoints.mjs');
    expect(typescriptModules.resolve('./legacy/hosts.cjs', 'src/main.ts', has)).toBe('src/legacy/hosts.cts');
    expect(typescriptModules.resolve('./App', 'src/main.ts', has)).toBe('src/App.tsx');
    expect(typescriptModules.resolve('@/lib/http', 'src/main.ts', has)).toBe('src/lib/http.ts');
    expect(typescriptModules.resolve('axios', 'src/main.ts', has)).toBeNull();
    expect(typescriptModules.resolve('../../../outside', 'src/main.ts', has)).toBeNull();
  });

  it('has a registry keyed by language for other languages to plug into', () => {
    expect(moduleResolvers.typescript).toBe(typescriptModules);
    expect(moduleResolvers.javascript).toBe(typescriptModules);
  });

  it('follows imports through each specifier form; a package outside the scan leaves the value unresolved', () => {
    const scan = scanFixture('resolve/modules');
    const file = 'src/main.ts';
    expect(urls(scan.callAt(file, 10))).toEqual(['https://course-feedback.helsinki.fi/api/a']);
    expect(urls(scan.callAt(file, 11))).toEqual(['https://course-feedback.helsinki.fi/api/b']);
    expect(urls(scan.callAt(file, 12))).toEqual(['http://oodi-db.it.helsinki.fi:8080/c']);
    expect(urls(scan.callAt(file, 13))).toEqual(['https://esbmt2.it.helsinki.fi/d']);
    expect(urls(scan.callAt(file, 14))).toEqual(['https://course-feedback.helsinki.fi/api/e']);
    expect(scan.callAt(file, 15).targets[0]).toMatchObject({ url: null, zone: 'unresolved' });
    expect(scan.callAt(file, 15).targets[0]?.via.join(' ')).toContain('@university/shared-config');
  });
});

describe('receivers and fan-out', () => {
  it('keeps an unresolvable receiver named like a client (unresolved), drops other unresolvable receivers', () => {
    const scan = scanFixture('resolve/receivers');
    const calls = scan.calls.map((call) => [call.line, call.targets[0]?.zone, call.targets[0]?.url ?? null]);
    expect(calls).toEqual([
      [10, 'unresolved', null],
      [12, 'unknown', 'https://gw.api.helsinki.fi/organisation/v2/units'],
    ]);
    expect(scan.callAt('src/services.ts', 10).targets[0]?.via).toContain("client instance 'apiClient' not resolved (its base URL is unknown)");
  });

  it('caps alternatives at 32 targets and notes it in via', () => {
    const scan = scanFixture('resolve/fan-out');
    const call = scan.callAt('src/regions.ts', 9);
    expect(call.targets).toHaveLength(32);
    expect(call.targets[31]?.via.join(' ')).toMatch(/more than 32/);
    expect(call.targets[0]?.url).toBe('https://a1.example.org/b1/c1/d1/e1/f1');
  });
});
