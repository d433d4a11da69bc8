import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csharpExtractor } from '../../../src/extract/csharp/index.js';
import { goExtractor } from '../../../src/extract/go/index.js';
import type { SourceExtractor } from '../../../src/extract/index.js';
import { javaExtractor } from '../../../src/extract/jvm/java.js';
import { kotlinExtractor } from '../../../src/extract/jvm/kotlin.js';
import { phpExtractor } from '../../../src/extract/php/index.js';
import { pythonExtractor } from '../../../src/extract/python/index.js';
import { rubyExtractor } from '../../../src/extract/ruby/index.js';
import { rustExtractor } from '../../../src/extract/rust/index.js';
import type { Language } from '../../../src/model.js';

const extractors: [Language, SourceExtractor][] = [
  ['python', pythonExtractor], ['java', javaExtractor], ['kotlin', kotlinExtractor], ['go', goExtractor],
  ['csharp', csharpExtractor], ['php', phpExtractor], ['ruby', rubyExtractor], ['rust', rustExtractor],
];

// Fragments that pass every pre-filter and exercise the visitors, shuffled into nonsense.
const fragments = [
  'requests.get(', 'httpx.Client(base_url=', 'os.environ["X"]', 'f"{a}/b"', '"%s" % x', 'http.Get(', 'fmt.Sprintf("%s", ', 'os.Getenv(',
  'restTemplate.getForObject(', 'WebClient.builder().baseUrl(', '@Value("${a.b:c}")', 'System.getenv("X")', 'HttpClient(CIO) { defaultRequest { url(',
  '_http.GetAsync($"{x}")', 'new HttpRequestMessage(HttpMethod.Get, ', 'AddHttpClient("n", c => c.BaseAddress = new Uri(', '$client->get("', 'new Client([\'base_uri\' => ',
  'curl_setopt($ch, CURLOPT_URL, ', 'Faraday.new(url: ', 'ENV.fetch("X", ', 'Net::HTTP.get(URI("#{', 'reqwest::get(', 'Client::new().post(', 'format!("{}/x", ', 'env::var("X").unwrap_or(', 'XClient::connect(', 'fn f(&self) ', 'Self { base_url: ', 'https://gw.api.helsinki.fi/x', '(', ')', '{', '}', '"', "'", '\n', ';', ',', 'class A', 'def f(x):', 'func f(', '<?php ',
];

describe('tree-sitter extractors never throw', () => {
  for (const [language, extractor] of extractors) {
    it(`${language}: any input gives facts, never an exception`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string(), fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(' '))), async (content) => {
          const facts = await extractor.extract(`fuzz.${language}`, content, language);
          expect(facts.file).toBe(`fuzz.${language}`);
          expect(Array.isArray(facts.calls)).toBe(true);
          for (const call of facts.calls) expect(call.loc.line).toBeGreaterThanOrEqual(1);
          // The visitors themselves must cope: a crash caught by the runner would still lose the file's calls.
          expect(facts.problems.filter((p) => p.code === 'extract-failed')).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });
  }
});
