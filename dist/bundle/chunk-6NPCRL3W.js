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
var CLIENT_LIBRARIES = {
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
  request: requestLike("request"),
  "request-promise": requestLike("request-promise"),
  "request-promise-native": requestLike("request-promise-native"),
  needle: { client: "needle", main: { callable: { form: "method-url" }, methods: { get: verb("GET"), post: verb("POST"), put: verb("PUT"), patch: verb("PATCH"), delete: verb("DELETE"), head: verb("HEAD") } } },
  ofetch,
  "@reduxjs/toolkit/query": rtkQuery,
  "@reduxjs/toolkit/query/react": rtkQuery,
  "@apollo/client": apollo,
  "@apollo/client/core": apollo,
  "@apollo/client/link/http": apollo
};
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

export {
  INSTANCE_VERBS,
  own,
  clientExport
};
//# sourceMappingURL=chunk-6NPCRL3W.js.map
