/**
 * Pull requests see what they change: with --changed-since, the markdown report and the GitHub job summary draw the
 * integrations the branch adds or removes (against the merge base, scanned from `git archive`) as a mermaid diagram,
 * which mermaid itself parses in headless Chromium when it is installed. Built CLI as a subprocess on a real git
 * repository (fixtures/cli/git-workspace); and diffLandscapes on its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { diffLandscapes } from '../../src/landscape/change.js';
import type { Landscape, LandscapeEdge } from '../../src/landscape/types.js';
import { assertBuilt, copyFixture, git, initRepo, repo, run } from '../cli/subprocess.js';
import { chromiumPath, launchChromium } from '../helpers/chromium.js';

beforeAll(assertBuilt);

function branch(): string {
  const dir = copyFixture('git-workspace');
  initRepo(dir);
  git(dir, 'checkout', '-q', '-b', 'feature');
  writeFileSync(path.join(dir, 'src/rooms.ts'), "export const loadRooms = () => fetch('https://rooms.it.helsinki.fi/api/rooms');\n");
  writeFileSync(path.join(dir, '.env'), '# Shows: rebound on the branch.\nUNITS_URL=https://orgreg.it.helsinki.fi/api\n');
  rmSync(path.join(dir, 'src/legacy.ts'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'feature work');
  return dir;
}

function mermaidBlock(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  expect(match, markdown).not.toBeNull();
  return match![1]!;
}

describe('the pull-request diagram', () => {
  let dir: string;
  beforeAll(() => {
    dir = branch();
  });

  it('--format markdown with --changed-since lists and draws the integrations added and removed', () => {
    const outcome = run(['--changed-since', 'main', '--format', 'markdown'], { cwd: dir });
    expect(outcome.code, outcome.stderr).toBe(1);
    const name = path.basename(dir);
    expect(outcome.stdout).toContain('### Integrations this change adds or removes (compared with `main`)');
    const listed = outcome.stdout.split('\n').filter((line) => line.startsWith('- **Added**') || line.startsWith('- **Removed**'));
    expect(listed).toEqual([
      `- **Added**: ${name.replace(/-/g, '\\-')} → orgreg.it.helsinki.fi (direct · 1 call · no\\-direct\\-integration)`,
      `- **Added**: ${name.replace(/-/g, '\\-')} → rooms.it.helsinki.fi (direct · 1 call · no\\-direct\\-integration)`,
      `- **Removed**: ${name.replace(/-/g, '\\-')} → API gateway (gateway · 1 call)`,
      `- **Removed**: ${name.replace(/-/g, '\\-')} → grades.it.helsinki.fi (direct · 1 call · no\\-direct\\-integration)`,
    ]);
    const diagram = mermaidBlock(outcome.stdout);
    expect(diagram.split('\n').filter((line) => line.includes('|"added: '))).toHaveLength(2);
    expect(diagram.split('\n').filter((line) => line.includes('-.->|"removed: '))).toHaveLength(2);
    expect(diagram.split('\n').filter((line) => /^ {2}n\d+[[{(>]/.test(line))).toHaveLength(5);
  });

  it('the GitHub job summary carries the same diagram; without --changed-since there is none', () => {
    const summary = path.join(dir, '..', `${path.basename(dir)}-summary.md`);
    writeFileSync(summary, '');
    const outcome = run(['--changed-since', 'main', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(outcome.code, outcome.stderr).toBe(1);
    expect(mermaidBlock(readFileSync(summary, 'utf8'))).toContain('added: direct');
    const plain = run(['--format', 'markdown'], { cwd: dir });
    expect(plain.stdout).not.toContain('```mermaid');
  });

  it('a branch that changes no integration says so', () => {
    const same = copyFixture('git-workspace');
    initRepo(same);
    git(same, 'checkout', '-q', '-b', 'docs');
    writeFileSync(path.join(same, 'README.md'), 'docs only\n');
    git(same, 'add', '-A');
    git(same, 'commit', '-q', '-m', 'docs');
    const outcome = run(['--changed-since', 'main', '--format', 'markdown'], { cwd: same });
    expect(outcome.stdout).toContain('None: the change adds or removes no integration.');
  });

  it('when the merge base cannot be scanned (no tar here), the report goes out without the diagram and stderr says why', () => {
    const binDir = mkdtempSync(path.join(tmpdir(), 'arch-lint-no-tar-'));
    symlinkSync(execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(), path.join(binDir, 'git'));
    const outcome = run(['--changed-since', 'main', '--format', 'markdown'], { cwd: dir, env: { PATH: binDir } });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^arch-lint: the integrations this change adds or removes are not drawn: /);
    expect(outcome.stdout).toContain('`no-direct-integration`');
    expect(outcome.stdout).not.toContain('```mermaid');
  });

  it('draws the diagram when tar finishes before git archive has closed (both exits are awaited)', () => {
    const binDir = mkdtempSync(path.join(tmpdir(), 'arch-lint-slow-git-'));
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    // git archive's output ends, then the process lingers: tar has exited long before git's 'close'.
    const wrapper = `#!/bin/sh\nif [ "$1" = archive ]; then "${realGit}" "$@"; code=$?; exec 1>&-; sleep 1; exit $code; fi\nexec "${realGit}" "$@"\n`;
    writeFileSync(path.join(binDir, 'git'), wrapper, { mode: 0o755 });
    const outcome = run(['--changed-since', 'main', '--format', 'markdown'], { cwd: dir, env: { PATH: `${binDir}:${process.env.PATH ?? ''}` } });
    expect(outcome.stderr).not.toContain('are not drawn');
    expect(mermaidBlock(outcome.stdout)).toContain('added: direct');
  });

  describe.skipIf(chromiumPath === null)('mermaid parses the diagram (headless Chromium)', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });
    it('renders with 5 nodes and 4 edges', async () => {
      const diagram = mermaidBlock(run(['--changed-since', 'main', '--format', 'markdown'], { cwd: dir }).stdout);
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ path: path.join(repo, 'node_modules/mermaid/dist/mermaid.min.js') });
      const drawn = await page.evaluate(async (text) => {
        const mermaid = (globalThis as unknown as { mermaid: { initialize(o: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        mermaid.initialize({ startOnLoad: false });
        const { svg } = await mermaid.render('change', text);
        const doc = (globalThis as unknown as { document: { body: { innerHTML: string }; querySelectorAll(selector: string): { length: number } } }).document;
        doc.body.innerHTML = svg;
        return { nodes: doc.querySelectorAll('g.node').length, edges: doc.querySelectorAll('path.flowchart-link').length };
      }, diagram);
      expect(drawn).toEqual({ nodes: 5, edges: 4 });
      await page.close();
    }, 60_000);
  });
});

describe('diffLandscapes', () => {
  const edge = (id: string, from: string, to: string): LandscapeEdge => ({ id, from, to, kind: 'direct', calls: 1, worst: null });
  const node = (id: string) => ({ id, kind: 'system' as const, label: id, hosts: [] });
  it('added = now and not at the base, removed = at the base and not now; nodes of those edges only; a changed count is no change', () => {
    const base: Landscape = { version: 1, repository: 'r', nodes: [node('a'), node('b'), node('c')], edges: [edge('a->b', 'a', 'b'), edge('a->c', 'a', 'c')] };
    const head: Landscape = { version: 1, repository: 'r', nodes: [node('a'), node('b'), node('d')], edges: [{ ...edge('a->b', 'a', 'b'), calls: 5 }, edge('a->d', 'a', 'd')] };
    const change = diffLandscapes(base, head, 'main');
    expect(change.added.map((e) => e.id)).toEqual(['a->d']);
    expect(change.removed.map((e) => e.id)).toEqual(['a->c']);
    expect(change.nodes.map((n) => n.id)).toEqual(['a', 'c', 'd']);
  });
});
