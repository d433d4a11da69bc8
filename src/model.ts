/**
 * The domain types every pipeline stage shares: discover → extract → resolve → judge → report.
 * Each stage hands plain, JSON-serialisable data to the next (facts are cacheable per file).
 * Paths in these types are relative to the scan root, with `/` separators; lines and columns are 1-based.
 */
import type { Landscape } from './landscape/types.js';

// ───────────────────────────── discover ─────────────────────────────

/** A source language an extractor understands. */
export type Language =
  | 'typescript'
  | 'javascript'
  | 'python'
  | 'java'
  | 'kotlin'
  | 'go'
  | 'csharp'
  | 'php'
  | 'ruby'
  | 'rust'
  | 'vue'
  | 'svelte';

/** A deployment / configuration file kind a manifest reader understands. */
export type ManifestKind =
  | 'service-manifest' // architecture.yaml
  | 'backstage' // catalog-info.yaml
  | 'dotenv' // .env, .env.*
  | 'compose' // docker-compose*.yml, compose*.yaml
  | 'kubernetes' // any YAML with apiVersion/kind (incl. OpenShift, Knative)
  | 'helm-values' // values*.yaml
  | 'spring' // application*.yml / application*.properties
  | 'node-config' // config/default.*, config/production.*, custom-environment-variables.*
  | 'dockerfile'
  | 'ci-workflow' // .github/workflows/*.yml, .github/actions/**/action.yml: Docker build arguments of the image builds
  | 'gravitee' // Gravitee API definitions (gateway catalogue)
  | 'openapi'
  | 'appsettings' // .NET appsettings*.json (config keys `A:B`)
  | 'django-settings' // Django settings*.py module constants, as config bindings (read by the Python extractor)
  | 'drupal-settings' // Drupal settings*.php `$config['name']['key']` overrides, as config bindings (read by the PHP extractor)
  | 'laravel-config' // Laravel config/*.php arrays, as config bindings `file.key.path` (read by the PHP extractor)
  | 'build-tool' // values a front end's build tool puts in the bundle (CRA's PUBLIC_URL from package.json `homepage`, Vite's `base`)
  | 'arch-lint-config' // `bindings:` stated by hand in arch-lint's own config (never a discovered file)
  | 'build-module' // pom.xml, build.gradle(.kts), *.csproj, go.mod: a build module, the service of its files when no manifest names one
  | 'nginx' // nginx.conf and *.conf in an nginx folder: proxy_pass routes of a gateway (Apache httpd ProxyPass in the same folders)
  | 'gateway-config' // ocelot*.json, krakend*.json, kong*.json, envoy*.json: a gateway's routes (YAML ones are read through 'kubernetes')
  | 'apache' // httpd.conf, apache2.conf, *.conf in an apache2/httpd folder: ProxyPass and [P] rewrite routes of a gateway
  | 'cypress' // cypress.json (Cypress before 10): its baseUrl, the base of cy.request
  | 'package-json'; // package.json's `proxy` (Create React App's development server), read by the resolver with the build tools' values

/** One file selected for scanning. */
export interface DiscoveredFile {
  /** Absolute path on disk. */
  absPath: string;
  /** Path relative to the scan root, `/`-separated. */
  path: string;
  /** What reads it: a language extractor or a manifest reader. */
  kind: { type: 'source'; language: Language } | { type: 'manifest'; manifest: ManifestKind };
  size: number;
  /** What discovery's `stat` saw (absent for staged content): the caches use it to tell an unchanged file without reading it. */
  stat?: FileStat;
}

/** The parts of a file's `stat` that change when it is written, replaced or re-pointed (a symlink's target). */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** A problem with one input (unparseable file, unreadable file, bad config…). The scan goes on. */
export interface Problem {
  /** Path relative to the root (or absolute when outside it); null for problems not tied to a file. */
  file: string | null;
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
  /** Short machine-readable kind, e.g. `parse-error`, `too-large`, `binary`, `unreadable`, `symlink-loop`. */
  code: string;
  /** Human sentence: what happened and what arch-lint did about it (e.g. "skipped"). */
  message: string;
}

// ───────────────────────────── extract ─────────────────────────────

export interface Loc {
  file: string;
  line: number;
  column: number;
}

/**
 * Symbolic value of an expression, as far as one file's syntax tells.
 * Extractors build these; the resolver evaluates them across files and against env bindings.
 */
export type Sym =
  /** A string (or number) literal. */
  | { kind: 'lit'; value: string }
  /** String concatenation / template literal / f-string / format: parts joined in order. */
  | { kind: 'concat'; parts: Sym[] }
  /**
   * Several possible values (`a ? b : c`, `a || b`, `a ?? b`): each option may be the runtime value. `falsy`: an option
   * applies only where the ones before it are empty or false (`a || b`, Python's `a or b`), so an empty value of
   * those is none of the whole.
   */
  | { kind: 'alt'; options: Sym[]; falsy?: true }
  /** An environment variable read (`process.env.X`, `os.getenv("X")`, `System.getenv("X")`). */
  | { kind: 'env'; name: string }
  /** A configuration key read (`config.get('a.b')`, Spring `${a.b}`, Django `settings.X`, `IConfiguration["A:B"]`). */
  | { kind: 'config'; key: string }
  /**
   * An env var or configuration key read whose name is itself a value (`environment.getProperty(key)` in a helper
   * `String get(String key)`, `os.getenv(name)`): evaluated where the name is known, through the helper's callers.
   */
  | { kind: 'lookup'; source: 'env' | 'config'; key: Sym }
  /**
   * URL resolution `new URL(path, base)`, `urljoin(base, path)`, or a client's base URL joined with a call's path.
   * With `join`, `path` is put after the base's path as a URI builder does, not resolved against it: `append` as
   * Spring's `UriComponentsBuilder.path(p)` (as written, a `//` where they meet made one, and a `/` after a base that
   * is only an origin), `segment` with exactly one `/` between them (Spring's `pathSegment`, JAX-RS `UriBuilder.path`).
   */
  | { kind: 'url'; base: Sym; path: Sym; join?: 'append' | 'segment' }
  /**
   * A reference to a named symbol. `module: null` = top-level symbol of the same file;
   * otherwise the import specifier exactly as written (`./config`, `../lib/api.js`, `com.example.Config`),
   * resolved to a file by the resolver. `member` is a property path (`config.SISU_URL` → name `config`, member `['SISU_URL']`).
   */
  | { kind: 'ref'; module: string | null; name: string; member: string[] }
  /**
   * A parameter of the enclosing function (see CallFact.fn); `member` as in `ref`. `outer: 1`: a parameter of the
   * function that returned the enclosing one (a closure, `(base) => (path) => fetch(base + path)`), bound by the call
   * that made it.
   */
  | { kind: 'param'; index: number; name: string; member: string[]; outer?: 1; fallback?: Sym }
  /** An object literal (`{ baseURL: …, timeout: … }`). */
  | { kind: 'object'; props: Record<string, Sym> }
  /** An HTTP client instance configured with an optional base URL (`axios.create({ baseURL })`, `got.extend`, `new HttpLink`). */
  | { kind: 'client'; client: string; base: Sym | null; at: Loc; label: string }
  /** The result of calling something (`getClient()`, `makeApi('x')`); `member`: a property path read from it (`requestOptions().baseURL`). */
  | { kind: 'call'; callee: Sym; args: Sym[]; member?: string[] }
  /** A function: its parameters and what it returns (for client factories and wrappers). */
  | { kind: 'fn'; name: string; params: string[]; returns: Sym | null }
  /** Evidence step: `value` came from `label` declared at `at` (e.g. "const SISU_URL"). Resolvers keep these in `via`. */
  | { kind: 'step'; label: string; at: Loc; value: Sym }
  /** Could not be determined statically. `text` is the short source text, for messages. */
  | { kind: 'unknown'; text: string };

/**
 * A step of a `member` path that reads whichever property a key computed at run time names (`config[env]`,
 * `require('./config')[process.env.NODE_ENV]`): each property of the object is a possible value.
 */
export const ANY_MEMBER = '[*]';

/** HTTP method, upper case, or null when not known. */
export type HttpMethod = string | null;

/**
 * One outbound HTTP call site (or HTTP client configuration) found in a file.
 * For calls on an instance (`api.get('/x')`), `receiver` says what the method is called on;
 * the resolver decides whether it really is an HTTP client (a `Map.get` is not) and drops it if not.
 */
export interface CallFact {
  /** `call`: a request is sent here. `client-config`: a client is configured with a base URL here (reported at the `baseURL` property). */
  kind: 'call' | 'client-config';
  loc: Loc;
  /** Client library (`fetch`, `axios`, `got`, `node:http`, `ky`, `requests`, `RestTemplate`…); `instance` when it depends on the receiver. */
  client: string;
  method: HttpMethod;
  /** Short source text of the URL argument (≤ 120 chars). */
  expression: string;
  /** The URL argument (path when called on an instance with a base). Null when the call has no URL argument. */
  url: Sym | null;
  /** What the method is called on, for instance calls (`api.get`): a ref, a call result, or a client. Absent for global functions. */
  receiver?: Sym;
  /**
   * Where the method comes from when the code does not write it (`method` null): a variable or a parameter
   * (`superagent(httpMethod, url)`, `fetch(url, { method })`, `fetch(url, options)` → `options.method`). A wrapper's
   * call site gives it a value (`callApi('/x', 'POST')`).
   */
  methodFrom?: Sym;
  /** Name of the enclosing function symbol (key in FileFacts.symbols) whose params `param` syms refer to. */
  fn?: string;
  /** Enclosing symbol path for humans and baselines, e.g. `ImporterClient.fetchStudents`, `<module>`. */
  enclosing: string;
  /**
   * On a `client-config`: it sets the library's process-wide default base URL (`axios.defaults.baseURL = …`), which
   * the library's own calls with a path (not a URL of their own) are joined with.
   */
  defaults?: true;
  /**
   * On a client configuration an SDK key of a configuration file sets (resolve stage only; `expression` is the key):
   * where that binding is. Of the key's values only the one written there is its target (with what its placeholders
   * give), and the env vars that override it.
   */
  bindingAt?: Loc;
}

/**
 * A call of a plain function that may turn out to be an HTTP wrapper (`callApi('/x')`, `fetchJson(url)`).
 * The resolver keeps it only if the callee resolves to a function whose body makes a call with a `param` URL.
 */
export interface Invocation {
  loc: Loc;
  callee: Sym;
  args: Sym[];
  expression: string;
  fn?: string;
  enclosing: string;
  /** The callee as written (`callApi`, `this.http.fetchJson`), for naming a wrapper call (`wrapper:callApi`). */
  calleeText?: string;
  /** Short source text of each argument, so the argument that carries the URL can be shown. */
  argTexts?: string[];
  /** Arguments passed by name (Python `path="/x"`): placed at their parameter's position once the callee is known. */
  named?: Record<string, Sym>;
}

/** An environment variable or configuration key bound to a value in a deployment/config file. */
export interface Binding {
  /**
   * `env`: an environment variable; `config`: a configuration key (dotted path, e.g. `sisu.baseUrl`); `chart-value`: a
   * value of a Helm chart's values file by its path (`payment.gateway`), read only by the chart's templates.
   */
  type: 'env' | 'config' | 'chart-value';
  name: string;
  /** The value as written; may contain `${OTHER}` references (followed by the resolver). */
  value: string;
  loc: Loc;
  /** Which reader produced it. */
  source: ManifestKind;
  /** dev / test / staging / prod / … when evident from file or folder names; null otherwise. */
  environment: string | null;
  /** The service this binding belongs to (matched by the manifest reader or later by the resolver); null = repo-wide fallback. */
  service: string | null;
  /** Workload / container / compose service name the binding was found under, used to match it to a service. */
  workload?: string;
  /**
   * Set when the value is not written here but taken from elsewhere (Kubernetes `valueFrom` / `envFrom`).
   * `value` is then a placeholder `${configmap:NAME:KEY}` / `${secret:NAME:KEY}` / `${field:PATH}` (key `*` for a whole-map `envFrom`).
   * The resolver joins `configmap` refs with the bindings whose `configMap` is NAME (a missing ConfigMap is a Problem it reports);
   * `secret` and `field` values are never read: the target stays unresolved, naming the secret.
   * For `envFrom` (`key: null`) `name` is the env prefix (often ''): each key K of the map becomes env var name+K.
   */
  ref?: { kind: 'configmap' | 'secret' | 'field'; name: string; key: string | null; optional: boolean };
  /** Set on bindings read from a ConfigMap's `data`: the ConfigMap name. They become env vars only through a `ref` (or as a fallback by key name). */
  configMap?: string;
  /** Why a value stated by hand (`bindings:` in the config) holds: shown in the evidence chain. */
  reason?: string;
  /** A Docker build argument (a CI workflow's `build-args`, compose `build.args`): the value of a Dockerfile's `ARG` of that name. */
  buildArgument?: boolean;
}

/**
 * A workload (compose service, Kubernetes Deployment/Job/…) found in a deployment file, with what ties it to code and to env files.
 * Lets the resolver attribute the workload's bindings to a service: by name, by build context under a service root,
 * and take the bindings of its `env_file`s (read by the dotenv reader) as the workload's own.
 */
export interface WorkloadFact {
  name: string;
  loc: Loc;
  source: ManifestKind;
  environment: string | null;
  /** Root-relative directory of the build context (compose `build` / `build.context`), resolved against the file's directory. */
  buildContext?: string;
  /** Root-relative path of the Dockerfile a compose `build.dockerfile` names (relative to the build context). */
  dockerfile?: string;
  /** Root-relative paths of env files the workload loads (compose `env_file`), in order (later ones win). */
  envFiles?: string[];
  /** Container images (`image:`), as written. */
  images?: string[];
  /** Container names (pod `containers[].name`, compose `container_name`): a container may be named like the service its workload runs. */
  containers?: string[];
  /** Root-relative files or folders of the repository bind-mounted into the container (compose `volumes: ./envoy.yaml:/etc/envoy/envoy.yaml`): a gateway's configuration is that workload's. */
  mounts?: string[];
  /** ConfigMaps a Kubernetes workload mounts as volumes (`volumes[].configMap.name`, projected sources): an nginx or Envoy configuration held in one is that workload's. */
  configMaps?: string[];
}

/** Facts extracted from one file: a pure function of its content (cacheable by content hash). */
/** How a source extractor is asked to read a file. */
export interface ExtractOptions {
  /** Parse it even when the pre-filter would skip it: it calls a wrapper (resolve/wrapper-callers.ts). */
  force?: boolean;
}

export interface FileFacts {
  file: string;
  language: Language | ManifestKind;
  calls: CallFact[];
  invocations: Invocation[];
  /** Top-level symbols by name (consts, functions, classes' static fields as `Class.field`). */
  symbols: Record<string, Sym>;
  /** Exported names → value (usually a `ref` to a local symbol, or a re-export `ref` to another module). `default` for default exports. */
  exports: Record<string, Sym>;
  /** Modules re-exported wholesale (`export * from './x'`), as written. */
  reexports: string[];
  bindings: Binding[];
  /** Inline suppression comments seen in the file. */
  directives: Directive[];
  /** Services declared by a service manifest (`architecture.yaml`, Backstage `catalog-info.yaml`). */
  services: ServiceDeclaration[];
  /** Hosts learnt from deployment files (OpenShift Route, Ingress, k8s Service, compose service names). */
  hosts: HostFact[];
  /** Workloads declared by deployment files (compose services, Kubernetes workloads); absent when the reader has none. */
  workloads?: WorkloadFact[];
  problems: Problem[];
  /** Build modules (Maven/Gradle module, .NET project, Go module) declared by a build file; absent when the reader has none. */
  modules?: ModuleFact[];
  /**
   * A source file its extractor's pre-filter skipped (no token that can make a request): the names it calls (`name(`),
   * sorted. A second look parses it when one of them is a wrapper's (see resolve/wrapper-callers.ts).
   */
  calledNames?: string[];
  /** Gateway routes written in code or in a proxy's configuration (Spring `RouteLocator` builders, YARP `MapForwarder`, nginx `proxy_pass`); absent when none. */
  routes?: RouteFact[];
}

/** A route a gateway forwards, as one file writes it (see GatewayRoute for the resolved edge). */
export interface RouteFact {
  /** Path the route matches (`/api/orders/**`, nginx `location`), null when it has none. */
  path: string | null;
  /** Where it forwards, as written (`lb://orders-service`, `http://catalog:8080`). */
  target: string;
  loc: Loc;
  /** The workload that forwards it, when the file names it (the Traefik service of the compose file whose labels route to a service). */
  workload?: string;
  /** The ConfigMap the configuration is embedded in (`data: { nginx.conf: | … }`): the workload mounting it forwards the route. */
  configMap?: string;
}

/** A build module: every file below `root` (down to the next module) belongs to it. */
export interface ModuleFact {
  /** Maven artifactId, Gradle project folder, .csproj file name, last segment of the Go module path, or a folder with its own Dockerfile (see extract/manifests/dockerfile.ts). */
  name: string;
  /** Root-relative directory of the build file ('' for the root). */
  root: string;
  loc: Loc;
  build: 'maven' | 'gradle' | 'dotnet' | 'go' | 'docker';
}

/** A route a gateway of the system forwards (Spring Cloud Gateway, Zuul, YARP): the gateway → backend edge (path, target and its place as in RouteFact). */
export interface GatewayRoute extends RouteFact {
  /** The service (manifest or build module) whose configuration holds the route; null outside every service. */
  gateway: string | null;
  /** The service that backend is, when known. */
  service?: string;
}

/** Where a service is reachable, as learnt from a deployment file. */
export interface HostFact {
  host: string;
  loc: Loc;
  /** Workload / compose service / k8s Service name it belongs to, used to match it to a declared service. */
  workload: string | null;
  source: 'route' | 'ingress' | 'k8s-service' | 'compose-service' | 'manifest';
}

export interface Waiver {
  reason: string | null;
  /** YYYY-MM-DD, or null when missing (itself a finding). */
  expires: string | null;
  ticket?: string;
  approvedBy?: string;
  loc: Loc;
}

/** What a service manifest says about one service. */
export interface ServiceDeclaration {
  name: string;
  /** System (Backstage `System`) the service belongs to; calls within one system are not integrations between systems. */
  system: string | null;
  owner: string | null;
  description?: string;
  /** Directory of the manifest, root-relative ('' for the root): every file below it (down to the next manifest) belongs to the service. */
  root: string;
  loc: Loc;
  /** Hosts where the service is reachable (manifest `spec.hosts`). */
  hosts: string[];
  provides: {
    name: string;
    openapi: string | null;
    exposure: 'gateway' | 'esb' | 'internal-only';
    loc: Loc;
    /**
     * Whether the `openapi` file (relative to the manifest) exists and parses as an OpenAPI/Swagger
     * document. Set before the judge by `checkOpenApiFiles` (src/resolve/services.ts); absent = not checked.
     */
    openapiStatus?: 'ok' | 'missing' | 'unparseable';
  }[];
  consumes: { name: string; url: string; via: 'gateway' | 'esb' | 'direct'; loc: Loc; waiver?: Waiver }[];
  /** Backstage `spec.dependsOn` / `consumesApis` entity refs. */
  dependsOn: string[];
  source: 'arch-lint' | 'backstage';
  /** `kind: gateway` in architecture.yaml: the system's own API gateway (calls to it are zone `gateway`). */
  kind?: 'gateway';
}

/** One API published on the gateway, from the Gravitee catalogue (any of its four serialisations). */
export interface GatewayApi {
  id: string;
  name: string;
  /** Where the definition was read from. */
  loc: Loc;
  /** Gateway context paths (`/organisation`), with a virtual host when the definition names one. */
  paths: { path: string; host: string | null }[];
  /** Backend endpoints; `url` null when the target is a Gravitee EL expression or otherwise not a URL (`raw` keeps it). */
  backends: { url: string | null; raw: string }[];
  plans: { name: string; security: string }[];
  definitionVersion: string;
}

/** An inline suppression comment (`// arch-lint-disable-next-line rule -- reason`). */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Rule ids; empty = all rules. */
  rules: string[];
  reason: string | null;
  /** `until YYYY-MM-DD`, if given. */
  until: string | null;
  /** The line the comment is on. */
  loc: Loc;
  /** The line it applies to. */
  appliesToLine: number;
}

// ───────────────────────────── resolve ─────────────────────────────

export type Zone = 'gateway' | 'esb' | 'local' | 'self' | 'internal' | 'external' | 'unknown' | 'unresolved';

/** One possible destination of a call. */
export interface Target {
  /** Full URL when known (`https://host/path`), a relative path for `self`, null when unresolved. */
  url: string | null;
  host: string | null;
  zone: Zone;
  /** Evidence chain, first step nearest the call: `axios instance 'importer' (src/importerClient.ts:5)`, `env:IMPORTER_URL`, `binding IMPORTER_URL (deploy/app.yaml:12, prod)`. */
  via: string[];
  /** Environment variable the value depends on and is unbound (listed in the report's `unboundEnv`). */
  env?: string;
  /** Service (from manifests) whose host this is. */
  service?: string;
  /** Catalogue API (gateway) this target reaches. */
  api?: string;
  /** Environment label of the binding that produced this target (dev/prod/…). */
  environment?: string;
  /** Binding location that produced this target, when one did. */
  binding?: Loc;
  /**
   * The one string literal the target's URL (or its base) was written in, when it comes from exactly one
   * literal (code string, `.env` value, compose/ConfigMap/Deployment env value, Spring property): where it is
   * and its text as written, without quotes. `offset` is the 0-based character (UTF-16 code unit) offset of
   * `text`'s first character in the file's content; line/column point at the same character.
   * Filled by the resolver; gateway fixes rewrite exactly this text (src/fix/).
   */
  literal?: { file: string; line: number; column: number; offset: number; text: string };
  /** Set by the judge when the host is in `ignoreHosts` (identity provider, telemetry): listed, but no rule reports it. */
  ignored?: boolean;
}

/** A call with its possible targets: what the report lists under `calls`. */
export interface ResolvedCall {
  file: string;
  line: number;
  column: number;
  language: Language;
  client: string;
  method: HttpMethod;
  expression: string;
  kind: 'call' | 'client-config';
  enclosing: string;
  targets: Target[];
  /** Service (from manifests) whose code makes the call. */
  service?: string;
  /** Set by the judge when a waiver, inline directive or baseline suppresses findings on this call. */
  suppressedBy?: string;
  /**
   * The integration point the call reaches through, when it is not the call itself: the base-URL configuration of the
   * client it is made on, or (for a call of a wrapper) the request the wrapper makes. Findings about calls that share
   * a point are one finding there, with the calls as related locations.
   */
  point?: Loc;
}

// ───────────────────────────── judge ─────────────────────────────

export type Severity = 'error' | 'warning';
export type RuleSetting = 'error' | 'warn' | 'off';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  /** Stable hash: rule + file + enclosing symbol + target; not line numbers. */
  fingerprint: string;
  /** Index into `calls`, when the finding is about a call. */
  callIndex?: number;
  /**
   * Other places that belong to the same finding: the call sites that reach one integration point (a client's
   * base-URL configuration, a wrapper's request), so one integration gives one finding. Sorted by file, line, column.
   * `--changed-since` keeps a finding when any of its locations is on a changed line.
   */
  related?: RelatedLocation[];
  /** Suppression, if any: kind and justification (reported, not counted). */
  suppressed?: { kind: 'waiver' | 'directive' | 'baseline'; justification: string };
  /** Machine-applicable fix (e.g. rewrite a backend URL to the gateway URL). */
  fix?: {
    file: string;
    /** 0-based character offsets [start, end) in the file's content at scan time. */
    range: [number, number];
    text: string;
    description: string;
    /** The text the range held at scan time; a fix is only applied while the file still holds exactly it there. */
    expected?: string;
    /** SHA-256 (hex) of the whole file's content at scan time, set by lint(); a fix is only applied while the file still hashes to it. */
    contentHash?: string;
  };
}

/** A further location of a finding (SARIF `relatedLocations`). */
export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  /** What happens there, e.g. `call GET /courses reaches it`. */
  message: string;
}

// ───────────────────────────── report ─────────────────────────────

export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  /** Link to the rule's docs page. */
  helpUri: string;
}

/** The JSON report: a public contract (schemas/report.schema.json). Change additively. */
export interface LintResult {
  version: 1;
  tool: { name: 'arch-lint'; version: string };
  root: string;
  /** Config file used, or null when the built-in `recommended` preset applied. */
  config: { file: string | null; extends: string[] };
  calls: ResolvedCall[];
  findings: Finding[];
  problems: Problem[];
  /** Metadata of the rules that ran, so a saved report can be re-rendered (SARIF needs it) without the rule code. */
  rules: RuleMeta[];
  /** Environment variables read by the code and bound nowhere that applies to the reading service (another service's own binding does not count). */
  unboundEnv: string[];
  summary: {
    files: number;
    calls: number;
    errors: number;
    warnings: number;
    suppressed: number;
    /** Calls per zone; `unknown` is a host in no zone, `unresolved` a URL not worked out. A call counts once in each zone its targets reach. Absent in reports of older versions. */
    zones?: Record<Zone, number>;
    /** Hosts in no zone, with how many calls reach each, most first. Absent in reports of older versions. */
    noZoneHosts?: { host: string; calls: number }[];
  };
  /** The baseline the run compared with (`arch-lint-baseline.json` or `--baseline`); absent when none was used. */
  baseline?: BaselineSummary;
  /** Set when only part of the repository was reported on (`--staged`, `--changed-since`): what was kept. */
  scope?: { kind: 'staged' | 'changed-since'; ref?: string; files: string[] };
  /** Who calls whom: the integration landscape (src/landscape/), absent in reports of older versions. */
  landscape?: Landscape;
  /** Routes the system's own gateways forward (gateway → backend edges); absent when no gateway configuration was found. */
  gatewayRoutes?: GatewayRoute[];
}

/** What a run did with its baseline: how many findings it absorbed, and which entries no longer occur. */
export interface BaselineSummary {
  /** The baseline file, root-relative when it is under the root, else absolute; null when not read from a file. */
  file: string | null;
  /** Findings the baseline absorbed (reported as suppressed, kind `baseline`). */
  baselined: number;
  /** Entries no finding matched (the debt was paid): `--update-baseline` drops them. Empty for `--staged` runs, which see part of the code only. */
  stale: { rule: string; service: string | null; file: string; target: string; symbol: string; fingerprint?: string; message: string; comment?: string }[];
}
