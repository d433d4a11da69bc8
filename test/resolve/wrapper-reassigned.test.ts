/**
 * A wrapper reached through a variable assigned the same module twice (`assistant = require('./assistant')` in a
 * `beforeEach` and in a test) is one callee: each call of it is one call, not one per assignment. A number passed
 * where the URL goes (`ask('q', 'p', 0.8)`) is no call: it was reported with the target `0.8`, zone self.
 * Fixture: fixtures/resolve/wrapper-reassigned.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('wrappers reached twice', () => {
  it('reports each wrapper call once, and none where a number is passed as the URL', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/resolve/wrapper-reassigned'], now: new Date('2026-12-01T00:00:00Z') });
    const wrapperCalls = result.calls.filter((call) => call.client.startsWith('wrapper:'));
    expect(wrapperCalls.map((call) => `${call.file}:${call.line} ${call.client} ${call.targets.map((target) => target.url).join(' ')}`)).toEqual([
      'assistant.test.js:14 wrapper:assistant.ask https://model.example.org/v1/chat',
    ]);
  });
});
