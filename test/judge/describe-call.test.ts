// A client configuration is "covered" when a real call's evidence chain passes through its file:line,
// so rules report the integration once, on the call, instead of twice.
import { describe, expect, it } from 'vitest';
import type { ResolvedCall } from '../../src/model.js';
import { isCoveredByCalls } from '../../src/judge/describe-call.js';

function call(kind: ResolvedCall['kind'], file: string, line: number, via: string[] = []): ResolvedCall {
  return { file, line, column: 1, language: 'typescript', client: 'axios', method: null, expression: "'/x'", kind, enclosing: '<module>', targets: [{ url: 'http://importer-api:3000/x', host: 'importer-api', zone: 'internal', via }] };
}

describe('isCoveredByCalls', () => {
  const config = call('client-config', 'src/util/importerClient.ts', 7);

  it('is true when a call goes through the configuration', () => {
    const calls = [config, call('call', 'src/server.ts', 40, ["axios instance 'importer' (src/util/importerClient.ts:7)", 'env:IMPORTER_URL'])];
    expect(isCoveredByCalls(config, calls)).toBe(true);
  });

  it('is false when no call goes through it, or only another line of the same file does', () => {
    expect(isCoveredByCalls(config, [config])).toBe(false);
    const other = [config, call('call', 'src/server.ts', 40, ["axios instance 'other' (src/util/importerClient.ts:70)"])];
    expect(isCoveredByCalls(config, other)).toBe(false);
  });

  it('ignores client configurations mentioning each other', () => {
    const calls = [config, call('client-config', 'src/b.ts', 3, ["axios instance 'importer' (src/util/importerClient.ts:7)"])];
    expect(isCoveredByCalls(config, calls)).toBe(false);
  });
});
