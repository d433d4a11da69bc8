/**
 * Configuration objects made of data classes: a `@dataclass` (fields by position or keyword, `field(default=…)`) or a
 * pydantic `BaseModel` made with its values holds them, also as a function's result kept in a variable (`cfg =
 * load_config()`, then `cfg.ledger_url`) and read from another module. Fixture: fixtures/extract/python/data-classes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Python data classes', () => {
  it('a field holds what the instance was made with, else its default', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/data-classes'], now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      // `unresolved` beside nothing: LEDGER_URL is bound nowhere in the fixture.
      'worker.py:9 unresolved',
      'worker.py:13 https://audit.example.org/events',
      // BACKEND_HOST is bound nowhere either: unresolved beside the default.
      'worker.py:18 unresolved http://assistant:8010/prompt',
      'worker.py:22 https://ledger.example.org/v2/sync',
    ]);
    expect(result.calls[0]?.targets[0]?.via.join(' ')).toContain('LEDGER_URL');
  });
});
