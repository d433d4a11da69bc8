import { describe, expect, it } from 'vitest';
import { scanFixture, urls } from './fixture-scan.js';

describe('resolving URL values', () => {
  it('literals, concatenation, template literals, new URL(path, base), local consts, normalisation', () => {
    const scan = scanFixture('resolve/literals');
    const file = 'src/urls.ts';
    expect(urls(scan.callAt(file, 6))).toEqual(['https://gw.api.helsinki.fi/organisation/v2/units']);
    expect(urls(scan.callAt(file, 7))).toEqual(['https://gw.api.helsinki.fi/organisation/v2/units/{parameter unitId}']);
    expect(scan.callAt(file, 7).targets[0]).toMatchObject({ host: 'gw.api.helsinki.fi', zone: 'unknown' });
    expect(urls(scan.callAt(file, 8))).toEqual(['https://gw.api.helsinki.fi/v2/people']);
    expect(urls(scan.callAt(file, 9))).toEqual(['https://gw.api.helsinki.fi/organisation/v2/people']);
    const local = scan.callAt(file, 11);
    expect(urls(local)).toEqual(['https://gw.api.helsinki.fi/organisation/v2/units?lang=fi']);
    expect(local.targets[0]?.via).toEqual(['const url (src/urls.ts:10)', 'const ORGANISATION (src/urls.ts:3)', 'const GATEWAY (src/urls.ts:2)']);
    expect(scan.callAt(file, 12).targets[0]).toMatchObject({ url: 'https://gw.api.helsinki.fi/organisation', host: 'gw.api.helsinki.fi' });
  });

  it('URL helpers: a trailing slash taken off, url-join, [a, b].join(\'/\'), new URL(…).href, string methods that keep the URL', () => {
    const scan = scanFixture('resolve/literals');
    const file = 'src/helpers.js';
    // The env var is unbound: its alternative is the literal default, without the slash `replace(/\/+$/, '')` took off.
    expect(urls(scan.callAt(file, 7))).toEqual([null, 'https://reports.example.org/monthly']);
    expect(urls(scan.callAt(file, 8))).toEqual([null, 'https://archive.example.org/items']);
    expect(urls(scan.callAt(file, 9))).toEqual(['https://people.example.org/api/persons/{parameter id}']);
    expect(urls(scan.callAt(file, 10))).toEqual(['https://rooms.example.org/v2/rooms']);
    expect(urls(scan.callAt(file, 11))).toEqual(['https://units.example.org/v1/units']);
    expect(urls(scan.callAt(file, 12))).toEqual(['https://keys.example.org/keys']);
  });

  it('constants across modules: named, default, nested object properties, re-exports, export *, namespace imports', () => {
    const scan = scanFixture('resolve/cross-module');
    const file = 'src/lib/courses.ts';
    expect(urls(scan.callAt(file, 7))).toEqual(['https://sis-helsinki.funidata.fi/kori/api/course-units']);
    expect(scan.callAt(file, 7).targets[0]?.via).toEqual(['const SISU_URL (src/config/urls.ts:2)']);
    expect(urls(scan.callAt(file, 8))).toEqual(['http://importer-api:3000/students']);
    expect(urls(scan.callAt(file, 9))).toEqual(['https://sis-helsinki.funidata.fi/ori/api/persons']);
    expect(urls(scan.callAt(file, 10))).toEqual(['https://gw.api.helsinki.fi/organisation/v2/units']);
    expect(urls(scan.callAt(file, 11))).toEqual(['https://course-feedback.helsinki.fi/api/courses']);
    expect(urls(scan.callAt(file, 12))).toEqual(['https://sis-helsinki.funidata.fi/ilmo/api/enrolments']);
    expect(urls(scan.callAt(file, 13))).toEqual(['http://importer-api:3000']);
  });

  it('env reads in every form; unbound ones become env:X targets and are listed', () => {
    const scan = scanFixture('resolve/env');
    const file = 'src/client.ts';
    const sisu = scan.callAt(file, 5).targets;
    expect(sisu).toEqual([{ url: null, host: null, zone: 'unresolved', env: 'SISU_URL', via: ['const urls (src/settings.ts:5)', 'env:SISU_URL', 'unresolved: env:SISU_URL'] }]);
    expect(scan.callAt(file, 6).targets[0]).toMatchObject({ url: null, env: 'ORGANISATION_URL', zone: 'unresolved' });
    expect(scan.callAt(file, 7).targets[0]).toMatchObject({ url: null, env: 'IMPORTER_URL' });
    expect(scan.callAt(file, 7).targets[0]?.via).toContain('const IMPORTER_URL (src/settings.ts:2)');
    expect(urls(scan.callAt(file, 8))).toEqual([null, 'http://localhost:8000/api/answers']);
    expect(urls(scan.callAt(file, 9))).toEqual([null, 'http://localhost:3001']);
    expect(urls(scan.callAt(file, 10))).toEqual([null, 'http://localhost:3002']);
    expect(urls(scan.callAt(file, 11))).toEqual(['https://gw.api.helsinki.fi/reports/summary', 'http://localhost:3003/summary']);
    expect(scan.unboundEnv).toEqual(['FEEDBACK_URL', 'IMPORTER_URL', 'KORI_URL', 'ORGANISATION_URL', 'ORI_URL', 'SISU_URL']);
  });
});
