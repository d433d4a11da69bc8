import { describe, expect, it } from 'vitest';
import { joinBase, resolveWhatwg, targetOf, type StrValue } from '../../src/resolve/urls.js';

const str = (...parts: StrValue['parts']): StrValue => ({ t: 'str', parts, via: [] });

describe('URL joining and targets', () => {
  it('joins a base URL and a path the way axios combineURLs does', () => {
    expect(targetOf(joinBase(str('http://importer-api:3000/api/'), str('/students'))).url).toBe('http://importer-api:3000/api/students');
    expect(targetOf(joinBase(str('http://importer-api:3000/api'), str('students'))).url).toBe('http://importer-api:3000/api/students');
    expect(targetOf(joinBase(str('http://importer-api:3000/api'), str(''))).url).toBe('http://importer-api:3000/api');
    expect(targetOf(joinBase(str('http://importer-api:3000'), str('https://gw.api.helsinki.fi/x'))).url).toBe('https://gw.api.helsinki.fi/x');
  });

  it('does not join a value that starts with an env var or config key named as a URL onto the base: it is a URL of its own', () => {
    const env = targetOf(joinBase(str('http://localhost:3001/api'), str({ hole: 'env:SEED_URL' }, '/seed')));
    expect(env).toMatchObject({ url: null, zone: 'unresolved' });
    expect(env.via.at(-1)).toBe('unresolved: env:SEED_URL');
    expect(targetOf(joinBase(str('http://localhost:3001/api'), str({ hole: 'config:seed.host' }, '/seed'))).via.at(-1)).toBe('unresolved: config:seed.host');
    // A variable named as a URL often holds a path (`services[id].API_URL = '/attainments/v1/export'`); a wrapper's
    // parameter and an env var named as a path are paths on the base too.
    expect(targetOf(joinBase(str('http://localhost:3001/api'), str({ hole: '.API_URL' }))).url).toBe('http://localhost:3001/api/{.API_URL}');
    expect(targetOf(joinBase(str('http://localhost:3001/api'), str({ hole: 'env:SEED_PATH' }))).url).toBe('http://localhost:3001/api/{env:SEED_PATH}');
    expect(targetOf(joinBase(str('http://localhost:3001/api'), str({ hole: 'parameter path' }, '/seed'))).url).toBe('http://localhost:3001/api/{parameter path}/seed');
    expect(targetOf(joinBase(str('http://localhost:3001/api'), str({ hole: 'parameter url' }))).url).toBe('http://localhost:3001/api/{parameter url}');
  });

  it('follows WHATWG semantics for new URL(path, base)', () => {
    expect(targetOf(resolveWhatwg(str('https://gw.api.helsinki.fi/organisation'), str('/v2/units'))).url).toBe('https://gw.api.helsinki.fi/v2/units');
    expect(targetOf(resolveWhatwg(str('https://gw.api.helsinki.fi/organisation/'), str('v2/units'))).url).toBe('https://gw.api.helsinki.fi/organisation/v2/units');
    expect(targetOf(resolveWhatwg(str('https://gw.api.helsinki.fi/organisation'), str('v2/units'))).url).toBe('https://gw.api.helsinki.fi/v2/units');
    expect(targetOf(resolveWhatwg(str('https://gw.api.helsinki.fi/a/b'), str('/x/', { hole: 'id' }))).url).toBe('https://gw.api.helsinki.fi/x/{id}');
  });

  it('keeps URI-template placeholders as written (Spring, OpenAPI: /users/{id}), not percent-encoded', () => {
    expect(targetOf(str('https://sis-helsinki.funidata.fi/kori/api/course-units/{id}/realisations')).url).toBe('https://sis-helsinki.funidata.fi/kori/api/course-units/{id}/realisations');
    expect(targetOf(resolveWhatwg(str('https://gw.api.helsinki.fi/rooms/v1/'), str('rooms/{roomId}'))).url).toBe('https://gw.api.helsinki.fi/rooms/v1/rooms/{roomId}');
    // Other characters WHATWG encodes stay encoded, and an encoded brace the code wrote itself is left as written.
    expect(targetOf(str('https://gw.api.helsinki.fi/search?q=a b')).url).toBe('https://gw.api.helsinki.fi/search?q=a%20b');
    expect(targetOf(str('https://gw.api.helsinki.fi/raw/%7Bx%7D')).url).toBe('https://gw.api.helsinki.fi/raw/%7Bx%7D');
  });

  it('an empty value or a placeholder is no URL: unresolved, never a relative URL on the caller\'s own origin', () => {
    for (const value of ['', '  ', '<SIS_IMPORTER_API_URL>', 'changeme', 'CHANGE_ME', 'xxx', 'xxxxx', '${IMPORTER_URL}', '$IMPORTER_URL', '{{ .Values.importerUrl }}', 'your-api-url-here', 'TODO']) {
      const target = targetOf(str(value));
      expect(target, value).toMatchObject({ url: null, host: null, zone: 'unresolved' });
      expect(target.via.at(-1), value).toMatch(/empty|placeholder/);
    }
  });

  it('a URL written without its scheme is a host and port, read as http', () => {
    expect(targetOf(str('localhost:3003/importer'))).toMatchObject({ url: 'http://localhost:3003/importer', host: 'localhost', zone: 'unknown' });
    expect(targetOf(str('importer:3000'))).toMatchObject({ url: 'http://importer:3000', host: 'importer' });
    expect(targetOf(str('importer.it.helsinki.fi/api'))).toMatchObject({ url: 'http://importer.it.helsinki.fi/api', host: 'importer.it.helsinki.fi' });
    // File names and two-label words stay relative paths.
    for (const value of ['data/users.json', 'manifest.json', 'index.html', 'users.list', 'api/v1.2/units']) expect(targetOf(str(value)).zone, value).toBe('self');
  });

  it('classifies relative URLs as self, keeps the port in the url but not in the host, lower-cases the host', () => {
    expect(targetOf(str('api/feedback'))).toMatchObject({ url: 'api/feedback', host: null, zone: 'self' });
    expect(targetOf(str('/api/feedback'))).toMatchObject({ url: '/api/feedback', host: null, zone: 'self' });
    expect(targetOf(str('http://Importer-API:3000/x'))).toMatchObject({ url: 'http://importer-api:3000/x', host: 'importer-api', zone: 'unknown' });
    expect(targetOf(str('ws://localhost:8080/socket'))).toMatchObject({ host: 'localhost' });
    expect(targetOf(str('http://[::1]:3000/'))).toMatchObject({ host: '::1' });
  });

  it('keeps a known host when only the path is unknown, and is unresolved when the host is unknown', () => {
    expect(targetOf(str('https://gw.api.helsinki.fi/units/', { hole: 'parameter id' }))).toMatchObject({ url: 'https://gw.api.helsinki.fi/units/{parameter id}', host: 'gw.api.helsinki.fi' });
    expect(targetOf(str('http://importer-api:3000', { hole: 'parameter path' }))).toMatchObject({ host: 'importer-api' });
    const unknownHost = targetOf(str('https://', { hole: 'env:HOST' }, '/x'));
    expect(unknownHost).toMatchObject({ url: null, host: null, zone: 'unresolved' });
    expect(unknownHost.via).toEqual(['unresolved: env:HOST']);
    expect(targetOf(str({ hole: 'env:BASE' }, '/x'))).toMatchObject({ url: null, zone: 'unresolved' });
    expect(targetOf(str('mailto:someone@helsinki.fi'))).toMatchObject({ url: null, zone: 'unresolved' });
  });

  it('a host written as an upper-case word with underscores is a placeholder, not a host', () => {
    expect(targetOf(str('http://FRONTEND_IP_ADDRESS'))).toMatchObject({ url: null, zone: 'unresolved', via: ["unresolved: 'FRONTEND_IP_ADDRESS' is a placeholder, not a host"] });
    expect(targetOf(str('http://orders_api:8080/x'))).toMatchObject({ host: 'orders_api' });
    expect(targetOf(str('https://.openai.azure.com/'))).toMatchObject({ url: null, zone: 'unresolved' });
  });

  it('a relative path without a leading slash and with an unknown part is on the caller’s own origin; a host-like start is not', () => {
    expect(targetOf(str('api/owners/', { hole: 'parameter id' }))).toMatchObject({ url: 'api/owners/{parameter id}', host: null, zone: 'self' });
    expect(targetOf(str('./items/', { hole: 'id' }))).toMatchObject({ zone: 'self' });
    // A first segment with a dot or a port may be a host written without its scheme; a word alone may be anything.
    expect(targetOf(str('orders.example.org/api/', { hole: 'id' }))).toMatchObject({ zone: 'unresolved' });
    expect(targetOf(str('orders:8080/', { hole: 'id' }))).toMatchObject({ zone: 'unresolved' });
    expect(targetOf(str('api', { hole: 'path' }))).toMatchObject({ zone: 'unresolved' });
    // A fallback meaning "set me" is no path.
    expect(targetOf(str('placeholder/items/', { hole: 'parameter id' }))).toMatchObject({ url: null, zone: 'unresolved', via: ["unresolved: 'placeholder' is a placeholder, not a URL"] });
  });
});

describe('service discovery schemes (issue 12)', () => {
  it('lb://name and Aspire https+http://name are HTTP URLs of the named service', () => {
    expect(targetOf({ t: 'str', parts: ['lb://ledger-service/entries'], via: [] })).toMatchObject({ url: 'http://ledger-service/entries', host: 'ledger-service', zone: 'unknown' });
    const aspire = targetOf({ t: 'str', parts: ['https+http://catalog-api', '/api/items'], via: [] });
    expect(aspire).toMatchObject({ url: 'https://catalog-api/api/items', host: 'catalog-api' });
    expect(aspire.via).toEqual(["service discovery URI (https+http://): service 'catalog-api'"]);
    expect(targetOf({ t: 'str', parts: ['http+https://basket-api'], via: [] })).toMatchObject({ url: 'http://basket-api', host: 'basket-api' });
  });
});
