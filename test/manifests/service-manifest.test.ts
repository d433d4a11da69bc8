import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readServiceManifest } from '../../src/extract/manifests/service-manifest.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/manifests/service-manifest/${name}/architecture.yaml`, import.meta.url), 'utf8');

describe('service manifest reader (architecture.yaml)', () => {
  it('reads a valid manifest into one service rooted at its directory', () => {
    const facts = readServiceManifest('services/course-feedback/architecture.yaml', fixture('valid'));
    expect(facts.problems).toEqual([]);
    expect(facts.services).toHaveLength(1);
    const service = facts.services[0]!;
    expect(service).toMatchObject({
      name: 'course-feedback',
      owner: 'team-feedback',
      system: 'teaching',
      description: 'Collects and reports course feedback from students.',
      root: 'services/course-feedback',
      hosts: ['feedback.it.helsinki.fi'],
      source: 'arch-lint',
      dependsOn: [],
    });
    expect(service.loc).toEqual({ file: 'services/course-feedback/architecture.yaml', line: 6, column: 3 });
    expect(service.provides).toEqual([
      { name: 'feedback-api', openapi: 'openapi.yaml', exposure: 'gateway', loc: { file: 'services/course-feedback/architecture.yaml', line: 14, column: 7 } },
    ]);
    expect(service.consumes.map((entry) => [entry.name, entry.url, entry.via, entry.loc.line])).toEqual([
      ['organisation-api', 'https://gw.api.helsinki.fi/organisation', 'gateway', 18],
      ['sisu-kori', 'https://sisu.it.helsinki.fi/kori', 'direct', 21],
    ]);
    expect(service.consumes[1]!.waiver).toEqual({
      reason: 'Sisu offers no gateway API for study rights yet',
      expires: '2027-06-30',
      ticket: 'ARCH-123',
      approvedBy: 'architecture-board',
      loc: { file: 'services/course-feedback/architecture.yaml', line: 24, column: 7 },
    });
    expect(facts.hosts).toEqual([
      { host: 'feedback.it.helsinki.fi', loc: { file: 'services/course-feedback/architecture.yaml', line: 12, column: 7 }, workload: 'course-feedback', source: 'manifest' },
    ]);
  });

  it('a manifest at the scan root has root ""', () => {
    expect(readServiceManifest('architecture.yaml', fixture('valid')).services[0]!.root).toBe('');
  });

  it('reports schema violations with line and key, and still uses the valid parts', () => {
    const facts = readServiceManifest('services/room-booking/architecture.yaml', fixture('wrong-types'));
    const problems = facts.problems.map((problem) => ({ line: problem.line, code: problem.code, severity: problem.severity, message: problem.message }));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 7, code: 'invalid-manifest', severity: 'error', message: expect.stringContaining("'metadata.owner' must be string") }),
        expect.objectContaining({ line: 16, message: expect.stringContaining("'spec.consumes.1.via' must be one of \"gateway\", \"esb\", \"direct\"") }),
        expect.objectContaining({ line: 17, message: expect.stringContaining("missing required key 'url' (key 'spec.consumes.2.url')") }),
        expect.objectContaining({ line: 19, message: expect.stringContaining("unknown key 'provide'") }),
      ]),
    );
    expect(problems).toHaveLength(4);
    const service = facts.services[0]!;
    expect(service.name).toBe('room-booking');
    expect(service.owner).toBeNull();
    // Only the entry that can be judged is kept.
    expect(service.consumes.map((entry) => entry.name)).toEqual(['organisation-api']);
  });

  it('refuses a YAML alias bomb without expanding it', () => {
    const started = Date.now();
    const facts = readServiceManifest('bomb/architecture.yaml', fixture('yaml-bomb'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(facts.services).toEqual([]);
    expect(facts.problems).toHaveLength(1);
    expect(facts.problems[0]).toMatchObject({ code: 'invalid-manifest', severity: 'error', file: 'bomb/architecture.yaml' });
    expect(facts.problems[0]!.message).toContain('too many YAML aliases');
  });

  it('reports malformed YAML with a line and declares no service', () => {
    const facts = readServiceManifest('grades/architecture.yaml', fixture('malformed'));
    expect(facts.services).toEqual([]);
    expect(facts.problems.length).toBeGreaterThan(0);
    expect(facts.problems.every((problem) => problem.code === 'invalid-manifest' && typeof problem.line === 'number')).toBe(true);
    expect(facts.problems[0]!.message).toContain('not valid YAML');
  });

  it('rejects a document that is not a mapping, and an empty file, without throwing', () => {
    expect(readServiceManifest('a/architecture.yaml', '- just\n- a list\n').problems[0]!.message).toContain('not a YAML mapping');
    const empty = readServiceManifest('a/architecture.yaml', '');
    expect(empty.services).toEqual([]);
  });

  it('keeps a waiver without reason or expiry (for waiver-invalid) and accepts an unquoted date', () => {
    const facts = readServiceManifest(
      'a/architecture.yaml',
      'apiVersion: arch-lint/v1\nkind: Service\nmetadata: { name: a }\nspec:\n  consumes:\n    - { name: x, url: "http://x.it.helsinki.fi:8080/", via: direct, waiver: { expires: 2026-01-31 } }\n',
    );
    expect(facts.problems).toEqual([]);
    expect(facts.services[0]!.consumes[0]!.waiver).toMatchObject({ reason: null, expires: '2026-01-31' });
  });
});
