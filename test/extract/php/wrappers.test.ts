/**
 * PHP wrappers: a method of the class (`$this->requestGet($url)` → `$this->request(…)` → `drupal_http_request`) or a
 * function of the file (`exam_results_fetch_json('/upcoming')`) that puts its parameter into a request's URL is a call
 * where it is called; a property the constructor sets from its parameter (`$this->baseUrl = $baseUrl`) holds what each
 * `new ExamResultsService(variable_get(…))` passes. Fixture: fixtures/extract/php/wrappers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';

const root = join(import.meta.dirname, '../../../fixtures/extract/php/wrappers');

describe('PHP wrappers and constructor-set properties', () => {
  it('reports each wrapper call with the URL its caller passes, through the constructor argument', async () => {
    const result = await lint({ cwd: root, now: new Date('2026-12-01') });
    const calls = result.calls.map((call) => `${call.file.split('/').at(-1)}:${call.line} ${call.client} ${call.targets.map((target) => `${target.url ?? target.zone} [${target.zone}]`).join(' ')}`);
    expect(calls).toEqual([
      'ExamResultsService.php:19 wrapper:requestGet https://exams.it.helsinki.fi/api/v2/exams/{parameter examId}/results [internal]',
      'ExamResultsService.php:23 wrapper:requestPost https://exams.it.helsinki.fi/api/v2/exams/{parameter examId}/publish [internal]',
      'ExamResultsService.php:36 drupal_http_request https://exams.it.helsinki.fi/api/v2/exams/{parameter examId}/results [internal] https://exams.it.helsinki.fi/api/v2/exams/{parameter examId}/publish [internal]',
      'exam_results.module:13 drupal_http_request https://feeds.it.helsinki.fi/exams/upcoming [internal] https://feeds.it.helsinki.fi/exams/archived [internal]',
      'exam_results.module:18 wrapper:exam_results_fetch_json https://feeds.it.helsinki.fi/exams/upcoming [internal]',
      'exam_results.module:19 wrapper:exam_results_fetch_json https://feeds.it.helsinki.fi/exams/archived [internal]',
    ]);
    const results = result.calls.find((call) => call.line === 19 && call.file.endsWith('ExamResultsService.php'));
    expect(results?.targets[0]?.via.join(' ')).toContain('passed to new ExamResultsService(…)');
    // One finding per integration point: the request inside the wrapper, with its callers related.
    const finding = result.findings.find((f) => f.ruleId === 'no-direct-integration' && f.file.endsWith('ExamResultsService.php'));
    expect(finding?.line).toBe(36);
    expect(finding?.related?.map((r) => r.line)).toEqual(expect.arrayContaining([19, 23]));
  });
});
