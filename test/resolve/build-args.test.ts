/**
 * Docker build arguments passed by the CI workflow that builds the image (`build-args:` of a build action,
 * `docker build --build-arg` in a step) and by compose (`build.args`) bind the Dockerfile's `ARG` without a default,
 * and through the `ENV` that copies it, the variable the code reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readCiWorkflow } from '../../src/extract/manifests/ci-workflow.js';
import { classifyFile } from '../../src/discover/classify.js';
import { scanWorkspace, type WorkspaceScan } from './workspace-scan.js';

describe('Docker build arguments', () => {
  let scan: WorkspaceScan;
  beforeAll(async () => {
    scan = await scanWorkspace('resolve/build-args');
  });

  it('workflows and composite actions are CI workflow manifests; other YAML under .github is not', () => {
    const context = { packageDirs: new Set<string>() };
    expect(classifyFile('.github/workflows/production.yml', context)).toEqual({ type: 'manifest', manifest: 'ci-workflow' });
    expect(classifyFile('.github/actions/build/action.yml', context)).toEqual({ type: 'manifest', manifest: 'ci-workflow' });
    expect(classifyFile('.github/dependabot.yml', context)).toEqual({ type: 'manifest', manifest: 'kubernetes' });
  });

  it('a build action`s build-args bind the ARG in the environment of the workflow, GitHub expressions bind nothing', () => {
    const facts = readCiWorkflow('.github/workflows/production.yml', 'jobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v5\n        with:\n          context: ./web\n          build-args: |\n            BASE_PATH=/courses\n            GIT_SHA=${{ github.sha }}\n');
    expect(facts.bindings.map((binding) => [binding.name, binding.value, binding.loc.line, binding.environment])).toEqual([['BASE_PATH', '/courses', 8, 'prod']]);
    expect(facts.workloads?.map((workload) => workload.buildContext)).toEqual(['web']);
  });

  it('the front end`s base path is the production workflow`s build argument, through the Dockerfile`s ENV', () => {
    const targets = scan.callAt('web/src/api.js', 6).targets.map((target) => target.url);
    expect(targets).toContain('/courses/api/courses');
  });

  it('`docker build --build-arg` in a composite action binds the worker`s URL', () => {
    expect(scan.callAt('worker/index.js', 4).targets.map((target) => target.url)).toEqual(['https://registry.example.org/v2/catalog']);
  });

  it('compose `build.args` bind the service`s build', () => {
    expect(scan.callAt('worker/index.js', 5).targets.map((target) => target.url)).toEqual(['http://search:9200/query']);
  });
});
