import { describe, expect, it } from 'vitest';
import { waiverInvalid } from '../../src/judge/rules/waiver-invalid.js';
import { config, context, manifest } from './manifest-context.js';

const { services } = manifest('waivers');

describe('waiver-invalid', () => {
  it('reports waivers without reason, without expiry, with an impossible date, too long, or on a non-direct entry', () => {
    const findings = waiverInvalid.check(context({ services }));
    const byEntry = Object.fromEntries(findings.map((finding) => [finding.identity[1], finding]));
    expect(Object.keys(byEntry).sort()).toEqual(['grades', 'library', 'moodle', 'organisation-api', 'timetable']);
    expect(byEntry['moodle']!.message).toContain('it gives no reason');
    expect(byEntry['moodle']!.line).toBe(39);
    expect(byEntry['library']!.message).toContain('it has no expiry date');
    expect(byEntry['timetable']!.message).toContain("its expiry '2027-02-30' is not a YYYY-MM-DD calendar date");
    expect(byEntry['grades']!.message).toContain('it runs until 2028-06-30, 584 days from today (2026-11-24 UTC), longer than the policy\'s maxWaiverDays (365)');
    expect(byEntry['organisation-api']!.message).toContain("'via: gateway' entry");
  });

  it('measures the length from today: exactly maxWaiverDays is fine, one more is not', () => {
    const grades = services.map((service) => ({ ...service, consumes: service.consumes.filter((entry) => entry.name === 'grades') }));
    expect(waiverInvalid.check(context({ services: grades, config: { ...config, maxWaiverDays: 584 } }))).toEqual([]);
    expect(waiverInvalid.check(context({ services: grades, config: { ...config, maxWaiverDays: 583 } }))).toHaveLength(1);
  });

  it('an expired waiver is not invalid (waiver-expired reports it)', () => {
    expect(waiverInvalid.check(context({ services })).some((finding) => finding.identity[1] === 'oodi-legacy')).toBe(false);
  });
});
