/**
 * Go command-line flags: a variable a flag stores into (`flag.StringVar`, cobra/pflag's `cmd.PersistentFlags().StringVarP`
 * and `IntVar`) and the pointer `flag.String` returns hold the flag's default, read in another file of the package;
 * `net.JoinHostPort(host, strconv.Itoa(port))` joins them. Before, such addresses were unresolved. Fixture:
 * fixtures/extract/go/flag-defaults.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Go flag defaults', () => {
  it('resolves an address built from flags to their defaults, with the flag named in the evidence', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/go/flag-defaults'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.targets.map((target) => target.url ?? '?').join(' | ')}`)).toEqual([
      'cmd/client.go:10 http://route:8083/route',
      'cmd/client.go:14 http://customer:8081/customer',
    ]);
    expect(result.calls[0]!.targets[0]!.via.some((step) => step.startsWith('default of flag -route-host'))).toBe(true);
  });
});
