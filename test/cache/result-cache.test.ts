/**
 * `--cache`, second level: the whole result reused while nothing it depends on changed (src/cache/result-cache.ts).
 * Each invalidation test caches a scan (run 1), proves the cache is used (run 2: `reused`, same report), changes
 * ONE input, and proves run 3 is a fresh scan that shows the change and equals a scan without the cache.
 *
 * A result is stored only when every discovered file is more than a second old (the racy rule), and ctime cannot be
 * set back: every workspace is made in `beforeAll`, which then waits once, before any test runs.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBaseline, type Baseline } from '../../src/judge/suppressions/baseline.js';
import { lint, scan, type LintOptions, type ScanOutcome } from '../../src/lint.js';
import type { LintResult } from '../../src/model.js';
import { formatJson } from '../../src/report/json.js';
import { initRepo } from '../cli/subprocess.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/cache/result-cache');
/** The waiver in services/booking/architecture.yaml covers this day (its last) and not the next. */
const lastDayOfWaiver = new Date('2026-03-31T23:30:00Z');
const dayAfter = new Date('2026-04-01T00:30:00Z');

interface Workspace {
  /** The scan root (a copy of the fixture). */
  dir: string;
  /** The cache directory, outside the root. */
  cacheDir: string;
  /** A folder beside the root for files the root must not contain. */
  scratch: string;
}

function newWorkspace(): Workspace {
  const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-result-cache-')));
  const dir = path.join(scratch, 'workspace');
  cpSync(fixture, dir, { recursive: true });
  return { dir, cacheDir: path.join(scratch, 'cache'), scratch };
}

function file(ws: Workspace, relative: string): string {
  return path.join(ws.dir, relative);
}

/** Replace `from` (which must occur) by `to` in a workspace file, in place (same inode). */
function edit(ws: Workspace, relative: string, from: string, to: string): void {
  const text = readFileSync(file(ws, relative), 'utf8');
  expect(text).toContain(from);
  writeFileSync(file(ws, relative), text.replace(from, to));
}

function options(ws: Workspace, extra: Partial<LintOptions> = {}): LintOptions {
  return { cwd: ws.dir, now: lastDayOfWaiver, cache: `${ws.cacheDir}/`, ...extra };
}

/** What a scan found, one line per finding: `file:line rule severity (suppression)`. */
function findingsOf(result: LintResult): string[] {
  return result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId} ${finding.severity}${finding.suppressed ? ` (${finding.suppressed.kind})` : ''}`).sort();
}

/** The hosts each call reaches: `file:line → host…`. */
function hostsOf(result: LintResult): string[] {
  return result.calls.map((call) => `${call.file}:${call.line} → ${call.targets.map((target) => target.host ?? '?').join(' | ')}`).sort();
}

function resultRecords(ws: Workspace): string[] {
  return existsSync(ws.cacheDir) ? readdirSync(ws.cacheDir).filter((name) => name.endsWith('.result.json')) : [];
}

/** The files the stored record checks by content besides the discovered ones (absolute paths). */
function recordedReads(ws: Workspace): string[] {
  const records = resultRecords(ws);
  expect(records).toHaveLength(1);
  const record = JSON.parse(readFileSync(path.join(ws.cacheDir, records[0]!), 'utf8')) as { reads: Record<string, unknown> };
  return Object.keys(record.reads);
}

interface Invalidation {
  /** Shape the workspace before it settles (default: the fixture as it is). */
  prepare?: (ws: Workspace) => void;
  /** Options of runs 1 and 2 (beside cwd, now and cache). */
  before?: Partial<LintOptions>;
  /** The one change, after run 2: to the files, or (returned) to the options of run 3. */
  change: (ws: Workspace) => Partial<LintOptions> | void;
  /** What run 3 must show that run 2 did not. */
  expectChange: (before: LintResult, after: LintResult, ws: Workspace) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('result cache: a change to any input is never answered from the cache', () => {
  const workspaces = new Map<string, Workspace>();
  const preparations: { name: string; prepare: (ws: Workspace) => void }[] = [];

  beforeAll(async () => {
    for (const { name, prepare } of preparations) {
      const ws = newWorkspace();
      prepare(ws);
      workspaces.set(name, ws);
    }
    // Once for all: older than a second, every file can be stored (the racy rule).
    await sleep(1100);
  });

  function invalidation(name: string, spec: Invalidation, run: typeof it = it): void {
    preparations.push({ name, prepare: spec.prepare ?? (() => {}) });
    run(name, async () => {
      const ws = workspaces.get(name)!;
      const cold = await scan(options(ws, spec.before));
      expect(cold.reused).toBe(false);
      const first = cold.result();
      const warm = await scan(options(ws, spec.before));
      expect(warm.reused).toBe(true);
      expect(formatJson(warm.result())).toBe(formatJson(first));

      const changedOptions = spec.change(ws) ?? {};
      const after = { ...spec.before, ...changedOptions };
      const third = await scan(options(ws, after));
      expect(third.reused).toBe(false);
      const result = third.result();
      spec.expectChange(first, result, ws);
      // Not just different: exactly what a scan without any cache sees.
      const { cache: _noCache, ...uncached } = options(ws, after);
      expect(formatJson(result)).toBe(formatJson(await lint(uncached)));
    });
  }

  invalidation('a source file edited in place, same size (one letter of a host)', {
    change: (ws) => {
      const before = statSync(file(ws, 'services/booking/src/grades.ts'));
      edit(ws, 'services/booking/src/grades.ts', 'grades.it.helsinki.fi', 'grader.it.helsinki.fi');
      const now = statSync(file(ws, 'services/booking/src/grades.ts'));
      // Only the times can tell: same size, same inode.
      expect([now.size, now.ino]).toEqual([before.size, before.ino]);
    },
    expectChange: (before, after) => {
      expect(hostsOf(before)).toContain('services/booking/src/grades.ts:3 → grades.it.helsinki.fi');
      expect(hostsOf(after)).toContain('services/booking/src/grades.ts:3 → grader.it.helsinki.fi');
    },
  });

  invalidation('a source file added', {
    change: (ws) => writeFileSync(file(ws, 'services/booking/src/exams.ts'), "export const exams = () => fetch('https://exams.it.helsinki.fi/api/results');\n"),
    expectChange: (before, after) => {
      expect(findingsOf(before).some((line) => line.startsWith('services/booking/src/exams.ts'))).toBe(false);
      expect(findingsOf(after)).toContain('services/booking/src/exams.ts:1 no-direct-integration error');
    },
  });

  invalidation('a source file deleted', {
    change: (ws) => rmSync(file(ws, 'services/booking/src/grades.ts')),
    expectChange: (before, after) => {
      expect(findingsOf(before)).toContain('services/booking/src/grades.ts:3 no-direct-integration error');
      expect(findingsOf(after).some((line) => line.startsWith('services/booking/src/grades.ts'))).toBe(false);
      expect(after.summary.files).toBe(before.summary.files - 1);
    },
  });

  invalidation('an imported module edited (the importing file unchanged)', {
    change: (ws) => edit(ws, 'services/booking/src/endpoints.ts', 'https://gw.api.helsinki.fi/registry', 'https://registry.it.helsinki.fi/api'),
    expectChange: (before, after) => {
      expect(hostsOf(before)).toContain('services/booking/src/people.ts:5 → gw.api.helsinki.fi');
      expect(hostsOf(after)).toContain('services/booking/src/people.ts:5 → registry.it.helsinki.fi');
      expect(findingsOf(after)).toContain('services/booking/src/people.ts:5 no-direct-integration error');
    },
  });

  invalidation('the .env edited', {
    change: (ws) => edit(ws, 'services/booking/.env', 'ROOMS_URL=https://rooms-backend.apps.ocp-prod-0.k8s.it.helsinki.fi/v2', 'ROOMS_URL=https://gw.api.helsinki.fi/rooms'),
    expectChange: (before, after) => {
      expect(findingsOf(before)).toContain('services/booking/src/rooms.ts:3 gateway-bypass error');
      expect(findingsOf(after)).not.toContain('services/booking/src/rooms.ts:3 gateway-bypass error');
      expect(hostsOf(after)).toContain('services/booking/src/rooms.ts:3 → gw.api.helsinki.fi');
    },
  });

  invalidation("a Kubernetes Deployment's env edited", {
    change: (ws) => edit(ws, 'k8s/deployment.yaml', 'value: https://gw.api.helsinki.fi/studies', 'value: https://studies.it.helsinki.fi/api'),
    expectChange: (before, after) => {
      expect(hostsOf(before)).toContain('services/booking/src/studies.ts:3 → gw.api.helsinki.fi');
      expect(hostsOf(after)).toContain('services/booking/src/studies.ts:3 → studies.it.helsinki.fi');
      expect(findingsOf(after)).toContain('services/booking/src/studies.ts:3 no-direct-integration error');
    },
  });

  invalidation('the config file edited', {
    change: (ws) => writeFileSync(file(ws, 'arch-lint.config.yaml'), `${readFileSync(file(ws, 'arch-lint.config.yaml'), 'utf8')}rules:\n  no-direct-integration: warn\n`),
    expectChange: (before, after) => {
      expect(findingsOf(before)).toContain('services/booking/src/grades.ts:3 no-direct-integration error');
      expect(findingsOf(after)).toContain('services/booking/src/grades.ts:3 no-direct-integration warning');
    },
  });

  invalidation('a config file added where there was none', {
    prepare: (ws) => rmSync(file(ws, 'arch-lint.config.yaml')),
    change: (ws) => cpSync(path.join(fixture, 'arch-lint.config.yaml'), file(ws, 'arch-lint.config.yaml')),
    expectChange: (before, after) => {
      expect(before.config.file).toBeNull();
      expect(after.config.file).toBe('arch-lint.config.yaml');
      // The catalogue comes with the config: the .env's backend is now known to be published.
      expect(findingsOf(before)).not.toContain('services/booking/src/rooms.ts:3 gateway-bypass error');
      expect(findingsOf(after)).toContain('services/booking/src/rooms.ts:3 gateway-bypass error');
    },
  });

  let everyFinding: Baseline | null = null;
  const baselineOfEveryFinding = async (ws: Workspace): Promise<Baseline> => (everyFinding ??= buildBaseline(await lint({ cwd: ws.dir, now: lastDayOfWaiver }), null));
  preparations.push({ name: 'baseline (computed)', prepare: () => {} });
  it('the baseline object changed (an entry dropped)', async () => {
    const ws = workspaces.get('baseline (computed)')!;
    const baseline = await baselineOfEveryFinding(ws);
    const spec: Invalidation = {
      before: { baseline },
      change: () => ({ baseline: { ...baseline, entries: baseline.entries.filter((entry) => entry.rule !== 'gateway-bypass') } }),
      expectChange: (before, after) => {
        expect(findingsOf(before)).toContain('services/booking/src/rooms.ts:3 gateway-bypass error (baseline)');
        expect(findingsOf(after)).toContain('services/booking/src/rooms.ts:3 gateway-bypass error');
        expect([before.summary.errors, after.summary.errors]).toEqual([0, 1]);
      },
    };
    const cold = await scan(options(ws, spec.before));
    const warm = await scan(options(ws, spec.before));
    expect([cold.reused, warm.reused]).toEqual([false, true]);
    const third = await scan(options(ws, spec.change(ws) ?? {}));
    expect(third.reused).toBe(false);
    spec.expectChange(cold.result(), third.result(), ws);
  });

  invalidation('"now" moved to the next UTC day: the waiver expires', {
    change: () => ({ now: dayAfter }),
    expectChange: (before, after) => {
      expect(findingsOf(before)).toContain('services/booking/src/notify.ts:4 no-direct-integration error (waiver)');
      expect(findingsOf(before)).toContain('services/booking/architecture.yaml:19 waiver-expiring warning');
      expect(findingsOf(after)).toContain('services/booking/src/notify.ts:4 no-direct-integration error');
      expect(findingsOf(after)).toContain('services/booking/architecture.yaml:19 waiver-expired error');
    },
  });

  invalidation('a rule override changed', {
    before: { rules: { 'gateway-bypass': 'error' } },
    change: () => ({ rules: { 'gateway-bypass': 'off' } }),
    expectChange: (before, after) => {
      expect(findingsOf(before)).toContain('services/booking/src/rooms.ts:3 gateway-bypass error');
      expect(findingsOf(after).some((line) => line.includes('gateway-bypass'))).toBe(false);
    },
  });

  invalidation('reportUnusedDisableDirectives turned on', {
    change: () => ({ reportUnusedDisableDirectives: true }),
    expectChange: (before, after) => {
      expect(findingsOf(before).some((line) => line.includes('unused-suppression'))).toBe(false);
      expect(findingsOf(after).filter((line) => line.includes('unused-suppression'))).toEqual([expect.stringMatching(/^services\/booking\/src\/notify\.ts:8 unused-suppression /)]);
    },
  });

  // docs/booking-api.json is not a name discovery picks up (a .yaml would be: any YAML may be a Kubernetes resource),
  // so only the result record's content check guards it.
  invalidation('an OpenAPI document read beside the manifest changed so it no longer parses', {
    change: (ws) => {
      expect(recordedReads(ws)).toContain(file(ws, 'services/booking/docs/booking-api.json'));
      writeFileSync(file(ws, 'services/booking/docs/booking-api.json'), '{ "title": "Booking API", "notes": "not an OpenAPI document" }\n');
    },
    expectChange: (before, after) => {
      expect(findingsOf(before).some((line) => line.includes('api-without-openapi'))).toBe(false);
      expect(after.findings.find((finding) => finding.ruleId === 'api-without-openapi')?.message).toMatch(/does not parse/);
    },
  });

  invalidation('an OpenAPI document read beside the manifest removed', {
    change: (ws) => rmSync(file(ws, 'services/booking/docs/booking-api.json')),
    expectChange: (before, after) => {
      expect(findingsOf(before).some((line) => line.includes('api-without-openapi'))).toBe(false);
      expect(after.findings.find((finding) => finding.ruleId === 'api-without-openapi')?.message).toMatch(/does not exist/);
    },
  });

  // openapi.yaml is a discovered file (an `openapi` manifest): its stat is in the key, it is not read beside.
  invalidation('a discovered OpenAPI document (openapi.yaml) removed', {
    prepare: (ws) => {
      // JSON is YAML: the same document under the name discovery reads as an `openapi` manifest.
      cpSync(file(ws, 'services/booking/docs/booking-api.json'), file(ws, 'services/booking/openapi.yaml'));
      rmSync(file(ws, 'services/booking/docs'), { recursive: true });
      edit(ws, 'services/booking/architecture.yaml', 'openapi: docs/booking-api.json', 'openapi: openapi.yaml');
    },
    change: (ws) => {
      expect(recordedReads(ws)).not.toContain(file(ws, 'services/booking/openapi.yaml'));
      rmSync(file(ws, 'services/booking/openapi.yaml'));
    },
    expectChange: (before, after) => {
      expect(findingsOf(before).some((line) => line.includes('api-without-openapi'))).toBe(false);
      expect(after.findings.find((finding) => finding.ruleId === 'api-without-openapi')?.message).toMatch(/does not exist/);
    },
  });

  // k8s/deployment.yaml is bound to the service only through the package.json name; without it, STUDIES_URL falls
  // back to every Deployment that sets it, k8s/reporting.yaml's too.
  invalidation('the package.json read beside a service renamed', {
    change: (ws) => {
      expect(recordedReads(ws)).toContain(file(ws, 'services/booking/package.json'));
      edit(ws, 'services/booking/package.json', '"name": "room-booking-backend"', '"name": "room-booking-frontend"');
    },
    expectChange: (before, after) => {
      expect(hostsOf(before)).toContain('services/booking/src/studies.ts:3 → gw.api.helsinki.fi');
      expect(hostsOf(after).find((line) => line.startsWith('services/booking/src/studies.ts:3'))).toContain('studies-export.it.helsinki.fi');
    },
  });

  invalidation('the gateway catalogue file edited (the API fronts another backend)', {
    change: (ws) => edit(ws, 'gravitee/rooms.yaml', 'target: "https://rooms-backend.apps.ocp-prod-0.k8s.it.helsinki.fi/v2"', 'target: "https://rooms-backend-v3.apps.ocp-prod-0.k8s.it.helsinki.fi/v3"'),
    expectChange: (before, after) => {
      expect(findingsOf(before)).toContain('services/booking/src/rooms.ts:3 gateway-bypass error');
      expect(findingsOf(after).some((line) => line.includes('gateway-bypass'))).toBe(false);
    },
  });

  invalidation('a second catalogue file matched by the glob', {
    change: (ws) =>
      writeFileSync(
        file(ws, 'gravitee/grades.yaml'),
        [
          '# The grades export published on the gateway.',
          '- id: grades',
          '  name: Grades Export API',
          '  gravitee: "2.0.0"',
          '  proxy:',
          '    virtual_hosts: [{ path: /grades }]',
          '    groups: [{ name: default, endpoints: [{ name: prod, target: "https://grades.it.helsinki.fi/api" }] }]',
          '  plans: [{ name: Open, security: KEY_LESS }]',
          '',
        ].join('\n'),
      ),
    expectChange: (before, after) => {
      expect(findingsOf(before)).not.toContain('services/booking/src/grades.ts:3 gateway-bypass error');
      expect(findingsOf(after)).toContain('services/booking/src/grades.ts:3 gateway-bypass error');
    },
  });

  // A symlink to a file outside the root: discovery follows it, so the key holds the target's stat (inode included).
  // The two targets differ in size here; the facts cache compares inodes too (unit test in facts-cache.test.ts), so
  // targets of the same size written in one clock tick are told apart as well.
  invalidation(
    'a symlinked source file re-pointed to another file',
    {
      prepare: (ws) => {
        if (process.platform === 'win32') return;
        // Inside the workspace: a link to a file outside the repository is not read at all (issue 16).
        mkdirSync(path.join(ws.dir, 'elsewhere'));
        writeFileSync(path.join(ws.dir, 'elsewhere/a.ts'), "export const a = () => fetch('https://alpha.it.helsinki.fi/api');\n");
        writeFileSync(path.join(ws.dir, 'elsewhere/b.ts'), "export const b = () => fetch('https://bravo-2.it.helsinki.fi/api');\n");
        symlinkSync(path.join(ws.dir, 'elsewhere/a.ts'), file(ws, 'services/booking/src/linked.ts'));
      },
      change: (ws) => {
        unlinkSync(file(ws, 'services/booking/src/linked.ts'));
        symlinkSync(path.join(ws.dir, 'elsewhere/b.ts'), file(ws, 'services/booking/src/linked.ts'));
      },
      expectChange: (before, after) => {
        expect(hostsOf(before)).toContain('services/booking/src/linked.ts:1 → alpha.it.helsinki.fi');
        expect(hostsOf(after)).toContain('services/booking/src/linked.ts:1 → bravo-2.it.helsinki.fi');
      },
    },
    it.skipIf(process.platform === 'win32') as typeof it,
  );
});

describe('result cache: what is never stored or used', () => {
  let settled: Workspace;
  let incomplete: Workspace;
  let gitRepo: Workspace;
  let reportRemoved: Workspace;
  let corruptFacts: Workspace;

  beforeAll(async () => {
    corruptFacts = newWorkspace();
    settled = newWorkspace();
    incomplete = newWorkspace();
    // A literal catalogue path that does not exist: `catalog-missing`, an error-level problem.
    edit(incomplete, 'arch-lint.config.yaml', '- gravitee/*.yaml', '- gravitee/*.yaml\n    - gravitee/published.yaml');
    gitRepo = newWorkspace();
    initRepo(gitRepo.dir);
    reportRemoved = newWorkspace();
    await sleep(1100);
  });

  it('not stored when a file is younger than a second when the scan starts (racy rule)', async () => {
    const ws = newWorkspace();
    const first = await scan(options(ws));
    expect(resultRecords(ws)).toEqual([]);
    const second = await scan(options(ws));
    expect([first.reused, second.reused]).toEqual([false, false]);
  });

  it('not stored when the result has an error-level problem (the scan is incomplete)', async () => {
    const first = await scan(options(incomplete));
    expect(first.incomplete).toBe(true);
    expect(first.result().problems.map((problem) => `${problem.code} ${problem.severity}`)).toContain('catalog-missing error');
    expect(resultRecords(incomplete)).toEqual([]);
    const second = await scan(options(incomplete));
    expect([second.reused, second.incomplete]).toEqual([false, true]);
  });

  it('not stored with a warning about the facts cache: the run that reports it repairs it, later runs must not repeat it', async () => {
    const prime = await scan(options(corruptFacts, { reuseResult: false }));
    expect(prime.reused).toBe(false);
    const factsFile = readdirSync(corruptFacts.cacheDir).find((name) => /^facts-[0-9a-f]+\.json$/.test(name))!;
    writeFileSync(path.join(corruptFacts.cacheDir, factsFile), 'garbage');
    const codes = (outcome: ScanOutcome): string[] => outcome.result().problems.map((problem) => problem.code);
    const first = await scan(options(corruptFacts));
    expect(codes(first)).toContain('cache-corrupt');
    const second = await scan(options(corruptFacts));
    const third = await scan(options(corruptFacts));
    expect([first.reused, second.reused, third.reused]).toEqual([false, false, true]);
    expect([codes(second), codes(third)].flat()).not.toContain('cache-corrupt');
  });

  it('never used (nor stored) by --staged', async () => {
    const outcomes: ScanOutcome[] = [];
    for (let run = 0; run < 2; run++) outcomes.push(await scan(options(gitRepo, { staged: true })));
    expect(outcomes.map((outcome) => outcome.reused)).toEqual([false, false]);
    expect(resultRecords(gitRepo)).toEqual([]);
  });

  it('never used with reuseResult: false, though stored', async () => {
    const cold = await scan(options(settled));
    expect(resultRecords(settled)).toHaveLength(1);
    const again = await scan(options(settled, { reuseResult: false }));
    expect(again.reused).toBe(false);
    expect(again.reportFile).toBeNull();
    expect(formatJson(again.result())).toBe(formatJson(cold.result()));
    // The cache itself still answers a run that allows it.
    expect((await scan(options(settled))).reused).toBe(true);
  });

  it('when the cached report file is deleted between runs, lint() still returns the right result', async () => {
    const cold = await scan(options(reportRemoved));
    expect(cold.reportFile).not.toBeNull();
    const expected = formatJson(cold.result());
    rmSync(cold.reportFile!);
    expect(formatJson(await lint(options(reportRemoved)))).toBe(expected);
    // Removed after the lookup: reading the result fails with ENOENT, the case lint() and the CLI scan again for.
    const hit = await scan(options(reportRemoved));
    expect(hit.reused).toBe(true);
    rmSync(hit.reportFile!);
    expect(() => hit.result()).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
