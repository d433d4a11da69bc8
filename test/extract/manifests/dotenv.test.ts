import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dotenvEnvironment, readDotenv } from '../../../src/extract/manifests/dotenv.js';

const fixtureRoot = new URL('../../../fixtures/extract/manifests/dotenv/', import.meta.url);
const read = (path: string) => readDotenv(path, readFileSync(new URL(path, fixtureRoot), 'utf8'));
const valueOf = (facts: ReturnType<typeof readDotenv>, name: string) => facts.bindings.find((binding) => binding.name === name)?.value;

describe('dotenv reader', () => {
  it('reads a template with env bindings, lines and the template label', () => {
    const facts = read('course-feedback/.env.example');
    expect(facts.problems).toEqual([]);
    expect(facts.bindings.map((binding) => [binding.name, binding.value, binding.loc.line])).toEqual([
      ['SISU_URL', 'https://sis-helsinki.funidata.fi/kori', 2],
      ['IMPORTER_URL', 'http://importer-api:3000', 3],
      ['ORGANISATION_API_URL', 'https://gw.api.helsinki.fi/organisation', 4],
      ['SISU_TOKEN', '', 6],
    ]);
    expect(facts.bindings[0]).toMatchObject({ type: 'env', source: 'dotenv', environment: 'template', service: null, loc: { file: 'course-feedback/.env.example', column: 10 } });
  });

  it('handles export, quotes, inline comments, references and multi-line values', () => {
    const facts = read('course-feedback/.env.production');
    expect(facts.problems).toEqual([]);
    expect(facts.bindings.every((binding) => binding.environment === 'prod')).toBe(true);
    expect(valueOf(facts, 'SISU_URL')).toBe('https://sis-helsinki.funidata.fi/kori');
    expect(valueOf(facts, 'IMPORTER_URL')).toBe('http://${IMPORTER_HOST}:3000');
    expect(valueOf(facts, 'GATEWAY_URL')).toBe('https://gw.api.helsinki.fi');
    // `$GATEWAY_URL` is written braced so the resolver follows it.
    expect(valueOf(facts, 'ORGANISATION_API_URL')).toBe('${GATEWAY_URL}/organisation');
    // Single quotes are literal: nothing to follow.
    expect(valueOf(facts, 'LITERAL')).toBe('${NOT_EXPANDED}');
    expect(valueOf(facts, 'CERT')).toContain('MIIBdummy');
    expect(facts.bindings.find((binding) => binding.name === 'AFTER_MULTILINE')?.loc.line).toBe(11);
  });

  it('labels .env.local as dev', () => {
    const facts = read('course-feedback/.env.local');
    expect(facts.bindings.map((binding) => [binding.name, binding.environment])).toEqual([
      ['SISU_URL', 'dev'],
      ['IMPORTER_URL', 'dev'],
    ]);
  });

  it('reports broken lines with their line and still reads the rest', () => {
    const facts = read('course-feedback/.env');
    expect(facts.bindings.map((binding) => binding.name)).toEqual(['SISU_URL', 'IMPORTER_URL']);
    expect(facts.bindings[0]?.environment).toBeNull();
    expect(facts.problems.map((problem) => [problem.code, problem.line, problem.file])).toEqual([
      ['parse-error', 3, 'course-feedback/.env'],
      ['parse-error', 5, 'course-feedback/.env'],
    ]);
    expect(facts.problems[1]?.message).toContain('BROKEN');
  });

  it('takes the environment from the suffix, the first one naming an environment winning', () => {
    expect(dotenvEnvironment('.env.production.local')).toBe('prod');
    expect(dotenvEnvironment('app/.env.development')).toBe('dev');
    expect(dotenvEnvironment('.env.test')).toBe('test');
    expect(dotenvEnvironment('.env.staging')).toBe('staging');
    expect(dotenvEnvironment('.env.sample')).toBe('template');
    expect(dotenvEnvironment('.env')).toBeNull();
    expect(dotenvEnvironment('deploy/prod/.env')).toBe('prod');
  });
});

describe('dotenv reader on hostile input', () => {
  it('stays linear on an unclosed quote followed by many lines', () => {
    const content = 'A="never closed\n' + 'B=1\n'.repeat(100_000);
    const started = performance.now();
    const facts = readDotenv('.env', content);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(facts.problems[0]).toMatchObject({ line: 1, code: 'parse-error' });
    // Only the broken assignment is lost: the lines after it are read as ordinary lines.
    expect(facts.bindings).toHaveLength(100_000);
  });

  it('lists at most ten broken lines and says how many more there were', () => {
    const facts = readDotenv('.env', 'not an assignment\n'.repeat(25));
    expect(facts.problems).toHaveLength(11);
    expect(facts.problems[10]?.message).toContain('15 more lines');
  });
});
