/**
 * CI workflows that build the images (GitHub Actions `.github/workflows/*.yml` and composite actions
 * `.github/actions/**\/action.yml`): the Docker build arguments they pass, as env bindings. A Dockerfile's `ARG KEY`
 * without a default gets its value here (`build-args: BASE_PATH=/app` of `docker/build-push-action` or
 * `redhat-actions/buildah-build`, `docker build --build-arg KEY=value` in a `run:` step), and from there reaches the
 * `ENV` that copies it and the build's own `RUN npm run build`.
 *
 * Each step that passes build arguments is a workload built from its `context` (else the folder of its Dockerfile,
 * else the repository's root), so its arguments bind the service built there. The environment is the workflow's:
 * from its file name (`production.yml`, `staging.yml`), else from the step's image tags (`tags: production …`).
 * A value that is a GitHub expression (`${{ github.sha }}`, `${{ secrets.X }}`) is not known here and binds nothing.
 */
import type { FileFacts, ManifestKind, WorkloadFact } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { environmentFromFileName, environmentFromToken } from './environment-label.js';
import { baseName, dirName, joinRelative } from './manifest-paths.js';
import { bracedShellReferences } from './shell-references.js';
import { field, items, parseYaml, text } from './yaml-tree.js';
import type { YamlValue } from './yaml-tree.js';

/** Keys of a step's `with:` that hold build arguments (`KEY=value` lines or a list of them). */
const BUILD_ARG_KEYS = ['build-args', 'build_args', 'buildArgs'];
/** Keys naming the Dockerfile a step builds, whose folder is the build context when `context` is not given. */
const DOCKERFILE_KEYS = ['file', 'dockerfile', 'containerfiles', 'dockerfiles'];

/** `--build-arg KEY=value` (also `--build-arg=KEY=value`, quoted) in a shell command. */
const BUILD_ARG_FLAG = /--build-arg(?:\s+|=)(["']?)([A-Za-z_][A-Za-z0-9_]*)=([^\s"']*)\1/g;

export function readCiWorkflow(file: string, content: string, kind: ManifestKind = 'ci-workflow'): FileFacts {
  const facts = emptyFacts(file, kind);
  const parsed = parseYaml(file, content);
  facts.problems.push(...parsed.problems);
  const fileEnvironment = environmentFromFileName(baseName(file), ['yml', 'yaml', 'action', 'workflow']);
  const workloads: WorkloadFact[] = [];
  const visit = (node: YamlValue): void => {
    if (node.kind === 'seq') {
      for (const item of node.items) visit(item);
      return;
    }
    if (node.kind !== 'map') return;
    const argsNode = BUILD_ARG_KEYS.map((key) => field(node, key)).find((value) => value !== undefined);
    if (argsNode) readStep(node, argsNode);
    const run = text(field(node, 'run')) ?? text(field(node, 'script'));
    if (run !== undefined) readRun(node, run);
    for (const entry of node.entries) visit(entry.value);
  };

  /** The workload of one build step: its context, its environment. */
  const workloadOf = (step: YamlValue, line: number, context: string | undefined, tags: string | undefined): WorkloadFact => {
    const environment = fileEnvironment ?? environmentFromTags(tags);
    const workload: WorkloadFact = { name: `build-args@${line}`, loc: { file, line, column: 1 }, source: kind, environment };
    const dockerfile = DOCKERFILE_KEYS.map((key) => text(field(step, key))).find((value) => value !== undefined)?.trim().split(/\s+/)[0];
    // Workflows run in the repository's root: paths in them are relative to it, not to `.github/workflows/`.
    const folder = context ?? (dockerfile ? dirName(joinRelative('', dockerfile)) : undefined);
    workload.buildContext = joinRelative('', folder ?? '.');
    workloads.push(workload);
    return workload;
  };

  const bind = (workload: WorkloadFact, name: string, value: string, line: number, column: number): void => {
    // A GitHub expression is filled in when the workflow runs: nothing is known of it here.
    if (value.includes('${{')) return;
    facts.bindings.push({ type: 'env', name, value: bracedShellReferences(value.trim()), loc: { file, line, column }, source: kind, environment: workload.environment, service: null, workload: workload.name, buildArgument: true });
  };

  const readStep = (step: YamlValue & { kind: 'map' }, argsNode: YamlValue): void => {
    const workload = workloadOf(step, argsNode.line, text(field(step, 'context')), text(field(step, 'tags')));
    const lines: { text: string; line: number; column: number }[] = [];
    if (argsNode.kind === 'seq') {
      for (const item of items(argsNode)) {
        const value = text(item);
        if (value !== undefined) lines.push({ text: value, line: item.line, column: item.column });
      }
    } else {
      const value = text(argsNode);
      // A block scalar (`build-args: |`) starts on the line after its key.
      const block = value !== undefined && /^[|>]/.test(content.split(/\r?\n/)[argsNode.line - 1]?.slice(argsNode.column - 1) ?? '');
      (value ?? '').split(/\r?\n/).forEach((line, index) => lines.push({ text: line, line: argsNode.line + index + (block ? 1 : 0), column: argsNode.column }));
    }
    for (const line of lines) {
      const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.text);
      if (match) bind(workload, match[1]!, match[2]!, line.line, line.column);
    }
  };

  const readRun = (step: YamlValue & { kind: 'map' }, run: string): void => {
    const runNode = field(step, 'run') ?? field(step, 'script');
    if (!runNode || !run.includes('--build-arg')) return;
    // The image is built from the folder of the Dockerfile it names (`-f worker/Dockerfile`), else from the root.
    const dockerfile = /(?:^|\s)(?:-f|--file)[\s=]+["']?([^\s"']+)/.exec(run)?.[1];
    const workload = workloadOf(step, runNode.line, dockerfile === undefined ? undefined : dirName(joinRelative('', dockerfile)), undefined);
    for (const match of run.matchAll(BUILD_ARG_FLAG)) {
      const before = run.slice(0, match.index);
      const line = runNode.line + (before.match(/\n/g)?.length ?? 0) + (run.includes('\n') ? 1 : 0);
      bind(workload, match[2]!, match[3]!, line, 1);
    }
  };

  for (const document of parsed.documents) visit(document);
  if (workloads.length > 0) facts.workloads = workloads;
  return facts;
}

/** The environment an image's tags name (`tags: production ${{ github.sha }}`, `app:staging`), or null. */
function environmentFromTags(tags: string | undefined): string | null {
  for (const token of (tags ?? '').split(/[\s,:/]+/)) {
    const label = token.includes('${{') ? null : environmentFromToken(token);
    if (label) return label;
  }
  return null;
}

export const ciWorkflowReader: ManifestReader = { kinds: ['ci-workflow'], read: readCiWorkflow };
