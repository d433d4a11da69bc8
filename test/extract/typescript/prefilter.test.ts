import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTypeScript, mayContainFacts } from '../../../src/extract/typescript/index.js';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/extract/typescript/prefilter');
const read = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8');

describe('TS/JS pre-filter', () => {
  it('does not count pre-filter words that appear only in comments, so the file is not parsed', () => {
    const content = read('comment-only.ts');
    expect(mayContainFacts(content)).toBe(false);
    // Parsed, the file would export MAX_LABEL_LENGTH and shorten.
    expect(extractTypeScript('src/labels.ts', content, 'typescript').exports).toEqual({});
  });

  it('keeps a URL inside a string (its // is not a comment) and parses the file', () => {
    const content = read('url-in-string.ts');
    expect(mayContainFacts(content)).toBe(true);
    expect(Object.keys(extractTypeScript('src/hosts.ts', content, 'typescript').exports).sort()).toEqual(['ORGANISATION', 'STATIC_ASSETS']);
  });

  it('does not take an escaped slash before // or /* in a regex literal for a comment', () => {
    const content = read('regex-with-slashes.ts');
    expect(mayContainFacts(content)).toBe(true);
    expect(extractTypeScript('src/load.ts', content, 'typescript').calls.map((call) => call.client)).toEqual(['fetch']);
  });

  it('still reads suppression comments of a file it skips', () => {
    const content = read('directive-only.ts');
    expect(mayContainFacts(content)).toBe(false);
    expect(extractTypeScript('src/retries.ts', content, 'typescript').directives).toMatchObject([{ kind: 'disable-next-line', rules: ['gateway-bypass'] }]);
  });

  it('passes a file with a token in code even when comments also mention one', () => {
    expect(mayContainFacts('// no HTTP here\nconst users = await fetchUsers();\n')).toBe(true);
    expect(mayContainFacts('/* HTTP */ const users = 1; /* api */\n')).toBe(false);
  });
});
