// The precompiled validators report the same errors as ajv compiling the same schema at run time with the call
// sites' old options: same instancePath, keyword, params and message, so the config, manifest and baseline
// messages built from them do not change.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { Options } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { PrecompiledValidator } from '../../src/validators/index.js';
import { validateBaseline, validateConfig, validateServiceManifest } from '../../src/validators/index.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

function runtimeValidator(schemaFile: string, options: Options) {
  return new Ajv(options).compile(JSON.parse(readFileSync(path.join(repoRoot, schemaFile), 'utf8')) as object);
}

/** Valid or not, and the errors' user-visible fields, from one validator. */
function outcome(validate: PrecompiledValidator, data: unknown) {
  const valid = validate(data);
  const errors = (validate.errors ?? []).map(({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message }));
  return { valid, errors };
}

const cases = {
  config: {
    schema: 'schemas/config.schema.json',
    options: { allErrors: true, strict: true, strictTuples: false },
    precompiled: validateConfig,
    documents: [
      {},
      { extends: 'helsinki', zones: { gateway: ['gw.api.example.fi'] }, rules: { 'no-direct-integration': ['error', { allow: [] }] } },
      { extends: ['recommended', 'recommended'] },
      { extends: 'nonexistent', zones: { gateway: [''], intranet: ['x'] } },
      { rules: { 'no-direct-integration': 'loud', 'unknown-target': ['warn', {}, 'extra'] } },
      { include: [''], exclude: 'src', gateway: { tokenEnv: '1TOKEN', catalog: [1] } },
      { zones: { internal: ['bad host!', '*.ok.example.fi'] } },
      'not a mapping',
    ],
  },
  service: {
    schema: 'schemas/service.schema.json',
    options: { allErrors: true, strict: false },
    precompiled: validateServiceManifest,
    documents: [
      { apiVersion: 'arch-lint/v1', kind: 'Service', metadata: { name: 'room-booking' }, spec: {} },
      { apiVersion: 'arch-lint/v2', kind: 'Service', metadata: { name: '' }, spec: { hosts: ['has/slash'] } },
      { apiVersion: 'arch-lint/v1', kind: 'Component', metadata: {}, spec: { provides: [{ name: 'x', via: 'carrier-pigeon' }], consumes: [{ url: 'ftp://x' }] } },
      // A name of one astral-plane character: one code point, so minLength 1 is met (the inlined ucs2length).
      { apiVersion: 'arch-lint/v1', kind: 'Service', metadata: { name: '\u{1F3EB}' }, spec: {} },
      [],
    ],
  },
  baseline: {
    schema: 'schemas/baseline.schema.json',
    options: { allErrors: true, strict: true },
    precompiled: validateBaseline,
    documents: [
      { version: 1, entries: [] },
      { version: 1, entries: [{ rule: 'no-direct-integration', service: null, file: 'src/a.ts', target: 'sis.example.fi', symbol: '<module>', message: 'm' }] },
      { version: 1, entries: [{ rule: '', service: 3, file: '', target: 'x', symbol: 's', message: 'm', extra: true }, {}] },
      { version: 2 },
      { version: 1, entries: [{ rule: '\u{1F3EB}', service: 'a', file: '\uD83C', target: '', symbol: '', message: '' }] },
      null,
    ],
  },
} satisfies Record<string, { schema: string; options: Options; precompiled: PrecompiledValidator; documents: unknown[] }>;

describe('precompiled validators match ajv compiling at run time', () => {
  for (const [name, { schema, options, precompiled, documents }] of Object.entries(cases)) {
    it(`${name}: same validity and same errors for ${documents.length} documents`, () => {
      const runtime = runtimeValidator(schema, options);
      let invalid = 0;
      for (const document of documents) {
        const expected = outcome(runtime as PrecompiledValidator, document);
        expect(outcome(precompiled, document), JSON.stringify(document)).toEqual(expected);
        if (!expected.valid) invalid++;
      }
      // The cases exercise errors, not only the happy path.
      expect(invalid).toBeGreaterThanOrEqual(2);
    });
  }

  it('errors are reset to null after a valid document', () => {
    expect(validateBaseline({ version: 1, entries: [{}] })).toBe(false);
    expect(validateBaseline.errors?.length).toBeGreaterThan(0);
    expect(validateBaseline({ version: 1, entries: [] })).toBe(true);
    expect(validateBaseline.errors).toBeNull();
  });
});
