// The outbound calls the peer linters look for in `npm run bench -- --peers <dir>`: roughly what arch-lint's TS/JS
// extractor recognises (src/extract/typescript/clients.ts), as data. Each entry becomes one ast-grep rule per language
// (`patterns` are alternatives, `constraints` restrict their metavariables) and, with --eslint, `no-restricted-syntax`
// selectors (esquery) for the same calls. The peers only match shapes: they do not follow imports or resolve URLs.

const VERBS = '^(get|post|put|patch|delete|del|head|options|request)$';
const SDK_FACTORIES = '^(OpenAI|AzureOpenAI|Ollama|ChatOpenAI|OpenAIEmbeddings|OTLPTraceExporter|OTLPMetricExporter|OTLPLogExporter|S3Client|S3|SQSClient|SNSClient|DynamoDBClient|LambdaClient|SESClient|SESv2Client|BlobServiceClient|ContainerClient|OpenAIClient|IncomingWebhook|HttpLink|ApolloClient)$';

/** A library called directly and through its methods: `axios(…)`, `axios.get(…)`. */
const library = (name, id = name) => ({
  id,
  patterns: [`${name}($$$)`, `${name}.$M($$$)`],
  selectors: [`CallExpression[callee.name='${name}']`, `CallExpression[callee.object.name='${name}']`],
});

export const PEER_PATTERNS = [
  { id: 'fetch', patterns: ['fetch($$$)'], selectors: ["CallExpression[callee.name='fetch']"] },
  // ofetch / Nuxt: `$fetch` is a plain identifier to ast-grep (metavariables are upper case).
  { id: 'ofetch', patterns: ['$fetch($$$)', 'ofetch($$$)', '$fetch.$M($$$)'], selectors: ["CallExpression[callee.name=/^(\\$fetch|ofetch)$/]", "CallExpression[callee.object.name='$fetch']"] },
  library('axios'),
  library('got'),
  library('ky'),
  library('superagent'),
  library('needle'),
  library('request'),
  // AngularJS's $http service.
  library('$http', 'angularjs-http'),
  {
    id: 'node-http',
    patterns: ['http.request($$$)', 'http.get($$$)', 'https.request($$$)', 'https.get($$$)'],
    selectors: ["CallExpression[callee.object.name=/^https?$/][callee.property.name=/^(request|get)$/]"],
  },
  {
    // Client instances (`api.get('/users')`, `this.http.post(`${base}/x`, body)`): a verb method whose first argument is a string or template.
    id: 'instance-verb',
    patterns: ['$C.$VERB($URL)', '$C.$VERB($URL, $$$)'],
    constraints: { VERB: { regex: VERBS }, URL: { any: [{ kind: 'string' }, { kind: 'template_string' }] } },
    selectors: [`CallExpression[callee.property.name=/${VERBS}/][arguments.0.type='TemplateLiteral']`, `CallExpression[callee.property.name=/${VERBS}/][arguments.0.value=/./]`],
  },
  { id: 'xhr', patterns: ['new XMLHttpRequest($$$)'], selectors: ["NewExpression[callee.name='XMLHttpRequest']"] },
  { id: 'url', patterns: ['new URL($$$)'], selectors: ["NewExpression[callee.name='URL']"] },
  {
    // Client configurations: base URLs handed to a client or SDK (`axios.create` is in the axios entry).
    id: 'client-config',
    patterns: ['new $SDK($$$)', 'fetchBaseQuery($$$)', 'createHttpLink($$$)', 'Sentry.init($$$)'],
    constraints: { SDK: { regex: SDK_FACTORIES } },
    selectors: [`NewExpression[callee.name=/${SDK_FACTORIES}/]`, "CallExpression[callee.name=/^(fetchBaseQuery|createHttpLink)$/]", "CallExpression[callee.object.name='Sentry'][callee.property.name='init']"],
  },
];

/** ast-grep's languages for TS/JS; by extension: TypeScript .ts/.mts/.cts, Tsx .tsx, JavaScript .js/.jsx/.mjs/.cjs. */
export const AST_GREP_LANGUAGES = ['TypeScript', 'Tsx', 'JavaScript'];

/** One ast-grep rule file (documents separated by `---`; JSON is YAML) with one rule per pattern entry and language. */
export function astGrepRules(patterns = PEER_PATTERNS) {
  const documents = [];
  for (const language of AST_GREP_LANGUAGES) {
    for (const { id, patterns: alternatives, constraints } of patterns) {
      const rule = alternatives.length === 1 ? { pattern: alternatives[0] } : { any: alternatives.map((pattern) => ({ pattern })) };
      documents.push(JSON.stringify({ id: `${id}-${language.toLowerCase()}`, language, severity: 'hint', message: id, rule, ...(constraints ? { constraints } : {}) }));
    }
  }
  return `${documents.join('\n---\n')}\n`;
}

/** The pattern entry a rule id (`axios-typescript`) came from. */
export function patternIdOfRule(ruleId) {
  const language = AST_GREP_LANGUAGES.find((name) => ruleId.endsWith(`-${name.toLowerCase()}`));
  return language ? ruleId.slice(0, -language.length - 1) : ruleId;
}

/** A flat ESLint config (module text) with only `no-restricted-syntax` for the same calls, parsed by typescript-eslint's parser. */
export function eslintConfig(parserUrl, patterns = PEER_PATTERNS) {
  const selectors = patterns.flatMap(({ id, selectors: list }) => list.map((selector) => ({ selector, message: id })));
  return `import tseslint from ${JSON.stringify(parserUrl)};
export default [{
  files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
  linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
  rules: { 'no-restricted-syntax': ['warn', ...${JSON.stringify(selectors)}] },
}];
`;
}
