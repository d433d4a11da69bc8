import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readServiceManifest } from '../../src/extract/manifests/service-manifest.js';
import { invalidManifest } from '../../src/judge/rules/invalid-manifest.js';
import { context } from './manifest-context.js';

const wrongTypes = readFileSync(new URL('../../fixtures/manifests/service-manifest/wrong-types/architecture.yaml', import.meta.url), 'utf8');

describe('invalid-manifest', () => {
  it("turns the readers' invalid-manifest problems into findings with file and line", () => {
    const facts = readServiceManifest('services/room-booking/architecture.yaml', wrongTypes);
    const unrelated = { file: 'src/big.bin', severity: 'warning' as const, code: 'binary', message: 'binary file; skipped' };
    const findings = invalidManifest.check(context({ problems: [...facts.problems, unrelated] }));
    expect(findings.map((finding) => [finding.file, finding.line])).toEqual([
      ['services/room-booking/architecture.yaml', 7],
      ['services/room-booking/architecture.yaml', 19],
      ['services/room-booking/architecture.yaml', 16],
      ['services/room-booking/architecture.yaml', 17],
    ]);
    expect(findings[3]!.message).toContain("missing required key 'url'");
    // Line numbers stay out of the identity (fingerprint).
    expect(findings[3]!.identity.join(' ')).not.toContain('17');
  });

  it('finds nothing when there are no problems', () => {
    expect(invalidManifest.check(context({}))).toEqual([]);
  });
});
