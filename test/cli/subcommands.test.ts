/**
 * The other things the binary does: `init`, `catalog pull`, `--fix` / `--fix-dry-run`, `explain`, and `--help`
 * listing every flag and subcommand.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { assertBuilt, copyFixture, run, runAsync } from './subprocess.js';

beforeAll(assertBuilt);

describe('--help', () => {
  it('lists every flag and subcommand', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    const flags = ['--config', '--format', '--output', '--max-warnings', '--quiet', '--no-color', '--now', '--staged', '--changed-since', '--baseline', '--update-baseline', '--force', '--report-unused-disable-directives', '--cache', '--cache-location', '--fix', '--fix-dry-run', '--version', '--help'];
    for (const flag of flags) expect(stdout).toContain(flag);
    for (const command of ['explain', 'format', 'init', 'catalog']) expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    for (const format of ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit', 'markdown']) expect(stdout).toContain(format);
    const pull = run(['catalog', 'pull', '--help']);
    for (const flag of ['--management-url', '--environment', '--organization', '--token-env', '--output', '--timeout', '--retries', '--per-page', '--allow-empty']) expect(pull.stdout).toContain(flag);
  });
});

describe('--fix and --fix-dry-run', () => {
  it('--fix-dry-run prints a unified diff and changes nothing', () => {
    const dir = copyFixture('fix-workspace');
    const before = readFileSync(path.join(dir, '.env'), 'utf8');
    const { code, stdout, stderr } = run(['--fix-dry-run'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        '--- a/.env',
        '+++ b/.env',
        '@@ -1,2 +1,2 @@',
        ' # Shows: the backend URL written once, as a literal a fix can rewrite.',
        '-ROOMS_URL=https://rooms-backend.apps.ocp-prod-0.k8s.it.helsinki.fi/v2',
        '+ROOMS_URL=https://gw.api.helsinki.fi/rooms',
        '',
      ].join('\n'),
    );
    expect(stderr).toContain('arch-lint: would fix .env: Replace https://rooms-backend.apps.ocp-prod-0.k8s.it.helsinki.fi/v2 with the gateway URL https://gw.api.helsinki.fi/rooms');
    expect(stderr).toContain('1 fix would be applied in 1 file, 0 left.');
    expect(readFileSync(path.join(dir, '.env'), 'utf8')).toBe(before);
  });

  it('--fix rewrites the file and reports what is left (a second run is clean of the bypass)', () => {
    const dir = copyFixture('fix-workspace');
    const { code, stderr, stdout } = run(['--fix', '--format', 'json'], { cwd: dir });
    expect(stderr).toContain('arch-lint: fixed .env:');
    expect(stderr).toContain('applied 1 fix in 1 file, 0 left.');
    expect(readFileSync(path.join(dir, '.env'), 'utf8')).toContain('ROOMS_URL=https://gw.api.helsinki.fi/rooms\n');
    const after = JSON.parse(stdout) as LintResult;
    expect(after.findings.filter((finding) => finding.ruleId === 'gateway-bypass')).toEqual([]);
    expect(code).toBe(after.summary.errors > 0 ? 1 : 0);
    expect(run(['--fix-dry-run'], { cwd: dir }).stdout).toBe('');
  });

  it('--fix and --fix-dry-run together is a usage error', () => {
    expect(run(['--fix', '--fix-dry-run'], { cwd: copyFixture('fix-workspace') }).code).toBe(2);
  });
});

describe('init', () => {
  it('writes a starter manifest for the service and a starter config, and never overwrites them', () => {
    const dir = copyFixture('init-workspace');
    const first = run(['init', 'services/enrolment'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('arch-lint: wrote services/enrolment/architecture.yaml');
    expect(first.stdout).toContain('arch-lint: wrote arch-lint.config.yaml');
    const manifest = readFileSync(path.join(dir, 'services/enrolment/architecture.yaml'), 'utf8');
    expect(manifest).toContain('name: enrolment');
    // Without a config no host is in a zone yet: the calls are listed for the team to declare.
    expect(manifest).toContain('services/enrolment/src/clients.ts:8');
    expect(readFileSync(path.join(dir, 'arch-lint.config.yaml'), 'utf8')).toContain('extends: recommended');

    writeFileSync(path.join(dir, 'services/enrolment/architecture.yaml'), '# edited by the team\n');
    const second = run(['init', 'services/enrolment'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('kept services/enrolment/architecture.yaml (already exists; init never overwrites)');
    expect(second.stdout).toContain('kept arch-lint.config.yaml');
    expect(readFileSync(path.join(dir, 'services/enrolment/architecture.yaml'), 'utf8')).toBe('# edited by the team\n');
  });

  it('with a config, consumed targets become entries with `via` guessed from their zone', () => {
    const dir = copyFixture('init-workspace');
    writeFileSync(path.join(dir, 'arch-lint.config.yaml'), 'extends: helsinki\n');
    const { code, stdout } = run(['init', 'services/enrolment'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('kept arch-lint.config.yaml');
    const manifest = readFileSync(path.join(dir, 'services/enrolment/architecture.yaml'), 'utf8');
    // The waiver is a comment to fill in: an empty one would fail waiver-invalid (issue 13).
    expect(manifest).toMatch(/url: "https:\/\/sisu\.it\.helsinki\.fi\/kori"\n\s+via: direct\n\s+# Point-to-point: [^\n]*\n\s+# waiver:/);
    expect(manifest).toMatch(/url: "https:\/\/gw\.api\.helsinki\.fi\/courses"\n\s+via: gateway/);
    expect(readFileSync(path.join(dir, 'arch-lint.config.yaml'), 'utf8')).toBe('extends: helsinki\n');
  });

  it('a path that is not a directory is exit 2', () => {
    const dir = copyFixture('init-workspace');
    expect(run(['init', 'services/enrolment/src/clients.ts'], { cwd: dir }).code).toBe(2);
    expect(existsSync(path.join(dir, 'arch-lint.config.yaml'))).toBe(false);
  });
});

describe('catalog pull', () => {
  let server: Server;
  let url = '';
  const requests: { path: string; authorization: string | undefined }[] = [];

  beforeAll(async () => {
    // A Management API that refuses every token.
    server = createServer((request, response) => {
      requests.push({ path: request.url ?? '', authorization: request.headers.authorization });
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end('{"message":"Unauthorized","http_status":401}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a refused token is exit 2 with one clean line, and the token appears nowhere', async () => {
    const dir = copyFixture('init-workspace');
    const token = 'pat-secret-0123456789';
    const outcome = await runAsync(['catalog', 'pull', '--management-url', url, '--environment', 'DEFAULT', '--token-env', 'APIM_TOKEN', '-o', 'gravitee/catalog.json', '--retries', '0', '--timeout', '5000'], {
      cwd: dir,
      env: { APIM_TOKEN: token },
    });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^arch-lint catalog pull: the Management API refused the token \(401 Unauthorized\)/);
    expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
    expect(`${outcome.stdout}${outcome.stderr}`).not.toContain(token);
    expect(requests.at(-1)).toEqual({ path: '/management/v2/environments/DEFAULT/apis?page=1&perPage=100', authorization: `Bearer ${token}` });
    expect(existsSync(path.join(dir, 'gravitee/catalog.json'))).toBe(false);
  });

  it('a missing URL or token is exit 2 naming what to set', async () => {
    const dir = copyFixture('init-workspace');
    const noUrl = await runAsync(['catalog', 'pull'], { cwd: dir });
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain('--management-url');
    const noToken = await runAsync(['catalog', 'pull', '--management-url', url, '--token-env', 'NOT_SET_ANYWHERE'], { cwd: dir });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('NOT_SET_ANYWHERE is not set');
    expect((await runAsync(['catalog', 'pull', '--retries', 'many'], { cwd: dir })).code).toBe(2);
  });
});

describe('explain', () => {
  it('prints the rule page; an unknown rule is exit 2', () => {
    const page = run(['explain', 'gateway-bypass']);
    expect(page.code).toBe(0);
    expect(page.stdout).toMatch(/^# gateway-bypass/m);
    expect(run(['explain', '../README']).code).toBe(2);
  });
});
