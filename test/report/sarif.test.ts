import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import type { Formatter } from '../../src/report/index.js';
import { formatSarif, SARIF_FINGERPRINT_KEY, uniqueFingerprints } from '../../src/report/sarif.js';

function loadResult(): LintResult {
  const { $comment: _comment, ...result } = JSON.parse(readFileSync(new URL('../../fixtures/report/ci-formats/result.json', import.meta.url), 'utf8')) as LintResult & { $comment: string };
  return result;
}

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync(new URL('../../schemas/sarif-2.1.0.schema.json', import.meta.url), 'utf8')) as object;
const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const validateSarif = ajv.compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[];
  partialFingerprints: Record<string, string>;
  relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } }; message: { text: string } }[];
  suppressions?: { kind: string; justification: string }[];
  fixes?: { description: { text: string }; artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }[] }[] }[];
  properties?: { service?: string; evidence?: string[] };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
    automationDetails?: { id: string };
  }[];
}

function render(result: LintResult, options?: Parameters<typeof formatSarif>[1]): SarifLog {
  return JSON.parse(formatSarif(result, options)) as SarifLog;
}

describe('formatSarif', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    const output = JSON.parse(formatSarif(loadResult(), { automationId: 'arch-lint/pr/' })) as unknown;
    expect(validateSarif(output), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  });

  it('is valid for a clean scan too', () => {
    const clean = { ...loadResult(), findings: [], calls: [], problems: [] };
    expect(validateSarif(JSON.parse(formatSarif(clean)) as unknown)).toBe(true);
  });

  it('catches an invalid log (the schema check is real)', () => {
    const log = render(loadResult()) as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(log)).toBe(false);
  });

  it('describes the tool and every rule with help text, helpUri and default level', () => {
    const log = render(loadResult());
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'arch-lint', version: '0.1.0', informationUri: 'https://github.com/arch-lint/arch-lint' });
    expect(driver.rules.map((rule) => rule.id)).toEqual(['no-direct-integration', 'unknown-target']);
    const rule = driver.rules[0]!;
    expect(rule.helpUri).toBe('https://github.com/arch-lint/arch-lint/blob/main/docs/rules/no-direct-integration.md');
    expect(rule.shortDescription.text).toContain('API gateway');
    expect(rule.fullDescription.text).not.toBe('');
    expect(rule.help.text).toContain(rule.helpUri);
    expect(rule.defaultConfiguration.level).toBe('error');
    expect(driver.rules[1]!.defaultConfiguration.level).toBe('warning');
  });

  it('writes relative posix URIs under %SRCROOT%, whose base is the root as a file URI with a trailing slash', () => {
    const run = render(loadResult()).runs[0]!;
    expect(run.originalUriBaseIds['%SRCROOT%']).toEqual({ uri: 'file:///work/uni/student-portal/' });
    const first = run.results[0]!.locations[0]!.physicalLocation;
    expect(first.artifactLocation).toEqual({ uri: 'scripts/seed,data.ts', uriBaseId: '%SRCROOT%' });
    expect(first.region).toEqual({ startLine: 3, startColumn: 1 });
  });

  it('escapes what a URI path cannot hold', () => {
    const result = loadResult();
    result.findings = [{ ...result.findings[0]!, file: 'src/100% done/a#b.ts' }];
    const uri = render(result).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('src/100%25%20done/a%23b.ts');
  });

  it('lists results in file, line, column, rule order with the matching ruleIndex and level', () => {
    const results = render(loadResult()).runs[0]!.results;
    expect(results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`)).toEqual([
      'scripts/seed,data.ts:3',
      'scripts/seed,data.ts:9',
      'services/enrolment/src/legacy/oodi.ts:40',
      'services/enrolment/src/sisuClient.ts:12',
      'services/library-sync/src/finna.py:8',
      'services/library-sync/src/finna.py:20',
    ]);
    const sisu = results[3]!;
    expect(sisu).toMatchObject({ ruleId: 'no-direct-integration', ruleIndex: 0, level: 'error' });
    expect(results[0]).toMatchObject({ ruleId: 'unknown-target', ruleIndex: 1, level: 'warning' });
  });

  it('puts our own stable key in partialFingerprints and never fakes primaryLocationLineHash', () => {
    const results = render(loadResult()).runs[0]!.results;
    const sisu = results[3]!;
    expect(sisu.partialFingerprints).toEqual({ [SARIF_FINGERPRINT_KEY]: '4f1c0a9e7b3d2c5a8e6f0b1d2c3a4e5f' });
    for (const result of results) expect(result.partialFingerprints).not.toHaveProperty('primaryLocationLineHash');
  });

  it('keeps fingerprints unique when two findings share one', () => {
    const results = render(loadResult()).runs[0]!.results;
    expect(results[0]!.partialFingerprints[SARIF_FINGERPRINT_KEY]).toBe('aaaabbbbccccddddeeeeffff00001111');
    expect(results[1]!.partialFingerprints[SARIF_FINGERPRINT_KEY]).toBe('aaaabbbbccccddddeeeeffff00001111:2');
    const all = results.map((r) => r.partialFingerprints[SARIF_FINGERPRINT_KEY]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('reports suppressed findings as SARIF suppressions: directives in source, waivers and baseline external', () => {
    const results = render(loadResult()).runs[0]!.results;
    expect(results[2]!.suppressions).toEqual([expect.objectContaining({ kind: 'external', justification: 'ENROL-88: removed when Oodi is switched off' })]);
    expect(results[4]!.suppressions).toEqual([expect.objectContaining({ kind: 'inSource', justification: 'public open-data API, no gateway product exists' })]);
    expect(results[5]!.suppressions).toEqual([expect.objectContaining({ kind: 'external' })]);
    expect(results[3]!.suppressions).toBeUndefined();
  });

  it('turns a fix into an artifact change with char offsets', () => {
    const sisu = render(loadResult()).runs[0]!.results[3]!;
    expect(sisu.fixes).toEqual([
      {
        description: { text: 'Use the gateway URL of API sisu-kori' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'deploy/enrolment/deployment.yaml', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { charOffset: 812, charLength: 55 }, insertedContent: { text: 'https://gw.api.helsinki.fi/sisu-kori' } }],
          },
        ],
      },
    ]);
  });

  it('shows the evidence chain in the message, the binding as a related location, and the service', () => {
    const sisu = render(loadResult()).runs[0]!.results[3]!;
    expect(sisu.message.text).toContain('Evidence: env:SISU_URL → binding SISU_URL (deploy/enrolment/deployment.yaml:31, prod) → sisu-backend.apps.ocp-prod-0.k8s.it.helsinki.fi (API sisu-kori) [internal]');
    expect(sisu.relatedLocations).toHaveLength(1);
    expect(sisu.relatedLocations![0]!.physicalLocation.artifactLocation.uri).toBe('deploy/enrolment/deployment.yaml');
    expect(sisu.properties?.service).toBe('enrolment');
  });

  it('describes a rule missing from a saved report instead of dropping its findings', () => {
    const result = loadResult();
    result.findings.push({ ruleId: 'suppression-without-reason', severity: 'error', message: 'Suppression has no reason.', file: 'a.ts', line: 1, column: 1, fingerprint: 'ff' });
    const log = render(result);
    const ids = log.runs[0]!.tool.driver.rules.map((rule) => rule.id);
    expect(ids).toEqual(['no-direct-integration', 'unknown-target', 'suppression-without-reason']);
    const added = log.runs[0]!.results.find((r) => r.ruleId === 'suppression-without-reason')!;
    expect(added.ruleIndex).toBe(2);
    expect(validateSarif(log)).toBe(true);
  });

  it('is deterministic: same result, same bytes, whatever the input order', () => {
    const result = loadResult();
    const reversed = { ...result, findings: [...result.findings].reverse() };
    expect(formatSarif(reversed)).toBe(formatSarif(result));
  });

  it('sets automationDetails only when asked', () => {
    expect(render(loadResult()).runs[0]!.automationDetails).toBeUndefined();
    expect(render(loadResult(), { automationId: 'arch-lint/main/' }).runs[0]!.automationDetails).toEqual({ id: 'arch-lint/main/' });
  });
});

describe('uniqueFingerprints', () => {
  it('leaves distinct fingerprints alone and numbers repeats in output order', () => {
    const base = { ruleId: 'r', severity: 'error' as const, message: 'm', file: 'a.ts', column: 1 };
    const late = { ...base, line: 9, fingerprint: 'x' };
    const early = { ...base, line: 2, fingerprint: 'x' };
    const other = { ...base, line: 5, fingerprint: 'y' };
    const unique = uniqueFingerprints([late, other, early]);
    expect([unique.get(early), unique.get(late), unique.get(other)]).toEqual(['x', 'x:2', 'y']);
  });
});

describe('registry fit', () => {
  it('has the registry Formatter signature (checked by tsc) and ignores colour', () => {
    const formatter: Formatter = formatSarif;
    expect(formatter(loadResult(), { color: true })).toBe(formatSarif(loadResult()));
  });
});

describe('srcRoot', () => {
  it('makes URIs relative to the repository root when the scan root is a subdirectory', () => {
    const result = { ...loadResult(), root: '/work/uni/student-portal/services' };
    const run = render(result, { srcRoot: '/work/uni/student-portal' }).runs[0]!;
    expect(run.originalUriBaseIds['%SRCROOT%']).toEqual({ uri: 'file:///work/uni/student-portal/' });
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('services/scripts/seed,data.ts');
    expect(run.results[3]!.fixes![0]!.artifactChanges[0]!.artifactLocation.uri).toBe('services/deploy/enrolment/deployment.yaml');
  });
});
