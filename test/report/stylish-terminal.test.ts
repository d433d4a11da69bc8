/**
 * Issue 13: stylish output as a person sees it in a terminal. The CLI runs in tmux at a fixed width on the example
 * workspace; no line may be longer than the terminal, the advice of a rule is printed once, and each evidence chain
 * is a short vertical list (one hop a line). Needs `npm run build` first (`npm test` does it) and tmux.
 */
import { describe, expect, it } from 'vitest';
import { assertBuilt, bin, repo } from '../cli/subprocess.js';
import { hasTmux, runInTerminal } from '../helpers/tmux.js';

const ADVICE = 'Consume the API through the gateway';

describe.runIf(hasTmux)('stylish output in a terminal (tmux)', () => {
  for (const width of [80, 100]) {
    it(`wraps every line to the terminal at ${width} columns`, () => {
      assertBuilt();
      const screen = runInTerminal([process.execPath, bin, 'fixtures/example-workspace', '--now', '2026-11-24'], { width, cwd: repo, env: { COLUMNS: '' } });
      expect(screen.code).toBe(1);
      const text = screen.lines.join('\n');
      expect(text).toContain('✖ 9 problems (5 errors, 4 warnings)');
      const longest = Math.max(...screen.lines.map((line) => [...line].length));
      expect(longest).toBeLessThanOrEqual(width);
      // Something was wrapped: the widest lines use the width.
      expect(longest).toBeGreaterThan(width - 10);
      // The advice of no-direct-integration (3 findings) once, after the summary.
      expect(text.split(ADVICE).length - 1).toBe(1);
      expect(text.indexOf(ADVICE)).toBeGreaterThan(text.indexOf('✖ 8 problems'));
      // The evidence of the importer client: the target, then one hop a line.
      const target = screen.lines.findIndex((line) => line.trimStart().startsWith('↳ http://importer-api.study-importer.svc.cluster.local:3000'));
      expect(target).toBeGreaterThan(0);
      const hops = screen.lines.slice(target + 1, target + 8).filter((line) => /^\s+(via|→) /.test(line));
      expect(hops.map((line) => line.trim().split(' ').slice(0, 3).join(' '))).toEqual(['via env:IMPORTER_URL', '→ binding IMPORTER_URL', '→ binding IMPORTER_URL']);
    });
  }

  it('without a terminal, wraps to COLUMNS, else to 100', async () => {
    const { run } = await import('../cli/subprocess.js');
    const widest = (stdout: string): number => Math.max(...stdout.split('\n').map((line) => [...line].length));
    const at60 = run(['fixtures/example-workspace', '--now', '2026-11-24', '--no-color'], { env: { COLUMNS: '60' } });
    expect(widest(at60.stdout)).toBeLessThanOrEqual(60);
    const plain = run(['fixtures/example-workspace', '--now', '2026-11-24', '--no-color'], { env: { COLUMNS: '' } });
    expect(widest(plain.stdout)).toBeLessThanOrEqual(100);
    expect(widest(plain.stdout)).toBeGreaterThan(90);
  });

  it('--verbose shows the full paths in evidence chains', () => {
    const screen = runInTerminal([process.execPath, bin, 'fixtures/example-workspace', '--now', '2026-11-24', '--verbose'], { width: 200, cwd: repo, env: { COLUMNS: '' } });
    const text = screen.lines.join('\n');
    expect(text).toContain('(course-feedback/openshift/deployment.yaml:34, cluster)');
    const plain = runInTerminal([process.execPath, bin, 'fixtures/example-workspace', '--now', '2026-11-24'], { width: 200, cwd: repo, env: { COLUMNS: '' } });
    expect(plain.lines.join('\n')).toContain('(…/deployment.yaml:34, cluster)');
    expect(plain.lines.join('\n')).not.toContain('(course-feedback/openshift/deployment.yaml:34, cluster)');
    // Two findings at one place (no-direct-integration and undeclared-integration on one client): the evidence and
    // related locations once, under the first; --verbose repeats them.
    const same = '↳ the same evidence and related locations as above (--verbose repeats them)';
    expect(plain.lines.filter((line) => line.trim() === same)).toHaveLength(3);
    expect(text).not.toContain(same);
    expect(text.split('related course-feedback/src/server.ts:40:18').length - 1).toBe(2);
    expect(plain.lines.join('\n').split('related course-feedback/src/server.ts:40:18').length - 1).toBe(1);
  });
});
