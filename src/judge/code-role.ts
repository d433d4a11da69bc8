/**
 * What part of a project a source file belongs to, read from its path: test code (unit, integration and end-to-end
 * tests, mocks) and browser code (a web front end). Rules that ask for a deployment's values only make sense for
 * server-side code: a browser bundle's variables are fixed at build time, and tests reach what the test sets up.
 * Path conventions only: nothing here reads the file.
 */

/** Folders that hold tests in the common layouts of every language we read. */
const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', '__test__', 'spec', 'specs', 'e2e', 'e2e-tests', 'cypress', 'playwright', '__mocks__', 'mocks', 'mock', 'fixtures', 'testdata', 'test-utils', 'integration-tests', 'testing']);

/** File names of tests: `x.test.ts`, `x.spec.js`, `x_test.go`, `test_x.py`, `XTest.java`, `XTests.cs`, `x_spec.rb`. */
const TEST_FILE = /(^|[./_-])(test|spec|e2e|cy)\.[cm]?[jt]sx?$|_test\.(go|py)$|^test_.*\.py$|^conftest\.py$|(Tests?|IT|Spec)\.(java|kt|cs|scala|groovy)$|_spec\.rb$/;

/** Folders whose sources run in a browser: the front end of a web application. */
const BROWSER_FOLDERS = new Set(['client', 'frontend', 'front-end', 'front', 'webapp', 'web-app', 'ui', 'public', 'static', 'www', 'browser', 'spa']);

/** Files that only a browser (or a browser bundler) runs. */
const BROWSER_FILE = /\.(tsx|jsx|vue|svelte|astro)$/;

function segments(path: string): { folders: string[]; name: string } {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  return { folders: parts.map((part) => part.toLowerCase()), name };
}

/** A test, a test helper or a mock: by its folder or its file name. */
export function isTestCode(path: string): boolean {
  const { folders, name } = segments(path);
  return folders.some((folder) => TEST_FOLDERS.has(folder)) || TEST_FILE.test(name);
}

/** Code of a web front end: a component file, or a source under a front-end folder (`client/`, `frontend/`, `ui/`…). */
export function isBrowserCode(path: string): boolean {
  const { folders, name } = segments(path);
  return BROWSER_FILE.test(name) || folders.some((folder) => BROWSER_FOLDERS.has(folder));
}
