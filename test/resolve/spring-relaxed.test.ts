/**
 * Spring relaxed binding: env vars in the service's Deployment override `@Value` properties from application.yml
 * (`SISU_BASEURL` → `sisu.base-url`, `ORGREG_BASE_URL` → `orgreg.baseUrl`), and `${VAR:default}` placeholders.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { relaxedEnvNames } from '../../src/resolve/binding-values.js';
import { scanWorkspace, targetsOf, type WorkspaceScan } from './workspace-scan.js';

const client = 'room-booking/src/main/java/fi/helsinki/roombooking/UpstreamClient.java';

describe('Spring relaxed binding', () => {
  let scan: WorkspaceScan;
  beforeAll(async () => {
    scan = await scanWorkspace('resolve/spring-relaxed');
  });

  it('env var names that override a property', () => {
    expect(relaxedEnvNames('sisu.base-url')).toEqual(['SISU_BASEURL', 'SISU_BASE_URL']);
    expect(relaxedEnvNames('sisu.baseUrl')).toEqual(['SISU_BASEURL', 'SISU_BASE_URL']);
    expect(relaxedEnvNames('orgreg.url')).toEqual(['ORGREG_URL']);
    expect(relaxedEnvNames('app.hosts[0]')).toEqual(['APP_HOSTS_0']);
  });

  it('SISU_BASEURL overrides sisu.base-url: both the property value and the env value are targets, each with its environment', () => {
    const call = scan.callAt(client, 23);
    expect(targetsOf(call)).toEqual(['https://sisu-test.funidata.fi/kori/api/course-units (default)', 'https://sis-helsinki.funidata.fi/kori/api/course-units (prod)']);
    expect(call.targets[1]?.via).toContain('env:SISU_BASEURL (overrides config sisu.base-url by Spring relaxed binding)');
    expect(call.targets[1]?.via).toContain('binding SISU_BASEURL = https://sis-helsinki.funidata.fi (room-booking/openshift/deployment.yaml:16, prod)');
  });

  it('ORGREG_BASE_URL overrides the camelCase property orgreg.baseUrl', () => {
    expect(targetsOf(scan.callAt(client, 27))).toEqual(['https://orgreg-test.it.helsinki.fi/api/units (default)', 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api/units (prod)']);
  });

  it('${VAR:default} in a property: the bound value (its environment wins over the generic one) and the default', () => {
    const call = scan.callAt(client, 31);
    expect(targetsOf(call)).toEqual(['https://esbmt1.it.helsinki.fi/iam/groups/grp-supervisors/members (prod)', 'https://esbmt2.it.helsinki.fi/iam/groups/grp-supervisors/members (default)']);
    expect(call.targets[1]?.via).toContain('${ESB_HOST:https://esbmt2.it.helsinki.fi}: the default, wherever ESB_HOST is not set');
  });
});
