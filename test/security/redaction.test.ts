/**
 * Issue 16, items 11 and 12: no credential from a URL is printed or written (stylish, JSON, SARIF, every other
 * format, the evidence chain, `catalog pull`'s errors), and no terminal control sequence from a file name or a
 * string literal reaches a text format. The workspaces are written by the test.
 */
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControlCharacters, redactSecrets } from '../../src/redact.js';
import { writeTree } from '../helpers/file-tree.js';
import { assertBuilt, run } from '../cli/subprocess.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const SECRETS = ['s3cr3t-password', 'AKIDKEY12345', 'tok-abc-987', 'acc-tok-555', 'cl-secret-42', 'f00dfeedsentrykey'];

describe('redactSecrets', () => {
  it('removes userinfo and secret query parameters, keeps scheme, host, port and path', () => {
    expect(redactSecrets('https://user:s3cr3t-password@orgreg.it.helsinki.fi:8443/api/units')).toBe('https://***@orgreg.it.helsinki.fi:8443/api/units');
    expect(redactSecrets('GET https://api.example.org/v1/x?api_key=AKIDKEY12345&page=2')).toBe('GET https://api.example.org/v1/x?api_key=***&page=2');
    expect(redactSecrets('https://h.example/a?page=1&token=tok-abc-987#top')).toBe('https://h.example/a?page=1&token=***#top');
    expect(redactSecrets('https://h.example/a?Access_Token=acc-tok-555&client_secret=cl-secret-42')).toBe('https://h.example/a?Access_Token=***&client_secret=***');
    expect(redactSecrets('https://f00dfeedsentrykey@o12345.ingest.sentry.io/678')).toBe('https://***@o12345.ingest.sentry.io/678');
  });

  it('keeps placeholders, e-mail addresses and URLs without credentials as they are', () => {
    for (const text of ['https://gw.api.helsinki.fi/sisu?token=${TOKEN}', 'https://h.example/a?page=2&sort=name', 'mail admin@example.org', 'https://${USER}:${PASS}@h.example/']) {
      expect(redactSecrets(text)).toBe(text);
    }
  });
});

describe('escapeControlCharacters', () => {
  it('makes escape sequences, bidi overrides and (on one line) line breaks visible', () => {
    expect(escapeControlCharacters('a\u001b]0;pwned\u0007b\u001b[2Jc')).toBe('a\\x1b]0;pwned\\x07b\\x1b[2Jc');
    expect(escapeControlCharacters('x\u202ey')).toBe('x\\u202ey');
    expect(escapeControlCharacters('line\nnext\ttab')).toBe('line\nnext\ttab');
    expect(escapeControlCharacters('line\nnext\r', true)).toBe('line\\nnext\\r');
  });
});

describe('the CLI on a workspace with credentials in URLs and control characters in names', () => {
  let root: string;
  beforeAll(() => {
    assertBuilt();
    root = realpathSync(mkdtempSync(path.join(tmpdir(), 'arch-lint-secrets-')));
    dirs.push(root);
    writeTree(root, {
      'arch-lint.config.yaml': '# a Helsinki service\nextends: helsinki\n',
      'src/clients.ts': [
        '// clients with credentials written into their URLs (a bad habit this test makes sure is never echoed)',
        "import axios from 'axios';",
        "export const a = () => fetch('https://svc:s3cr3t-password@orgreg.it.helsinki.fi/api/units');",
        "export const b = () => fetch('https://oodi.it.helsinki.fi/v1/x?api_key=AKIDKEY12345&page=2');",
        "export const c = () => axios.get('https://sisu.it.helsinki.fi/a?token=tok-abc-987');",
        "export const d = () => fetch(process.env.REPORT_URL);",
        "export const e = () => fetch('https://f00dfeedsentrykey@o12345.ingest.sentry.io/api/678/store/');",
        "export const f = () => fetch('https://weird.it.helsinki.fi/\u001b]0;owned\u0007\u001b[31mred');",
        '',
      ].join('\n'),
      '.env': '# the report service\nREPORT_URL=https://reports.it.helsinki.fi/x?access_token=acc-tok-555&client_secret=cl-secret-42\n',
      'src/evil\u001b[2Jname.ts': "// a file whose name clears the screen\nfetch('http://opintoni.it.helsinki.fi/z');\n",
    });
  });

  for (const format of ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit', 'markdown']) {
    it(`${format}: no secret, hosts kept${['stylish', 'github', 'markdown', 'junit'].includes(format) ? ', no raw control character' : ''}`, () => {
      const outcome = run(['--format', format, '--no-color', '.'], { cwd: root });
      expect(outcome.code, outcome.stderr).toBe(1);
      for (const secret of SECRETS) expect(outcome.stdout).not.toContain(secret);
      expect(outcome.stdout).toContain('orgreg.it.helsinki.fi');
      expect(outcome.stdout).toContain('oodi.it.helsinki.fi');
      expect(outcome.stdout).toContain('reports.it.helsinki.fi');
      if (format === 'stylish' || format === 'json') expect(outcome.stdout).toContain('***');
      // eslint-disable-next-line no-control-regex -- no raw control character may be left
      if (['stylish', 'github', 'markdown', 'junit'].includes(format)) expect(outcome.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    });
  }

  it('the evidence chain (calls[].targets[].via in JSON) is redacted too', () => {
    const outcome = run(['--format', 'json', '.'], { cwd: root });
    const report = JSON.parse(outcome.stdout) as { calls: unknown[] };
    const text = JSON.stringify(report.calls);
    expect(text).toContain('reports.it.helsinki.fi');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it('catalog pull never prints the password of --management-url', () => {
    const outcome = run(['catalog', 'pull', '--management-url', 'http://admin:pw-hunter2@127.0.0.1:9/management', '--retries', '0', '--timeout', '2000', '-o', path.join(root, 'out.json')], {
      cwd: root,
      env: { GRAVITEE_TOKEN: 'not-a-real-token' },
    });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('127.0.0.1');
    expect(outcome.stderr + outcome.stdout).not.toContain('pw-hunter2');
  });
});
