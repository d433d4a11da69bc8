/**
 * The HTTP client libraries the TS/JS extractor recognises, keyed by import specifier.
 * Adding a library is one entry here (plus a test): the walker only reads this table.
 */

/**
 * How a call passes its URL and method:
 * - `fetch`: `(url, { method })`, default GET (fetch, node-fetch, undici, got, ky, ofetch).
 * - `url-or-config`: `(url, config?)` or `(config)` with `url`/`method` (axios callable).
 * - `config`: `(config)` with `url`/`method` (axios.request).
 * - `verb`: `(url, …)` with the method fixed by the function name (`axios.post`, `got.get`, `http.get`).
 * - `node-http`: `(url | options, options?, cb?)`, method from the options, default GET.
 * - `method-url`: `(method, url)` or `(url)` (superagent callable, Cypress `cy.request`), or `(config)`.
 */
/**
 * How a client's arguments carry the request: `fetch(url, init)`, `axios(url | config)`, `config` object only, a verb
 * method `get(url)`, node's `http.request(url | options)`, `cy.request([method,] url)`, or XMLHttpRequest's
 * `open(method, url)` (the method always first, a variable one unknown).
 */
export type CallForm = 'fetch' | 'url-or-config' | 'config' | 'verb' | 'node-http' | 'method-url' | 'open';

export interface ClientFunction {
  form: CallForm;
  /** Fixed HTTP method for `verb` forms. */
  method?: string;
}

export interface ClientExport {
  /**
   * The export is a class whose instances the framework injects (`constructor(private http: HttpClient)`,
   * `inject(HttpClient)` in Angular): a parameter or field of that type is a client, without a base URL of its own.
   */
  injected?: boolean;
  /** Calling the export itself sends a request (`axios(url)`, `fetch(url)`). */
  callable?: ClientFunction;
  /** Calling the export configures a client; the value is the base-URL property name (`fetchBaseQuery({ baseUrl })`, `new HttpLink({ uri })`). */
  factoryBaseProp?: string;
  /** Calling the export defines an API of request descriptions: `client` names the property holding the client, `endpoints` the one holding the requests (RTK Query `createApi({ baseQuery, endpoints })`). */
  requestApi?: { client: string; endpoints: string };
  /**
   * Calling the export with an options object declares URLs at these property paths (`*` = every property), each a
   * client configuration: a dev server's proxy targets, a test runner's base URL (`defineConfig({ e2e: { baseUrl } })`).
   */
  configUrls?: string[];
  /**
   * Of the `configUrls`, the property names whose URL is also the base of the library's own requests with a path
   * (Cypress' `baseUrl` for `cy.request('/api/x')`): a client configuration with `defaults`.
   */
  defaultBaseUrls?: string[];
  /** `export.method(…)` sends a request. */
  methods?: Record<string, ClientFunction>;
  /** `export.method({ base })` creates an instance; value = base-URL property name. */
  factories?: Record<string, string>;
}

export interface ClientLibrary {
  /** Client name reported in CallFacts. */
  client: string;
  /** Base-URL options the library reads from an environment variable when they are not given: option → variable (Sentry `dsn` → `SENTRY_DSN`). */
  defaultsFromEnv?: Record<string, string>;
  /** A factory's first argument is the URL itself, not an options object (`new IncomingWebhook(url)`). */
  urlArgument?: boolean;
  /** A factory's options object may follow a path it is given first (`createProxyMiddleware('/api', { target })`). */
  optionsAfterPath?: boolean;
  /**
   * The client name of the library's configurations in a development server's own proxy file (Create React App's
   * `src/setupProxy.js`): what they reach, they reach only while someone develops (see judge/production.ts).
   */
  devServerFile?: { file: RegExp; client: string };
  /**
   * Calling the export wraps an application in the same process and returns a client for it (`request(app).get('/x')`
   * with supertest): its requests go to this local origin, and the call configures nothing.
   */
  inProcessBase?: string;
  /**
   * Its instances send every request to their base URL itself: the arguments of their methods are queries, not paths
   * (`new GraphQLClient(endpoint).request(query)`).
   */
  pathless?: boolean;
  /** Members of an instance that are the same client underneath (NestJS `httpService.axiosRef`, the axios instance it wraps). */
  sameClientMembers?: string[];
  /** The default export / CommonJS `module.exports` / namespace. */
  main?: ClientExport;
  named?: Record<string, ClientExport>;
}

const verb = (method: string): ClientFunction => ({ form: 'verb', method });

/** Instance methods shared by axios/got/ky/superagent-style instances: name → HTTP method. */
export const INSTANCE_VERBS: Record<string, string | null> = {
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
  del: 'DELETE',
  head: 'HEAD',
  options: 'OPTIONS',
  request: null,
};

const axios: ClientLibrary = {
  client: 'axios',
  main: {
    callable: { form: 'url-or-config' },
    methods: {
      get: verb('GET'),
      delete: verb('DELETE'),
      head: verb('HEAD'),
      options: verb('OPTIONS'),
      post: verb('POST'),
      put: verb('PUT'),
      patch: verb('PATCH'),
      postForm: verb('POST'),
      putForm: verb('PUT'),
      patchForm: verb('PATCH'),
      request: { form: 'config' },
    },
    factories: { create: 'baseURL' },
  },
};

const gotLike = (client: string, factories: Record<string, string>): ClientLibrary => ({
  client,
  main: {
    callable: { form: 'fetch' },
    methods: { get: verb('GET'), post: verb('POST'), put: verb('PUT'), patch: verb('PATCH'), delete: verb('DELETE'), head: verb('HEAD') },
    factories,
  },
});

const fetchLike = (client: string): ClientLibrary => ({ client, main: { callable: { form: 'fetch' } } });

const nodeHttp = (client: string): ClientLibrary => {
  const functions = { request: { callable: { form: 'node-http' as const } }, get: { callable: { form: 'node-http' as const, method: 'GET' } } };
  return {
    client,
    main: { methods: { request: { form: 'node-http' }, get: { form: 'node-http', method: 'GET' } } },
    named: functions,
  };
};

const superagent: ClientLibrary = {
  client: 'superagent',
  main: {
    callable: { form: 'method-url' },
    methods: {
      get: verb('GET'),
      post: verb('POST'),
      put: verb('PUT'),
      patch: verb('PATCH'),
      del: verb('DELETE'),
      delete: verb('DELETE'),
      head: verb('HEAD'),
      options: verb('OPTIONS'),
    },
  },
};

/** The deprecated but still common `request` package and its promise wrappers: `request(url | options)`, `request.get(url)`. */
const requestLike = (client: string): ClientLibrary => ({
  client,
  main: {
    callable: { form: 'url-or-config' },
    methods: { get: verb('GET'), post: verb('POST'), put: verb('PUT'), patch: verb('PATCH'), del: verb('DELETE'), delete: verb('DELETE'), head: verb('HEAD') },
  },
});

const ofetch: ClientLibrary = {
  client: 'ofetch',
  main: { callable: { form: 'fetch' }, methods: { raw: { form: 'fetch' } }, factories: { create: 'baseURL' } },
  named: {
    ofetch: { callable: { form: 'fetch' }, methods: { raw: { form: 'fetch' } }, factories: { create: 'baseURL' } },
    $fetch: { callable: { form: 'fetch' }, methods: { raw: { form: 'fetch' } }, factories: { create: 'baseURL' } },
  },
};

const rtkQuery: ClientLibrary = {
  client: 'rtk-query',
  named: { fetchBaseQuery: { factoryBaseProp: 'baseUrl' }, createApi: { requestApi: { client: 'baseQuery', endpoints: 'endpoints' } } },
};

const apollo: ClientLibrary = {
  client: 'apollo',
  named: { HttpLink: { factoryBaseProp: 'uri' }, ApolloClient: { factoryBaseProp: 'uri' }, createHttpLink: { factoryBaseProp: 'uri' } },
};

/** Apollo Client 2's packages: `apollo-boost`'s default export takes `uri` as ApolloClient 3 does; `apollo-link-http` makes the link. */
const apolloBoost: ClientLibrary = { client: 'apollo', main: { factoryBaseProp: 'uri' }, named: apollo.named };
const apolloLinkHttp: ClientLibrary = { client: 'apollo', named: { HttpLink: { factoryBaseProp: 'uri' }, createHttpLink: { factoryBaseProp: 'uri' } } };

// ───────────── SDKs whose endpoint is an integration (issue "Real code, part 2", point 5) ─────────────
// Each is a client configuration (`kind: 'client-config'`) with `client` naming the SDK; zones and rules apply as to any call.

/** Sentry's SDKs: `Sentry.init({ dsn })`; without `dsn` the SDK reads `SENTRY_DSN`. */
const sentry = (client: string): ClientLibrary => ({
  client,
  defaultsFromEnv: { dsn: 'SENTRY_DSN' },
  main: { factories: { init: 'dsn' } },
  named: { init: { factoryBaseProp: 'dsn' } },
});

/** Sentry's legacy SDKs (raven-js in the browser, raven on Node): `Raven.config(dsn).install()`; Node's reads `SENTRY_DSN` without one. */
const raven = (client: string, fromEnv: boolean): ClientLibrary => ({
  client,
  urlArgument: true,
  ...(fromEnv ? { defaultsFromEnv: { dsn: 'SENTRY_DSN' } } : {}),
  main: { factories: { config: 'dsn' } },
});

/** OpenTelemetry OTLP exporters over HTTP: `new OTLPTraceExporter({ url })`, else `OTEL_EXPORTER_OTLP_ENDPOINT`. */
const otlp = (exporter: string): ClientLibrary => ({
  client: 'opentelemetry-otlp',
  defaultsFromEnv: { url: 'OTEL_EXPORTER_OTLP_ENDPOINT' },
  named: { [exporter]: { factoryBaseProp: 'url' } },
});

const SDK_LIBRARIES: Record<string, ClientLibrary> = {
  ...Object.fromEntries(
    ['node', 'browser', 'react', 'vue', 'angular', 'svelte', 'sveltekit', 'nextjs', 'remix', 'nuxt', 'astro', 'bun', 'deno', 'electron', 'react-native', 'gatsby', 'ember', 'solid'].map((flavour) => [
      `@sentry/${flavour}`,
      sentry(flavour === 'node' ? '@sentry/node' : 'sentry'),
    ]),
  ),
  'raven-js': raven('sentry', false),
  raven: raven('@sentry/node', true),
  'winston-loki': { client: 'winston-loki', main: { factoryBaseProp: 'host' } },
  'winston-transport-sentry-node': { client: 'winston-sentry', defaultsFromEnv: { 'sentry.dsn': 'SENTRY_DSN' }, main: { factoryBaseProp: 'sentry.dsn' } },
  '@opentelemetry/exporter-trace-otlp-http': otlp('OTLPTraceExporter'),
  '@opentelemetry/exporter-trace-otlp-proto': otlp('OTLPTraceExporter'),
  '@opentelemetry/exporter-metrics-otlp-http': otlp('OTLPMetricExporter'),
  '@opentelemetry/exporter-metrics-otlp-proto': otlp('OTLPMetricExporter'),
  '@opentelemetry/exporter-logs-otlp-http': otlp('OTLPLogExporter'),
  '@opentelemetry/exporter-logs-otlp-proto': otlp('OTLPLogExporter'),
  // OpenAI-compatible endpoints (self-hosted LLM gateways): `new OpenAI({ baseURL })`, else OPENAI_BASE_URL.
  openai: { client: 'openai', defaultsFromEnv: { baseURL: 'OPENAI_BASE_URL' }, main: { factoryBaseProp: 'baseURL' }, named: { OpenAI: { factoryBaseProp: 'baseURL' }, AzureOpenAI: { factoryBaseProp: 'endpoint' } } },
  ollama: { client: 'ollama', named: { Ollama: { factoryBaseProp: 'host' } } },
  // The Vercel AI SDK's providers: `createOpenAI({ baseURL })`, `createOpenAICompatible({ baseURL, name })`, …
  '@ai-sdk/openai': { client: 'ai-sdk', defaultsFromEnv: { baseURL: 'OPENAI_BASE_URL' }, named: { createOpenAI: { factoryBaseProp: 'baseURL' } } },
  '@ai-sdk/openai-compatible': { client: 'ai-sdk', named: { createOpenAICompatible: { factoryBaseProp: 'baseURL' } } },
  '@ai-sdk/anthropic': { client: 'ai-sdk', named: { createAnthropic: { factoryBaseProp: 'baseURL' } } },
  '@ai-sdk/azure': { client: 'ai-sdk', named: { createAzure: { factoryBaseProp: 'baseURL' } } },
  'ollama-ai-provider': { client: 'ai-sdk', named: { createOllama: { factoryBaseProp: 'baseURL' } } },
  '@langchain/ollama': { client: 'ollama', named: { ChatOllama: { factoryBaseProp: 'baseUrl' }, OllamaEmbeddings: { factoryBaseProp: 'baseUrl' }, Ollama: { factoryBaseProp: 'baseUrl' } } },
  '@langchain/openai': { client: 'langchain', named: { ChatOpenAI: { factoryBaseProp: 'configuration.baseURL' }, OpenAIEmbeddings: { factoryBaseProp: 'configuration.baseURL' } } },
  // OpenFeature's flagd provider: gRPC to the flag daemon, `new FlagdProvider({ host: 'flagd' })`, else FLAGD_HOST.
  '@openfeature/flagd-provider': { client: 'flagd', defaultsFromEnv: { host: 'FLAGD_HOST' }, named: { FlagdProvider: { factoryBaseProp: 'host' } } },
  '@slack/webhook': { client: 'slack-webhook', urlArgument: true, named: { IncomingWebhook: { factoryBaseProp: 'url' } } },
  // The identity provider's issuer: `discovery(new URL(issuer), …)` (v6), `Issuer.discover(issuer)` (v5).
  'openid-client': { client: 'openid-client', urlArgument: true, named: { discovery: { factoryBaseProp: 'server' }, Issuer: { factories: { discover: 'issuer' } } } },
  '@aws-sdk/client-s3': { client: 'aws-sdk', named: { S3Client: { factoryBaseProp: 'endpoint' }, S3: { factoryBaseProp: 'endpoint' } } },
  '@aws-sdk/client-sqs': { client: 'aws-sdk', named: { SQSClient: { factoryBaseProp: 'endpoint' } } },
  '@aws-sdk/client-sns': { client: 'aws-sdk', named: { SNSClient: { factoryBaseProp: 'endpoint' } } },
  '@aws-sdk/client-dynamodb': { client: 'aws-sdk', named: { DynamoDBClient: { factoryBaseProp: 'endpoint' } } },
  '@aws-sdk/client-lambda': { client: 'aws-sdk', named: { LambdaClient: { factoryBaseProp: 'endpoint' } } },
  '@aws-sdk/client-ses': { client: 'aws-sdk', named: { SESClient: { factoryBaseProp: 'endpoint' } } },
  '@aws-sdk/client-sesv2': { client: 'aws-sdk', named: { SESv2Client: { factoryBaseProp: 'endpoint' } } },
  '@azure/storage-blob': { client: 'azure-sdk', urlArgument: true, named: { BlobServiceClient: { factoryBaseProp: 'url' }, ContainerClient: { factoryBaseProp: 'url' } } },
  '@azure/openai': { client: 'azure-openai', urlArgument: true, named: { OpenAIClient: { factoryBaseProp: 'endpoint' } } },
};

// ───────────── Development and test tools: their URLs are local, but they are calls and configurations all the same ─────────────

const supertest: ClientLibrary = { client: 'supertest', inProcessBase: 'http://127.0.0.1', main: { factories: { agent: 'app' } } };

const vite: ClientLibrary = { client: 'vite-dev-proxy', named: { defineConfig: { configUrls: ['server.proxy.*', 'server.proxy.*.target', 'preview.proxy.*', 'preview.proxy.*.target'] } } };

const DEV_TOOL_LIBRARIES: Record<string, ClientLibrary> = {
  supertest,
  'supertest-session': { client: 'supertest', inProcessBase: 'http://127.0.0.1' },
  vite,
  // Vitest re-exports Vite's defineConfig: a vite.config.ts may import it from here and still declare the dev server's proxy.
  'vitest/config': vite,
  cypress: { client: 'cypress', named: { defineConfig: { configUrls: ['baseUrl', 'e2e.baseUrl', 'component.baseUrl'], defaultBaseUrls: ['baseUrl'] } } },
  '@playwright/test': { client: 'playwright', named: { defineConfig: { configUrls: ['use.baseURL', 'webServer.url'] }, request: { factories: { newContext: 'baseURL' } } } },
};

function nuxtComposables(): ClientLibrary {
  return { client: 'nuxt', named: { useFetch: { callable: { form: 'fetch' } }, useLazyFetch: { callable: { form: 'fetch' } }, $fetch: { callable: { form: 'fetch' } } } };
}

const nestHttp: ClientLibrary = { client: 'nestjs-http', sameClientMembers: ['axiosRef'], named: { HttpService: { injected: true } } };

/** jQuery's request functions, imported or the page's global `$` / `jQuery`. */
export const JQUERY: ClientLibrary = { client: 'jquery', main: { methods: { ajax: { form: 'url-or-config' }, get: verb('GET'), getJSON: verb('GET'), post: verb('POST') } } };

/** Create React App's development server loads `src/setupProxy.js` for its own proxy. */
const CRA_SETUP_PROXY = { file: /(?:^|\/)src\/setupProxy\.[cm]?[jt]s$/, client: 'cra-dev-proxy' };

export const CLIENT_LIBRARIES: Record<string, ClientLibrary> = {
  ...SDK_LIBRARIES,
  ...DEV_TOOL_LIBRARIES,
  axios,
  got: gotLike('got', { extend: 'prefixUrl' }),
  ky: gotLike('ky', { create: 'prefixUrl', extend: 'prefixUrl' }),
  'node-fetch': fetchLike('node-fetch'),
  'cross-fetch': fetchLike('cross-fetch'),
  'isomorphic-fetch': fetchLike('isomorphic-fetch'),
  'isomorphic-unfetch': fetchLike('isomorphic-unfetch'),
  undici: { client: 'undici', named: { fetch: { callable: { form: 'fetch' } }, request: { callable: { form: 'fetch' } } } },
  http: nodeHttp('node:http'),
  'node:http': nodeHttp('node:http'),
  https: nodeHttp('node:https'),
  'node:https': nodeHttp('node:https'),
  superagent,
  jquery: JQUERY,
  'graphql-request': { client: 'graphql-request', urlArgument: true, pathless: true, named: { request: { callable: verb('POST') }, rawRequest: { callable: verb('POST') }, GraphQLClient: { factoryBaseProp: 'url' } } },
  request: requestLike('request'),
  'request-promise': requestLike('request-promise'),
  'request-promise-native': requestLike('request-promise-native'),
  needle: { client: 'needle', main: { callable: { form: 'method-url' }, methods: { get: verb('GET'), post: verb('POST'), put: verb('PUT'), patch: verb('PATCH'), delete: verb('DELETE'), head: verb('HEAD') } } },
  ofetch,
  // The EventSource of browsers for Node (`new EventSource(url)`; named export from version 3).
  eventsource: { client: 'eventsource', main: { callable: verb('GET') }, named: { EventSource: { callable: verb('GET') } } },
  // Nuxt's composables imported by hand, and VueUse's `useFetch(url)`.
  '#app': nuxtComposables(),
  '#imports': nuxtComposables(),
  'nuxt/app': nuxtComposables(),
  '@vueuse/core': { client: 'vueuse', named: { useFetch: { callable: { form: 'fetch' } } } },
  '@reduxjs/toolkit/query': rtkQuery,
  '@reduxjs/toolkit/query/react': rtkQuery,
  '@apollo/client': apollo,
  '@apollo/client/core': apollo,
  '@apollo/client/link/http': apollo,
  '@apollo/client/link/batch-http': { client: 'apollo', named: { BatchHttpLink: { factoryBaseProp: 'uri' } } },
  'apollo-boost': apolloBoost,
  'apollo-link-http': apolloLinkHttp,
  'apollo-link-batch-http': { client: 'apollo', named: { BatchHttpLink: { factoryBaseProp: 'uri' } } },
  'apollo-upload-client': { client: 'apollo', named: { createUploadLink: { factoryBaseProp: 'uri' } } },
  // tRPC's terminating links: `httpBatchLink({ url: '/api/trpc' })` is the client's endpoint.
  '@trpc/client': {
    client: 'trpc',
    named: { httpLink: { factoryBaseProp: 'url' }, httpBatchLink: { factoryBaseProp: 'url' }, httpBatchStreamLink: { factoryBaseProp: 'url' }, unstable_httpBatchStreamLink: { factoryBaseProp: 'url' }, httpSubscriptionLink: { factoryBaseProp: 'url' } },
  },
  // k6 load-test scripts: `http.get(url)`, `http.request(method, url)`; the run's target, never a production integration.
  'k6/http': {
    client: 'k6',
    main: { methods: { get: verb('GET'), post: verb('POST'), put: verb('PUT'), patch: verb('PATCH'), del: verb('DELETE'), head: verb('HEAD'), options: verb('OPTIONS'), request: { form: 'method-url' } } },
  },
  '@angular/common/http': { client: 'angular-http', named: { HttpClient: { injected: true } } },
  // NestJS's HttpService (axios underneath, reachable as `.axiosRef`) injected into a provider. Nest before 8 exported it
  // from @nestjs/common.
  '@nestjs/axios': nestHttp,
  '@nestjs/common': nestHttp,
  // Reverse proxies in a Node server: the target is a backend the server forwards requests to.
  'http-proxy-middleware': {
    client: 'http-proxy',
    optionsAfterPath: true,
    devServerFile: CRA_SETUP_PROXY,
    main: { factoryBaseProp: 'target' },
    named: { createProxyMiddleware: { factoryBaseProp: 'target' }, legacyCreateProxyMiddleware: { factoryBaseProp: 'target' } },
  },
  'http-proxy': { client: 'http-proxy', main: { factories: { createProxyServer: 'target', createProxy: 'target', createServer: 'target' } } },
  'express-http-proxy': { client: 'http-proxy', urlArgument: true, devServerFile: CRA_SETUP_PROXY, main: { factoryBaseProp: 'host' } },
};

/** A client function of the runtime: the client it is reported as and how it takes its arguments. */
export type GlobalClient = { client: string } & ClientFunction;

/**
 * Functions and constructors of the runtime that send a request, when the file neither imports nor declares the name:
 * the browser's and Node's `fetch`, Nuxt's auto-imported `$fetch` and composables (`useFetch('/api/x', { method })`),
 * the browser's `new EventSource(url)` (a GET that stays open for server-sent events).
 */
export const GLOBAL_CLIENTS: Record<string, GlobalClient> = {
  fetch: { client: 'fetch', form: 'fetch' },
  $fetch: { client: 'ofetch', form: 'fetch' },
  useFetch: { client: 'nuxt', form: 'fetch' },
  useLazyFetch: { client: 'nuxt', form: 'fetch' },
  EventSource: { client: 'eventsource', form: 'verb', method: 'GET' },
};

const globalFetch: Record<string, GlobalClient> = { fetch: GLOBAL_CLIENTS.fetch! };
/** Methods of the runtime's global objects that send a request (`window.fetch(url)`, `navigator.sendBeacon(url, data)`, Cypress' `cy.request`). */
export const GLOBAL_OBJECT_CLIENTS: Record<string, Record<string, GlobalClient>> = {
  window: globalFetch,
  globalThis: globalFetch,
  self: globalFetch,
  global: globalFetch,
  navigator: { sendBeacon: { client: 'beacon', form: 'verb', method: 'POST' } },
  cy: { request: { client: 'cypress', form: 'method-url' } },
};

/**
 * gRPC for Node (`@grpc/grpc-js`, the older `grpc`): a client is constructed with its target and channel credentials
 * (`new CartServiceClient(addr, ChannelCredentials.createInsecure())`, `new proto.Cart(addr, grpc.credentials.createSsl())`),
 * whatever generated it. The credentials' makers, by the name they are reached through: module → object → methods.
 */
export const GRPC_CHANNEL_CREDENTIALS: Record<string, { objects: readonly string[]; methods: readonly string[] }> = {
  '@grpc/grpc-js': { objects: ['ChannelCredentials', 'credentials'], methods: ['createInsecure', 'createSsl', 'createFromSecureContext', 'combineChannelCredentials'] },
  grpc: { objects: ['credentials'], methods: ['createInsecure', 'createSsl', 'combineChannelCredentials'] },
};

/**
 * Config files that declare a proxy's targets, found by file name wherever in the file they are (a plugin or a merge
 * may wrap the config): each `property` written inside properties or functions named `within`, in that order, is a
 * client configuration of `library`; with `keyedTargets`, so is each plain value of the innermost one keyed by a path.
 * Next.js rewrites (`async rewrites() { return [{ source, destination: 'http://backend:8000/:path*' }] }`) run in
 * production; webpack's dev server proxy (`devServer: { proxy: { '/api': 'http://localhost:3000' } }`, also
 * `{ '/api': { target } }` and the list form `[{ context, target }]`) only while someone develops (judge/production.ts).
 */
export const REWRITE_CONFIG_FILES: readonly { file: RegExp; library: ClientLibrary; within: readonly string[]; property: string; keyedTargets?: true }[] = [
  { file: /^next\.config\.[cm]?[jt]s$/, library: { client: 'next-rewrites' }, within: ['rewrites'], property: 'destination' },
  { file: /webpack[^/]*\.[cm]?[jt]s$/i, library: { client: 'webpack-dev-proxy' }, within: ['devServer', 'proxy'], property: 'target', keyedTargets: true },
];

/** Functions that return the environment's variables as an object (`loadEnv(mode, process.cwd(), '')` of Vite): module → export names. */
export const ENV_LOADERS: Record<string, readonly string[]> = { vite: ['loadEnv'] };

/** Modules with a class whose instances the framework injects (see `ClientExport.injected`). */
export const INJECTED_CLASS_MODULES: ReadonlySet<string> = new Set(
  Object.entries(CLIENT_LIBRARIES).flatMap(([module, library]) => (library.main?.injected || Object.values(library.named ?? {}).some((entry) => entry.injected) ? [module] : [])),
);

/** Functions that return the framework's instance of the class they are given (Angular's `inject(HttpClient)`): module → export names. */
export const INJECT_FUNCTIONS: Record<string, readonly string[]> = { '@angular/core': ['inject'] };

/**
 * Services a framework injects by the name of the parameter that receives them (AngularJS: `function ($http, $resource)`,
 * or the names of an array annotation, `['$http', function (http) {…}]`): name → the library they are. A parameter of
 * that name is a client instance without a base URL; calling it makes a request (`$http({ method, url })`,
 * `$resource('/api/courses/:id')`, a resource class whose actions all go to that URL).
 */
export const INJECTED_BY_NAME: Record<string, ClientLibrary> = {
  $http: { client: 'angularjs-http', main: {} },
  $resource: { client: 'ngResource', main: {} },
};

/** Libraries a page loads with a script tag and uses through a global name (`Raven.config(dsn)` of raven-js): name → library. */
export const PAGE_GLOBALS: Record<string, ClientLibrary> = { Raven: CLIENT_LIBRARIES['raven-js']! };

/**
 * Config files a tool finds by name, whose default export (`export default {…}`, `module.exports = {…}`) may be a plain
 * object instead of a `defineConfig(…)` call: the object declares the same URLs (`cypress.config.js`: `{ e2e: { baseUrl } }`).
 */
const TOOL_CONFIG_FILES: readonly { file: RegExp; module: string }[] = [
  { file: /^cypress\.config\.[cm]?[jt]s$/, module: 'cypress' },
  { file: /^playwright\.config\.[cm]?[jt]s$/, module: '@playwright/test' },
  { file: /^vite\.config\.[cm]?[jt]s$/, module: 'vite' },
];

/** The tool whose config file this is (by its name), with the property paths of the URLs its config object declares. */
export function toolConfigFile(fileName: string): { library: ClientLibrary; paths: string[]; defaultBaseUrls: string[] } | null {
  const tool = TOOL_CONFIG_FILES.find((entry) => entry.file.test(fileName));
  const library = tool ? own(CLIENT_LIBRARIES, tool.module) : undefined;
  const paths = library?.named?.defineConfig?.configUrls;
  return library && paths ? { library, paths, defaultBaseUrls: library.named?.defineConfig?.defaultBaseUrls ?? [] } : null;
}

/** A record's own entry (never `constructor`, `toString`… from Object.prototype). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The export of a library an imported binding stands for (`default`/`*` → main, else named). */
export function clientExport(module: string, imported: string): { library: ClientLibrary; entry: ClientExport } | null {
  const library = own(CLIENT_LIBRARIES, module);
  if (!library) return null;
  const entry = imported === 'default' || imported === '*' ? library.main : own(library.named, imported);
  return entry ? { library, entry } : null;
}

/** Per client name, the members of an instance that are the same client (see `ClientLibrary.sameClientMembers`). */
export const SAME_CLIENT_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map(Object.values(CLIENT_LIBRARIES).flatMap((library) => (library.sameClientMembers ? [[library.client, library.sameClientMembers] as const] : [])));

/** Clients whose instances send to their base URL itself (see `ClientLibrary.pathless`). */
export const PATHLESS_CLIENTS: ReadonlySet<string> = new Set(Object.values(CLIENT_LIBRARIES).flatMap((library) => (library.pathless ? [library.client] : [])));

/**
 * Libraries that call a function they are given with a key they are given: module → export → argument positions.
 * SWR calls `fetcher(key)`: `useSWR('/api/user', fetcher)` is a call of the fetcher with the URL.
 */
export const FETCHER_CALLERS: Record<string, Record<string, { key: number; fetcher: number }>> = {
  swr: { default: { key: 0, fetcher: 1 }, useSWR: { key: 0, fetcher: 1 }, useSWRImmutable: { key: 0, fetcher: 1 } },
  'swr/immutable': { default: { key: 0, fetcher: 1 } },
};
