/**
 * `arch-lint catalog pull`: fetch the gateway's API catalogue from Gravitee's Management API v2 and write it
 * to a file to check in (src/catalog/pull.ts does the work). A known failure (no token, 401, timeout…) is one
 * clean line and exit 2; the token is never printed.
 */
import { UsageError } from '../config/errors.js';
import type { CliIO } from './main.js';
import { redactSecrets } from '../redact.js';

export interface CatalogPullFlags {
  config?: string;
  managementUrl?: string;
  environment?: string;
  organization?: string;
  tokenEnv?: string;
  output?: string;
  timeout?: number;
  retries?: number;
  perPage?: number;
  allowEmpty?: boolean;
}

export function parseWholeNumber(flag: string, minimum: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < minimum) throw new UsageError(`${flag} expects a whole number ≥ ${minimum}, got '${value}'`);
    return Number(value);
  };
}

export async function runCatalogPullCommand(flags: CatalogPullFlags, io: CliIO): Promise<number> {
  const { loadConfig } = await import('../config/load.js');
  const { runCatalogPull, isCatalogPullError } = await import('../catalog/pull.js');
  // The config supplies defaults (gateway.managementUrl, tokenEnv, catalogue path); none is needed with flags alone.
  const config = loadConfig({ root: io.cwd, configFile: flags.config, cwd: io.cwd });
  try {
    const outcome = await runCatalogPull({
      config,
      env: io.env,
      ...(flags.config === undefined && config.file === null ? { cwd: io.cwd } : {}),
      ...(flags.managementUrl !== undefined ? { managementUrl: flags.managementUrl } : {}),
      ...(flags.environment !== undefined ? { environmentId: flags.environment } : {}),
      ...(flags.organization !== undefined ? { organizationId: flags.organization } : {}),
      ...(flags.tokenEnv !== undefined ? { tokenEnv: flags.tokenEnv } : {}),
      ...(flags.output !== undefined ? { output: flags.output, cwd: io.cwd } : {}),
      ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout } : {}),
      ...(flags.retries !== undefined ? { retries: flags.retries } : {}),
      ...(flags.perPage !== undefined ? { perPage: flags.perPage } : {}),
      ...(flags.allowEmpty ? { allowEmpty: true } : {}),
    });
    io.stdout(`arch-lint: ${redactSecrets(outcome.summary)}\n`);
    for (const note of outcome.notes) io.stderr(`arch-lint: note: ${redactSecrets(note)}\n`);
    for (const skipped of outcome.skipped) io.stdout(`  skipped ${skipped.name} (${skipped.id}): ${skipped.reason}\n`);
    return 0;
  } catch (error) {
    if (isCatalogPullError(error)) {
      io.stderr(`arch-lint catalog pull: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
