/**
 * A module whose Spring application name is another module's own build name keeps its build name: the delivery
 * service's configuration, copied from the orders service, still says `spring.application.name=orders-service`, and
 * the two must not become one service (then neither is attributed). Fixture: fixtures/resolve/copied-app-name.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('an application name copied from another module', () => {
  it('leaves each module its own name: callers and targets are attributed to the right service', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/resolve/copied-app-name'], now: new Date('2026-11-24T00:00:00Z') });
    const calls = result.calls.map((call) => `${call.service ?? '-'} ${call.line} -> ${call.targets.map((target) => target.service ?? '-').join(' ')}`);
    expect(calls).toEqual(['delivery-service 10 -> -', 'web-proxy 10 -> orders-service', 'web-proxy 14 -> delivery-service']);
  });
});
