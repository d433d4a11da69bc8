import { describe, expect, it } from 'vitest';
import { scanFixture, urls } from '../../resolve/fixture-scan.js';
import { isDevToolCall } from '../../../src/judge/production.js';

const summary = (folder: string) =>
  scanFixture(`extract/typescript/${folder}`).calls.map((call) => ({
    file: call.file,
    line: call.line,
    column: call.column,
    kind: call.kind,
    client: call.client,
    method: call.method,
    urls: urls(call),
  }));

describe('TS/JS client forms', () => {
  it('global fetch: default GET, method from init, window.fetch, relative URL is self', () => {
    const scan = scanFixture('extract/typescript/fetch');
    const calls = summary('fetch');
    expect(calls).toEqual([
      { file: 'feedbackApi.ts', line: 3, column: 26, kind: 'call', client: 'fetch', method: 'GET', urls: ['https://course-feedback.helsinki.fi/api/courses/{parameter courseId}/feedback'] },
      { file: 'feedbackApi.ts', line: 8, column: 9, kind: 'call', client: 'fetch', method: 'PUT', urls: ['https://course-feedback.helsinki.fi/api/feedback'] },
      { file: 'feedbackApi.ts', line: 12, column: 10, kind: 'call', client: 'fetch', method: 'GET', urls: ['/api/ping'] },
    ]);
    expect(scan.callAt('feedbackApi.ts', 12).targets[0]).toMatchObject({ zone: 'self', host: null });
    expect(scan.callAt('feedbackApi.ts', 3).targets[0]).toMatchObject({ host: 'course-feedback.helsinki.fi', zone: 'unknown' });
  });

  it('jQuery: $.getJSON / $.ajax / $.post / $.get on the page\'s global $ or jQuery and on an import; a local $ is not jQuery', () => {
    expect(summary('jquery')).toEqual([
      { file: 'legacy.js', line: 5, column: 10, kind: 'call', client: 'jquery', method: 'GET', urls: ['https://rooms.example.org/api/rooms'] },
      { file: 'legacy.js', line: 8, column: 10, kind: 'call', client: 'jquery', method: 'POST', urls: ['https://rooms.example.org/api/bookings'] },
      { file: 'module.js', line: 3, column: 31, kind: 'call', client: 'jquery', method: 'POST', urls: ['https://items.example.org/items'] },
      { file: 'module.js', line: 4, column: 27, kind: 'call', client: 'jquery', method: 'GET', urls: ['/api/items'] },
    ]);
  });

  it('XMLHttpRequest: open(method, url) on a variable or field assigned an XHR; other open() methods are not requests', () => {
    expect(summary('xhr')).toEqual([
      { file: 'legacy.js', line: 6, column: 3, kind: 'call', client: 'xhr', method: 'GET', urls: ['https://rooms.example.org/api/buildings/{parameter building}/rooms'] },
      { file: 'legacy.js', line: 12, column: 3, kind: 'call', client: 'xhr', method: 'POST', urls: ['https://rooms.example.org/api/bookings'] },
      { file: 'legacy.js', line: 19, column: 3, kind: 'call', client: 'xhr', method: null, urls: ['/api/{parameter path}'] },
      { file: 'uploader.ts', line: 5, column: 5, kind: 'call', client: 'xhr', method: 'PUT', urls: ['https://files.example.org/upload/{parameter file.size}'] },
    ]);
  });

  it('Playwright: the request fixture of a test callback (also renamed, and page.request) and request.newContext({ baseURL }) are clients; another request parameter is not', () => {
    expect(summary('playwright')).toEqual([
      { file: 'e2e/rooms.spec.ts', line: 4, column: 9, kind: 'call', client: 'playwright', method: 'POST', urls: ['/api/test/reset'] },
      { file: 'e2e/rooms.spec.ts', line: 8, column: 23, kind: 'call', client: 'playwright', method: 'GET', urls: ['/api/rooms'] },
      { file: 'e2e/rooms.spec.ts', line: 10, column: 9, kind: 'call', client: 'playwright', method: 'DELETE', urls: ['/api/rooms/1'] },
      { file: 'e2e/rooms.spec.ts', line: 15, column: 48, kind: 'client-config', client: 'playwright', method: null, urls: ['https://bookings.example.org'] },
      { file: 'e2e/rooms.spec.ts', line: 16, column: 11, kind: 'call', client: 'playwright', method: 'GET', urls: ['https://bookings.example.org/api/bookings'] },
      { file: 'playwright.config.ts', line: 4, column: 10, kind: 'client-config', client: 'playwright', method: null, urls: ['http://localhost:8000'] },
    ]);
  });

  it('Playwright: route.fetch() in a page.route / context.route handler sends the intercepted request on, to options.url or the URL the pattern fixes; route.continue() and another library\'s route are not calls', () => {
    expect(summary('playwright-route')).toEqual([
      { file: 'e2e/intercept.spec.ts', line: 6, column: 28, kind: 'call', client: 'playwright', method: null, urls: ['/api/'] },
      { file: 'e2e/intercept.spec.ts', line: 11, column: 28, kind: 'call', client: 'playwright', method: 'POST', urls: ['https://rooms.example.org/api/rooms'] },
      { file: 'e2e/intercept.spec.ts', line: 14, column: 50, kind: 'call', client: 'playwright', method: null, urls: [null] },
      { file: 'playwright.config.ts', line: 4, column: 10, kind: 'client-config', client: 'playwright', method: null, urls: ['http://localhost:5173'] },
    ]);
  });

  it("k6 load tests: http.get / post / del / request(method, url) from k6/http; __ENV is the environment; a load test's target is never judged", () => {
    const scan = scanFixture('extract/typescript/k6');
    const both = (path: string) => [null, `https://staging.example.org${path}`];
    expect(summary('k6')).toEqual([
      { file: 'load/script.js', line: 10, column: 15, kind: 'call', client: 'k6', method: 'GET', urls: both('/api/courses') },
      { file: 'load/script.js', line: 12, column: 3, kind: 'call', client: 'k6', method: 'POST', urls: both('/api/login') },
      { file: 'load/script.js', line: 13, column: 3, kind: 'call', client: 'k6', method: 'DELETE', urls: both('/api/sessions/current') },
      { file: 'load/script.js', line: 14, column: 3, kind: 'call', client: 'k6', method: 'PUT', urls: both('/api/profile') },
    ]);
    expect(scan.callAt('load/script.js', 10).targets[0]).toMatchObject({ zone: 'unresolved', env: 'BASE_URL' });
    expect(isDevToolCall(scan.callAt('load/script.js', 10))).toBe(true);
  });

  it("module wrappers: a file's body inside `(function () { … }())`, `!function ($) { … }(jQuery)` or `(() => { … })()` is its top level (its requires are imports); Node's util.format fills %s and %d; a lazy require of a client library; a function assigned to a property of a module-level object is a wrapper; options held in a variable give the method", () => {
    const domain = (path: string) => [`http://catalogue.{env:SERVICE_DOMAIN}${path}`, `http://catalogue${path}`];
    expect(summary('module-wrapper')).toEqual([
      { file: 'api/catalogue/index.js', line: 11, column: 5, kind: 'call', client: 'request', method: 'GET', urls: domain('/catalogue/{req.params.id}') },
      { file: 'api/catalogue/index.js', line: 15, column: 5, kind: 'call', client: 'request', method: 'GET', urls: ['http://carts.{env:SERVICE_DOMAIN}:8080/carts/{req.params.id}', 'http://carts:8080/carts/{req.params.id}'] },
      { file: 'api/catalogue/index.js', line: 21, column: 5, kind: 'call', client: 'request', method: 'GET', urls: domain('/tags?limit=10') },
      // `request(options, cb)` with the options in a variable: their method.
      { file: 'api/catalogue/index.js', line: 30, column: 5, kind: 'call', client: 'request', method: 'DELETE', urls: ['http://carts.{env:SERVICE_DOMAIN}:8080/carts/{req.params.id}', 'http://carts:8080/carts/{req.params.id}'] },
      // A require inside a function is the library too.
      { file: 'api/reports.js', line: 4, column: 33, kind: 'client-config', client: 'axios', method: null, urls: ['https://reports.example.org/api'] },
      { file: 'api/reports.js', line: 5, column: 10, kind: 'call', client: 'axios', method: 'GET', urls: ['https://reports.example.org/api/monthly/{parameter month}'] },
      // `helpers.simpleHttpRequest = function (url) {…}` on the module's `var helpers = {}`: a wrapper its importers call.
      { file: 'api/tags.js', line: 8, column: 5, kind: 'call', client: 'wrapper:helpers.simpleHttpRequest', method: 'GET', urls: domain('/tags') },
      { file: 'helpers/index.js', line: 9, column: 5, kind: 'call', client: 'request', method: 'GET', urls: domain('/tags') },
      { file: 'public/js/shop.js', line: 5, column: 12, kind: 'call', client: 'jquery', method: 'GET', urls: ['/cart'] },
      { file: 'public/js/shop.js', line: 12, column: 3, kind: 'call', client: 'axios', method: 'POST', urls: ['https://orders.example.org/api/orders'] },
    ]);
  });

  it('ESM interop with CommonJS packages: a library import aliased through .default, and a named export destructured from the default import', () => {
    expect(summary('interop')).toEqual([
      { file: 'logger.mjs', line: 8, column: 67, kind: 'client-config', client: 'winston-sentry', method: null, urls: ['https://key@sentry.example.org/7'] },
      { file: 'logger.mjs', line: 9, column: 23, kind: 'client-config', client: 'slack-webhook', method: null, urls: ['https://hooks.example.org/services/T000/B000'] },
    ]);
  });

  it('graphql-request: request(endpoint, query), and a GraphQLClient sends each query to its endpoint (the query is no path)', () => {
    expect(summary('graphql-request')).toEqual([
      { file: 'catalogue.ts', line: 4, column: 16, kind: 'client-config', client: 'graphql-request', method: null, urls: [null, 'https://catalogue.example.org/graphql'] },
      { file: 'catalogue.ts', line: 6, column: 30, kind: 'call', client: 'graphql-request', method: null, urls: [null, 'https://catalogue.example.org/graphql'] },
      { file: 'catalogue.ts', line: 7, column: 31, kind: 'call', client: 'graphql-request', method: 'POST', urls: ['https://people.example.org/graphql'] },
    ]);
  });

  it('SWR: useSWR(key, fetcher) calls the fetcher with the key, an imported or an inline one (also in a hook whose body is the call); a fetcher that sends nothing is no call', () => {
    expect(summary('swr')).toEqual([
      { file: 'fetcher.js', line: 1, column: 33, kind: 'call', client: 'fetch', method: 'GET', urls: ['https://people.example.org/api/persons/{parameter id}'] },
      { file: 'profile.jsx', line: 6, column: 28, kind: 'call', client: 'wrapper:useSWR', method: 'GET', urls: ['https://people.example.org/api/persons/{parameter id}'] },
      { file: 'profile.jsx', line: 7, column: 29, kind: 'call', client: 'wrapper:useSWR', method: 'GET', urls: ['/api/courses'] },
      { file: 'profile.jsx', line: 7, column: 61, kind: 'call', client: 'axios', method: 'GET', urls: ['/api/courses'] },
      { file: 'profile.jsx', line: 13, column: 31, kind: 'call', client: 'wrapper:useSWR', method: 'GET', urls: ['https://rooms.example.org/api/rooms'] },
      { file: 'profile.jsx', line: 13, column: 86, kind: 'call', client: 'fetch', method: 'GET', urls: ['https://rooms.example.org/api/rooms'] },
    ]);
  });

  it("the browser's EventSource and navigator.sendBeacon, and the eventsource package; a class of the file's own is not one", () => {
    expect(summary('streams-and-beacons')).toEqual([
      { file: 'notifications.ts', line: 5, column: 18, kind: 'call', client: 'eventsource', method: 'GET', urls: ['https://notify.example.org/api/stream'] },
      { file: 'notifications.ts', line: 11, column: 10, kind: 'call', client: 'beacon', method: 'POST', urls: [null] },
      { file: 'relay.mjs', line: 4, column: 35, kind: 'call', client: 'eventsource', method: 'GET', urls: ['http://course-events:8080/courses/{parameter course}/events'] },
    ]);
  });

  it("a property a function writes on $scope, a plain function's this or a parameter is what it later requests; not in another function", () => {
    expect(summary('written-properties')).toEqual([
      { file: 'controllers.js', line: 5, column: 12, kind: 'call', client: 'angularjs-http', method: 'GET', urls: ['/api/loans'] },
      { file: 'controllers.js', line: 9, column: 12, kind: 'call', client: 'angularjs-http', method: 'POST', urls: ['/api/loans/{loan.id}/renewal'] },
      { file: 'requests.js', line: 4, column: 21, kind: 'call', client: 'fetch', method: 'GET', urls: ['https://status.example.org/api/status'] },
      { file: 'requests.js', line: 9, column: 10, kind: 'call', client: 'fetch', method: 'POST', urls: ['https://mail.example.org/api/messages'] },
      { file: 'requests.js', line: 14, column: 10, kind: 'call', client: 'fetch', method: 'GET', urls: [null] },
    ]);
  });

  it('wrappers that pass a rest parameter on (`(...args) => authedFetch(...args)`) take URL and method from their callers; an array spread is not one', () => {
    expect(summary('forwarded-arguments')).toEqual([
      { file: 'api.js', line: 2, column: 36, kind: 'call', client: 'fetch', method: 'POST', urls: ['/api/login', '/api/accounts'] },
      { file: 'api.js', line: 4, column: 27, kind: 'call', client: 'fetch', method: 'HEAD', urls: ['https://health.example.org/ping'] },
      { file: 'api.js', line: 6, column: 40, kind: 'call', client: 'wrapper:request', method: 'POST', urls: ['/api/login'] },
      { file: 'api.js', line: 7, column: 31, kind: 'call', client: 'wrapper:request', method: 'GET', urls: ['/api/accounts'] },
      { file: 'api.js', line: 8, column: 27, kind: 'call', client: 'wrapper:send', method: 'HEAD', urls: ['https://health.example.org/ping'] },
      { file: 'api.js', line: 12, column: 28, kind: 'call', client: 'fetch', method: 'GET', urls: [null] },
    ]);
  });

  it("axios's own functions given a baseURL in the request's config (literal, or held by a constant) join it with the path; without one a path is the app's own", () => {
    expect(summary('axios-request-base')).toEqual([
      { file: 'cart.ts', line: 5, column: 28, kind: 'call', client: 'axios', method: 'GET', urls: [null, 'http://gateway:8080/cart/api/carts'] },
      { file: 'cart.ts', line: 6, column: 38, kind: 'call', client: 'axios', method: 'POST', urls: [null, 'http://gateway:8080/cart/api/items'] },
      { file: 'cart.ts', line: 7, column: 26, kind: 'call', client: 'axios', method: 'GET', urls: ['http://sales:5000/sale/api/sales'] },
      { file: 'cart.ts', line: 8, column: 28, kind: 'call', client: 'axios', method: 'GET', urls: ['/api/self'] },
    ]);
  });

  it('Nuxt useFetch / useLazyFetch (auto-imported or from #app) and VueUse useFetch; a useFetch the file declares is its own', () => {
    expect(summary('nuxt')).toEqual([
      { file: 'composables/explicit.ts', line: 4, column: 28, kind: 'call', client: 'nuxt', method: 'GET', urls: ['/api/rooms'] },
      { file: 'composables/explicit.ts', line: 5, column: 29, kind: 'call', client: 'vueuse', method: 'GET', urls: ['https://status.example.org/api'] },
      { file: 'composables/useCourses.ts', line: 2, column: 33, kind: 'call', client: 'nuxt', method: 'GET', urls: ['/api/courses'] },
      { file: 'composables/useCourses.ts', line: 3, column: 41, kind: 'call', client: 'nuxt', method: 'POST', urls: ['https://enrol.example.org/api/enrolments/{parameter id}'] },
    ]);
  });

  it('node-fetch through require under an alias and through an ESM default import', () => {
    expect(summary('node-fetch')).toEqual([
      { file: 'importer.cjs', line: 5, column: 21, kind: 'call', client: 'node-fetch', method: 'POST', urls: ['http://importer-api:3000/study-rights/{parameter studentNumber}'] },
      { file: 'organisations.mjs', line: 4, column: 40, kind: 'call', client: 'node-fetch', method: 'GET', urls: ['https://gw.api.helsinki.fi/organisation/v2/units'] },
    ]);
  });

  it('undici request and fetch (aliased named import)', () => {
    expect(summary('undici')).toEqual([
      { file: 'sisu.ts', line: 5, column: 26, kind: 'call', client: 'undici', method: 'GET', urls: ['https://sis-helsinki.funidata.fi/kori/api/course-units'] },
      { file: 'sisu.ts', line: 10, column: 10, kind: 'call', client: 'undici', method: 'POST', urls: ['https://sis-helsinki.funidata.fi/ilmo/api/enrolments'] },
    ]);
  });

  it('axios default export: callable with URL or config, every method shortcut, request(config), alias import', () => {
    const calls = summary('axios');
    expect(calls.map((call) => [call.line, call.method, call.urls[0]])).toEqual([
      [6, 'GET', 'https://gw.api.helsinki.fi/organisation/v2/units'],
      [7, 'POST', 'https://gw.api.helsinki.fi/organisation/v2/people'],
      [8, 'GET', 'https://gw.api.helsinki.fi/a'],
      [9, 'POST', 'https://gw.api.helsinki.fi/b'],
      [10, 'PUT', 'https://gw.api.helsinki.fi/c'],
      [11, 'PATCH', 'https://gw.api.helsinki.fi/d'],
      [12, 'DELETE', 'https://gw.api.helsinki.fi/e'],
      [13, 'HEAD', 'https://gw.api.helsinki.fi/f'],
      [14, 'OPTIONS', 'https://gw.api.helsinki.fi/g'],
      [15, 'DELETE', 'https://gw.api.helsinki.fi/h'],
      [16, 'GET', 'https://gw.api.helsinki.fi/aliased'],
    ]);
    expect(new Set(calls.map((call) => call.client))).toEqual(new Set(['axios']));
    expect(calls[0]).toMatchObject({ column: 9 });
  });

  it('axios.create({ baseURL }): client-config at the property, instance calls joined with the base, absolute URL wins', () => {
    const scan = scanFixture('extract/typescript/axios-instance');
    const config = scan.callAt('importerClient.ts', 5);
    expect(config).toMatchObject({ kind: 'client-config', client: 'axios', column: 3, expression: "'http://importer-api:3000/api'" });
    expect(urls(config)).toEqual(['http://importer-api:3000/api']);
    const students = scan.callAt('importerClient.ts', 10);
    expect(students).toMatchObject({ kind: 'call', client: 'axios', method: 'GET', enclosing: 'fetchStudents' });
    expect(urls(students)).toEqual(['http://importer-api:3000/api/students']);
    expect(students.targets[0]?.via).toContain("axios instance 'importer' (importerClient.ts:5)");
    expect(urls(scan.callAt('importerClient.ts', 14))).toEqual(['http://importer-api:3000/api/grades']);
    expect(urls(scan.callAt('importerClient.ts', 18))).toEqual(['https://sis-helsinki.funidata.fi/kori/api/ping']);
  });

  it('got: callable, shortcut, extend({ prefixUrl }) and the extended instance', () => {
    expect(summary('got')).toEqual([
      { file: 'sisuGot.ts', line: 4, column: 27, kind: 'client-config', client: 'got', method: null, urls: ['https://sis-helsinki.funidata.fi/kori/api'] },
      { file: 'sisuGot.ts', line: 7, column: 9, kind: 'call', client: 'got', method: 'GET', urls: ['https://sis-helsinki.funidata.fi/ori/api/persons'] },
      { file: 'sisuGot.ts', line: 8, column: 9, kind: 'call', client: 'got', method: 'POST', urls: ['https://sis-helsinki.funidata.fi/ilmo/api/enrolments'] },
      { file: 'sisuGot.ts', line: 9, column: 9, kind: 'call', client: 'got', method: 'GET', urls: ['https://sis-helsinki.funidata.fi/kori/api/course-units'] },
    ]);
  });

  it('node:http / node:https with a URL string, a URL object and options objects', () => {
    const calls = summary('node-http');
    expect(calls.map((call) => [call.line, call.client, call.method, call.urls[0]])).toEqual([
      [6, 'node:http', 'GET', 'http://oodi-db.it.helsinki.fi:8080/export'],
      [7, 'node:https', 'GET', 'https://status.example-saas.com/v1/status'],
      [8, 'node:http', 'POST', 'http://importer-api:3000/sync'],
      [9, 'node:https', 'GET', 'https://esbmt1.it.helsinki.fi/students'],
    ]);
  });

  it('ky: shortcut and ky.create({ prefixUrl }) with a relative prefix (self)', () => {
    const scan = scanFixture('extract/typescript/ky');
    expect(summary('ky').map((call) => [call.line, call.kind, call.method, call.urls[0]])).toEqual([
      [4, 'client-config', null, '/api/feedback'],
      [7, 'call', 'GET', 'https://gw.api.helsinki.fi/organisation/v2/units'],
      [8, 'call', 'POST', '/api/feedback/answers'],
    ]);
    expect(scan.callAt('kyClient.ts', 8).targets[0]?.zone).toBe('self');
  });

  it('superagent under its usual alias `request` and as `superagent`', () => {
    expect(summary('superagent').map((call) => [call.line, call.client, call.method, call.urls[0]])).toEqual([
      [6, 'superagent', 'GET', 'http://importer-api:3000/courses'],
      [7, 'superagent', 'POST', 'https://esb-api.it.helsinki.fi/grades'],
    ]);
  });

  it('ofetch, global $fetch, and ofetch.create({ baseURL }) with the instance called directly', () => {
    expect(summary('ofetch').map((call) => [call.line, call.kind, call.client, call.method, call.urls[0]])).toEqual([
      [4, 'client-config', 'ofetch', null, 'https://sis-helsinki.funidata.fi/kori/api'],
      [7, 'call', 'ofetch', 'POST', 'https://gw.api.helsinki.fi/organisation/v2/units'],
      [8, 'call', 'ofetch', 'GET', '/api/courses'],
      [9, 'call', 'ofetch', 'GET', 'https://sis-helsinki.funidata.fi/kori/api/course-units'],
    ]);
  });

  it('RTK Query: fetchBaseQuery({ baseUrl }) is a client configuration, endpoint queries (in createApi or injected from another module) are calls joined with it', () => {
    expect(summary('rtk-query')).toEqual([
      { file: 'feedbackSlice.ts', line: 6, column: 31, kind: 'client-config', client: 'rtk-query', method: null, urls: ['https://course-feedback.helsinki.fi/api'] },
      { file: 'feedbackSlice.ts', line: 8, column: 38, kind: 'call', client: 'rtk-query', method: 'GET', urls: ['https://course-feedback.helsinki.fi/api/courses'] },
      { file: 'feedbackSlice.ts', line: 9, column: 37, kind: 'call', client: 'rtk-query', method: 'GET', urls: ['https://course-feedback.helsinki.fi/api/courses/{id}'] },
      { file: 'feedbackSlice.ts', line: 10, column: 41, kind: 'call', client: 'rtk-query', method: 'POST', urls: ['https://course-feedback.helsinki.fi/api/answers'] },
      // api.injectEndpoints in another module: the method from the returned object, a block body's return; not the `query` no builder receives.
      { file: 'usersApi.ts', line: 11, column: 14, kind: 'call', client: 'rtk-query', method: 'GET', urls: ['https://course-feedback.helsinki.fi/api/users/{uid}'] },
      { file: 'usersApi.ts', line: 15, column: 14, kind: 'call', client: 'rtk-query', method: 'DELETE', urls: ['https://course-feedback.helsinki.fi/api/users/{uid}'] },
    ]);
  });

  it('Apollo HttpLink and ApolloClient uri are client configurations', () => {
    expect(summary('apollo').map((call) => [call.line, call.kind, call.client, call.urls[0]])).toEqual([
      [4, 'client-config', 'apollo', 'https://sis-helsinki.funidata.fi/graphql'],
      [7, 'client-config', 'apollo', 'https://gw.api.helsinki.fi/graphql'],
    ]);
  });

  it('Apollo Client 2 (apollo-boost, apollo-link-http, apollo-upload-client) and raven (imported, required, the page global) are client configurations', () => {
    expect(summary('legacy-clients').map((call) => [call.file, call.line, call.kind, call.client, call.urls[0]])).toEqual([
      ['graphql.js', 6, 'client-config', 'apollo', 'https://courses.example.org/graphql'],
      ['graphql.js', 8, 'client-config', 'apollo', null],
      ['graphql.js', 10, 'client-config', 'apollo', '/graphql'],
      ['page.js', 2, 'client-config', 'sentry', 'https://public-key@errors.example.org/11'],
      ['server.js', 4, 'client-config', '@sentry/node', null],
      ['server.js', 6, 'client-config', '@sentry/node', null],
    ]);
    const scan = scanFixture('extract/typescript/legacy-clients');
    expect(scan.callAt('server.js', 4).targets[0]).toMatchObject({ env: 'SENTRY_ADDR' });
    expect(scan.callAt('server.js', 6).targets[0]).toMatchObject({ env: 'SENTRY_DSN' });
  });

  it('Cypress cy.request: relative URL is self, (method, url) form', () => {
    const scan = scanFixture('extract/typescript/cypress');
    expect(summary('cypress').map((call) => [call.line, call.client, call.method, call.urls[0]])).toEqual([
      [4, 'cypress', 'GET', '/api/test/reset'],
      [5, 'cypress', 'POST', 'http://localhost:8000/api/feedback'],
    ]);
    expect(scan.callAt('feedback.cy.ts', 4).targets[0]?.zone).toBe('self');
  });

  it('legacy request / request-promise (options with uri) and needle (method, url)', () => {
    expect(summary('request-needle').map((call) => [call.line, call.client, call.method, call.urls[0]])).toEqual([
      [7, 'request', 'POST', 'http://oodi-db.it.helsinki.fi:8080/export'],
      [8, 'request', 'GET', 'http://oodi-db.it.helsinki.fi:8080/status'],
      [9, 'request-promise-native', 'GET', 'https://sis-helsinki.funidata.fi/ori/api/persons'],
      [9, 'needle', 'PUT', 'http://importer-api:3000/legacy'],
    ]);
  });
});

describe('fetch with a Request object', () => {
  it('takes the URL from the Request, the method from its init unless fetch overrides it; a local class named Request is not fetch’s', () => {
    expect(summary('fetch-request').map((call) => [call.file, call.line, call.method, call.urls])).toEqual([
      ['legacyRequest.ts', 8, 'GET', [null]],
      ['roomsApi.ts', 7, 'GET', ['https://gw.api.helsinki.fi/rooms/v1/rooms']],
      ['roomsApi.ts', 12, 'GET', ['https://gw.api.helsinki.fi/rooms/v1/rooms/{parameter roomId}/bookings']],
      ['roomsApi.ts', 16, 'POST', ['https://gw.api.helsinki.fi/rooms/v1/rooms/{parameter roomId}/bookings']],
      ['roomsApi.ts', 20, 'DELETE', ['https://gw.api.helsinki.fi/rooms/v1/bookings/{parameter bookingId}']],
    ]);
  });
});

describe('development and test tools', () => {
  it('dev-server proxy targets, test runners\' base URLs and supertest requests are calls and configurations on the local machine', () => {
    expect(summary('dev-tools')).toEqual([
      { file: 'cypress.config.js', line: 6, column: 5, kind: 'client-config', client: 'cypress', method: null, urls: ['http://localhost:8000'] },
      { file: 'playwright.config.ts', line: 6, column: 5, kind: 'client-config', client: 'playwright', method: null, urls: [null, 'http://localhost:3000'] },
      { file: 'test/courses.test.ts', line: 6, column: 28, kind: 'call', client: 'supertest', method: 'GET', urls: ['http://127.0.0.1/api/courses'] },
      { file: 'test/courses.test.ts', line: 12, column: 11, kind: 'call', client: 'supertest', method: 'POST', urls: ['http://127.0.0.1/api/login'] },
      // supertest given a URL rather than the app: a real request to that server.
      { file: 'test/smoke.test.ts', line: 6, column: 28, kind: 'call', client: 'supertest', method: 'GET', urls: ['https://staging.rooms.example.org/api/health'] },
      { file: 'vite.config.ts', line: 8, column: 17, kind: 'client-config', client: 'vite-dev-proxy', method: null, urls: ['http://localhost:8001'] },
      { file: 'vite.config.ts', line: 9, column: 23, kind: 'client-config', client: 'vite-dev-proxy', method: null, urls: ['ws://localhost:8001'] },
      { file: 'vite.config.ts', line: 10, column: 7, kind: 'client-config', client: 'vite-dev-proxy', method: null, urls: ['http://backend:8080'] },
    ]);
  });
});

describe('tool config files without defineConfig', () => {
  it('a config file found by its name and exporting a plain object (directly or through a constant) declares its URLs; defineConfig from vitest/config is Vite\'s', () => {
    expect(summary('dev-tool-config-files')).toEqual([
      { file: 'cypress.config.js', line: 4, column: 5, kind: 'client-config', client: 'cypress', method: null, urls: ['http://localhost:8002'] },
      { file: 'playwright.config.ts', line: 6, column: 10, kind: 'client-config', client: 'playwright', method: null, urls: ['http://localhost:4173'] },
      { file: 'web/vite.config.ts', line: 7, column: 17, kind: 'client-config', client: 'vite-dev-proxy', method: null, urls: ['http://localhost:8010'] },
    ]);
  });
});

describe('config functions with a block body', () => {
  it('each `return` of the function, also inside an `if`, declares URLs; a function inside it returns for itself', () => {
    expect(summary('dev-tool-config-branches')).toEqual([
      { file: 'vite.config.js', line: 14, column: 21, kind: 'client-config', client: 'vite-dev-proxy', method: null, urls: [null, 'http://api:3001'] },
    ]);
  });
});

describe('named exports reached through a namespace', () => {
  it('ns.Named.factory(url) and new ns.Named(url) configure the named export\'s client', () => {
    expect(summary('namespace-members')).toEqual([
      { file: 'oidc.ts', line: 6, column: 39, kind: 'client-config', client: 'openid-client', method: null, urls: ['https://login.example.org/.well-known/openid-configuration'] },
      { file: 'slack.js', line: 4, column: 14, kind: 'client-config', client: 'slack-webhook', method: null, urls: ['https://hooks.example.org/services/T000/B000'] },
    ]);
  });
});

describe('request descriptions', () => {
  it('a call of a function whose returned description is performed elsewhere (a Redux action and its middleware) is a call, and the request reaches its targets', () => {
    const scan = scanFixture('extract/typescript/request-descriptions');
    const described = scan.calls.filter((call) => call.client === 'wrapper:describeRequest');
    expect(described.map((call) => [call.file, call.line, urls(call)])).toEqual([
      ['units.js', 3, ['https://registry.example.org/api/units']],
      ['units.js', 7, ['https://registry.example.org/api/units/{parameter unit.id}']],
    ]);
    expect(described[0]!.targets[0]!.via.join(' → ')).toContain('request description describeRequest');
    // The request the wrapper makes has every described target; a description nothing performs is nothing.
    expect(urls(scan.callAt('requests.js', 6))).toEqual(expect.arrayContaining(['https://registry.example.org/api/units', 'https://registry.example.org/api/units/{parameter unit.id}']));
    expect(scan.calls.filter((call) => call.line === 10 && call.file === 'units.js')).toEqual([]);
  });
});

describe('a client method handed to a helper with its arguments', () => {
  it('retry(instance.get, [path]), retry(axios.get, [url]), retry(fetch, [url]) are calls where the helper is called; a cache method is not', () => {
    expect(summary('passed-request')).toEqual([
      { file: 'sync.js', line: 4, column: 33, kind: 'client-config', client: 'axios', method: null, urls: ['https://registry.example.org/api'] },
      { file: 'sync.js', line: 6, column: 26, kind: 'call', client: 'axios', method: 'GET', urls: ['https://registry.example.org/api/units'] },
      { file: 'sync.js', line: 8, column: 33, kind: 'call', client: 'axios', method: 'GET', urls: ['https://codes.example.org/codebooks/{parameter code}'] },
      { file: 'sync.js', line: 10, column: 20, kind: 'call', client: 'fetch', method: 'GET', urls: ['https://status.example.org/ping'] },
    ]);
  });
});

describe('values from several places', () => {
  it('every return of a function, every branch that assigns a variable (module-level or local), and a CommonJS export property with its place', () => {
    const scan = scanFixture('extract/typescript/value-gaps');
    expect(urls(scan.callAt('branches.js', 16))).toEqual([null, 'https://importer.example.org/x']);
    expect(urls(scan.callAt('branches.js', 17))).toEqual(['https://prod.example.org/y', 'http://localhost:3000/y']);
    expect(scan.callAt('branches.js', 18).targets[0]).toMatchObject({ url: 'https://settings.example.org/api', via: ['property SETTINGS_URL (settings.js:1)'] });
    expect(urls(scan.callAt('branches.js', 28))).toEqual(['https://registry.example.org/units', 'https://registry.example.org/units/active']);
  });
});

describe('which parameter is the URL', () => {
  it('`/${userId}` passes an id (its callers are evidence), `/${path}` passes a path (its callers are calls)', () => {
    const scan = scanFixture('extract/typescript/id-parameters');
    expect(scan.calls.filter((call) => call.file === 'users.ts').map((call) => `${call.line} ${call.client} ${urls(call).join(' ')}`)).toEqual(['5 wrapper:getFromJami https://jami.example.org/organisation-data']);
    // An OID (`komoOid`, `organisationOID`) is an id too: passing one is evidence, and the request has the callers' values.
    expect(scan.calls.filter((call) => call.file === 'catalogue.ts')).toEqual([]);
    expect(urls(scan.callAt('catalogue-api.ts', 6))).toEqual(['https://catalogue.example.org/api/courses/1.2.246.562.13.00000000000000000001']);
  });
});

describe('clients a framework injects', () => {
  it("Angular's HttpClient in a constructor parameter, a field typed with it or inject(HttpClient); AngularJS's $http and $resource by parameter name or array annotation", () => {
    expect(summary('angular')).toEqual([
      { file: 'legacy/rooms.js', line: 2, column: 14, kind: 'call', client: 'ngResource', method: 'GET', urls: ['/api/rooms/:id'] },
      { file: 'legacy/rooms.js', line: 5, column: 14, kind: 'call', client: 'angularjs-http', method: 'GET', urls: ['/api/rooms'] },
      { file: 'legacy/rooms.js', line: 8, column: 14, kind: 'call', client: 'angularjs-http', method: 'POST', urls: ['/api/bookings'] },
      { file: 'legacy/rooms.js', line: 18, column: 12, kind: 'call', client: 'angularjs-http', method: 'GET', urls: ['https://calendar.example.org/api/events'] },
      { file: 'src/app/rooms.service.ts', line: 9, column: 12, kind: 'call', client: 'angular-http', method: 'GET', urls: ['/api/rooms'] },
      { file: 'src/app/rooms.service.ts', line: 18, column: 12, kind: 'call', client: 'angular-http', method: 'DELETE', urls: ['/api/bookings/{parameter id}'] },
      { file: 'src/app/rooms.service.ts', line: 30, column: 12, kind: 'call', client: 'angular-http', method: 'POST', urls: ['https://reports.example.org/v1/reports'] },
    ]);
  });

  it("NestJS's HttpService in a constructor parameter (from @nestjs/axios, or @nestjs/common before Nest 8), and the axios instance under it (`.axiosRef`)", () => {
    expect(summary('nestjs-http')).toEqual([
      { file: 'src/courses/courses.service.ts', line: 12, column: 43, kind: 'call', client: 'nestjs-http', method: 'GET', urls: ['https://courses.example.org/api/courses'] },
      { file: 'src/courses/courses.service.ts', line: 18, column: 12, kind: 'call', client: 'nestjs-http', method: 'POST', urls: ['https://courses.example.org/api/courses/{parameter id}/enrolments'] },
      { file: 'src/people/people.service.ts', line: 12, column: 12, kind: 'call', client: 'nestjs-http', method: 'GET', urls: ['https://people.example.org/api/persons/{parameter id}'] },
    ]);
  });
});

describe('server-side rewrites', () => {
  it("each destination of next.config's rewrites() is a client configuration, also inside a plugin's wrapper and read through the function's locals; redirects are not", () => {
    expect(summary('next-rewrites')).toEqual([
      { file: 'next.config.mjs', line: 10, column: 32, kind: 'client-config', client: 'next-rewrites', method: null, urls: [null, 'http://localhost:8000/api/:path*'] },
      { file: 'next.config.mjs', line: 11, column: 26, kind: 'client-config', client: 'next-rewrites', method: null, urls: ['https://docs.example.org/handbook'] },
    ]);
  });
});

describe("webpack's dev server proxy", () => {
  it('each proxy target of a devServer in a webpack config file (object, object with target, list form; inside a merge) is a development proxy configuration, never judged', () => {
    const scan = scanFixture('extract/typescript/webpack-dev-proxy');
    expect(summary('webpack-dev-proxy')).toEqual([
      { file: 'config/webpack.config.ts', line: 3, column: 56, kind: 'client-config', client: 'webpack-dev-proxy', method: null, urls: ['http://backend:8080'] },
      { file: 'webpack.development.conf.js', line: 12, column: 7, kind: 'client-config', client: 'webpack-dev-proxy', method: null, urls: ['http://localhost:{env:API_PORT}', 'http://localhost:8000'] },
      { file: 'webpack.development.conf.js', line: 13, column: 18, kind: 'client-config', client: 'webpack-dev-proxy', method: null, urls: ['http://localhost:9000'] },
    ]);
    expect(scan.calls.every((call) => isDevToolCall(call))).toBe(true);
  });
});

describe('reverse proxies in a Node server', () => {
  it("http-proxy-middleware (options alone or after a path), express-http-proxy and http-proxy targets are client configurations; Create React App's src/setupProxy.js is a development server's", () => {
    expect(summary('reverse-proxies')).toEqual([
      { file: 'bff/server.js', line: 8, column: 41, kind: 'client-config', client: 'http-proxy', method: null, urls: [null, 'http://courses:8080'] },
      { file: 'bff/server.js', line: 9, column: 44, kind: 'client-config', client: 'http-proxy', method: null, urls: ['http://grades:8080'] },
      { file: 'bff/server.js', line: 10, column: 19, kind: 'client-config', client: 'http-proxy', method: null, urls: ['http://files:9000'] },
      { file: 'bff/server.js', line: 12, column: 45, kind: 'client-config', client: 'http-proxy', method: null, urls: ['http://relay.example.org'] },
      { file: 'web/src/setupProxy.js', line: 4, column: 43, kind: 'client-config', client: 'cra-dev-proxy', method: null, urls: ['http://backend:5000'] },
    ]);
  });

  it("judges a server's proxy targets, not a development server's", async () => {
    const { lint } = await import('../../../src/index.js');
    const result = await lint({ cwd: new URL('../../../fixtures/extract/typescript/reverse-proxies/', import.meta.url).pathname, now: new Date('2026-12-07T00:00:00Z') });
    expect(result.findings.filter((finding) => finding.ruleId === 'no-direct-integration').map((finding) => `${finding.file}:${finding.line}`)).toEqual(['bff/server.js:8', 'bff/server.js:9', 'bff/server.js:10']);
  });
});
