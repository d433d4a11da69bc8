import { describe, expect, it } from 'vitest';
import { waiverExpiring } from '../../src/judge/rules/waiver-expiring.js';
import { context, manifest } from './manifest-context.js';

const { services } = manifest('waivers');

describe('waiver-expiring', () => {
  it('warns for waivers ending within 30 days (today included), not for expired or distant ones', () => {
    const findings = waiverExpiring.check(context({ services }));
    expect(findings.map((finding) => [finding.identity[1], finding.line])).toEqual([
      ['rooms', 27],
      ['exam-results', 33],
    ]);
    expect(findings[0]!.message).toContain('expires on 2026-12-10, in 16 days (today is 2026-11-24 UTC)');
    expect(findings[1]!.message).toContain('today (its last day)');
  });

  it('the window edge: 30 days ahead warns, 31 does not', () => {
    const rooms = services.map((service) => ({ ...service, consumes: service.consumes.filter((entry) => entry.name === 'rooms') }));
    expect(waiverExpiring.check(context({ services: rooms, now: new Date('2026-11-10T08:00:00Z') }))).toHaveLength(1);
    expect(waiverExpiring.check(context({ services: rooms, now: new Date('2026-11-09T23:59:59Z') }))).toEqual([]);
  });

  it('honours a `days` option', () => {
    expect(waiverExpiring.check(context({ services, options: { days: 7 } })).map((finding) => finding.identity[1])).toEqual(['exam-results']);
  });
});
