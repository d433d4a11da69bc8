import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, isKnownError } from '../../src/config/errors.js';
import { findConfigFile, loadConfig, parseConfigText, resolveConfig } from '../../src/config/load.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/config');
const ruleIds = ['no-direct-integration', 'unknown-target'];

function configErrorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('finding the config file', () => {
  it('searches upward from the scanned root', () => {
    const found = findConfigFile(path.join(fixtures, 'found-upward/services/feedback/src'));
    expect(found).toBe(path.join(fixtures, 'found-upward/arch-lint.config.yaml'));
  });

  it('finds .arch-lint.yaml and .json names too', () => {
    expect(findConfigFile(path.join(fixtures, 'removal'))).toBe(path.join(fixtures, 'removal/.arch-lint.yaml'));
    expect(findConfigFile(path.join(fixtures, 'json-config'))).toBe(path.join(fixtures, 'json-config/arch-lint.config.json'));
  });

  it('falls back to the recommended preset when there is no file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-noconfig-'));
    const config = loadConfig({ root: dir });
    expect(config.file).toBeNull();
    expect(config.extends).toEqual(['recommended']);
    expect(config.rules['no-direct-integration']).toEqual({ setting: 'error', options: {} });
    expect(config.include).toEqual(['**/*']);
  });

  it('uses --config relative to cwd', () => {
    const config = loadConfig({ root: '/nonexistent', configFile: 'json-config/arch-lint.config.json', cwd: fixtures });
    expect(config.file).toBe(path.join(fixtures, 'json-config/arch-lint.config.json'));
  });

  it('names a missing --config file', () => {
    const error = configErrorOf(() => loadConfig({ root: fixtures, configFile: 'nope.yaml', cwd: fixtures }));
    expect(error.message).toContain('nope.yaml');
    expect(error.message).toContain('not found');
  });
});

describe('presets', () => {
  it('helsinki knows the gateways, ESB, internal domains and the identity provider', () => {
    const config = loadConfig({ root: path.join(fixtures, 'found-upward') });
    expect(config.extends).toEqual(['recommended', 'helsinki']);
    expect(config.zones.gateway).toEqual(['gw.api.helsinki.fi', 'gw-api-test.it.helsinki.fi']);
    expect(config.zones.esb).toEqual(['esbmt1.it.helsinki.fi', 'esbmt2.it.helsinki.fi', 'esb-api.it.helsinki.fi', 'esbpub1.it.helsinki.fi', 'esbpub2.it.helsinki.fi']);
    expect(config.zones.internal).toEqual(expect.arrayContaining(['*.helsinki.fi', 'sis-helsinki.funidata.fi', '*.svc.cluster.local']));
    expect(config.ignoreHosts).toEqual(['login.helsinki.fi', 'login-test.it.helsinki.fi']);
    expect(config.gateway.entrypoints).toEqual(['https://gw.api.helsinki.fi', 'https://gw-api-test.it.helsinki.fi']);
    // The project's zones add to the preset's.
    expect(config.zones.external).toContain('api.openai.com');
    expect(config.zones.external).toContain('api.github.com');
  });

  it('a leading ! removes a preset entry', () => {
    const config = loadConfig({ root: path.join(fixtures, 'removal') });
    expect(config.zones.gateway).toEqual(['gw.api.helsinki.fi']);
    expect(config.zones.internal).toContain('*.example-vendor.com');
    expect(config.ignoreHosts).toEqual(['login.helsinki.fi']);
    expect(config.gateway.entrypoints).toEqual(['https://gw.api.helsinki.fi']);
  });

  it('project rules override preset rules, with options', () => {
    const config = loadConfig({ root: path.join(fixtures, 'json-config'), knownRuleIds: ruleIds });
    expect(config.rules['unknown-target']).toEqual({ setting: 'warn', options: {} });
    expect(config.rules['no-direct-integration']?.setting).toBe('error');
    expect(config.exclude).toEqual(['**/*.test.ts']);
    expect(config.zones.gateway).toEqual(['api-gw.example.edu']);
    expect(config.ignoreHosts).toEqual(['sso.example.edu']);
  });

  it('scalar settings default and can be set', () => {
    const defaults = resolveConfig(null, { file: null, baseDir: '/' });
    expect(defaults).toMatchObject({ allowWithinSystem: true, maxWaiverDays: 365, inlineSuppressions: 'allow' });
    const set = resolveConfig(parseConfigText('allowWithinSystem: false\nmaxWaiverDays: 90\ninlineSuppressions: forbid\n', 'x.yaml'), { file: 'x.yaml', baseDir: '/' });
    expect(set).toMatchObject({ allowWithinSystem: false, maxWaiverDays: 90, inlineSuppressions: 'forbid' });
  });
});

describe('config errors', () => {
  it('an unknown key names file, line and key', () => {
    const file = path.join(fixtures, 'unknown-key/arch-lint.config.yaml');
    const error = configErrorOf(() => loadConfig({ root: path.dirname(file) }));
    expect(error.file).toBe(file);
    expect(error.line).toBe(6);
    expect(error.key).toBe('zones.externals');
    expect(error.message).toContain(`${file}:6`);
    expect(error.message).toContain("unknown key 'externals'");
    expect(isKnownError(error)).toBe(true);
  });

  it('a bad rule setting points at its line and lists the allowed values', () => {
    const error = configErrorOf(() => loadConfig({ root: path.join(fixtures, 'bad-rule-setting') }));
    expect(error.line).toBe(5);
    expect(error.key).toBe('rules.unknown-target');
    expect(error.message).toContain('"warn"');
  });

  it('an unknown rule id is an error at its line', () => {
    const error = configErrorOf(() => parseConfigText('rules:\n  no-direct-integration: error\n  no-such-rule: warn\n', 'c.yaml', ruleIds));
    expect(error.line).toBe(3);
    expect(error.key).toBe('rules.no-such-rule');
  });

  it('malformed YAML is a parse error with a line', () => {
    const error = configErrorOf(() => loadConfig({ root: path.join(fixtures, 'malformed-yaml') }));
    expect(error.message).toContain('cannot parse config');
    expect(error.line).toBeGreaterThanOrEqual(4);
  });

  it('a malformed JSON config is a parse error too', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-badjson-'));
    writeFileSync(path.join(dir, 'arch-lint.config.json'), '{\n  "extends": "helsinki",\n  "zones": { "internal": [ }\n}\n');
    const error = configErrorOf(() => loadConfig({ root: dir }));
    expect(error.file).toBe(path.join(dir, 'arch-lint.config.json'));
    expect(error.line).toBe(3);
  });

  it('an unknown preset is rejected by the schema', () => {
    const error = configErrorOf(() => parseConfigText('extends: oxford\n', 'c.yaml'));
    expect(error.key).toBe('extends');
    expect(error.line).toBe(1);
  });

  it('an empty file is the recommended preset', () => {
    expect(resolveConfig(parseConfigText('', 'c.yaml'), { file: 'c.yaml', baseDir: '/' }).extends).toEqual(['recommended']);
  });
});
