import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDockerfile } from '../../../src/extract/manifests/dockerfile.js';

const fixtureRoot = new URL('../../../fixtures/extract/manifests/dockerfile/', import.meta.url);
const read = (path: string) => readDockerfile(path, readFileSync(new URL(path, fixtureRoot), 'utf8'));

describe('dockerfile reader', () => {
  it('reads ENV (both syntaxes, continued, lower case) and ARG defaults as env bindings', () => {
    const facts = read('course-feedback/Dockerfile');
    expect(facts.problems).toEqual([]);
    expect(facts.bindings.map((binding) => [binding.name, binding.value, binding.loc.line])).toEqual([
      ['SISU_URL', 'https://sis-helsinki.funidata.fi/kori', 3],
      ['SISU_URL', '${SISU_URL}', 5],
      ['IMPORTER_URL', 'http://importer-api:3000', 6],
      ['ORGANISATION_API_URL', 'https://gw.api.helsinki.fi/organisation', 7],
      ['NODE_ENV', 'production', 7],
      ['GREETING', 'hello world', 7],
      ['PORT', '3000', 13],
    ]);
    expect(facts.bindings[0]).toEqual({
      type: 'env',
      name: 'SISU_URL',
      value: 'https://sis-helsinki.funidata.fi/kori',
      loc: { file: 'course-feedback/Dockerfile', line: 3, column: 5 },
      source: 'dockerfile',
      environment: null,
      service: null,
    });
  });

  it('labels Dockerfile.dev dev and reports an unclosed quote with its line, reading the next instruction', () => {
    const facts = read('importer/Dockerfile.dev');
    expect(facts.problems.map((problem) => [problem.code, problem.line])).toEqual([['parse-error', 3]]);
    expect(facts.bindings.map((binding) => [binding.name, binding.value, binding.environment])).toEqual([['SISU_URL', 'http://localhost:8080/kori', 'dev']]);
  });

  it('a folder with its own Dockerfile is a module named after it, at the top or a few levels down, but not a Docker, CI or deployment folder nor one inside tests, examples or docs', () => {
    const moduleOf = (file: string) => readDockerfile(file, 'FROM node:20\n').modules?.map((module) => `${module.name} @ ${module.root}`) ?? [];
    expect(moduleOf('mailer/Dockerfile')).toEqual(['mailer @ mailer']);
    expect(moduleOf('src/cartservice/Dockerfile')).toEqual(['cartservice @ src/cartservice']);
    expect(moduleOf('services/updater/worker/Dockerfile')).toEqual(['worker @ services/updater/worker']);
    expect(moduleOf('Dockerfile')).toEqual([]);
    expect(moduleOf('deploy/docker/Dockerfile')).toEqual([]);
    expect(moduleOf('app/.devcontainer/Dockerfile')).toEqual([]);
    expect(moduleOf('test/fixtures/app/Dockerfile')).toEqual([]);
    expect(moduleOf('examples/shop/Dockerfile')).toEqual([]);
    expect(moduleOf('a/b/c/d/e/Dockerfile')).toEqual([]);
  });
});
