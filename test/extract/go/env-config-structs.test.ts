/**
 * Go configuration a library fills from the environment by struct tags (caarlos0/env `env:"X" envDefault:"d"`,
 * cleanenv `env:"X" env-default:"d"`, envconfig `envconfig:"X" default:"d"`): a field is its env var, else its
 * default, through embedded structs (promoted fields) and named struct fields, whether the struct is read through a
 * parameter typed with another package's type (`cfg *config.Config`) or the value a loader returns (`cfg, err :=
 * config.Load()`). Before, such fields were unresolved (`parameter cfg.ProductHost`). Fixture:
 * fixtures/extract/go/env-config-structs.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Go env-config structs', () => {
  it('reads each tagged field as its env var or default', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/go/env-config-structs'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.method} ${call.targets.map((target) => target.url ?? `env:${target.env ?? '?'}`).join(' | ')}`)).toEqual([
      // A promoted field of an embedded struct, on what `config.Load()` returns.
      'cmd/orders/main.go:17 GET http://inventory.shop.svc.cluster.local:8080/stock',
      // `audit, ok := os.LookupEnv("AUDIT_URL")`: the first name holds the env var.
      'cmd/orders/main.go:24 POST env:AUDIT_URL',
      // A named struct field, through a parameter of another package's type (envconfig's tag).
      'internal/clients/payments.go:13 POST http://payments.shop.svc.cluster.local:8000/charges',
      // Bound nowhere: the env var, and the default where it is not set.
      'internal/clients/payments.go:14 GET env:LEDGER_URL | http://ledger.shop.svc.cluster.local:9000/entries',
    ]);
  });
});
