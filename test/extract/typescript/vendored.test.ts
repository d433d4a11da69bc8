/**
 * A third-party library committed into the project's own folders (a preserved `/*!` banner naming a version,
 * `@license Name v1.2.3`) is skipped with a warning naming why; the project's own file with a licence
 * header is read. Fixture: fixtures/extract/typescript/vendored-libraries (each library holds a fetch that would
 * otherwise be reported).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('bundled third-party libraries', () => {
  it('are skipped and named, the project\'s own code is read', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/typescript/vendored-libraries'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.targets.map((target) => target.url).join(' ')}`)).toEqual([
      'app.js:7 https://courses.example.org/api/courses',
    ]);
    expect(result.problems.map((problem) => `${problem.file?.split('/').pop()} ${problem.code} ${problem.message}`)).toEqual([
      "charts.js vendored-library looks like a bundled third-party library (a library's banner ('@license ChartLite v0.9.3')): its requests are the library's own, not the project's; skipped it",
      "widget-kit.js vendored-library looks like a bundled third-party library (a library's banner ('Widget Kit v2.1.0')): its requests are the library's own, not the project's; skipped it",
    ]);
  });
});
