/**
 * `arch-lint merge` as a subprocess: the reports of two fixture repositories that call each other
 * (fixtures/landscape/merge/) merge into one landscape where the cross-repository edges connect the right services;
 * bad reports (not JSON, another schema version, truncated, 200 MB, a repository twice, an older arch-lint) are each
 * a message naming the file while the others are merged; exit 2 only when nothing could be merged.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MergedLandscape } from '../../src/landscape/merge.js';
import { mergeLandscapes } from '../../src/landscape/merge.js';
import type { Landscape } from '../../src/landscape/types.js';
import { assertBuilt, repo, run } from '../cli/subprocess.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'arch-lint-merge-'));
const enrolment = path.join(scratch, 'enrolment.json');
const grades = path.join(scratch, 'grades.json');

function merged(outcome: { stdout: string }): MergedLandscape {
  return JSON.parse(outcome.stdout) as MergedLandscape;
}

beforeAll(() => {
  assertBuilt();
  for (const [name, file] of [['enrolment-repo', enrolment], ['grades-repo', grades]] as const) {
    const outcome = run([`fixtures/landscape/merge/${name}`, '--format', 'json', '--output', file]);
    expect(outcome.code, outcome.stderr).toBe(1);
  }
});

describe('arch-lint merge', () => {
  it('joins each call to the repository and service that serves its host: the cross-repository edges appear', () => {
    const outcome = run(['merge', enrolment, grades]);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stderr).toBe('arch-lint merge: 2 of 2 reports merged (2 nodes, 2 edges).\n');
    const result = merged(outcome);
    expect(result.repositories.map((repository) => repository.name)).toEqual(['enrolment-repo', 'grades-repo']);
    expect(result.nodes.map((node) => `${node.id} ${node.repository}`)).toEqual(['service:enrolment-repo/enrolment enrolment-repo', 'service:grades-repo/grades grades-repo']);
    expect(result.edges.map((edge) => `${edge.from} -> ${edge.to} ${edge.kind} ${edge.worst?.ruleId}`)).toEqual([
      'service:enrolment-repo/enrolment -> service:grades-repo/grades direct no-direct-integration',
      'service:grades-repo/grades -> service:enrolment-repo/enrolment direct no-direct-integration',
    ]);
    const schema = JSON.parse(readFileSync(path.join(repo, 'schemas/landscape.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });

  it('alone, a report sees the other repository as a host only', () => {
    const alone = merged(run(['merge', enrolment]));
    expect(alone.edges.map((edge) => edge.to)).toEqual(['system:grades.apps.example.fi']);
  });

  it('-o and --format html, mermaid, dot', () => {
    const file = path.join(scratch, 'org/landscape.json');
    expect(run(['merge', enrolment, grades, '-o', file]).code).toBe(0);
    expect((JSON.parse(readFileSync(file, 'utf8')) as MergedLandscape).edges).toHaveLength(2);
    const mermaid = run(['merge', enrolment, grades, '--format', 'mermaid']).stdout;
    expect(mermaid.split('\n').filter((line) => line.includes('==>'))).toHaveLength(2);
    expect(run(['merge', enrolment, grades, '--format', 'dot']).stdout).toContain('"service:enrolment-repo/enrolment" -> "service:grades-repo/grades"');
    const html = run(['merge', enrolment, grades, '--format', 'html']).stdout;
    expect(html).toContain('organisation (2 repositories)');
    expect(run(['merge', enrolment, '--format', 'png']).code).toBe(2);
  });

  it('bad reports: a clear message naming each; the others are merged (exit 1); nothing mergeable is exit 2', () => {
    const notJson = path.join(scratch, 'not-json.json');
    writeFileSync(notJson, 'arch-lint: not a report\n');
    const otherVersion = path.join(scratch, 'version-2.json');
    writeFileSync(otherVersion, readFileSync(grades, 'utf8').replace('"version": 1,', '"version": 2,'));
    const truncated = path.join(scratch, 'truncated.json');
    const text = readFileSync(grades, 'utf8');
    writeFileSync(truncated, text.slice(0, Math.floor(text.length * 0.6)));
    const huge = path.join(scratch, 'huge.json');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    closeSync(fd);
    const outcome = run(['merge', enrolment, notJson, otherVersion, truncated, huge, grades]);
    expect(outcome.code).toBe(1);
    const lines = outcome.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^arch-lint merge: left out: ${notJson} is not valid JSON \\(truncated\\?\\): `)),
      `arch-lint merge: left out: ${otherVersion} is a report of schema version 2; this arch-lint reads version 1`,
      expect.stringMatching(new RegExp(`^arch-lint merge: left out: ${truncated} is not valid JSON \\(truncated\\?\\): `)),
      `arch-lint merge: left out: ${huge} is 200 MB, over the 100 MB limit for a report: not read (is it an arch-lint JSON report?)`,
      'arch-lint merge: 2 of 6 reports merged (2 nodes, 2 edges); 4 left out.',
    ]);
    const result = merged(outcome);
    expect(result.edges).toHaveLength(2);
    expect(result.problems.map((problem) => problem.report)).toEqual([notJson, otherVersion, truncated, huge]);
    const nothing = run(['merge', notJson, truncated]);
    expect(nothing.code).toBe(2);
    expect(nothing.stdout).toBe('');
    expect(nothing.stderr).toContain('no report could be merged');
  });

  it('a repository twice keeps the first report; different arch-lint versions are merged with a warning; a report without a landscape is named', () => {
    const again = path.join(scratch, 'grades-again.json');
    writeFileSync(again, readFileSync(grades));
    const older = path.join(scratch, 'enrolment-older.json');
    writeFileSync(older, readFileSync(enrolment, 'utf8').replace('"name": "arch-lint",\n    "version": "0.1.0"', '"name": "arch-lint",\n    "version": "0.0.9"'));
    const outcome = run(['merge', older, grades, again]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(`left out: repository 'grades-repo' is already merged from ${grades}: this report was left out`);
    expect(outcome.stderr).toContain(`warning: reports were written by different arch-lint versions: 0.0.9 (${older}); 0.1.0 (${grades})`);
    expect(merged(outcome).edges).toHaveLength(2);
    const noLandscape = path.join(scratch, 'old.json');
    const report = JSON.parse(readFileSync(grades, 'utf8')) as Record<string, unknown>;
    delete report.landscape;
    writeFileSync(noLandscape, JSON.stringify(report));
    const old = run(['merge', noLandscape, enrolment]);
    expect(old.stderr).toContain(`${noLandscape} has no landscape (written by arch-lint 0.1.0, before landscapes)`);
  });

  it('--help lists every option', () => {
    const help = run(['merge', '--help']).stdout;
    for (const flag of ['--format', '--output']) expect(help).toContain(flag);
  });
});

describe('mergeLandscapes', () => {
  const landscape = (repository: string, nodes: Landscape['nodes'], edges: Landscape['edges']): Landscape => ({ version: 1, repository, nodes, edges });
  it('shares the gateway and merges one gateway route seen from two repositories; single-label hosts are not joined across repositories', () => {
    const route = { id: 'gateway->system:b.example#gateway@B', from: 'gateway', to: 'system:b.example', kind: 'gateway' as const, calls: 0, worst: null, api: 'B', route: true as const };
    const a = landscape('a', [{ id: 'service:x', kind: 'service', label: 'x', hosts: ['x'], repository: 'a' }, { id: 'gateway', kind: 'gateway', label: 'API gateway', hosts: ['gw'] }, { id: 'system:b.example', kind: 'system', label: 'b.example', hosts: ['b.example'] }], [
      { id: 'service:x->gateway#gateway@B', from: 'service:x', to: 'gateway', kind: 'gateway', calls: 2, worst: null, api: 'B' },
      route,
    ]);
    const b = landscape('b', [{ id: 'service:y', kind: 'service', label: 'y', hosts: ['b.example'], repository: 'b' }, { id: 'gateway', kind: 'gateway', label: 'API gateway', hosts: ['gw'] }, { id: 'system:x', kind: 'system', label: 'x', hosts: ['x'] }], [
      { id: 'service:y->gateway#gateway@B', from: 'service:y', to: 'gateway', kind: 'gateway', calls: 1, worst: null, api: 'B' },
      { ...route, id: 'gateway->service:y#gateway@B', to: 'service:y' },
      { id: 'service:y->system:x#direct', from: 'service:y', to: 'system:x', kind: 'direct', calls: 1, worst: null },
    ]);
    const result = mergeLandscapes([{ report: 'a.json', toolVersion: '1', landscape: a }, { report: 'b.json', toolVersion: '1', landscape: b }]);
    expect(result.edges.map((edge) => edge.id)).toEqual(['gateway->service:b/y#gateway@B', 'service:a/x->gateway#gateway@B', 'service:b/y->gateway#gateway@B', 'service:b/y->system:x#direct']);
  });
});
