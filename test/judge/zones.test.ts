import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { classifyHost, matchesHostPattern, normalizeHost } from '../../src/judge/zones.js';

const helsinki = resolveConfig({ extends: 'helsinki', zones: { external: ['api.openai.com', '*.sentry.io'], local: ['dev.box'] } }, { file: null, baseDir: '/' }).zones;
const recommended = resolveConfig(null, { file: null, baseDir: '/' }).zones;

describe('classifyHost', () => {
  it.each([
    ['gw.api.helsinki.fi', 'gateway'],
    ['gw-api-test.it.helsinki.fi', 'gateway'],
    ['esbmt1.it.helsinki.fi', 'esb'],
    ['esbmt2.it.helsinki.fi', 'esb'],
    ['esb-api.it.helsinki.fi', 'esb'],
    ['esbpub1.it.helsinki.fi', 'esb'],
    ['esbpub2.it.helsinki.fi', 'esb'],
    ['localhost', 'local'],
    ['api.localhost', 'local'],
    ['127.0.0.1', 'local'],
    ['127.8.9.10', 'local'],
    ['0.0.0.0', 'local'],
    ['::1', 'local'],
    ['[::1]:8080', 'local'],
    ['dev.box', 'local'],
    // The developer's machine as a container or an emulator names it (10.0.2.2 is otherwise a private address).
    ['host.docker.internal', 'local'],
    ['10.0.2.2', 'local'],
    // The cloud's instance metadata service (link-local), not one of the organisation's systems.
    ['169.254.169.254', 'local'],
    ['metadata.google.internal', 'local'],
    ['billing.internal', 'internal'],
    ['importer.it.helsinki.fi', 'internal'],
    ['orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi', 'internal'],
    ['sis-helsinki.funidata.fi', 'internal'],
    ['importer.sis.svc.cluster.local', 'internal'],
    ['10.1.2.3', 'internal'],
    ['172.16.0.1', 'internal'],
    ['172.31.255.255', 'internal'],
    ['192.168.10.20', 'internal'],
    ['importer-api', 'internal'],
    ['importer-api:3000', 'internal'],
    ['fd12:3456::1', 'internal'],
    ['api.openai.com', 'external'],
    ['o123.ingest.sentry.io', 'external'],
    ['172.32.0.1', 'unknown'],
    ['8.8.8.8', 'unknown'],
    ['example.com', 'unknown'],
    ['2001:db8::1', 'unknown'],
  ])('%s is %s with the helsinki preset', (host, zone) => {
    expect(classifyHost(host, helsinki)).toBe(zone);
  });

  it('matches the gateway before the *.helsinki.fi internal pattern', () => {
    expect(classifyHost('GW.API.HELSINKI.FI.', helsinki)).toBe('gateway');
  });

  it('private IPs and single-label names are internal in the recommended preset too', () => {
    expect(classifyHost('10.0.0.5', recommended)).toBe('internal');
    expect(classifyHost('payments', recommended)).toBe('internal');
    expect(classifyHost('importer.it.helsinki.fi', recommended)).toBe('unknown');
  });
});

describe('host patterns', () => {
  it('*.domain matches any subdomain depth but not the apex', () => {
    expect(matchesHostPattern('a.helsinki.fi', '*.helsinki.fi')).toBe(true);
    expect(matchesHostPattern('a.b.helsinki.fi', '*.helsinki.fi')).toBe(true);
    expect(matchesHostPattern('helsinki.fi', '*.helsinki.fi')).toBe(false);
    expect(matchesHostPattern('nothelsinki.fi', '*.helsinki.fi')).toBe(false);
  });

  it('exact patterns ignore case and port', () => {
    expect(matchesHostPattern('Api.OpenAI.com:443', 'api.openai.com')).toBe(true);
    expect(matchesHostPattern('x.api.openai.com', 'api.openai.com')).toBe(false);
  });

  it('normalizes brackets, ports and trailing dots', () => {
    expect(normalizeHost('[::1]:3000')).toBe('::1');
    expect(normalizeHost('Example.org.')).toBe('example.org');
    expect(normalizeHost('fe80::1')).toBe('fe80::1');
  });
});
