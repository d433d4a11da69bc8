import { describe, expect, it } from 'vitest';
import type { Binding } from '../../src/model.js';
import { resolveCalls } from '../../src/resolve/index.js';
import { envBinding, scanFixture, urls } from './fixture-scan.js';

describe('resolving through bindings, client instances and wrappers', () => {
  it('env bindings: one target per bound value with environment and binding location; ${OTHER} followed; config keys; self-reference survives', () => {
    const bindings: Binding[] = [
      envBinding('IMPORTER_URL', 'http://localhost:3000', { file: 'docker-compose.yml', line: 9 }, 'dev'),
      envBinding('IMPORTER_URL', 'http://importer-api.feedback.svc.cluster.local:3000', { file: 'openshift/deployment.yaml', line: 31 }, 'prod'),
      envBinding('SISU_URL', '${SISU_HOST}', { file: 'openshift/deployment.yaml', line: 33 }, 'prod'),
      envBinding('SISU_HOST', 'https://sis-helsinki.funidata.fi', { file: 'openshift/configmap.yaml', line: 7 }, 'prod'),
      { ...envBinding('LOOP_URL', '$LOOP_URL/x', { file: '.env', line: 2 }), source: 'dotenv' },
      { ...envBinding('organisation.url', 'https://gw.api.helsinki.fi/organisation', { file: 'config/default.json', line: 3 }), type: 'config', source: 'node-config' },
    ];
    const scan = scanFixture('resolve/bindings', bindings);
    const file = 'src/client.ts';
    const importer = scan.callAt(file, 8);
    expect(importer.client).toBe('axios');
    expect(importer.targets).toEqual([
      {
        url: 'http://localhost:3000/students',
        host: 'localhost',
        zone: 'unknown',
        environment: 'dev',
        binding: { file: 'docker-compose.yml', line: 9, column: 1 },
        via: ["axios instance 'importer' (src/client.ts:5)", 'const importer (src/client.ts:5)', 'env:IMPORTER_URL', 'binding IMPORTER_URL = http://localhost:3000 (docker-compose.yml:9, dev)'],
      },
      {
        url: 'http://importer-api.feedback.svc.cluster.local:3000/students',
        host: 'importer-api.feedback.svc.cluster.local',
        zone: 'unknown',
        environment: 'prod',
        binding: { file: 'openshift/deployment.yaml', line: 31, column: 1 },
        via: ["axios instance 'importer' (src/client.ts:5)", 'const importer (src/client.ts:5)', 'env:IMPORTER_URL', 'binding IMPORTER_URL = http://importer-api.feedback.svc.cluster.local:3000 (openshift/deployment.yaml:31, prod)'],
      },
    ]);
    const sisu = scan.callAt(file, 9).targets;
    expect(urls(scan.callAt(file, 9))).toEqual(['https://sis-helsinki.funidata.fi/kori/api/course-units']);
    expect(sisu[0]?.via).toEqual([
      'env:SISU_URL',
      'binding SISU_URL = ${SISU_HOST} (openshift/deployment.yaml:33, prod)',
      'env:SISU_HOST',
      'binding SISU_HOST = https://sis-helsinki.funidata.fi (openshift/configmap.yaml:7, prod)',
    ]);
    expect(scan.callAt(file, 10).targets[0]).toMatchObject({ url: 'https://gw.api.helsinki.fi/organisation', host: 'gw.api.helsinki.fi' });
    // `LOOP_URL=$LOOP_URL/x` extends the outer environment's LOOP_URL, which nothing here binds.
    expect(scan.callAt(file, 11).targets[0]).toMatchObject({ url: null, zone: 'unresolved', env: 'LOOP_URL' });
    expect(scan.callAt(file, 11).targets[0]?.via).toContain('env:LOOP_URL (passed through from the environment that starts it)');
    expect(scan.unboundEnv).toEqual(['LOOP_URL']);
  });

  it('client instances across modules: exported (named and default), returned by a factory, held by a class, stored in a local', () => {
    const scan = scanFixture('resolve/instances');
    const file = 'src/jobs/nightly.ts';
    expect(urls(scan.callAt(file, 5))).toEqual([null, 'http://importer-api:3000/students']);
    expect(scan.callAt(file, 5).targets[0]).toMatchObject({ env: 'IMPORTER_URL', zone: 'unresolved' });
    expect(scan.callAt(file, 5).targets[1]?.via).toEqual(["axios instance 'importerApi' (src/util/importerClient.ts:4)", 'const importerApi (src/util/importerClient.ts:4)']);
    expect(scan.callAt(file, 6)).toMatchObject({ client: 'axios', method: 'POST' });
    expect(urls(scan.callAt(file, 6))).toEqual([null, 'http://importer-api:3000/grades']);
    expect(urls(scan.callAt(file, 7))).toEqual(['https://sis-helsinki.funidata.fi/kori/api/course-units']);
    expect(urls(scan.callAt(file, 9))).toEqual(['https://sis-helsinki.funidata.fi/kori/api/assessment-items']);
    expect(urls(scan.callAt('src/util/importerClient.ts', 18))).toEqual(['https://gw.api.helsinki.fi/organisation/v2/units']);
    expect(scan.callAt('src/util/importerClient.ts', 18).enclosing).toBe('OrganisationClient.units');
    const reports = scan.callsIn('src/util/importerClient.ts').find((call) => call.enclosing === 'ReportsClient.summary');
    expect(reports && urls(reports)).toEqual([null, 'http://reports-api:8080/summary']);
    expect(reports?.targets[1]?.via).toContain('default of parameter baseURL (src/util/importerClient.ts:28)');
    const configs = scan.calls.filter((call) => call.kind === 'client-config').map((call) => [call.line, call.column, urls(call)]);
    expect(configs).toEqual([
      [4, 43, [null, 'http://importer-api:3000']],
      [7, 25, ['https://sis-helsinki.funidata.fi/kori/api']],
      [14, 32, ['https://gw.api.helsinki.fi/organisation']],
      [29, 32, [null, 'http://reports-api:8080']],
    ]);
  });

  it('wrappers: each request reported where it is written with its callers\' targets, two levels deep and across modules; a wrapper call is a call when it passes the URL', () => {
    const scan = scanFixture('resolve/wrappers');
    const view = 'src/views/courses.ts';
    // organisationUnits('H523') passes an id: evidence of the request in getJson, not a call of its own.
    expect(scan.calls.some((call) => call.file === view && call.line === 5)).toBe(false);
    const getJson = scan.callAt('src/http/base.ts', 5);
    expect(getJson).toMatchObject({ client: 'fetch', method: 'GET', enclosing: 'getJson' });
    expect(urls(getJson)).toEqual(['https://gw.api.helsinki.fi/organisation/v2/units/H523']);
    expect(getJson.targets[0]?.via).toEqual([
      'called from src/views/courses.ts:5:9',
      'wrapper organisationUnits (src/sisu/api.ts:5)',
      'wrapper getJson (src/http/base.ts:4)',
      'const GATEWAY_URL (src/http/config.ts:2)',
    ]);
    // organisationUnits passes getJson a path: that call is a wrapper call, whose point is getJson's request.
    expect(scan.callAt('src/sisu/api.ts', 5)).toMatchObject({ client: 'wrapper:getJson', expression: '`/organisation/v2/units/${unitId}`', point: { file: 'src/http/base.ts', line: 5 } });
    expect(scan.callAt(view, 6)).toMatchObject({ client: 'wrapper:callKori', method: 'GET', expression: "'/course-units'", point: { file: 'src/sisu/api.ts', line: 7 } });
    expect(urls(scan.callAt(view, 6))).toEqual(['https://sis-helsinki.funidata.fi/kori/api/course-units']);
    expect(urls(scan.callAt('src/sisu/api.ts', 8))).toEqual(['https://sis-helsinki.funidata.fi/kori/api/course-units', 'https://sis-helsinki.funidata.fi/kori/api/course-units/otm-1']);
    expect(urls(scan.callAt('src/sisu/api.ts', 12))).toEqual(['https://sis-helsinki.funidata.fi/kori/api/course-units/otm-1']);
    expect(urls(scan.callAt('src/sisu/api.ts', 20))).toEqual(['http://importer-api:3000/study-rights/014000000']);
    // A wrapper nobody calls: its request with the parameter as a placeholder.
    expect(urls(scan.callAt('src/sisu/api.ts', 25))).toEqual(['https://esb-api.it.helsinki.fi{parameter path}']);
    // An options-object parameter ({ path }) carries the URL too, through a namespace import.
    expect(scan.callAt('src/views/students.ts', 5)).toMatchObject({ client: 'wrapper:http.request', expression: "{ path: '/students/014000000' }" });
    expect(urls(scan.callAt('src/views/students.ts', 5))).toEqual(['http://importer-api:3000/students/014000000']);
    expect(scan.calls.some((call) => call.file === 'src/views/students.ts' && call.line === 6)).toBe(false);
    expect(urls(scan.callAt('src/http/request.ts', 5))).toEqual(['http://importer-api:3000/students/014000000', 'http://importer-api:3000/students?year=2026']);
    expect(scan.calls.filter((call) => call.kind === 'call').map((call) => `${call.file}:${call.line}`)).toEqual([
      'src/http/base.ts:5',
      'src/http/request.ts:5',
      'src/http/request.ts:9',
      'src/sisu/api.ts:5',
      'src/sisu/api.ts:8',
      'src/sisu/api.ts:12',
      'src/sisu/api.ts:20',
      'src/sisu/api.ts:25',
      'src/views/courses.ts:6',
      'src/views/students.ts:5',
    ]);
  });

  it('typed fields: a field or constructor parameter property declared with a class type holds an instance of it, so its methods are wrappers; an assigned client wins over the type', () => {
    const scan = scanFixture('resolve/typed-fields');
    // `private client: RegistryClient` assigned from the constructor's parameter.
    expect(scan.callAt('src/api/courses.ts', 9)).toMatchObject({ client: 'wrapper:this.client.request', point: { file: 'src/api/client.ts', line: 8 } });
    expect(urls(scan.callAt('src/api/courses.ts', 9))).toEqual(['https://registry.example.org/api/courses']);
    // `constructor(private readonly registry: RegistryClient)`, imported as a type only: the receiver's name says nothing.
    expect(urls(scan.callAt('src/api/people.ts', 6))).toEqual(['https://registry.example.org/api/people/{parameter id}']);
    // `sdk.RegistryClient | null` through a namespace import, called with `?.`.
    expect(urls(scan.callAt('src/api/optional.ts', 13))).toEqual(['https://registry.example.org/api/rooms/free']);
    // A Map and a local class without requests are no clients, whatever their argument looks like.
    expect(scan.calls.filter((call) => call.file === 'src/api/optional.ts').map((call) => call.line)).toEqual([13]);
    // `private http: AxiosInstance` assigned `axios.create({ baseURL })`: the instance, not the type.
    expect(urls(scan.callAt('src/api/client.ts', 18))).toEqual(['https://reports.example.org/monthly']);
  });

  it('closures: a function returned by a maker is a wrapper with the maker\'s arguments bound (curried request helpers, clients made by a function, a sender made by a method)', () => {
    const scan = scanFixture('resolve/closures');
    // `requestWith('get')` binds the method; `get('/courses')` passes the path.
    expect(scan.callAt('src/use.js', 3)).toMatchObject({ client: 'wrapper:get', point: { file: 'src/http.js', line: 6 } });
    expect(urls(scan.callAt('src/use.js', 3))).toEqual(['https://registry.example.org/api/courses']);
    // `clientFor(origin)` returns `function send(path)`: the origin comes from the call that made `people`.
    expect(urls(scan.callAt('src/use.js', 4))).toEqual(['https://people.example.org/persons/{parameter id}']);
    expect(urls(scan.callAt('src/http.js', 11))).toEqual(['https://people.example.org/persons/{parameter id}']);
    // The makers' own calls bind no path: not calls. What `logWith` makes sends nothing.
    expect(scan.calls.filter((call) => call.kind === 'call').map((call) => `${call.file}:${call.line}`)).toEqual(['src/http.js:6', 'src/http.js:11', 'src/sdk.ts:12', 'src/sdk.ts:19', 'src/use.js:3', 'src/use.js:4']);
    // A field holding what a method made (`this.send = this.makeSender()`), reached through a typed field.
    expect(scan.callAt('src/sdk.ts', 19)).toMatchObject({ client: 'wrapper:this.shop.request' });
    expect(urls(scan.callAt('src/sdk.ts', 19))).toEqual(['https://shop.example.org/admin/products']);
  });

  it('default base URLs: axios.defaults.baseURL applies to the library\'s calls with a path in the whole process, an instance\'s defaults to that instance', () => {
    const scan = scanFixture('resolve/defaults');
    expect(scan.callAt('src/main.js', 3)).toMatchObject({ kind: 'client-config', client: 'axios' });
    expect(urls(scan.callAt('src/users.js', 3))).toEqual([null, 'https://api.example.org/users']);
    expect(scan.callAt('src/users.js', 3).targets[1]?.via).toEqual(['axios default base URL (src/main.js:3)']);
    // A URL with its own origin, and another library, are not affected.
    expect(urls(scan.callAt('src/users.js', 4))).toEqual(['https://status.example.org/ping']);
    expect(scan.callAt('src/users.js', 5).targets).toMatchObject([{ url: '/health', zone: 'self' }]);
    expect(urls(scan.callAt('src/instance.js', 5))).toEqual(['https://things.example.org/things']);
    expect(scan.callAt('src/instance.js', 4)).toMatchObject({ kind: 'client-config', client: 'axios' });
  });

  it('default base URLs stay in their package: another folder with its own package.json is another program', () => {
    const { facts } = scanFixture('resolve/defaults-packages');
    const urlsAt = (output: ReturnType<typeof resolveCalls>, file: string, line: number) => output.calls.find((call) => call.file === file && call.line === line)?.targets.map((target) => target.url);
    const separate = resolveCalls({ facts, packageDirs: ['admin', 'web'] });
    expect(urlsAt(separate, 'web/src/main.js', 4)).toEqual(['https://web-api.example.org/courses']);
    expect(urlsAt(separate, 'admin/src/api.js', 4)).toEqual(['/admin/users']);
    // One package holding both folders: one program, one default.
    expect(urlsAt(resolveCalls({ facts, packageDirs: [''] }), 'admin/src/api.js', 4)).toEqual(['https://web-api.example.org/admin/users']);
  });

  it('survives cycles: self-referencing const, circular imports, recursive wrappers', () => {
    const scan = scanFixture('resolve/cycles');
    const file = 'src/a.ts';
    expect(scan.callAt(file, 13).targets[0]).toMatchObject({ url: null, zone: 'unresolved' });
    expect(scan.callAt(file, 14).targets[0]).toMatchObject({ url: null, zone: 'unresolved' });
    expect(urls(scan.callAt(file, 15))).toEqual(['https://gw.api.helsinki.fi/organisation']);
  });
});
