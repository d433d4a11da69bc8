/**
 * The fuzzer's cases (issue 16, item 16): for every reader and extractor, a file kind with a planted good call or
 * binding, and generators of hostile text (random, an alphabet of each format's syntax characters, and mutated
 * fixture files). Used by `fuzz.test.ts` (bounded, seeded) and by `npm run fuzz -- --cases N` (a long campaign).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { DiscoveredFile } from '../../src/model.js';

export const PLANTED_HOST = 'planted.it.helsinki.fi';
const URL = `http://${PLANTED_HOST}/x`;
const repo = path.resolve(import.meta.dirname, '../..');

export interface FuzzKind {
  name: string;
  file: Pick<DiscoveredFile, 'path' | 'kind'>;
  /** A good call (sources) or binding (manifests), followed by the hostile text; absent: only "never crash". */
  planted?: string;
  /** Where a planted value must be found: the calls, or the bindings. */
  expect?: 'calls' | 'bindings';
  /** Fixture folders whose files (with these extensions) are mutated. */
  seeds: { dir: string; ext: RegExp };
  alphabet: string;
}

const source = (language: string, filePath: string) => ({ path: filePath, kind: { type: 'source' as const, language: language as never } });
const manifest = (kind: string, filePath: string) => ({ path: filePath, kind: { type: 'manifest' as const, manifest: kind as never } });
const CODE = '{}()[];:,.=+-*/\\\'"`<>?!&|#@$%^~\n\t abcxyzABC_019';
const YAML = ':-{}[]&*!|>"\'`$#%@\\/ \t\n.,;()?=<abcAZ_01';

export const fuzzKinds: FuzzKind[] = [
  // The planted client has a name no mutation of a fixture declares (a mutated file may declare its own `fetch`).
  { name: 'typescript', file: source('typescript', 'src/planted.ts'), planted: `import plantedAxios from 'axios';\nplantedAxios.get('${URL}');\n`, expect: 'calls', seeds: { dir: 'fixtures/extract/typescript', ext: /\.ts$/ }, alphabet: CODE },
  { name: 'javascript', file: source('javascript', 'src/planted.js'), planted: `const axios = require('axios');\naxios.get('${URL}');\n`, expect: 'calls', seeds: { dir: 'fixtures/extract/typescript', ext: /\.c?js$/ }, alphabet: CODE },
  { name: 'python', file: source('python', 'app/planted.py'), planted: `import requests\nrequests.get('${URL}')\n`, expect: 'calls', seeds: { dir: 'fixtures/extract/python', ext: /\.py$/ }, alphabet: CODE },
  {
    name: 'java',
    file: source('java', 'src/main/java/Planted.java'),
    planted: `import java.net.URI;\nimport java.net.http.HttpRequest;\nclass Planted {\n  void go() { HttpRequest.newBuilder(URI.create("${URL}")).build(); }\n}\n`,
    expect: 'calls',
    seeds: { dir: 'fixtures/extract/java', ext: /\.java$/ },
    alphabet: CODE,
  },
  { name: 'kotlin', file: source('kotlin', 'src/main/kotlin/Planted.kt'), planted: `import java.net.URI\nimport java.net.http.HttpRequest\nclass Planted {\n  fun go() = HttpRequest.newBuilder(URI.create("${URL}")).build()\n}\n`, expect: 'calls', seeds: { dir: 'fixtures/extract/kotlin', ext: /\.kts?$/ }, alphabet: CODE },
  { name: 'go', file: source('go', 'planted.go'), planted: `package main\n\nimport "net/http"\n\nfunc planted() { http.Get("${URL}") }\n`, expect: 'calls', seeds: { dir: 'fixtures/extract/go', ext: /\.go$/ }, alphabet: CODE },
  { name: 'csharp', file: source('csharp', 'Planted.cs'), planted: `using System.Net.Http;\nclass Planted {\n  async void Go(HttpClient http) { await http.GetAsync("${URL}"); }\n}\n`, expect: 'calls', seeds: { dir: 'fixtures/extract/csharp', ext: /\.cs$/ }, alphabet: CODE },
  { name: 'php', file: source('php', 'src/planted.php'), planted: `<?php\nfile_get_contents('${URL}');\n`, expect: 'calls', seeds: { dir: 'fixtures/extract/php', ext: /\.php$/ }, alphabet: CODE },
  { name: 'ruby', file: source('ruby', 'app/planted.rb'), planted: `require 'net/http'\nNet::HTTP.get(URI('${URL}'))\n`, expect: 'calls', seeds: { dir: 'fixtures/extract/ruby', ext: /\.rb$/ }, alphabet: CODE },
  { name: 'rust', file: source('rust', 'src/planted.rs'), planted: `pub async fn planted() {\n    let _ = reqwest::get("${URL}").await;\n}\n`, expect: 'calls', seeds: { dir: 'fixtures/extract/rust', ext: /\.rs$/ }, alphabet: CODE },
  { name: 'vue', file: source('vue', 'src/Planted.vue'), planted: `<script>\nimport plantedAxios from 'axios';\nplantedAxios.get('${URL}');\n</script>\n`, expect: 'calls', seeds: { dir: 'fixtures/extract/vue-svelte', ext: /\.vue$/ }, alphabet: CODE },
  { name: 'svelte', file: source('svelte', 'src/Planted.svelte'), planted: `<script>\nimport plantedAxios from 'axios';\nplantedAxios.get('${URL}');\n</script>\n`, expect: 'calls', seeds: { dir: 'fixtures/extract/vue-svelte', ext: /\.svelte$/ }, alphabet: CODE },
  { name: 'dotenv', file: manifest('dotenv', '.env.production'), planted: `PLANTED_URL=${URL}\n`, expect: 'bindings', seeds: { dir: 'fixtures/extract/manifests/dotenv', ext: /env/ }, alphabet: YAML },
  { name: 'dockerfile', file: manifest('dockerfile', 'Dockerfile'), planted: `FROM node:20\nENV PLANTED_URL=${URL}\n`, expect: 'bindings', seeds: { dir: 'fixtures/extract/manifests/dockerfile', ext: /Dockerfile/ }, alphabet: YAML },
  { name: 'compose', file: manifest('compose', 'docker-compose.yml'), planted: `services:\n  planted:\n    environment:\n      PLANTED_URL: ${URL}\n---\n`, expect: 'bindings', seeds: { dir: 'fixtures/extract/manifests/compose', ext: /\.ya?ml$/ }, alphabet: YAML },
  {
    name: 'kubernetes',
    file: manifest('kubernetes', 'k8s/prod/planted.yaml'),
    planted: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: planted\ndata:\n  PLANTED_URL: ${URL}\n---\n`,
    expect: 'bindings',
    seeds: { dir: 'fixtures/extract/manifests/kubernetes', ext: /\.ya?ml$/ },
    alphabet: YAML,
  },
  { name: 'helm-template', file: manifest('kubernetes', 'charts/planted/templates/deployment.yaml'), seeds: { dir: 'fixtures/security/helm-chart', ext: /\.ya?ml$/ }, alphabet: `${YAML}{}{{}}` },
  { name: 'helm-values', file: manifest('helm-values', 'values-prod.yaml'), planted: `env:\n  PLANTED_URL: ${URL}\n---\n`, expect: 'bindings', seeds: { dir: 'fixtures/extract/manifests/helm-values', ext: /\.ya?ml$/ }, alphabet: YAML },
  { name: 'spring-yaml', file: manifest('spring', 'src/main/resources/application-prod.yml'), planted: `planted:\n  url: ${URL}\n---\n`, expect: 'bindings', seeds: { dir: 'fixtures/extract/manifests/spring', ext: /\.ya?ml$/ }, alphabet: YAML },
  { name: 'spring-properties', file: manifest('spring', 'src/main/resources/application.properties'), planted: `planted.url=${URL}\n`, expect: 'bindings', seeds: { dir: 'fixtures/extract/manifests/spring', ext: /\.properties$/ }, alphabet: YAML },
  { name: 'node-config', file: manifest('node-config', 'config/production.yaml'), seeds: { dir: 'fixtures/extract/manifests/node-config', ext: /\.(ya?ml|json|js|ts)$/ }, alphabet: YAML },
  { name: 'appsettings', file: manifest('appsettings', 'appsettings.Production.json'), seeds: { dir: 'fixtures/extract/csharp', ext: /\.json$/ }, alphabet: YAML },
  { name: 'service-manifest', file: manifest('service-manifest', 'svc/architecture.yaml'), seeds: { dir: 'fixtures/manifests', ext: /architecture\.ya?ml$/ }, alphabet: YAML },
  { name: 'backstage', file: manifest('backstage', 'svc/catalog-info.yaml'), seeds: { dir: 'fixtures/manifests', ext: /catalog-info\.ya?ml$/ }, alphabet: YAML },
  { name: 'django-settings', file: manifest('django-settings', 'app/settings.py'), seeds: { dir: 'fixtures/extract/python', ext: /settings.*\.py$/ }, alphabet: CODE },
];

function filesUnder(dir: string, ext: RegExp, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) filesUnder(file, ext, out);
    else if (ext.test(name)) out.push(file);
  }
  return out;
}

const seedCache = new Map<string, string[]>();
export function seedsOf(kind: FuzzKind): string[] {
  const key = `${kind.seeds.dir}\0${kind.seeds.ext.source}`;
  let seeds = seedCache.get(key);
  if (!seeds) {
    seeds = filesUnder(path.join(repo, kind.seeds.dir), kind.seeds.ext)
      .sort()
      .slice(0, 40)
      .map((file) => readFileSync(file, 'utf8').slice(0, 6000));
    if (seeds.length === 0) seeds = [''];
    seedCache.set(key, seeds);
  }
  return seeds;
}

/** One edit of a text: delete, duplicate or replace a range, or insert syntax characters. */
const mutation = (alphabet: string) =>
  fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.integer({ min: 0, max: 3 }), fc.string({ unit: fc.constantFrom(...alphabet.split('')), maxLength: 12 }));

function mutate(text: string, edits: [number, number, number, string][]): string {
  let out = text;
  for (const [at, length, op, insert] of edits) {
    const start = out.length === 0 ? 0 : at % out.length;
    const end = Math.min(out.length, start + length);
    if (op === 0) out = out.slice(0, start) + out.slice(end);
    else if (op === 1) out = out.slice(0, end) + out.slice(start, end) + out.slice(end);
    else if (op === 2) out = out.slice(0, start) + insert + out.slice(end);
    else out = out.slice(0, start) + insert + out.slice(start);
  }
  return out;
}

/** Hostile text for a kind: random, its syntax alphabet, or a mutated fixture. */
export function hostileText(kind: FuzzKind): fc.Arbitrary<string> {
  const seeds = seedsOf(kind);
  return fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: fc.constantFrom(...kind.alphabet.split('')), maxLength: 400 }),
    fc.tuple(fc.constantFrom(...seeds), fc.array(mutation(kind.alphabet), { minLength: 1, maxLength: 8 })).map(([seed, edits]) => mutate(seed, edits)),
  );
}

/** The content of one case: hostile text alone, or after the planted call when the kind has one. */
export function caseContent(kind: FuzzKind): fc.Arbitrary<{ content: string; planted: boolean }> {
  const hostile = hostileText(kind);
  if (!kind.planted) return hostile.map((content) => ({ content, planted: false }));
  return fc.oneof(
    hostile.map((content) => ({ content, planted: false })),
    hostile.map((content) => ({ content: `${kind.planted!}\n${content.replaceAll(PLANTED_HOST, 'x')}`, planted: true })),
  );
}

export interface FuzzOutcome {
  kind: string;
  cases: number;
  crashes: { content: string; error: string }[];
  /** Cases slower than `slowMs`. */
  hangs: { content: string; ms: number }[];
  missed: string[];
  /**
   * Planted calls found at their line whose URL was lost: tree-sitter's error recovery attached a stray token after
   * them as the argument (the call is still reported, as unresolved).
   */
  degraded: string[];
  maxMs: number;
  totalMs: number;
}

type Extract = (file: DiscoveredFile, content: string) => Promise<{ calls: unknown[]; bindings: unknown[]; problems: { code: string; message: string }[] }>;

/** Run `cases` seeded cases of a kind through `extractFile`. A caught failure (`extract-failed`) counts as a crash. */
export async function fuzzKind(kind: FuzzKind, extract: Extract, options: { cases: number; seed: number; slowMs?: number }): Promise<FuzzOutcome> {
  const samples = fc.sample(caseContent(kind), { numRuns: options.cases, seed: options.seed });
  const outcome: FuzzOutcome = { kind: kind.name, cases: samples.length, crashes: [], hangs: [], missed: [], degraded: [], maxMs: 0, totalMs: 0 };
  const plantedLine = kind.planted ? kind.planted.slice(0, kind.planted.indexOf(PLANTED_HOST)).split('\n').length : 0;
  for (const { content, planted } of samples) {
    const file = { ...kind.file, absPath: `/fuzz/${kind.file.path}`, size: content.length } as DiscoveredFile;
    const start = performance.now();
    let facts;
    try {
      facts = await extract(file, content);
    } catch (error) {
      outcome.crashes.push({ content, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      continue;
    }
    const ms = performance.now() - start;
    outcome.totalMs += ms;
    outcome.maxMs = Math.max(outcome.maxMs, ms);
    if (ms > (options.slowMs ?? 2000)) outcome.hangs.push({ content, ms });
    const failed = facts.problems.find((problem) => problem.code === 'extract-failed');
    if (failed) outcome.crashes.push({ content, error: failed.message });
    if (!planted || !kind.expect) continue;
    if (JSON.stringify(kind.expect === 'calls' ? facts.calls : facts.bindings).includes(PLANTED_HOST)) continue;
    const atLine = kind.expect === 'calls' && (facts.calls as { loc?: { line: number } }[]).some((call) => call.loc?.line === plantedLine);
    (atLine ? outcome.degraded : outcome.missed).push(content);
  }
  return outcome;
}
