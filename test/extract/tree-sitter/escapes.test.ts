/**
 * String literals are read as the program sees them: escapes decoded in C#, Java and Go (a URL with an escaped quote
 * or backslash was reported with the backslash, and percent-encoded as `\%22`).
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../src/extract/index.js';
import { decodeEscapes } from '../../../src/extract/tree-sitter/common.js';
import type { Language, Sym } from '../../../src/model.js';

async function firstUrl(language: Language, path: string, content: string): Promise<Sym | null | undefined> {
  const facts = await extractFile({ path, absPath: `/virtual/${path}`, size: content.length, kind: { type: 'source', language } }, content);
  return facts.calls[0]?.url;
}

describe('escapes in string literals', () => {
  it('decodes the C-family escapes and leaves an unknown one as written', () => {
    expect(decodeEscapes('/orders?q=\\"open\\"')).toBe('/orders?q="open"');
    expect(decodeEscapes('a\\\\b\\tc\\u0041\\x42')).toBe('a\\b\tcAB');
    expect(decodeEscapes('\\$HOME \\q')).toBe('$HOME \\q');
    expect(decodeEscapes('no escapes')).toBe('no escapes');
  });

  it('reads C# regular, verbatim and interpolated strings as the program sees them', async () => {
    const source = [
      'public class Orders {',
      '  private readonly HttpClient _http;',
      '  public Task<string> Open(int page) => _http.GetStringAsync($"http://orders:8080/orders?page={page}&q=\\"open\\"&t={{x}}");',
      '  public Task<string> Closed() => _http.GetStringAsync(@"http://orders:8080/orders?q=""closed""");',
      '  public Task<string> All() => _http.GetStringAsync("http://orders:8080/orders?q=\\"all\\"");',
      '}',
    ].join('\n');
    const facts = await extractFile({ path: 'Orders.cs', absPath: '/virtual/Orders.cs', size: source.length, kind: { type: 'source', language: 'csharp' } }, source);
    const urls = facts.calls.map((call) => call.url);
    expect(urls[0]).toEqual({
      kind: 'concat',
      parts: [{ kind: 'lit', value: 'http://orders:8080/orders?page=' }, { kind: 'param', index: 0, name: 'page', member: [] }, { kind: 'lit', value: '&q="open"&t={x}' }],
    });
    expect(urls[1]).toEqual({ kind: 'lit', value: 'http://orders:8080/orders?q="closed"' });
    expect(urls[2]).toEqual({ kind: 'lit', value: 'http://orders:8080/orders?q="all"' });
  });

  it('reads Java and Go string literals with their escapes decoded', async () => {
    const java = 'class A { void f(RestTemplate rest) { rest.getForObject("http://catalog:8080/items?q=\\"x\\"", String.class); } }';
    expect(await firstUrl('java', 'A.java', java)).toEqual({ kind: 'lit', value: 'http://catalog:8080/items?q="x"' });
    const go = 'package main\n\nimport "net/http"\n\nfunc f() { http.Get("http://catalog:8080/items?q=\\"x\\"") }\n';
    expect(await firstUrl('go', 'main.go', go)).toEqual({ kind: 'lit', value: 'http://catalog:8080/items?q="x"' });
  });
});
