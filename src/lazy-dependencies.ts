/**
 * Dependencies loaded on first use instead of at start-up. Many runs need neither — a scan without a config file or
 * service manifests validates nothing, a warm cache hit parses no YAML — and loading them costs ~35 ms (yaml) and
 * ~25 ms (ajv) on these machines, most of a pre-commit run's budget. Both are CommonJS packages, so `require` returns
 * the same instance that an `import` elsewhere gets.
 */
import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv';
import type * as YamlModule from 'yaml';

const require = createRequire(import.meta.url);

/** The `yaml` package. */
export function yaml(): typeof YamlModule {
  return require('yaml') as typeof YamlModule;
}

/** The `ajv` package (JSON Schema validation). */
export function ajv(): typeof AjvModule {
  return require('ajv') as typeof AjvModule;
}
