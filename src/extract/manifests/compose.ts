/**
 * docker-compose / Compose Specification files: per compose service, its `environment` (map or list) → env bindings,
 * its name (and `container_name`, `hostname`, network aliases) → hosts, and its `build` context and `env_file`s → a WorkloadFact
 * so the resolver can tie the compose service to a code directory and take the env files' bindings as its own.
 */
import type { FileFacts, ManifestKind, WorkloadFact } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { environmentFromFileName, environmentFromFolders } from './environment-label.js';
import { baseName, dirName, joinRelative } from './manifest-paths.js';
import { bracedShellReferences } from './shell-references.js';
import { field, items, parseYaml, text, unexpectedShape } from './yaml-tree.js';
import type { YamlValue } from './yaml-tree.js';

/** Compose is how people run things on their own machine: `dev` unless the file or folder name says otherwise (`docker-compose.prod.yml`). */
export function composeEnvironment(file: string): string {
  return environmentFromFileName(baseName(file), ['docker', 'compose', 'yml', 'yaml', 'override']) ?? environmentFromFolders(file) ?? 'dev';
}

export function readCompose(file: string, content: string, kind: ManifestKind = 'compose'): FileFacts {
  const facts = emptyFacts(file, kind);
  const parsed = parseYaml(file, content);
  facts.problems.push(...parsed.problems);
  const environment = composeEnvironment(file);
  const directory = dirName(file);
  const workloads: WorkloadFact[] = [];
  for (const document of parsed.documents) {
    const services = field(document, 'services');
    if (services === undefined) continue;
    if (services.kind !== 'map') {
      facts.problems.push(unexpectedShape(file, services, '`services` should be a map of compose services'));
      continue;
    }
    traefikLabelRoutes(file, services, facts);
    for (const entry of services.entries) {
      const name = entry.key;
      const service = entry.value;
      facts.hosts.push({ host: name, loc: { file, line: entry.keyLine, column: 1 }, workload: name, source: 'compose-service' });
      if (service.kind !== 'map') continue;
      const workload: WorkloadFact = { name, loc: { file, line: entry.keyLine, column: 1 }, source: kind, environment };
      for (const alias of [text(field(service, 'container_name')), text(field(service, 'hostname'))]) {
        if (alias && alias !== name) facts.hosts.push({ host: alias, loc: { file, line: entry.keyLine, column: 1 }, workload: name, source: 'compose-service' });
      }
      const networks = field(service, 'networks');
      if (networks?.kind === 'map') {
        for (const network of networks.entries) {
          for (const alias of items(field(network.value, 'aliases'))) {
            const host = text(alias);
            if (host) facts.hosts.push({ host, loc: { file, line: alias.line, column: alias.column }, workload: name, source: 'compose-service' });
          }
        }
      }
      readEnvironment(file, field(service, 'environment'), name, environment, kind, facts);
      const envFiles = readEnvFiles(file, directory, field(service, 'env_file'), facts);
      if (envFiles.length > 0) workload.envFiles = envFiles;
      const build = field(service, 'build');
      const context = build?.kind === 'map' ? (text(field(build, 'context')) ?? '.') : text(build);
      if (context !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//i.test(context) && !context.startsWith('git@')) {
        workload.buildContext = joinRelative(directory, context);
        // `build: { context: ., dockerfile: Services/Orders/Orders.API/Dockerfile }` (Visual Studio's layout): the
        // Dockerfile's folder says which project the image is built from when the context is a shared parent.
        const dockerfile = build?.kind === 'map' ? text(field(build, 'dockerfile')) : undefined;
        if (dockerfile && !dockerfile.startsWith('/')) workload.dockerfile = joinRelative(workload.buildContext, dockerfile);
      }
      // Build arguments (`build: { args: { BASE_PATH: /app } }`) are the Dockerfile's `ARG` values: env of the build, and of the
      // service where an `ENV` copies them.
      if (build?.kind === 'map') readEnvironment(file, field(build, 'args'), name, environment, kind, facts, true);
      const image = text(field(service, 'image'));
      if (image) workload.images = [image];
      const containerName = text(field(service, 'container_name'));
      if (containerName && containerName !== name) workload.containers = [containerName];
      const mounts = bindMounts(directory, field(service, 'volumes'));
      if (mounts.length > 0) workload.mounts = mounts;
      workloads.push(workload);
    }
  }
  if (workloads.length > 0) facts.workloads = workloads;
  return facts;
}

/** A compose service running Traefik (any registry or tag). */
const TRAEFIK_IMAGE = /^(?:[^/]+\/)*traefik(?:[:@].*)?$/i;

/** A service's labels as key → value node (`labels: { k: v }` or `labels: ["k=v"]`); keys lower-cased (Traefik reads them so). */
function labelsOf(service: YamlValue): Map<string, YamlValue> {
  const labels = new Map<string, YamlValue>();
  const node = field(service, 'labels');
  if (node?.kind === 'map') for (const entry of node.entries) labels.set(entry.key.toLowerCase(), entry.value);
  for (const item of items(node)) {
    const line = text(item);
    const equals = line?.indexOf('=') ?? -1;
    if (line && equals > 0) labels.set(line.slice(0, equals).trim().toLowerCase(), { kind: 'scalar', value: line.slice(equals + 1).trim(), line: item.line, column: item.column });
  }
  return labels;
}

/**
 * Routes a Traefik service of the same compose file forwards to the services that ask for it in their labels:
 * `traefik.http.routers.<r>.rule=PathPrefix(\`/api\`)` (v2+, with `traefik.http.services.<s>.loadbalancer.server.port`) or
 * `traefik.frontend.rule=PathPrefix:/api` (v1, with `traefik.port`). A service with `traefik.enable=false` is not routed.
 */
function traefikLabelRoutes(file: string, services: YamlValue, facts: FileFacts): void {
  if (services.kind !== 'map') return;
  const traefik = services.entries.find((entry) => TRAEFIK_IMAGE.test(text(field(entry.value, 'image')) ?? ''))?.key;
  if (traefik === undefined) return;
  for (const entry of services.entries) {
    if (entry.key === traefik) continue;
    const labels = labelsOf(entry.value);
    if (labels.size === 0 || text(labels.get('traefik.enable')) === 'false') continue;
    const port = [...labels].find(([key]) => /^traefik\.http\.services\.[^.]+\.loadbalancer\.server\.port$/.test(key) || key === 'traefik.port')?.[1];
    const target = `http://${entry.key}${text(port) ? `:${text(port)}` : ''}`;
    for (const [key, value] of labels) {
      if (!/^traefik\.http\.routers\.[^.]+\.rule$/.test(key) && key !== 'traefik.frontend.rule') continue;
      const rule = text(value) ?? '';
      const routePath = /\bPath(?:Prefix)?(?:Strip)?(?:\(\s*[`"']([^`"']+)[`"']|:\s*([^\s;,]+))/.exec(rule);
      (facts.routes ??= []).push({ path: routePath?.[1] ?? routePath?.[2] ?? null, target, loc: { file, line: value.line, column: value.column }, workload: traefik });
    }
  }
}

/**
 * The repository's files and folders a service bind-mounts: `./path:/in/container[:ro]` and the long form's `type: bind`
 * `source`. Named volumes (no `.` or `/` first) and paths outside the scan root are not the repository's.
 */
function bindMounts(directory: string, volumes: YamlValue | undefined): string[] {
  const mounts: string[] = [];
  for (const volume of items(volumes)) {
    const source = volume.kind === 'map' ? (text(field(volume, 'type')) === 'bind' ? text(field(volume, 'source')) : undefined) : text(volume)?.split(':')[0];
    if (!source || !/^\.{1,2}(\/|$)/.test(source)) continue;
    const mount = joinRelative(directory, source);
    if (mount !== '' && !mount.startsWith('..')) mounts.push(mount);
  }
  return mounts;
}

function readEnvironment(file: string, environmentNode: YamlValue | undefined, workload: string, environment: string, kind: ManifestKind, facts: FileFacts, buildArgument = false): void {
  if (environmentNode === undefined) return;
  if (environmentNode.kind === 'map') {
    for (const entry of environmentNode.entries) {
      const value = text(entry.value);
      // `KEY:` with no value passes the variable through from the host's environment: nothing bound here.
      if (value === undefined) continue;
      facts.bindings.push({
        type: 'env',
        name: entry.key,
        value: bracedShellReferences(value),
        loc: { file, line: entry.value.line, column: entry.value.column },
        source: kind,
        environment,
        service: null,
        workload,
        ...(buildArgument ? { buildArgument } : {}),
      });
    }
    return;
  }
  if (environmentNode.kind === 'seq') {
    for (const item of environmentNode.items) {
      const line = text(item);
      if (line === undefined) continue;
      const equals = line.indexOf('=');
      // `- KEY` alone passes the variable through from the host's environment.
      if (equals <= 0) continue;
      facts.bindings.push({
        type: 'env',
        name: line.slice(0, equals).trim(),
        value: bracedShellReferences(line.slice(equals + 1)),
        loc: { file, line: item.line, column: item.column },
        source: kind,
        environment,
        service: null,
        workload,
        ...(buildArgument ? { buildArgument } : {}),
      });
    }
    return;
  }
  facts.problems.push(unexpectedShape(file, environmentNode, `\`${buildArgument ? 'build.args' : 'environment'}\` of compose service ${workload} should be a map or a list`));
}

function readEnvFiles(file: string, directory: string, node: YamlValue | undefined, facts: FileFacts): string[] {
  if (node === undefined) return [];
  const entries = node.kind === 'seq' ? node.items : [node];
  const paths: string[] = [];
  for (const entry of entries) {
    // Long syntax: `- path: ./default.env` with `required: false`.
    const pathNode = entry.kind === 'map' ? field(entry, 'path') : entry;
    const written = pathNode?.kind === 'scalar' && typeof pathNode.value === 'string' ? pathNode.value : undefined;
    if (written === undefined) {
      facts.problems.push(unexpectedShape(file, entry, '`env_file` should be a path, a list of paths or a list of `{ path }`'));
      continue;
    }
    paths.push(joinRelative(directory, written));
  }
  return paths;
}

export const composeReader: ManifestReader = {
  kinds: ['compose'],
  read: readCompose,
};
