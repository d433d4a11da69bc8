import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeEnvironment, readCompose } from '../../../src/extract/manifests/compose.js';

const fixtureRoot = new URL('../../../fixtures/extract/manifests/compose/', import.meta.url);
// Read as if the compose file sat in `deploy/` of the scanned repo, to check paths are made root-relative.
const read = (name: string) => readCompose(`deploy/${name}`, readFileSync(new URL(name, fixtureRoot), 'utf8'));

describe('compose reader', () => {
  const facts = read('docker-compose.yml');

  it('reads map environments (with merge keys) as env bindings of the compose service, labelled dev', () => {
    expect(facts.problems).toEqual([]);
    const feedback = facts.bindings.filter((binding) => binding.workload === 'course-feedback');
    expect(feedback.map((binding) => [binding.name, binding.value, binding.loc.line])).toEqual([
      ['SISU_URL', 'http://localhost:8080/kori', 16],
      ['IMPORTER_URL', 'http://importer-api:3000', 17],
      ['PORT', '3000', 18],
      ['NODE_ENV', 'development', 3],
      ['ORGANISATION_API_URL', 'https://gw.api.helsinki.fi/organisation', 4],
    ]);
    expect(feedback[0]).toMatchObject({ type: 'env', source: 'compose', environment: 'dev', service: null, loc: { file: 'deploy/docker-compose.yml', column: 17 } });
  });

  it('reads list environments and skips variables passed through from the host', () => {
    const importer = facts.bindings.filter((binding) => binding.workload === 'importer-api');
    expect(importer.map((binding) => [binding.name, binding.value, binding.loc.line])).toEqual([
      ['SISU_URL', 'https://sis-helsinki.funidata.fi/kori', 29],
      ['DB_URL', 'postgres://importer-db:5432/importer', 30],
    ]);
    expect(facts.bindings.some((binding) => binding.name === 'PASSED_THROUGH' || binding.name === 'FROM_HOST_ENV')).toBe(false);
  });

  it('learns hosts from service names, container names and network aliases', () => {
    expect(facts.hosts.map((host) => [host.host, host.workload, host.loc.line])).toEqual([
      ['course-feedback', 'course-feedback', 7],
      ['course-feedback-dev', 'course-feedback', 7],
      ['importer-api', 'importer-api', 23],
      ['importer', 'importer-api', 35],
      ['importer-db', 'importer-db', 37],
    ]);
    expect(facts.hosts.every((host) => host.source === 'compose-service')).toBe(true);
  });

  it('records build contexts, Dockerfiles and env files as root-relative paths on a workload fact', () => {
    expect(facts.workloads).toEqual([
      {
        name: 'course-feedback',
        loc: { file: 'deploy/docker-compose.yml', line: 7, column: 1 },
        source: 'compose',
        environment: 'dev',
        buildContext: 'deploy/services/course-feedback',
        envFiles: ['deploy/services/course-feedback/.env.local', 'deploy/shared/.env'],
        containers: ['course-feedback-dev'],
      },
      { name: 'importer-api', loc: { file: 'deploy/docker-compose.yml', line: 23, column: 1 }, source: 'compose', environment: 'dev', buildContext: 'importer', dockerfile: 'importer/Dockerfile.dev', images: ['toska/importer-api:dev'] },
      { name: 'importer-db', loc: { file: 'deploy/docker-compose.yml', line: 37, column: 1 }, source: 'compose', environment: 'dev', images: ['postgres:16'] },
    ]);
  });

  it('labels a prod override prod, keeps ${VAR:-default} as written, and reports wrong types without crashing', () => {
    const prod = read('docker-compose.prod.yml');
    expect(prod.bindings.map((binding) => [binding.workload, binding.name, binding.value, binding.environment])).toEqual([
      ['course-feedback', 'SISU_URL', 'https://sis-helsinki.funidata.fi/kori', 'prod'],
      ['course-feedback', 'IMPORTER_URL', '${IMPORTER_URL:-http://importer-api.toska.svc:3000}', 'prod'],
    ]);
    expect(prod.problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['unexpected-shape', 8],
      ['unexpected-shape', 9],
    ]);
    expect(prod.problems[0]?.message).toContain('importer-api');
  });

  it('reports malformed YAML with its line and keeps what could be read', () => {
    const broken = read('compose.broken.yaml');
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(broken.problems[0]).toMatchObject({ file: 'deploy/compose.broken.yaml', code: 'parse-error', severity: 'warning' });
    expect(broken.problems[0]?.line).toBeGreaterThanOrEqual(5);
    expect(broken.hosts.map((host) => host.host)).toContain('course-feedback');
  });

  it('takes the environment from the file name, dev otherwise', () => {
    expect(composeEnvironment('docker-compose.yml')).toBe('dev');
    expect(composeEnvironment('docker-compose.override.yml')).toBe('dev');
    expect(composeEnvironment('compose.staging.yaml')).toBe('staging');
    expect(composeEnvironment('docker-compose.test.yml')).toBe('test');
    expect(composeEnvironment('deploy/production/docker-compose.yml')).toBe('prod');
  });
});
