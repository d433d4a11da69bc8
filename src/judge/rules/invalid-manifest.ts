/**
 * `invalid-manifest`: the service manifest readers' `invalid-manifest` Problems (YAML syntax errors,
 * alias bombs, schema violations, each with file, line and key) as findings, so they fail the run
 * like any error and can be baselined. The readers keep the valid parts of a manifest in use.
 */
import { defineRule } from '../rule.js';
import type { RuleFinding } from '../rule.js';

/** Problem code the manifest readers use (src/extract/manifests/service-manifest.ts). */
const INVALID_MANIFEST = 'invalid-manifest';

export const invalidManifest = defineRule({
  id: 'invalid-manifest',
  defaultSetting: 'error',
  description: 'A service manifest (architecture.yaml, catalog-info.yaml) is not valid YAML or breaks the manifest schema.',
  check({ problems }) {
    const findings: RuleFinding[] = [];
    for (const problem of problems ?? []) {
      if (problem.code !== INVALID_MANIFEST || problem.file === null) continue;
      findings.push({
        message: problem.message,
        file: problem.file,
        line: problem.line ?? 1,
        column: problem.column ?? 1,
        // The message names the key; line numbers stay out of the fingerprint.
        identity: [problem.message],
      });
    }
    return findings;
  },
});
