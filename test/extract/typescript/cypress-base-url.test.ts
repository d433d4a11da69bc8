/**
 * Cypress' `baseUrl` is the base of `cy.request('/x')` in the same package, from `cypress.json` (Cypress before 10,
 * also listed as a client configuration) and from `cypress.config.js`. Fixture:
 * fixtures/extract/typescript/cypress-base-url.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe("Cypress' baseUrl", () => {
  it('is the base of relative cy.request calls, from cypress.json and cypress.config.js', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/typescript/cypress-base-url'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.kind} ${call.file.replace(/^.*cypress-base-url\//, '')}:${call.line} ${call.client} ${call.method ?? '-'} ${call.targets.map((target) => target.url ?? target.zone).join(' ')}`)).toEqual([
      'client-config legacy-e2e/cypress.json:2 cypress - http://localhost:3000',
      'call legacy-e2e/cypress/integration/courses.spec.js:4 cypress GET http://localhost:3000/api/testing/reset',
      'call legacy-e2e/cypress/integration/courses.spec.js:5 cypress POST http://localhost:3000/api/login',
      'call legacy-e2e/cypress/integration/courses.spec.js:10 cypress GET https://mock-sis.example.org/courses',
      'client-config modern-e2e/cypress.config.js:5 cypress - http://localhost:8080',
      'call modern-e2e/cypress/e2e/health.cy.js:3 cypress GET http://localhost:8080/health',
    ]);
  });
});
