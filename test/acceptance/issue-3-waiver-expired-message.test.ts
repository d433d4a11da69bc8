/**
 * Issue 3, waiver-expired: "the calls it covered are reported again". no-direct-integration judges internal hosts
 * only, so under a config that puts the host in no zone (the built-in `recommended` preset) the covered call is not
 * reported again; the waiver-expired message must not claim it is, and must say what to do instead.
 */
import { describe, expect, it } from 'vitest';
import { waiverExpired } from '../../src/judge/rules/waiver-expired.js';
import { call, context, manifest, target } from '../rules/manifest-context.js';

const { services } = manifest('waivers');

describe('issue 3: waiver-expired names only the calls no-direct-integration reports again', () => {
  it('an internal call is reported again; a call to a host in no zone is said to be unjudged, with the remedy', () => {
    const calls = [
      call('services/waivers/src/oodi.ts', 7, 'study-planner', [target('https://oodi.it.helsinki.fi/api/students', 'internal')]),
      call('services/waivers/src/oodi.ts', 12, 'study-planner', [target('https://oodi.it.helsinki.fi/api/courses', 'unknown')]),
    ];
    const [finding] = waiverExpired.check(context({ services, calls }));
    expect(finding?.message).toContain('The call it covered (services/waivers/src/oodi.ts:7) is reported again by no-direct-integration.');
    expect(finding?.message).toContain("The call it covered (services/waivers/src/oodi.ts:12) reaches a host in no 'internal' zone of the config, so no-direct-integration does not judge it");
    expect(finding?.message).not.toContain('oodi.ts:12) is reported again');
  });

  it('with only unclassified hosts, nothing is claimed to be reported again', () => {
    const calls = [call('services/waivers/src/oodi.ts', 12, 'study-planner', [target('https://oodi.it.helsinki.fi/api/courses', 'unknown')])];
    const [finding] = waiverExpired.check(context({ services, calls }));
    expect(finding?.message).not.toContain('reported again');
    expect(finding?.message).toContain('classify the host in `zones`');
  });
});
