/**
 * Compose services tied to code by `build` context and `env_file`, and compose interpolation forms
 * (`${X:-default}`, `${X-default}`, `${X:?error}`, a variable referring to its outer self).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { attributeServices } from '../../src/resolve/services.js';
import { scanWorkspace, targetsOf, type WorkspaceScan } from './workspace-scan.js';

describe('compose workloads', () => {
  let scan: WorkspaceScan;
  beforeAll(async () => {
    scan = await scanWorkspace('resolve/compose-workloads');
  });

  it('build.context ties the compose service `web` to course-feedback; an unset ${X:-default} takes its default', () => {
    const [target, ...rest] = scan.callAt('course-feedback/src/upstreams.ts', 4).targets;
    expect(rest).toEqual([]);
    expect(target).toMatchObject({ url: 'http://importer:3000/students/{parameter studentNumber}/study-rights', environment: 'dev' });
    expect(target?.via).toEqual([
      'env:IMPORTER_URL',
      'binding IMPORTER_URL = http://importer:${IMPORTER_PORT:-3000} (docker-compose.yml:13, dev)',
      '${IMPORTER_PORT:-3000}: IMPORTER_PORT is not bound, so the default applies',
    ]);
  });

  it("env_file bindings belong to the workload's service, with the workload's environment", () => {
    expect(targetsOf(scan.callAt('course-feedback/src/upstreams.ts', 8))).toEqual(['https://sisu-qa.funidata.fi/kori/api/course-units (dev)']);
  });

  it("the short build form ties `importer` to study-importer, which never sees web's env_file; ${X-default} of an unset X", () => {
    const [target, ...rest] = scan.callAt('study-importer/src/sisu.ts', 3).targets;
    expect(rest).toEqual([]);
    expect(target?.url).toBe('https://sisu-test.funidata.fi/ori/api/study-rights/changes');
    expect(target?.via).toContain('${SISU_URL-https://sisu-test.funidata.fi}: SISU_URL is not bound, so the default applies');
  });

  it('a compose value ${X:?error} naming its own variable takes the outer (project .env) value', () => {
    const [target, ...rest] = scan.callAt('course-feedback/src/upstreams.ts', 12).targets;
    expect(rest).toEqual([]);
    expect(target).toMatchObject({ url: 'https://gw-api-test.it.helsinki.fi/organisation/v2/educationUnits', environment: 'dev', binding: { file: '.env', line: 2 } });
    expect(target?.via).toEqual([
      'env:GATEWAY_URL',
      'binding GATEWAY_URL = ${GATEWAY_URL:?set GATEWAY_URL in .env} (docker-compose.yml:14, dev)',
      'binding GATEWAY_URL = https://gw-api-test.it.helsinki.fi (.env:2, default, repo-wide fallback)',
    ]);
    expect(scan.unboundEnv).toEqual([]);
  });

  it("hosts of a compose service built from a service's folder are that service's", () => {
    const { calls, services } = attributeServices(scan.calls, scan.facts);
    expect(services.find((service) => service.name === 'study-importer')?.hosts).toEqual(['importer']);
    expect(services.find((service) => service.name === 'course-feedback')?.hosts).toEqual(['web']);
    const call = calls.find((resolved) => resolved.file === 'course-feedback/src/upstreams.ts' && resolved.line === 4);
    expect(call?.targets[0]?.service).toBe('study-importer');
    // `db` builds nothing and is named like no service: a dependency, nobody's host.
    expect(services.flatMap((service) => service.hosts)).not.toContain('db');
  });
});
