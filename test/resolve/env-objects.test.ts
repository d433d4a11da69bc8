/**
 * The environment held as a value: `const env = process.env`, `const { env } = process`, `const env = import.meta.env`
 * and Vite's `loadEnv(mode, dir, '')` in a config function. Their members are env reads, bound from the package's
 * `.env` files like `process.env.X`, in a module constant read from a function as well as in a local; Python's
 * `env = os.environ` at module level (`env.get("X")`, `env["X"]`).
 * Fixture: fixtures/resolve/env-objects.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/resolve/env-objects');

describe('the environment held as a value', () => {
  it('reads its members as env vars, bound from the .env files', async () => {
    const result = await lint({ cwd: fixture, now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.targets.map((target) => target.url ?? '?').join(' | ')}`)).toEqual([
      'server/catalog.ts:4 fetch https://catalog.example.org/api/courses',
      'server/catalog.ts:8 fetch https://registry.example.org/api/teachers',
      'web/rooms.ts:3 fetch https://rooms.example.org/rooms',
      'web/vite.config.ts:8 vite-dev-proxy http://localhost:8080 | http://localhost:3000',
      'worker/sync.py:10 requests https://people.example.org/api/people | http://localhost:8000/people',
      'worker/sync.py:14 requests https://groups.example.org/api/groups',
    ]);
  });
});
