import { it } from 'vitest';
import { lint } from '/work/wt-12/src/index.js';
it('dbg', async () => {
  const r = await lint({ cwd: '/work/wt-12', paths: [process.env.DBG!], now: new Date('2026-11-24T00:00:00Z') });
  for (const c of r.calls) console.log(c.file, c.line, c.client, c.method, c.kind, c.service, JSON.stringify(c.targets.map((t) => [t.url, t.zone, t.service])));
  for (const f of r.findings) console.log(f.ruleId, f.file, f.line, f.message.split('\n')[0]);
  for (const p of r.problems) console.log('PROBLEM', p.file, p.message);
});
