import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/extract/typescript/clients.js
var verb = (method) => ({ form: "verb", method });
var INSTANCE_VERBS = {
  get: "GET",
  post: "POST",
  put: "PUT",
  patch: "PATCH",
  delete: "DELETE",
  del: "DELETE",
  head: "HEAD",
  options: "OPTIONS",
  request: null
};
var axios = {
  client: "axios",
  main: {
    callable: { form: "url-or-config" },
    methods: {
      get: verb("GET"),
      delete: verb("DELETE"),
      head: verb("HEAD"),
      options: verb("OPTIONS"),
      post: verb("POST"),
      put: verb("PUT"),
      patch: verb("PATCH"),
      postForm: verb("POST"),
      putForm: verb("PUT"),
      patchForm: verb("PATCH"),
      request: { form: "config" }
    },
    factories: { create: "baseURL" }
  }
};
var gotLike = (client, factories) => ({
  client,
  main: {
    callable: { form: "fetch" },
    methods: { get: verb("GET"), post: verb("POST"), put: verb("PUT"), patch: verb("PATCH"), delete: verb("DELETE"), head: verb("HEAD") },
    factories
  }
});
var fetchLike = (client) => ({ client, main: { callable: { form: "fetch" } } });
var nodeHttp = (client) => {
  const functions = { request: { callable: { form: "node-http" } }, get: { callable: { form: "node-http", method: "GET" } } };
  return {
    client,
    main: { methods: { request: { form: "node-http" }, get: { form: "node-http", method: "GET" } } },
    named: functions
  };
};
var superagent = {
  client: "superagent",
  main: {
    callable: { form: "method-url" },
    methods: {
      get: verb("GET"),
      post: verb("POST"),
      put: verb("PUT"),
      patch: verb("PATCH"),
      del: verb("DELETE"),
      delete: verb("DELETE"),
      head: verb("HEAD"),
      options: verb("OPTIONS")
    }
  }
};
var requestLike = (client) => ({
  client,
  main: {
    callable: { form: "url-or-config" },
    methods: { get: verb("GET"), post: verb("POST"), put: verb("PUT"), patch: verb("PATCH"), del: verb("DELETE"), delete: verb("DELETE"), head: verb("HEAD") }
  }
});
var ofetch = {
  client: "ofetch",
  main: { callable: { form: "fetch" }, methods: { raw: { form: "fetch" } }, factories: { create: "baseURL" } },
  named: {
    ofetch: { callable: { form: "fetch" }, methods: { raw: { form: "fetch" } }, factories: { create: "baseURL" } },
    $fetch: { callable: { form: "fetch" }, methods: { raw: { form: "fetch" } }, factories: { create: "baseURL" } }
  }
};
var rtkQuery = {
  client: "rtk-query",
  named: { fetchBaseQuery: { factoryBaseProp: "baseUrl" }, createApi: { requestApi: { client: "baseQuery", endpoints: "endpoints" } } }
};
var apollo = {
  client: "apollo",
  named: { HttpLink: { factoryBaseProp: "uri" }, ApolloClient: { factoryBaseProp: "uri" }, createHttpLink: { factoryBaseProp: "uri" } }
};
var apolloBoost = { client: "apollo", main: { factoryBaseProp: "uri" }, named: apollo.named };
var apolloLinkHttp = { client: "apollo", named: { HttpLink: { factoryBaseProp: "uri" }, createHttpLink: { factoryBaseProp: "uri" } } };
var sentry = (client) => ({
  client,
  defaultsFromEnv: { dsn: "SENTRY_DSN" },
  main: { factories: { init: "dsn" } },
  named: { init: { factoryBaseProp: "dsn" } }
});
var raven = (client, fromEnv) => ({
  client,
  urlArgument: true,
  ...fromEnv ? { defaultsFromEnv: { dsn: "SENTRY_DSN" } } : {},
  main: { factories: { config: "dsn" } }
});
var otlp = (exporter) => ({
  client: "opentelemetry-otlp",
  defaultsFromEnv: { url: "OTEL_EXPORTER_OTLP_ENDPOINT" },
  named: { [exporter]: { factoryBaseProp: "url" } }
});
var SDK_LIBRARIES = {
  ...Object.fromEntries(["node", "browser", "react", "vue", "angular", "svelte", "sveltekit", "nextjs", "remix", "nuxt", "astro", "bun", "deno", "electron", "react-native", "gatsby", "ember", "solid"].map((flavour) => [
    `@sentry/${flavour}`,
    sentry(flavour === "node" ? "@sentry/node" : "sentry")
  ])),
  "raven-js": raven("sentry", false),
  raven: raven("@sentry/node", true),
  "winston-loki": { client: "winston-loki", main: { factoryBaseProp: "host" } },
  "winston-transport-sentry-node": { client: "winston-sentry", defaultsFromEnv: { "sentry.dsn": "SENTRY_DSN" }, main: { factoryBaseProp: "sentry.dsn" } },
  "@opentelemetry/exporter-trace-otlp-http": otlp("OTLPTraceExporter"),
  "@opentelemetry/exporter-trace-otlp-proto": otlp("OTLPTraceExporter"),
  "@opentelemetry/exporter-metrics-otlp-http": otlp("OTLPMetricExporter"),
  "@opentelemetry/exporter-metrics-otlp-proto": otlp("OTLPMetricExporter"),
  "@opentelemetry/exporter-logs-otlp-http": otlp("OTLPLogExporter"),
  "@opentelemetry/exporter-logs-otlp-proto": otlp("OTLPLogExporter"),
  // OpenAI-compatible endpoints (self-hosted LLM gateways): `new OpenAI({ baseURL })`, else OPENAI_BASE_URL.
  openai: { client: "openai", defaultsFromEnv: { baseURL: "OPENAI_BASE_URL" }, main: { factoryBaseProp: "baseURL" }, named: { OpenAI: { factoryBaseProp: "baseURL" }, AzureOpenAI: { factoryBaseProp: "endpoint" } } },
  ollama: { client: "ollama", named: { Ollama: { factoryBaseProp: "host" } } },
  // The Vercel AI SDK's providers: `createOpenAI({ baseURL })`, `createOpenAICompatible({ baseURL, name })`, …
  "@ai-sdk/openai": { client: "ai-sdk", defaultsFromEnv: { baseURL: "OPENAI_BASE_URL" }, named: { createOpenAI: { factoryBaseProp: "baseURL" } } },
  "@ai-sdk/openai-compatible": { client: "ai-sdk", named: { createOpenAICompatible: { factoryBaseProp: "baseURL" } } },
  "@ai-sdk/anthropic": { client: "ai-sdk", named: { createAnthropic: { factoryBaseProp: "baseURL" } } },
  "@ai-sdk/azure": { client: "ai-sdk", named: { createAzure: { factoryBaseProp: "baseURL" } } },
  "ollama-ai-provider": { client: "ai-sdk", named: { createOllama: { factoryBaseProp: "baseURL" } } },
  "@langchain/ollama": { client: "ollama", named: { ChatOllama: { factoryBaseProp: "baseUrl" }, OllamaEmbeddings: { factoryBaseProp: "baseUrl" }, Ollama: { factoryBaseProp: "baseUrl" } } },
  "@langchain/openai": { client: "langchain", named: { ChatOpenAI: { factoryBaseProp: "configuration.baseURL" }, OpenAIEmbeddings: { factoryBaseProp: "configuration.baseURL" } } },
  // OpenFeature's flagd provider: gRPC to the flag daemon, `new FlagdProvider({ host: 'flagd' })`, else FLAGD_HOST.
  "@openfeature/flagd-provider": { client: "flagd", defaultsFromEnv: { host: "FLAGD_HOST" }, named: { FlagdProvider: { factoryBaseProp: "host" } } },
  "@slack/webhook": { client: "slack-webhook", urlArgument: true, named: { IncomingWebhook: { factoryBaseProp: "url" } } },
  // The identity provider's issuer: `discovery(new URL(issuer), …)` (v6), `Issuer.discover(issuer)` (v5).
  "openid-client": { client: "openid-client", urlArgument: true, named: { discovery: { factoryBaseProp: "server" }, Issuer: { factories: { discover: "issuer" } } } },
  "@aws-sdk/client-s3": { client: "aws-sdk", named: { S3Client: { factoryBaseProp: "endpoint" }, S3: { factoryBaseProp: "endpoint" } } },
  "@aws-sdk/client-sqs": { client: "aws-sdk", named: { SQSClient: { factoryBaseProp: "endpoint" } } },
  "@aws-sdk/client-sns": { client: "aws-sdk", named: { SNSClient: { factoryBaseProp: "endpoint" } } },
  "@aws-sdk/client-dynamodb": { client: "aws-sdk", named: { DynamoDBClient: { factoryBaseProp: "endpoint" } } },
  "@aws-sdk/client-lambda": { client: "aws-sdk", named: { LambdaClient: { factoryBaseProp: "endpoint" } } },
  "@aws-sdk/client-ses": { client: "aws-sdk", named: { SESClient: { factoryBaseProp: "endpoint" } } },
  "@aws-sdk/client-sesv2": { client: "aws-sdk", named: { SESv2Client: { factoryBaseProp: "endpoint" } } },
  "@azure/storage-blob": { client: "azure-sdk", urlArgument: true, named: { BlobServiceClient: { factoryBaseProp: "url" }, ContainerClient: { factoryBaseProp: "url" } } },
  "@azure/openai": { client: "azure-openai", urlArgument: true, named: { OpenAIClient: { factoryBaseProp: "endpoint" } } }
};
var supertest = { client: "supertest", inProcessBase: "http://127.0.0.1", main: { factories: { agent: "app" } } };
var vite = { client: "vite-dev-proxy", named: { defineConfig: { configUrls: ["server.proxy.*", "server.proxy.*.target", "preview.proxy.*", "preview.proxy.*.target"] } } };
var DEV_TOOL_LIBRARIES = {
  supertest,
  "supertest-session": { client: "supertest", inProcessBase: "http://127.0.0.1" },
  vite,
  // Vitest re-exports Vite's defineConfig: a vite.config.ts may import it from here and still declare the dev server's proxy.
  "vitest/config": vite,
  cypress: { client: "cypress", named: { defineConfig: { configUrls: ["baseUrl", "e2e.baseUrl", "component.baseUrl"], defaultBaseUrls: ["baseUrl"] } } },
  "@playwright/test": { client: "playwright", named: { defineConfig: { configUrls: ["use.baseURL", "webServer.url"] }, request: { factories: { newContext: "baseURL" } } } }
};
function nuxtComposables() {
  return { client: "nuxt", named: { useFetch: { callable: { form: "fetch" } }, useLazyFetch: { callable: { form: "fetch" } }, $fetch: { callable: { form: "fetch" } } } };
}
var nestHttp = { client: "nestjs-http", sameClientMembers: ["axiosRef"], named: { HttpService: { injected: true } } };
var JQUERY = { client: "jquery", main: { methods: { ajax: { form: "url-or-config" }, get: verb("GET"), getJSON: verb("GET"), post: verb("POST") } } };
var CRA_SETUP_PROXY = { file: /(?:^|\/)src\/setupProxy\.[cm]?[jt]s$/, client: "cra-dev-proxy" };
var CLIENT_LIBRARIES = {
  ...SDK_LIBRARIES,
  ...DEV_TOOL_LIBRARIES,
  axios,
  got: gotLike("got", { extend: "prefixUrl" }),
  ky: gotLike("ky", { create: "prefixUrl", extend: "prefixUrl" }),
  "node-fetch": fetchLike("node-fetch"),
  "cross-fetch": fetchLike("cross-fetch"),
  "isomorphic-fetch": fetchLike("isomorphic-fetch"),
  "isomorphic-unfetch": fetchLike("isomorphic-unfetch"),
  undici: { client: "undici", named: { fetch: { callable: { form: "fetch" } }, request: { callable: { form: "fetch" } } } },
  http: nodeHttp("node:http"),
  "node:http": nodeHttp("node:http"),
  https: nodeHttp("node:https"),
  "node:https": nodeHttp("node:https"),
  superagent,
  jquery: JQUERY,
  "graphql-request": { client: "graphql-request", urlArgument: true, pathless: true, named: { request: { callable: verb("POST") }, rawRequest: { callable: verb("POST") }, GraphQLClient: { factoryBaseProp: "url" } } },
  request: requestLike("request"),
  "request-promise": requestLike("request-promise"),
  "request-promise-native": requestLike("request-promise-native"),
  needle: { client: "needle", main: { callable: { form: "method-url" }, methods: { get: verb("GET"), post: verb("POST"), put: verb("PUT"), patch: verb("PATCH"), delete: verb("DELETE"), head: verb("HEAD") } } },
  ofetch,
  // The EventSource of browsers for Node (`new EventSource(url)`; named export from version 3).
  eventsource: { client: "eventsource", main: { callable: verb("GET") }, named: { EventSource: { callable: verb("GET") } } },
  // Nuxt's composables imported by hand, and VueUse's `useFetch(url)`.
  "#app": nuxtComposables(),
  "#imports": nuxtComposables(),
  "nuxt/app": nuxtComposables(),
  "@vueuse/core": { client: "vueuse", named: { useFetch: { callable: { form: "fetch" } } } },
  "@reduxjs/toolkit/query": rtkQuery,
  "@reduxjs/toolkit/query/react": rtkQuery,
  "@apollo/client": apollo,
  "@apollo/client/core": apollo,
  "@apollo/client/link/http": apollo,
  "@apollo/client/link/batch-http": { client: "apollo", named: { BatchHttpLink: { factoryBaseProp: "uri" } } },
  "apollo-boost": apolloBoost,
  "apollo-link-http": apolloLinkHttp,
  "apollo-link-batch-http": { client: "apollo", named: { BatchHttpLink: { factoryBaseProp: "uri" } } },
  "apollo-upload-client": { client: "apollo", named: { createUploadLink: { factoryBaseProp: "uri" } } },
  // tRPC's terminating links: `httpBatchLink({ url: '/api/trpc' })` is the client's endpoint.
  "@trpc/client": {
    client: "trpc",
    named: { httpLink: { factoryBaseProp: "url" }, httpBatchLink: { factoryBaseProp: "url" }, httpBatchStreamLink: { factoryBaseProp: "url" }, unstable_httpBatchStreamLink: { factoryBaseProp: "url" }, httpSubscriptionLink: { factoryBaseProp: "url" } }
  },
  // k6 load-test scripts: `http.get(url)`, `http.request(method, url)`; the run's target, never a production integration.
  "k6/http": {
    client: "k6",
    main: { methods: { get: verb("GET"), post: verb("POST"), put: verb("PUT"), patch: verb("PATCH"), del: verb("DELETE"), head: verb("HEAD"), options: verb("OPTIONS"), request: { form: "method-url" } } }
  },
  "@angular/common/http": { client: "angular-http", named: { HttpClient: { injected: true } } },
  // NestJS's HttpService (axios underneath, reachable as `.axiosRef`) injected into a provider. Nest before 8 exported it
  // from @nestjs/common.
  "@nestjs/axios": nestHttp,
  "@nestjs/common": nestHttp,
  // Reverse proxies in a Node server: the target is a backend the server forwards requests to.
  "http-proxy-middleware": {
    client: "http-proxy",
    optionsAfterPath: true,
    devServerFile: CRA_SETUP_PROXY,
    main: { factoryBaseProp: "target" },
    named: { createProxyMiddleware: { factoryBaseProp: "target" }, legacyCreateProxyMiddleware: { factoryBaseProp: "target" } }
  },
  "http-proxy": { client: "http-proxy", main: { factories: { createProxyServer: "target", createProxy: "target", createServer: "target" } } },
  "express-http-proxy": { client: "http-proxy", urlArgument: true, devServerFile: CRA_SETUP_PROXY, main: { factoryBaseProp: "host" } }
};
var GLOBAL_CLIENTS = {
  fetch: { client: "fetch", form: "fetch" },
  $fetch: { client: "ofetch", form: "fetch" },
  useFetch: { client: "nuxt", form: "fetch" },
  useLazyFetch: { client: "nuxt", form: "fetch" },
  EventSource: { client: "eventsource", form: "verb", method: "GET" }
};
var globalFetch = { fetch: GLOBAL_CLIENTS.fetch };
var GLOBAL_OBJECT_CLIENTS = {
  window: globalFetch,
  globalThis: globalFetch,
  self: globalFetch,
  global: globalFetch,
  navigator: { sendBeacon: { client: "beacon", form: "verb", method: "POST" } },
  cy: { request: { client: "cypress", form: "method-url" } }
};
var GRPC_CHANNEL_CREDENTIALS = {
  "@grpc/grpc-js": { objects: ["ChannelCredentials", "credentials"], methods: ["createInsecure", "createSsl", "createFromSecureContext", "combineChannelCredentials"] },
  grpc: { objects: ["credentials"], methods: ["createInsecure", "createSsl", "combineChannelCredentials"] }
};
var REWRITE_CONFIG_FILES = [
  { file: /^next\.config\.[cm]?[jt]s$/, library: { client: "next-rewrites" }, within: ["rewrites"], property: "destination" },
  { file: /webpack[^/]*\.[cm]?[jt]s$/i, library: { client: "webpack-dev-proxy" }, within: ["devServer", "proxy"], property: "target", keyedTargets: true }
];
var ENV_LOADERS = { vite: ["loadEnv"] };
var INJECTED_CLASS_MODULES = new Set(Object.entries(CLIENT_LIBRARIES).flatMap(([module, library]) => library.main?.injected || Object.values(library.named ?? {}).some((entry) => entry.injected) ? [module] : []));
var INJECT_FUNCTIONS = { "@angular/core": ["inject"] };
var INJECTED_BY_NAME = {
  $http: { client: "angularjs-http", main: {} },
  $resource: { client: "ngResource", main: {} }
};
var PAGE_GLOBALS = { Raven: CLIENT_LIBRARIES["raven-js"] };
var TOOL_CONFIG_FILES = [
  { file: /^cypress\.config\.[cm]?[jt]s$/, module: "cypress" },
  { file: /^playwright\.config\.[cm]?[jt]s$/, module: "@playwright/test" },
  { file: /^vite\.config\.[cm]?[jt]s$/, module: "vite" }
];
function toolConfigFile(fileName) {
  const tool = TOOL_CONFIG_FILES.find((entry) => entry.file.test(fileName));
  const library = tool ? own(CLIENT_LIBRARIES, tool.module) : void 0;
  const paths = library?.named?.defineConfig?.configUrls;
  return library && paths ? { library, paths, defaultBaseUrls: library.named?.defineConfig?.defaultBaseUrls ?? [] } : null;
}
function own(record, key) {
  return record !== void 0 && Object.hasOwn(record, key) ? record[key] : void 0;
}
function clientExport(module, imported) {
  const library = own(CLIENT_LIBRARIES, module);
  if (!library)
    return null;
  const entry = imported === "default" || imported === "*" ? library.main : own(library.named, imported);
  return entry ? { library, entry } : null;
}
var SAME_CLIENT_MEMBERS = new Map(Object.values(CLIENT_LIBRARIES).flatMap((library) => library.sameClientMembers ? [[library.client, library.sameClientMembers]] : []));
var PATHLESS_CLIENTS = new Set(Object.values(CLIENT_LIBRARIES).flatMap((library) => library.pathless ? [library.client] : []));
var FETCHER_CALLERS = {
  swr: { default: { key: 0, fetcher: 1 }, useSWR: { key: 0, fetcher: 1 }, useSWRImmutable: { key: 0, fetcher: 1 } },
  "swr/immutable": { default: { key: 0, fetcher: 1 } }
};

export {
  INSTANCE_VERBS,
  JQUERY,
  CLIENT_LIBRARIES,
  GLOBAL_CLIENTS,
  GLOBAL_OBJECT_CLIENTS,
  GRPC_CHANNEL_CREDENTIALS,
  REWRITE_CONFIG_FILES,
  ENV_LOADERS,
  INJECTED_CLASS_MODULES,
  INJECT_FUNCTIONS,
  INJECTED_BY_NAME,
  PAGE_GLOBALS,
  toolConfigFile,
  own,
  clientExport,
  SAME_CLIENT_MEMBERS,
  PATHLESS_CLIENTS,
  FETCHER_CALLERS
};
//# sourceMappingURL=chunk-5TULVUP7.js.map
