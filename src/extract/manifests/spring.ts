/**
 * Spring Boot `application*.yml|yaml|properties` and `bootstrap*.yml`: every value flattened to a `config` binding
 * with Spring's dotted key (`sisu.base-url`, list items as `hosts[0]`). Values stay as written (`${SISU_URL:https://…}`):
 * the resolver follows the `${…}`. The environment is the profile: from the file name (`application-prod.yml`)
 * or a document's `spring.config.activate.on-profile` (or the older `spring.profiles`), normalised when it names a known
 * environment (`production` → prod), else the profile name itself (`docker`, `kubernetes`).
 * Relaxed binding (`SISU_BASEURL` env var overriding `sisu.base-url`) is left to the resolver.
 */
import type { Binding, FileFacts, ManifestKind } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { environmentFromFolders, environmentFromToken } from './environment-label.js';
import { baseName } from './manifest-paths.js';
import { parseYaml, text } from './yaml-tree.js';
import type { YamlValue } from './yaml-tree.js';

interface FlatValue {
  key: string;
  value: string;
  line: number;
  column: number;
}

/** Environment label of a Spring profile expression (`prod`, `production`, `prod & eu`); null when none. */
export function profileEnvironment(profile: string | undefined): string | null {
  if (!profile) return null;
  const names = profile.split(/[\s,|&!()]+/).filter((name) => name !== '');
  if (names.length !== 1) return names.length === 0 ? null : profile.trim();
  const name = names[0] ?? '';
  return environmentFromToken(name) ?? name;
}

function fileProfile(file: string): string | undefined {
  const match = /^(?:application|bootstrap)-(.+)\.(?:ya?ml|properties)$/i.exec(baseName(file));
  return match?.[1];
}

export function readSpring(file: string, content: string, kind: ManifestKind = 'spring'): FileFacts {
  const facts = emptyFacts(file, kind);
  // A build's test resources (`src/test/resources`, `src/integrationTest/resources`) configure the tests, whatever the profile.
  const testResources = /(?:^|\/)src\/(?:test|it|integration-?test|\w+Test)\/resources\//i.test(file) ? 'test' : null;
  const fallbackEnvironment = testResources ?? profileEnvironment(fileProfile(file)) ?? environmentFromFolders(file);
  // A config server's shared file is named after the application it configures (`shared/gateway.yml` → gateway).
  const base = baseName(file).replace(/\.(?:ya?ml|properties)$/i, '');
  const application = /^(?:application|bootstrap)(?:[-.]|$)/i.test(base) ? null : base;
  const documents: FlatValue[][] = [];
  if (/\.properties$/i.test(file)) {
    documents.push(...readProperties(content));
  } else {
    const parsed = parseYaml(file, content);
    facts.problems.push(...parsed.problems);
    for (const document of parsed.documents) {
      const values: FlatValue[] = [];
      flatten(document, '', values, 0);
      documents.push(values);
    }
  }
  for (const values of documents) {
    const profile = values.find((value) => value.key === 'spring.config.activate.on-profile' || value.key === 'spring.profiles')?.value;
    const environment = testResources ?? (profile ? profileEnvironment(profile) : fallbackEnvironment);
    for (const value of values) {
      const binding: Binding = { type: 'config', name: value.key, value: value.value, loc: { file, line: value.line, column: value.column }, source: kind, environment, service: null };
      if (application) binding.workload = application;
      facts.bindings.push(binding);
    }
  }
  return facts;
}

/**
 * An application's own configuration YAML that is neither Spring's nor a Kubernetes resource — a Dropwizard
 * `config/prod/app-config.yml`, a `config.yml` — as `config` bindings with dotted keys (`koodistoClient.baseUrl`),
 * the environment from its folders or name. Called by the YAML reader for documents without `apiVersion`/`kind`
 * in files that look like configuration (see `isApplicationConfigPath`).
 */
export function applicationConfigBindings(file: string, document: YamlValue, kind: ManifestKind): Binding[] {
  const values: FlatValue[] = [];
  flatten(document, '', values, 0);
  const base = baseName(file).replace(/\.(?:ya?ml)$/i, '');
  // `config/test/app.yml`: the folder that holds it names the environment (a `test` folder here is no test code).
  const folder = file.split('/').slice(-2, -1)[0] ?? '';
  const environment = environmentFromToken(folder) ?? environmentFromFolders(file) ?? environmentFromToken(base.split(/[-_.]/).pop() ?? '');
  // `koulutustarjonta-update-config.yml` configures the `koulutustarjonta-update` module.
  const application = base.replace(/[-_.]?(?:config|configuration|settings)$/i, '');
  // Drupal's exported configuration (`config/sync/uhsg_avatar.config.yml`, a module's `config/install/…`): the file name is
  // the config object's name, read as `\Drupal::config('uhsg_avatar.config')->get('api_base_url')`.
  const drupal = DRUPAL_CONFIG.test(file) && base.includes('.');
  return values.map((value) => {
    const binding: Binding = { type: 'config', name: drupal ? `${base}.${value.key}` : value.key, value: value.value, loc: { file, line: value.line, column: value.column }, source: kind, environment, service: null };
    if (application !== '' && application.toLowerCase() !== 'config') binding.workload = application;
    return binding;
  });
}

const DRUPAL_CONFIG = /(?:^|\/)config\/(?:install|optional|sync|default)\/[^/]+\.ya?ml$/i;

/** A YAML file that holds an application's configuration: in a `config`/`conf` folder, or named `config.yml`, `*-config.yml`, `settings.yml`. */
export function isApplicationConfigPath(file: string): boolean {
  const parts = file.toLowerCase().split('/');
  const name = parts.pop() ?? '';
  return /^(?:[\w.-]*[-_.])?(?:config|configuration|settings)\.ya?ml$/.test(name) || parts.some((part) => part === 'config' || part === 'conf' || part === 'configuration');
}

function flatten(node: YamlValue, prefix: string, out: FlatValue[], depth: number): void {
  if (depth > 64) return;
  if (node.kind === 'scalar') {
    const value = text(node);
    if (value !== undefined && prefix !== '') out.push({ key: prefix, value, line: node.line, column: node.column });
    return;
  }
  if (node.kind === 'seq') {
    node.items.forEach((item, index) => flatten(item, `${prefix}[${index}]`, out, depth + 1));
    return;
  }
  for (const entry of node.entries) {
    // Keys with dots or brackets are written `[a.b]` in Spring's map syntax; keep them as written, they are rare in URLs.
    flatten(entry.value, prefix === '' ? entry.key : `${prefix}.${entry.key}`, out, depth + 1);
  }
}

/** Java `.properties`: `key=value`, `key: value`, `key value`, `#`/`!` comments, `\` continuations, `#---` document separators. */
function readProperties(content: string): FlatValue[][] {
  const documents: FlatValue[][] = [[]];
  const lines = content.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const startLine = index + 1;
    let logical = (lines[index] ?? '').replace(/^\s+/, '');
    if (/^#---\s*$/.test(logical) || /^!---\s*$/.test(logical)) {
      documents.push([]);
      continue;
    }
    if (logical === '' || logical.startsWith('#') || logical.startsWith('!')) continue;
    while (endsWithContinuation(logical) && index + 1 < lines.length) {
      index++;
      logical = logical.slice(0, -1) + (lines[index] ?? '').replace(/^\s+/, '');
    }
    const separator = findSeparator(logical);
    const rawKey = separator < 0 ? logical : logical.slice(0, separator);
    const rawValue = separator < 0 ? '' : logical.slice(separator + 1).replace(/^[\s]*[=:]?[\s]*/, '');
    const key = unescapeProperties(rawKey.trim());
    if (key === '') continue;
    const indent = (lines[startLine - 1] ?? '').length - (lines[startLine - 1] ?? '').replace(/^\s+/, '').length;
    documents[documents.length - 1]?.push({ key, value: unescapeProperties(rawValue), line: startLine, column: indent + separator + 2 });
  }
  return documents;
}

function endsWithContinuation(line: string): boolean {
  const trailing = /\\+$/.exec(line)?.[0].length ?? 0;
  return trailing % 2 === 1;
}

/** Index of the first unescaped `=`, `:` or whitespace that ends the key. */
function findSeparator(line: string): number {
  for (let index = 0; index < line.length; index++) {
    const character = line[index] ?? '';
    if (character === '\\') {
      index++;
      continue;
    }
    if (character === '=' || character === ':' || /\s/.test(character)) return index;
  }
  return -1;
}

function unescapeProperties(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_match, escaped: string) => {
    if (escaped.length === 5) return String.fromCharCode(parseInt(escaped.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', f: '\f' } as Record<string, string>)[escaped] ?? escaped;
  });
}

export const springReader: ManifestReader = {
  kinds: ['spring'],
  read: readSpring,
};
