// `npm run bench -- --merge <n>`: generates n JSON reports of `calls` calls each (deterministic; one per made-up
// repository whose services call each other's hosts, the gateway, the ESB and external hosts), written by the built
// formatJson with their landscapes, then times `arch-lint merge` over them. A figure to watch (target: 500 reports of
// 2,000 calls in ≤ 10 s and ≤ 1 GiB), not a test.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { commandWithMemory, cpuSeconds, failure, median, peakRssKb, runOnce } from './measure.mjs';

export const MERGE_CORPUS_VERSION = 1;
const SERVICES = 4;
const APIS = 50;

/** Writes `count` reports into `dir` (reused when its meta matches). */
export async function ensureMergeReports(repoRoot, dir, count, calls) {
  const metaFile = path.join(dir, 'meta.json');
  const wanted = { version: MERGE_CORPUS_VERSION, count, calls };
  if (existsSync(metaFile) && JSON.stringify(JSON.parse(readFileSync(metaFile, 'utf8'))) === JSON.stringify(wanted)) return { generated: false };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'reports'), { recursive: true });
  const { buildLandscape } = await import(pathToFileURL(path.join(repoRoot, 'dist/landscape/build.js')).href);
  const { formatJson } = await import(pathToFileURL(path.join(repoRoot, 'dist/report/json.js')).href);
  const catalog = Array.from({ length: APIS }, (_, n) => ({ id: `api-${n}`, name: `API ${n}`, loc: { file: 'gateway/apis.json', line: n + 1, column: 1 }, paths: [{ path: `/api-${n}`, host: null }], backends: [{ url: `https://backend-${n}.apps.example.fi/v1`, raw: `https://backend-${n}.apps.example.fi/v1` }], plans: [], definitionVersion: '2.0.0' }));
  for (let r = 0; r < count; r++) {
    const services = Array.from({ length: SERVICES }, (_, k) => ({ name: `svc-${r}-${k}`, system: `system-${r % 60}`, hosts: [`svc-${r}-${k}.apps.example.fi`, `svc-${r}-${k}`] }));
    const callList = [];
    const findings = [];
    for (let i = 0; i < calls; i++) {
      const k = i % SERVICES;
      const pick = (i * 7919 + r * 104729) % 100;
      const via = [`axios instance 'client${i % 17}' (services/svc-${r}-${k}/src/clients/client${i % 17}.ts:5)`, `env:SERVICE_URL_${i % 23}`, `binding SERVICE_URL_${i % 23} = … (services/svc-${r}-${k}/openshift/deployment.yaml:${20 + (i % 40)}, prod)`];
      let target;
      if (pick < 40) target = { url: `https://gw.api.example.fi/api-${i % APIS}/items/${i}`, host: 'gw.api.example.fi', zone: 'gateway', via, api: `API ${i % APIS}` };
      else if (pick < 50) target = { url: `https://esb.example.fi/services/s${i % 30}`, host: 'esb.example.fi', zone: 'esb', via };
      else if (pick < 75) {
        const other = (r + 1 + (i % 37)) % count;
        target = { url: `https://svc-${other}-${i % SERVICES}.apps.example.fi/api/${i}`, host: `svc-${other}-${i % SERVICES}.apps.example.fi`, zone: 'internal', via };
      } else if (pick < 85) target = { url: `https://api${i % 20}.saas.example.com/v2/x`, host: `api${i % 20}.saas.example.com`, zone: 'external', via };
      else if (pick < 95) target = { url: `http://localhost:${3000 + (i % 10)}/x`, host: `localhost:${3000 + (i % 10)}`, zone: 'local', via, environment: 'dev' };
      else target = { url: null, host: null, zone: 'unresolved', via: [...via.slice(0, 1), 'call result: getUrl()'] };
      const file = `services/svc-${r}-${k}/src/module${i % 200}.ts`;
      callList.push({ file, line: 10 + (i % 300), column: 5, language: 'typescript', client: 'axios', method: 'GET', expression: `client${i % 17}.get(\`/items/\${id}\`)`, kind: 'call', enclosing: `Handler${i % 50}.load`, targets: [target], service: `svc-${r}-${k}` });
      if (target.zone === 'internal') {
        findings.push({ ruleId: 'no-direct-integration', severity: 'error', message: `Call axios GET goes directly to internal host '${target.host}': a point-to-point integration.`, file, line: 10 + (i % 300), column: 5, fingerprint: `${r.toString(16)}-${i.toString(16).padStart(8, '0')}`, callIndex: i });
      }
    }
    const result = {
      version: 1,
      tool: { name: 'arch-lint', version: '0.1.0' },
      root: `/ci/repo-${r}`,
      config: { file: 'arch-lint.config.yaml', extends: ['helsinki'] },
      calls: callList,
      findings,
      problems: [],
      rules: [],
      unboundEnv: [],
      summary: { files: 800, calls, errors: findings.length, warnings: 0, suppressed: 0 },
    };
    result.landscape = buildLandscape({ result, services, catalog, repository: `repo-${r}` });
    writeFileSync(path.join(dir, 'reports', `repo-${String(r).padStart(4, '0')}.json`), formatJson(result));
  }
  writeFileSync(metaFile, JSON.stringify(wanted));
  return { generated: true };
}

export function measureMerge({ repoRoot, dir, runs }) {
  const reports = readdirSync(path.join(dir, 'reports')).sort().map((file) => path.join(dir, 'reports', file));
  const workDir = mkdtempSync(path.join(tmpdir(), 'arch-lint-bench-merge-'));
  const out = path.join(workDir, 'landscape.json');
  try {
    const { command, args, memoryFrom } = commandWithMemory(repoRoot, ['merge', ...reports, '--output', out]);
    const seconds = [];
    const cpu = [];
    const rss = [];
    for (let i = 0; i < runs; i++) {
      const run = runOnce(command, args, repoRoot);
      if (run.status !== 0) throw failure('arch-lint merge', run);
      seconds.push(run.seconds);
      const used = cpuSeconds(run.stderr);
      if (used !== null) cpu.push(used);
      const kb = peakRssKb(run.stderr, memoryFrom);
      if (kb !== null) rss.push(kb);
    }
    const merged = JSON.parse(readFileSync(out, 'utf8'));
    let bytes = 0;
    for (const report of reports) bytes += statSync(report).size;
    return { reports: reports.length, reportMiB: bytes / 1024 / 1024, seconds, medianSeconds: median(seconds), medianCpuSeconds: cpu.length ? median(cpu) : null, peakRssMiB: rss.length ? Math.max(...rss) / 1024 : null, nodes: merged.nodes.length, edges: merged.edges.length };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
