import { it } from 'vitest';
import { lint } from '/work/wt-12/src/index.js';
it('dbg', async () => {
  const r = await lint({ cwd: '/work/wt-12', paths: [process.env.DBG!], now: new Date('2026-11-24T00:00:00Z') });
  console.log(JSON.stringify(r.gatewayRoutes ?? [], null, 0));
});
