/**
 * Issue 6, gateway-bypass "names the gateway URL to use": a URL with parts only known at run time
 * (`{parameter id}`, `{result of a call}`) is rewritten with its placeholders as written, not percent-encoded,
 * while real percent-encoding in the URL is kept.
 */
import { describe, expect, it } from 'vitest';
import { matchBackend } from '../../src/catalog/match.js';
import { gatewayBypass } from '../../src/judge/rules/gateway-bypass.js';
import type { GatewayApi } from '../../src/model.js';
import { context } from '../rules/gateway-helpers.js';

const ENTRYPOINTS = ['https://gw.api.helsinki.fi'];
const BACKEND = 'https://orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi/api';
const organisation: GatewayApi = {
  id: 'org',
  name: 'HY Organisation API',
  loc: { file: 'c.yaml', line: 1, column: 1 },
  paths: [{ path: '/organisation', host: null }],
  backends: [{ url: BACKEND, raw: BACKEND }],
  plans: [{ name: 'Application key', security: 'API_KEY' }],
  definitionVersion: 'V2',
};

describe('gateway URLs of targets with run-time parts', () => {
  it.each([
    [`${BACKEND}/units/{parameter id}?lang=fi`, 'https://gw.api.helsinki.fi/organisation/units/{parameter id}?lang=fi'],
    [`${BACKEND}/units?code={result of a call}`, 'https://gw.api.helsinki.fi/organisation/units?code={result of a call}'],
    [`${BACKEND}/{parameter path}`, 'https://gw.api.helsinki.fi/organisation/{parameter path}'],
    // Encoding that was in the URL stays.
    [`${BACKEND}/units/Kumpula%20campus`, 'https://gw.api.helsinki.fi/organisation/units/Kumpula%20campus'],
  ])('%s → %s', (url, gatewayUrl) => {
    expect(matchBackend(url, [organisation], ENTRYPOINTS)).toMatchObject({ strength: 'prefix', gatewayUrl });
  });

  it('the gateway-bypass message shows the placeholder as the evidence does', () => {
    const url = `${BACKEND}/units/{parameter id}`;
    const calls = [
      { file: 'src/a.ts', line: 1, column: 1, language: 'typescript' as const, client: 'fetch', method: 'GET' as const, expression: 'url', kind: 'call' as const, enclosing: 'unit', targets: [{ url, host: 'orgreg.apps.ocp-prod-0.k8s.it.helsinki.fi', zone: 'internal' as const, via: [] }] },
    ];
    const [finding] = gatewayBypass.check(context({ calls, catalog: [organisation] }));
    expect(finding?.message).toContain('Call https://gw.api.helsinki.fi/organisation/units/{parameter id} instead');
    expect(finding?.message).not.toContain('%7B');
  });
});
