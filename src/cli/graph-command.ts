/**
 * `arch-lint graph [paths…]`: scan, then write the integration landscape as a diagram (mermaid, dot) or as JSON,
 * optionally focused on one service (`--service`, `--depth`). Exit 0 when the diagram is written: it is a picture,
 * not a check (the findings are `arch-lint`'s).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import type { Landscape } from '../landscape/types.js';
import type { CliIO } from './main.js';

export interface GraphFlags {
  config?: string;
  format?: string;
  output?: string;
  service?: string;
  depth?: number;
  now?: Date;
}

export const graphFormats = ['mermaid', 'dot', 'json'] as const;

/** The landscape in one of `graphFormats`. */
export async function renderLandscape(landscape: Landscape, format: string): Promise<string> {
  switch (format) {
    case 'mermaid':
      return (await import('../landscape/mermaid.js')).formatMermaid(landscape);
    case 'dot':
      return (await import('../landscape/dot.js')).formatDot(landscape);
    case 'json':
      return `${JSON.stringify(landscape, null, 2)}\n`;
    default:
      throw new UsageError(`unknown graph format '${format}' (available: ${graphFormats.join(', ')})`);
  }
}

/** `--service` and `--depth` applied (depth 1 by default with a service; without one, the whole landscape). */
export async function focused(landscape: Landscape, flags: { service?: string; depth?: number }): Promise<Landscape> {
  if (flags.service === undefined) {
    if (flags.depth !== undefined) throw new UsageError('--depth needs --service: it counts edges from that service');
    return landscape;
  }
  const { focusLandscape } = await import('../landscape/focus.js');
  const part = focusLandscape(landscape, flags.service, flags.depth ?? 1);
  if (part === null) {
    const services = landscape.nodes.filter((node) => node.kind === 'service').map((node) => node.label);
    throw new UsageError(`no service '${flags.service}' in the landscape (services: ${services.join(', ') || 'none'})`);
  }
  return part;
}

export function writeOutput(text: string, output: string | undefined, io: CliIO): void {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, output);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

export async function runGraph(paths: string[], flags: GraphFlags, io: CliIO): Promise<number> {
  const format = flags.format ?? 'mermaid';
  if (!(graphFormats as readonly string[]).includes(format)) throw new UsageError(`unknown graph format '${format}' (available: ${graphFormats.join(', ')})`);
  const { lint } = await import('../lint.js');
  const result = await lint({ cwd: io.cwd, paths, configFile: flags.config, now: flags.now });
  const landscape = await focused(result.landscape!, flags);
  writeOutput(await renderLandscape(landscape, format), flags.output, io);
  return 0;
}
