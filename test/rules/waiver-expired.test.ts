import { describe, expect, it } from 'vitest';
import { activeWaiverFor, daysLeft, parseWaiverDate, waiverExpired } from '../../src/judge/rules/waiver-expired.js';
import { NOW, call, context, manifest, target } from './manifest-context.js';

const { services, file } = manifest('waivers');

describe('waiver-expired', () => {
  it('reports only the expired waiver, at its manifest line, naming the calls it covered', () => {
    const calls = [
      call('services/waivers/src/oodi.ts', 7, 'study-planner', [target('https://oodi.it.helsinki.fi/api/students', 'internal')]),
      call('services/waivers/src/other.ts', 3, 'study-planner', [target('https://sisu.it.helsinki.fi/kori/x', 'internal')]),
    ];
    const findings = waiverExpired.check(context({ services, calls }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file, line: 21, column: 7, identity: ['study-planner', 'oodi-legacy', 'https://oodi.it.helsinki.fi/api'] });
    expect(findings[0]!.message).toContain('expired on 2026-10-31 (24 days ago; today is 2026-11-24 UTC)');
    expect(findings[0]!.message).toContain('(services/waivers/src/oodi.ts:7) is reported again by no-direct-integration');
  });

  it('says so when no call reaches the expired entry any more', () => {
    const [finding] = waiverExpired.check(context({ services }));
    expect(finding!.message).toContain('No call in the service reaches it any more');
  });

  it('a waiver expiring today is not expired; the day after it is (UTC)', () => {
    const today = services.map((service) => ({ ...service, consumes: service.consumes.filter((entry) => entry.name === 'exam-results') }));
    expect(waiverExpired.check(context({ services: today, now: new Date('2026-11-24T23:59:59Z') }))).toEqual([]);
    expect(waiverExpired.check(context({ services: today, now: new Date('2026-11-25T00:00:00Z') }))).toHaveLength(1);
    // 23:30 in Helsinki on the 24th is still the 24th... but 00:30 in Helsinki on the 25th is 22:30 UTC on the 24th: still valid.
    expect(waiverExpired.check(context({ services: today, now: new Date('2026-11-25T00:30:00+02:00') }))).toEqual([]);
  });
});

describe('waiver dates', () => {
  it('parses strict calendar dates only', () => {
    expect(parseWaiverDate('2027-06-30')).toBe(Date.UTC(2027, 5, 30));
    expect(parseWaiverDate('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(parseWaiverDate('2027-02-29')).toBeNull();
    expect(parseWaiverDate('2027-02-30')).toBeNull();
    expect(parseWaiverDate('2027-6-30')).toBeNull();
    expect(parseWaiverDate('30.6.2027')).toBeNull();
    expect(parseWaiverDate(null)).toBeNull();
  });

  it('counts whole UTC days from today', () => {
    const waiver = { reason: 'x', expires: '2026-11-25', loc: { file: 'a', line: 1, column: 1 } };
    expect(daysLeft(waiver, new Date('2026-11-24T00:00:00Z'))).toBe(1);
    expect(daysLeft(waiver, new Date('2026-11-24T23:59:59Z'))).toBe(1);
    expect(daysLeft(waiver, new Date('2026-11-25T00:00:00Z'))).toBe(0);
    expect(daysLeft(waiver, new Date('2026-11-26T00:00:00Z'))).toBe(-1);
  });
});

describe('activeWaiverFor', () => {
  const direct = (url: string, service: string | undefined = 'study-planner') => {
    const made = call('services/waivers/src/a.ts', 1, service, [target(url, 'internal')]);
    return [made, made.targets[0]!] as const;
  };

  it('returns the covering direct entry with a valid, unexpired waiver, with a justification', () => {
    const [made, reached] = direct('https://sisu.it.helsinki.fi/kori/api/students');
    const active = activeWaiverFor(made, reached, services, NOW);
    expect(active?.entry.name).toBe('sisu-kori');
    expect(active?.justification).toBe(
      "waiver for 'sisu-kori' (services/waivers/architecture.yaml:13, until 2027-06-30): Sisu offers no gateway API for study rights yet (ARCH-123, approved by architecture-board)",
    );
  });

  it('a waiver on its last day still applies', () => {
    const [made, reached] = direct('https://exams.it.helsinki.fi/results/1');
    expect(activeWaiverFor(made, reached, services, NOW)?.entry.name).toBe('exam-results');
  });

  it('returns null for expired, reasonless, dateless, impossible-date and uncovered cases', () => {
    for (const url of [
      'https://oodi.it.helsinki.fi/api/x',
      'https://moodle.helsinki.fi/webservice/x',
      'https://library.it.helsinki.fi/api/x',
      'https://timetable.it.helsinki.fi/x',
      'https://elsewhere.it.helsinki.fi/x',
      'https://gw.api.helsinki.fi/organisation/x',
    ]) {
      const [made, reached] = direct(url);
      expect(activeWaiverFor(made, reached, services, NOW), url).toBeNull();
    }
  });

  it('a too-long waiver applies unless maxWaiverDays is given', () => {
    const [made, reached] = direct('https://grades.it.helsinki.fi/x');
    expect(activeWaiverFor(made, reached, services, NOW)?.entry.name).toBe('grades');
    expect(activeWaiverFor(made, reached, services, NOW, 365)).toBeNull();
  });

  it('needs the call to belong to the service that declares the waiver', () => {
    const [made, reached] = direct('https://sisu.it.helsinki.fi/kori/x', 'someone-else');
    expect(activeWaiverFor(made, reached, services, NOW)).toBeNull();
    const orphan = call('scripts/seed.ts', 1, undefined, [target('https://sisu.it.helsinki.fi/kori/x', 'internal')]);
    expect(activeWaiverFor(orphan, orphan.targets[0]!, services, NOW)).toBeNull();
  });
});
