/**
 * Flask configuration: `current_app.config["USERS_API"]` (also `.get("USERS_API")`) is the configuration key
 * USERS_API, bound by the upper-case attributes of the configuration classes of a config module (`class
 * ProductionConfig(Config)`, what `app.config.from_object` loads; the class name gives the environment) and by
 * `app.config["GROUPS_API"] = …` in a module importing flask. Before, such reads were `value from flask.current_app`,
 * unresolved. Fixture: fixtures/extract/python/flask-config.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Flask configuration', () => {
  it("reads the running application's configuration from its classes and writes", async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/python/flask-config'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.targets.map((target) => `${target.url} (${target.environment})`).join(' | ')}`)).toEqual([
      'app/routes.py:10 http://users.internal.example.org/users (default) | http://localhost:5001/users (dev) | https://users.prod.internal.example.org/users (prod)',
      'app/routes.py:16 http://groups.internal.example.org/groups (default)',
    ]);
  });
});
