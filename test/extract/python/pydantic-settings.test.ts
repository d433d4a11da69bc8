/**
 * pydantic settings classes: each field of a `BaseSettings` class is read from the env var of its name (upper case,
 * after `env_prefix`), else its default (also `Field(default)`); `settings = Settings()` imported from another module
 * (`from .config import settings`) gives those values, also through a class given it (`self.settings.inventory_url`). Fixture: fixtures/extract/python/pydantic-settings.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('pydantic BaseSettings fields', () => {
  it('resolves settings.<field> to its env var (compose) and its default', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/pydantic-settings'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.line} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      '9 http://inventory:8001/reservations/{parameter sku} http://localhost:8001/reservations/{parameter sku}',
      '13 ? http://payments:8002/charges',
      '22 http://inventory:8001/levels/{parameter sku} http://localhost:8001/levels/{parameter sku}',
    ]);
    expect(result.calls[0]!.targets[0]!.via).toContain('env:SHOP_INVENTORY_URL');
  });
});
