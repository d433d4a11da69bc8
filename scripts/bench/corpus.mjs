// Deterministic synthetic corpus for `npm run bench`: a monorepo-like tree where most files are
// ordinary TypeScript without HTTP calls (what the pre-filter must skip cheaply), some make calls in
// every client form arch-lint knows, some are config modules and deployment files, and a share is in
// other languages. Same size + same generator version → byte-identical corpus.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bump when the generated content changes, so cached corpora are regenerated. */
export const CORPUS_VERSION = 4;
export const CORPUS_SEED = 20261124;

/** Files per TS/JS package and per service of another language. */
const FILES_PER_PACKAGE = 40;
const FILES_PER_SERVICE = 25;

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; enough for reproducible corpora. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (table) => {
      const total = table.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of table) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return table[table.length - 1][0];
    },
  };
}

/** Share of each file kind, in percent of the corpus. Keep TS-without-calls the large majority. */
export const FILE_KINDS = [
  ['ts-component', 25],
  ['ts-util', 20],
  ['ts-types', 12],
  ['ts-hook', 6],
  ['js-module', 8],
  ['ts-call', 8],
  ['js-call', 2],
  ['python', 4],
  ['java', 3],
  ['go', 2],
  ['kotlin', 1],
  ['csharp', 1],
  ['php', 1],
  ['ruby', 1],
  ['rust', 1],
  ['deploy', 6],
];

/** Which language each kind is counted under (files/s per language). */
export const KIND_LANGUAGE = {
  'ts-component': 'typescript',
  'ts-util': 'typescript',
  'ts-types': 'typescript',
  'ts-hook': 'typescript',
  'ts-call': 'typescript',
  'ts-config': 'typescript',
  'js-module': 'javascript',
  'js-call': 'javascript',
  python: 'python',
  java: 'java',
  go: 'go',
  kotlin: 'kotlin',
  csharp: 'csharp',
  php: 'php',
  ruby: 'ruby',
  rust: 'rust',
  deploy: 'manifest',
  'package-json': 'other',
};

/** Target URLs by zone, realistic for a university: gateway, ESB, internal systems, SaaS, dev. */
const URLS = {
  gateway: ['https://gw.api.helsinki.fi/organisation', 'https://gw.api.helsinki.fi/contact-search', 'https://gw.api.helsinki.fi/efecte', 'https://gw.api.helsinki.fi/netdata'],
  esb: ['https://esbmt1.it.helsinki.fi/iam', 'https://esbmt1.it.helsinki.fi/optime'],
  internal: ['https://sis-helsinki.funidata.fi/kori/api', 'http://importer-api:3000', 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api', 'https://api-toska.apps.ocp-prod-0.k8s.it.helsinki.fi/pate'],
  external: ['https://api.openai.com/v1', 'https://api.github.com', 'https://o450123.ingest.sentry.io/api'],
  local: ['http://localhost:3000', 'http://localhost:8080', 'http://127.0.0.1:8000'],
};
const ZONE_WEIGHTS = [['gateway', 3], ['esb', 1], ['internal', 3], ['external', 2], ['local', 1]];
const ENV_NAMES = ['SISU_URL', 'IMPORTER_URL', 'ORGANISATION_URL', 'PATE_URL', 'OPENAI_URL', 'EFECTE_URL'];
const NOUNS = ['course', 'student', 'teacher', 'feedback', 'thesis', 'room', 'unit', 'enrolment', 'grade', 'survey', 'booking', 'exam', 'programme', 'credit', 'schedule'];
const VERBS = ['load', 'format', 'group', 'filter', 'sort', 'merge', 'validate', 'normalise', 'summarise', 'count'];
const PATHS = ['/units', '/v2/educationUnits', '/students', '/course-unit-realisations', '/contacts', '/hosts', '/ticket/post', '/groups/members', '/chat/completions', '/health'];

const cap = (word) => word[0].toUpperCase() + word.slice(1);

function tsComponent(random, index) {
  const noun = random.pick(NOUNS);
  const name = `${cap(noun)}List${index}`;
  const fields = Array.from({ length: random.int(2, 5) }, (_, i) => `  ${random.pick(NOUNS)}${i}: ${random.pick(['string', 'number', 'boolean', 'string | null'])}`);
  return `// Synthetic React component (bench corpus): no HTTP calls.
import { useMemo, useState } from 'react'

export interface ${name}Item {
  id: string
${fields.join('\n')}
}

interface ${name}Props {
  items: ${name}Item[]
  onSelect?: (item: ${name}Item) => void
}

export function ${name}({ items, onSelect }: ${name}Props) {
  const [query, setQuery] = useState('')
  const visible = useMemo(
    () => items.filter((item) => item.id.toLowerCase().includes(query.toLowerCase())),
    [items, query],
  )

  return (
    <section className="${noun}-list">
      <input value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search ${noun}s" />
      <ul>
        {visible.map((item) => (
          <li key={item.id} onClick={() => onSelect?.(item)}>
            {item.id}
          </li>
        ))}
      </ul>
      <p>{visible.length} / {items.length}</p>
    </section>
  )
}
`;
}

function tsUtil(random, index) {
  const functions = Array.from({ length: random.int(3, 6) }, (_, i) => {
    const verb = random.pick(VERBS);
    const noun = random.pick(NOUNS);
    return `export function ${verb}${cap(noun)}s${index}_${i}(values: readonly string[], limit = ${random.int(5, 50)}): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const value of values) {
    const key = value.trim().toLowerCase()
    if (key.length === 0 || seen.has(key)) continue
    seen.add(key)
    result.push(key)
    if (result.length >= limit) break
  }
  return result.sort((a, b) => a.localeCompare(b, 'fi'))
}
`;
  });
  return `// Synthetic utility module (bench corpus): pure functions, no HTTP calls.\n${functions.join('\n')}`;
}

function tsTypes(random, index) {
  const types = Array.from({ length: random.int(3, 7) }, (_, i) => {
    const noun = cap(random.pick(NOUNS));
    return `export interface ${noun}${index}_${i} {
  id: string
  name: { fi: string; sv?: string; en?: string }
  validFrom: string
  validTo: string | null
  tags: readonly string[]
}
`;
  });
  return `// Synthetic type declarations (bench corpus).\n${types.join('\n')}export type Id${index} = string\n`;
}

function tsHook(random, index) {
  const noun = random.pick(NOUNS);
  return `// Synthetic React hook (bench corpus): state and effects, no HTTP calls.
import { useEffect, useState } from 'react'

export function use${cap(noun)}Selection${index}(initial: string[] = []) {
  const [selected, setSelected] = useState<string[]>(initial)
  useEffect(() => {
    if (selected.length > ${random.int(10, 99)}) setSelected((current) => current.slice(-10))
  }, [selected])
  const toggle = (id: string) =>
    setSelected((current) => (current.includes(id) ? current.filter((value) => value !== id) : [...current, id]))
  return { selected, toggle, clear: () => setSelected([]) }
}
`;
}

function jsModule(random, index) {
  const noun = random.pick(NOUNS);
  return `// Synthetic CommonJS module (bench corpus): no HTTP calls.
const DEFAULT_PAGE_SIZE = ${random.int(10, 100)}

function paginate${cap(noun)}s${index}(rows, page = 1, size = DEFAULT_PAGE_SIZE) {
  const start = (page - 1) * size
  return { rows: rows.slice(start, start + size), total: rows.length, page }
}

function by${cap(noun)}Id${index}(rows) {
  return rows.reduce((acc, row) => ({ ...acc, [row.id]: row }), {})
}

module.exports = { paginate${cap(noun)}s${index}, by${cap(noun)}Id${index} }
`;
}

function tsConfigModule(random) {
  const lines = Object.entries(URLS).map(([zone, urls]) => `export const ${zone.toUpperCase()}_URL = '${random.pick(urls)}'`);
  const env = random.pick(ENV_NAMES);
  return `// Synthetic config module (bench corpus): URL constants and env reads other modules import.
export const inProduction = process.env.NODE_ENV === 'production'
${lines.join('\n')}
export const ${env} = process.env.${env} || 'http://localhost:${random.int(3000, 9000)}'
export const API_KEY = process.env.API_KEY ?? ''
`;
}

/** One request per form; each returns [code, requestCount, clientConfigCount, imports]. */
const TS_CALL_FORMS = [
  (url, p) => [`  return fetch('${url}${p}')`, 1, 0, []],
  (url, p) => [`  return fetch(\`\${GATEWAY_URL}${p}\`, { headers: { 'X-Api-Key': API_KEY } })`, 1, 0, []],
  (url, p) => [`  const { data } = await axios.get('${url}${p}')\n  return data`, 1, 0, ["import axios from 'axios'"]],
  (url, p) => [`  const client = axios.create({ baseURL: '${url}' })\n  return client.post('${p}', { id })`, 1, 1, ["import axios from 'axios'"]],
  (url, p) => [`  return got('${url}${p}').json()`, 1, 0, ["import got from 'got'"]],
  (url, p) => [`  const api = got.extend({ prefixUrl: INTERNAL_URL })\n  return api.get('${p.slice(1)}').json()`, 1, 1, ["import got from 'got'"]],
  (url, p) => [`  return new Promise((resolve) => https.request({ hostname: '${new URL(url).hostname}', path: '${p}', method: 'GET' }, resolve).end())`, 1, 0, ["import https from 'node:https'"]],
  (url, p) => [`  return ky.get('${url}${p}').json()`, 1, 0, ["import ky from 'ky'"]],
  (url, p) => [`  return superagent.get('${url}${p}')`, 1, 0, ["import superagent from 'superagent'"]],
  (url, p) => [`  return ofetch('${url}${p}', { method: 'POST', body: { id } })`, 1, 0, ["import { ofetch } from 'ofetch'"]],
  (url, p) => [`  const base = process.env.${'SISU_URL'} || '${url}'\n  return fetch(new URL('${p}', base))`, 1, 0, []],
  // A wrapper: arch-lint reports its two call sites, not the request inside it.
  (url, p) => [`  const callApi = (path: string) => axios.get(\`${url}\${path}\`)\n  await callApi('${p}')\n  return callApi('${p}/' + id)`, 2, 0, ["import axios from 'axios'"]],
];

function tsCall(random, index, configImport) {
  const count = random.int(1, 3);
  const imports = new Set([`import { API_KEY, GATEWAY_URL, INTERNAL_URL } from '${configImport}'`]);
  let requests = 0;
  let configs = 0;
  const functions = [];
  for (let i = 0; i < count; i++) {
    const zone = random.weighted(ZONE_WEIGHTS);
    const form = random.pick(TS_CALL_FORMS);
    const [code, requestCount, configCount, needed] = form(random.pick(URLS[zone]), random.pick(PATHS));
    needed.forEach((line) => imports.add(line));
    requests += requestCount;
    configs += configCount;
    functions.push(`export async function ${random.pick(VERBS)}${cap(random.pick(NOUNS))}${index}_${i}(id: string) {\n  void id\n${code}\n}\n`);
  }
  const self = random.next() < 0.3;
  if (self) {
    functions.push(`export const refresh${index} = () => fetch('/api/${random.pick(NOUNS)}s')\n`);
    requests += 1;
  }
  return { content: `// Synthetic service module (bench corpus): outbound HTTP calls.\n${[...imports].join('\n')}\n\n${functions.join('\n')}`, requests, configs };
}

function jsCall(random, index) {
  const url = random.pick(URLS[random.weighted(ZONE_WEIGHTS)]);
  const p = random.pick(PATHS);
  return {
    content: `// Synthetic CommonJS client (bench corpus): node-fetch behind a wrapper.
const fetch = require('node-fetch')

async function getJson${index}(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } })
  return response.json()
}

const load${index} = () => getJson${index}('${url}${p}')

module.exports = { getJson${index}, load${index} }
`,
    requests: 1, // the call site of the getJson wrapper
    configs: 0,
  };
}

/** Other languages: [relative path inside the service, content, requests, configs]. */
function otherLanguage(kind, random, index, withCall) {
  const url = random.pick(URLS[random.weighted(ZONE_WEIGHTS)]);
  const p = random.pick(PATHS);
  const noun = random.pick(NOUNS);
  switch (kind) {
    case 'python':
      return [`app/${noun}_${index}.py`, withCall
        ? `# Synthetic Python module (bench corpus): requests with an env base URL.\nimport os\n\nimport requests\n\nBASE_URL = os.environ.get("${random.pick(ENV_NAMES)}", "${url}")\n\n\ndef fetch_${noun}s(session_id):\n    response = requests.get(f"{BASE_URL}${p}", params={"session": session_id}, timeout=10)\n    response.raise_for_status()\n    return response.json()\n`
        : `# Synthetic Python module (bench corpus): no HTTP calls.\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass ${cap(noun)}${index}:\n    id: str\n    name: str\n\n    def label(self):\n        return f"{self.id}: {self.name}"\n`, withCall ? 1 : 0, 0];
    case 'java':
      return [`src/main/java/fi/helsinki/bench/${cap(noun)}Client${index}.java`, withCall
        ? `// Synthetic Java client (bench corpus): RestTemplate with a @Value URL.\npackage fi.helsinki.bench;\n\nimport org.springframework.beans.factory.annotation.Value;\nimport org.springframework.web.client.RestTemplate;\n\npublic class ${cap(noun)}Client${index} {\n    @Value("\${${noun}.url:${url}}")\n    private String baseUrl;\n    private final RestTemplate restTemplate = new RestTemplate();\n\n    public String fetch() {\n        return restTemplate.getForObject(baseUrl + "${p}", String.class);\n    }\n}\n`
        : `// Synthetic Java class (bench corpus): no HTTP calls.\npackage fi.helsinki.bench;\n\npublic record ${cap(noun)}${index}(String id, String name) {\n    public String label() {\n        return id + ": " + name;\n    }\n}\n`, withCall ? 1 : 0, 0];
    case 'go':
      return [`internal/${noun}${index}/client.go`, withCall
        ? `// Synthetic Go client (bench corpus): net/http with os.Getenv.\npackage ${noun}${index}\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc Fetch() (*http.Response, error) {\n\tbase := os.Getenv("${random.pick(ENV_NAMES)}")\n\tif base == "" {\n\t\tbase = "${url}"\n\t}\n\treturn http.Get(base + "${p}")\n}\n`
        : `// Synthetic Go package (bench corpus): no HTTP calls.\npackage ${noun}${index}\n\nimport "strings"\n\nfunc Normalise(value string) string {\n\treturn strings.ToLower(strings.TrimSpace(value))\n}\n`, withCall ? 1 : 0, 0];
    case 'kotlin':
      return [`src/main/kotlin/fi/helsinki/bench/${cap(noun)}${index}.kt`, withCall
        ? `// Synthetic Kotlin client (bench corpus): Ktor with defaultRequest.\npackage fi.helsinki.bench\n\nimport io.ktor.client.HttpClient\nimport io.ktor.client.plugins.defaultRequest\nimport io.ktor.client.request.get\n\nval client${index} = HttpClient {\n    defaultRequest { url("${url}") }\n}\n\nsuspend fun fetch${cap(noun)}${index}() = client${index}.get("${p}")\n`
        : `// Synthetic Kotlin data class (bench corpus): no HTTP calls.\npackage fi.helsinki.bench\n\ndata class ${cap(noun)}${index}(val id: String, val name: String)\n`, withCall ? 1 : 0, withCall ? 1 : 0];
    case 'csharp':
      return [`Services/${cap(noun)}Service${index}.cs`, withCall
        ? `// Synthetic C# service (bench corpus): HttpClient with BaseAddress.\nusing System;\nusing System.Net.Http;\nusing System.Threading.Tasks;\n\npublic class ${cap(noun)}Service${index}\n{\n    private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("${url}") };\n\n    public Task<string> FetchAsync() => _http.GetStringAsync("${p}");\n}\n`
        : `// Synthetic C# record (bench corpus): no HTTP calls.\npublic record ${cap(noun)}${index}(string Id, string Name);\n`, withCall ? 1 : 0, withCall ? 1 : 0];
    case 'php':
      return [`src/${cap(noun)}${index}.php`, withCall
        ? `<?php\n// Synthetic PHP client (bench corpus): Guzzle with base_uri.\nuse GuzzleHttp\\Client;\n\n$client = new Client(['base_uri' => getenv('${random.pick(ENV_NAMES)}') ?: '${url}']);\n$response = $client->get('${p}');\n`
        : `<?php\n// Synthetic PHP helper (bench corpus): no HTTP calls.\nfunction ${noun}_label_${index}(array $row): string {\n    return $row['id'] . ': ' . $row['name'];\n}\n`, withCall ? 1 : 0, withCall ? 1 : 0];
    case 'rust':
      return [`src/${noun}_${index}.rs`, withCall
        ? `// Synthetic Rust client (bench corpus): reqwest with an env base URL and a default.\nuse reqwest::Client;\n\npub async fn fetch_${noun}s_${index}(client: &Client) -> Result<String, reqwest::Error> {\n    let base = std::env::var("${random.pick(ENV_NAMES)}").unwrap_or_else(|_| "${url}".to_string());\n    client.get(format!("{base}${p}")).send().await?.text().await\n}\n`
        : `// Synthetic Rust helper (bench corpus): no HTTP calls.\npub fn ${noun}_label_${index}(id: &str, name: &str) -> String {\n    format!("{id}: {name}")\n}\n`, withCall ? 1 : 0, 0];
    default:
      return [`lib/${noun}_${index}.rb`, withCall
        ? `# Synthetic Ruby client (bench corpus): Faraday with an ENV base URL.\nrequire 'faraday'\n\nCONNECTION_${index} = Faraday.new(url: ENV.fetch('${random.pick(ENV_NAMES)}', '${url}'))\n\ndef fetch_${noun}s_${index}\n  CONNECTION_${index}.get('${p}')\nend\n`
        : `# Synthetic Ruby helper (bench corpus): no HTTP calls.\ndef ${noun}_label_${index}(row)\n  "#{row[:id]}: #{row[:name]}"\nend\n`, withCall ? 1 : 0, withCall ? 1 : 0];
  }
}

function deployFile(random, index) {
  const env = random.pick(ENV_NAMES);
  const url = random.pick(URLS[random.weighted(ZONE_WEIGHTS)]);
  const kind = random.pick(['dotenv', 'compose', 'kubernetes', 'spring']);
  switch (kind) {
    case 'dotenv':
      return [`.env.example`, `# Synthetic dotenv template (bench corpus).\n${env}=${url}\nAPI_KEY=\n`];
    case 'compose':
      return [`docker-compose.yml`, `# Synthetic compose file (bench corpus): dev values.\nservices:\n  app-${index}:\n    build: .\n    environment:\n      ${env}: http://localhost:${random.int(3000, 9000)}\n`];
    case 'kubernetes':
      return [`deploy/deployment-${index}.yaml`, `# Synthetic Deployment (bench corpus): prod binding.\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${index}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: quay.io/bench/app-${index}:latest\n          env:\n            - name: ${env}\n              value: ${url}\n`];
    default:
      return [`config/application-${index}.yml`, `# Synthetic Spring config (bench corpus).\n${random.pick(NOUNS)}:\n  url: ${url}\n`];
  }
}

/**
 * Writes the corpus into `dir` (emptied first) and returns what was written: file counts per kind and
 * language, and the number of request call sites and client configurations the generator wrote
 * (approximate ground truth for the "calls found" figure).
 */
export function generateCorpus(dir, size) {
  rmSync(dir, { recursive: true, force: true });
  const random = createRandom(CORPUS_SEED ^ size);
  const stats = { size, files: 0, byKind: {}, byLanguage: {}, requests: 0, clientConfigs: 0, requestsByLanguage: {} };
  const countCalls = (kind, requests, configs) => {
    stats.requests += requests;
    stats.clientConfigs += configs;
    const language = KIND_LANGUAGE[kind];
    stats.requestsByLanguage[language] = (stats.requestsByLanguage[language] ?? 0) + requests;
  };
  const write = (relPath, content, kind) => {
    const absPath = path.join(dir, relPath);
    mkdirSync(path.dirname(absPath), { recursive: true });
    writeFileSync(absPath, content);
    stats.files += 1;
    stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
    const language = KIND_LANGUAGE[kind];
    stats.byLanguage[language] = (stats.byLanguage[language] ?? 0) + 1;
  };

  let packageIndex = -1;
  let filesInPackage = FILES_PER_PACKAGE;
  const serviceFiles = {};
  const usedDeployPaths = new Set();
  let packageDir = '';

  for (let index = 0; stats.files < size; index++) {
    if (filesInPackage >= FILES_PER_PACKAGE) {
      packageIndex += 1;
      packageDir = `packages/pkg-${String(packageIndex).padStart(4, '0')}`;
      write(`${packageDir}/package.json`, `${JSON.stringify({ name: `@bench/pkg-${packageIndex}`, version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`, 'package-json');
      if (stats.files < size) write(`${packageDir}/src/config.ts`, tsConfigModule(random), 'ts-config');
      filesInPackage = 2; // package.json and src/config.ts
      continue;
    }
    const kind = random.weighted(FILE_KINDS);
    const feature = `src/${random.pick(NOUNS)}`;
    switch (kind) {
      case 'ts-component':
        write(`${packageDir}/${feature}/components/${cap(random.pick(NOUNS))}List${index}.tsx`, tsComponent(random, index), kind);
        break;
      case 'ts-util':
        write(`${packageDir}/${feature}/utils${index}.ts`, tsUtil(random, index), kind);
        break;
      case 'ts-types':
        write(`${packageDir}/${feature}/types${index}.ts`, tsTypes(random, index), kind);
        break;
      case 'ts-hook':
        write(`${packageDir}/${feature}/use${cap(random.pick(NOUNS))}${index}.ts`, tsHook(random, index), kind);
        break;
      case 'js-module':
        write(`${packageDir}/lib/module${index}.cjs`, jsModule(random, index), kind);
        break;
      case 'ts-call': {
        const { content, requests, configs } = tsCall(random, index, '../../config');
        write(`${packageDir}/src/api/${random.pick(NOUNS)}/client${index}.ts`, content, kind);
        countCalls(kind, requests, configs);
        break;
      }
      case 'js-call': {
        const { content, requests, configs } = jsCall(random, index);
        write(`${packageDir}/lib/http${index}.cjs`, content, kind);
        countCalls(kind, requests, configs);
        break;
      }
      case 'deploy': {
        const [relPath, content] = deployFile(random, index);
        const full = `${packageDir}/${relPath}`;
        if (usedDeployPaths.has(full)) continue;
        usedDeployPaths.add(full);
        write(full, content, kind);
        break;
      }
      default: {
        const count = serviceFiles[kind] ?? 0;
        serviceFiles[kind] = count + 1;
        const serviceDir = `services/${kind}/svc-${String(Math.floor(count / FILES_PER_SERVICE)).padStart(3, '0')}`;
        const [relPath, content, requests, configs] = otherLanguage(kind, random, index, random.next() < 0.5);
        write(`${serviceDir}/${relPath}`, content, kind);
        countCalls(kind, requests, configs);
        continue; // not part of the TS package
      }
    }
    filesInPackage += 1;
  }
  return stats;
}
