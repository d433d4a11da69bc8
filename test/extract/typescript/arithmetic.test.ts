/**
 * `+` with a number and something that is not text is arithmetic (`${PORT + 1}`): one unknown value, not the port's
 * text with `1` written after it (`http://localhost:{PORT}1`). With a string on either side it is text, as before.
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../src/extract/index.js';

async function urlOf(source: string): Promise<unknown> {
  const facts = await extractFile({ path: 'proxy.js', absPath: '/virtual/proxy.js', size: source.length, kind: { type: 'source', language: 'javascript' } }, source);
  return facts.calls[0]?.url;
}

describe('+ with a number', () => {
  it('is an unknown number when nothing on either side is text', async () => {
    const url = await urlOf('const PORT = Number(process.env.PORT || 8000);\nfetch(`http://localhost:${PORT + 1}/api`);\n');
    expect(url).toEqual({ kind: 'concat', parts: [{ kind: 'lit', value: 'http://localhost:' }, { kind: 'unknown', text: 'PORT + 1' }, { kind: 'lit', value: '/api' }] });
  });

  it('is text when a string is on either side', async () => {
    const url = await urlOf("fetch('http://localhost:' + 8001 + '/api');\n");
    expect(url).toEqual({ kind: 'concat', parts: [{ kind: 'lit', value: 'http://localhost:' }, { kind: 'lit', value: '8001' }, { kind: 'lit', value: '/api' }] });
  });
});
