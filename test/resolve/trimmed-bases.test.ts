/**
 * A base URL trimmed of its slash before a path is added: Python's `os.environ.get(…).rstrip("/")` (it was unresolved:
 * `result of a call`) and C#'s `Settings.ApiUrl.TrimEnd('/')` / `TrimStart('/')` on a static setting of another class
 * (it was not exported, and the method call unresolved). The slash comes off a written value and off a value only the
 * resolver knows (an env var bound in compose). Fixtures: fixtures/extract/python/trimmed-bases,
 * fixtures/extract/csharp/static-settings.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../..');
const targets = async (fixture: string): Promise<string[]> => {
  const result = await lint({ cwd: repo, paths: [fixture], now: new Date('2026-12-01T00:00:00Z') });
  return result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.targets.map((target) => target.url ?? '?').join(' | ')}`);
};

describe('trimmed base URLs', () => {
  it('Python: rstrip("/") of an env var with a default, strip() of another', async () => {
    expect(await targets('fixtures/extract/python/trimmed-bases')).toEqual([
      'reports.py:11 http://reports.platform.svc.cluster.local:8080/api/monthly | https://reports.example.org/api/monthly',
      'reports.py:15 https://archive.example.org/api/archive | /api/archive',
    ]);
  });

  it("C#: TrimEnd('/') and TrimStart('/') of static settings (not readonly) of another class", async () => {
    expect(await targets('fixtures/extract/csharp/static-settings')).toEqual([
      'ShowsService.cs:7 https://podcasts-api.example.org/shows',
      'ShowsService.cs:9 https://id.example.org/.well-known/openid-configuration',
    ]);
  });
});
