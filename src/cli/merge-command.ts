/**
 * `arch-lint merge <reports…>`: one landscape for the organisation from the JSON reports of many repositories (an
 * organisation runs arch-lint per repository in its CI matrix and merges the reports). Each unusable report is a
 * message naming it on stderr (and in the JSON output's `problems`); the others are merged. Exit 0 when every report
 * was merged, 1 when some were left out, 2 when nothing could be merged.
 */
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import type { MergedLandscape, MergeInput, MergeProblem } from '../landscape/merge.js';
import type { Landscape } from '../landscape/types.js';
import type { LintResult } from '../model.js';
import { compileSchema } from '../validators/compile.js';
import { firstSchemaError } from '../validators/index.js';
import type { CliIO } from './main.js';
import { renderLandscape, writeOutput } from './graph-command.js';

export interface MergeFlags {
  format?: string;
  output?: string;
}

const mergeFormats = ['json', 'html', 'mermaid', 'dot'] as const;

/** The merged landscape as a LintResult without calls or findings, for the HTML page. */
function asResult(merged: MergedLandscape, toolVersion: string): LintResult {
  return {
    version: 1,
    tool: { name: 'arch-lint', version: toolVersion },
    root: 'organisation',
    config: { file: null, extends: [] },
    calls: [],
    findings: [],
    problems: merged.problems.map((problem) => ({ file: problem.report, severity: problem.severity, code: 'merge', message: problem.message })),
    rules: [],
    unboundEnv: [],
    summary: { files: 0, calls: merged.edges.reduce((sum, edge) => sum + edge.calls, 0), errors: 0, warnings: 0, suppressed: 0 },
    landscape: { version: 1, repository: `organisation (${merged.repositories.length} repositories)`, nodes: merged.nodes, edges: merged.edges },
  };
}

export async function runMerge(reports: string[], flags: MergeFlags, io: CliIO): Promise<number> {
  const format = flags.format ?? 'json';
  if (!(mergeFormats as readonly string[]).includes(format)) throw new UsageError(`unknown merge format '${format}' (available: ${mergeFormats.join(', ')})`);
  if (reports.length === 0) throw new UsageError('give the JSON reports to merge, e.g. arch-lint merge reports/*.json');
  const { readReportLandscape } = await import('../landscape/read-report.js');
  const { mergeLandscapes } = await import('../landscape/merge.js');
  const validate = compileSchema('landscape.schema.json', 'landscape');
  const inputs: MergeInput[] = [];
  const problems: MergeProblem[] = [];
  for (const report of reports) {
    const read = readReportLandscape(path.resolve(io.cwd, report));
    if (!read.ok) {
      problems.push({ report, severity: 'error', message: `${report} ${read.message}` });
      continue;
    }
    if (!validate(read.landscape)) {
      problems.push({ report, severity: 'error', message: `${report} has a landscape that does not match schemas/landscape.schema.json: ${firstSchemaError(validate, 'invalid')}` });
      continue;
    }
    inputs.push({ report, toolVersion: read.toolVersion, landscape: read.landscape as Landscape });
  }
  const merged = mergeLandscapes(inputs, problems);
  for (const problem of merged.problems) io.stderr(`arch-lint merge: ${problem.severity === 'error' ? 'left out' : 'warning'}: ${problem.message}\n`);
  if (inputs.length === 0) {
    io.stderr('arch-lint merge: no report could be merged.\n');
    return 2;
  }
  let text: string;
  if (format === 'json') text = `${JSON.stringify(merged, null, 2)}\n`;
  else if (format === 'html') text = (await import('../report/html.js')).formatHtml(asResult(merged, inputs[0]!.toolVersion));
  else text = await renderLandscape({ version: 1, repository: 'organisation', nodes: merged.nodes, edges: merged.edges }, format);
  writeOutput(text, flags.output, io);
  const left = merged.problems.filter((problem) => problem.severity === 'error').length;
  io.stderr(`arch-lint merge: ${inputs.length} of ${reports.length} report${reports.length === 1 ? '' : 's'} merged (${merged.nodes.length} nodes, ${merged.edges.length} edges)${left > 0 ? `; ${left} left out` : ''}.\n`);
  return left > 0 ? 1 : 0;
}
