import { describe, expect, it } from 'vitest';
import { isBrowserCode, isTestCode } from '../../src/judge/code-role.js';

describe('code roles from paths', () => {
  it.each([
    'test/api.test.ts',
    'src/__tests__/client.js',
    'services/backend/tests/api/users.test.ts',
    'cypress/e2e/login.cy.js',
    'e2e/checkout.spec.ts',
    'pkg/client/client_test.go',
    'tests/test_client.py',
    'src/test/java/fi/x/ClientTest.java',
    'Api.Tests/CatalogTests.cs',
    'spec/client_spec.rb',
    'src/__mocks__/axios.js',
  ])('%s is test code', (file) => expect(isTestCode(file)).toBe(true));

  it.each(['src/server/importer.js', 'api/api-db.js', 'src/latest.ts', 'src/contest/results.js', 'src/main/java/fi/x/Client.java'])('%s is not test code', (file) =>
    expect(isTestCode(file)).toBe(false),
  );

  it.each(['client/util/api.js', 'services/frontend/src/api.ts', 'src/components/List.tsx', 'web/src/App.vue', 'ui/main.js'])('%s is browser code', (file) =>
    expect(isBrowserCode(file)).toBe(true),
  );

  it.each(['server/util/api.js', 'services/backend/src/api.ts', 'src/http/client.ts'])('%s is not browser code', (file) => expect(isBrowserCode(file)).toBe(false));
});
