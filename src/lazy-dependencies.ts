/**
 * Dependencies loaded on first use instead of at start-up. Many runs need no YAML — a scan without a config file or
 * service manifests, a warm cache hit — and loading `yaml` costs ~35 ms on these machines, a large part of a
 * pre-commit run's budget. It is a CommonJS package, so `require` returns the same instance that an `import`
 * elsewhere gets. (ajv is not needed at all by a scan: its schemas are precompiled, see src/validators/.)
 */
import { createRequire } from 'node:module';
import type * as YamlModule from 'yaml';

const require = createRequire(import.meta.url);

/** The `yaml` package. */
export function yaml(): typeof YamlModule {
  return require('yaml') as typeof YamlModule;
}
