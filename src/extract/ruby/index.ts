/**
 * Ruby: Net::HTTP (`Net::HTTP.get/post/get_response`, `Net::HTTP::Get.new(uri)`, a `Net::HTTP.start` block's
 * connection), Faraday (`Faraday.new(url:)`), HTTParty (`HTTParty.get`, `include HTTParty` + `base_uri`), RestClient
 * (also `RestClient::Resource`), Typhoeus, Excon, http.rb, HTTPX, open-uri, Savon SOAP (`Savon.client(wsdl:)`,
 * `client.call(:operation)`); constants, `ENV['X']`,
 * `ENV.fetch('X', default)`, string interpolation, `URI(…)` / `URI.join`.
 */
import type { CallFact, FileFacts, Language, Sym, ExtractOptions } from '../../model.js';
import type { SourceExtractor } from '../index.js';
import { alt, concat, env, extractWithTreeSitter, lit, locOf, snippet, unknown } from '../tree-sitter/common.js';
import type { SyntaxNode } from '../tree-sitter/common.js';
import { own } from '../typescript/clients.js';

/**
 * Classes and modules whose verb methods send a request (`HTTParty.get(url)`, `Typhoeus.post(url)`, http.rb's
 * `HTTP.get(url)`): receiver → client reported.
 */
const CLIENT_MODULES: Record<string, string> = {
  HTTParty: 'HTTParty', RestClient: 'RestClient', Faraday: 'Faraday', Typhoeus: 'Typhoeus', Excon: 'Excon', HTTP: 'http.rb', HTTPX: 'HTTPX',
};
/** Methods of http.rb and HTTPX that return the client with an option set: `HTTP.auth(token).headers(h).post(url)` is http.rb's request. */
const CLIENT_OPTION_METHODS = new Set(['auth', 'basic_auth', 'headers', 'timeout', 'follow', 'via', 'accept', 'cookies', 'use', 'persistent', 'encoding', 'nodelay', 'plugin', 'with', 'with_headers', 'with_timeout']);
/** Constructors of a connection to the URL they are given: `Excon.new(url)`, `RestClient::Resource.new(url)` (`resource['items'].get`). */
const CONNECTION_CONSTRUCTORS: Record<string, string> = { Excon: 'Excon', 'RestClient::Resource': 'RestClient' };
/** Request objects built with their URL and a `method:` option: `Typhoeus::Request.new(url, method: :post).run`. */
const REQUEST_CONSTRUCTORS: Record<string, string> = { 'Typhoeus::Request': 'Typhoeus' };

const worthParsing = (content: string): boolean =>
  /Net::HTTP|Faraday|HTTParty|RestClient|Savon|Typhoeus|Excon|HTTPX?\.|open-uri|URI\.open|https?:\/\/|ENV\b|base_uri/.test(content);

const verbs: Record<string, string | null> = {
  get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', head: 'HEAD', options: 'OPTIONS',
  get_response: 'GET', post_form: 'POST', run_request: null,
};
const netHttpRequests: Record<string, string> = { Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Head: 'HEAD' };

interface Scope {
  key: string;
  params: string[];
  locals: Map<string, Sym>;
}

class RubyFileVisitor {
  private readonly classes: string[] = [];
  /** Classes that `include HTTParty`, with their `base_uri` once seen. */
  private readonly httparty = new Map<string, Sym>();
  private readonly scopes: Scope[] = [];
  /** Modules each class includes (`include RemoteCalls`): their methods are the class's (see `methodCall`). */
  private readonly includes = new Map<string, string[]>();

  constructor(private readonly file: string, private readonly facts: FileFacts) {}

  visit(node: SyntaxNode): void {
    switch (node.type) {
      case 'class':
      case 'module': {
        const name = node.childForFieldName('name')?.text ?? '?';
        this.classes.push(this.classes.length ? `${this.classes.at(-1)}::${name}` : name);
        this.visitChildren(node);
        this.classes.pop();
        return;
      }
      case 'method':
      case 'singleton_method':
        this.visitMethod(node);
        return;
      case 'assignment':
        this.visitChildren(node);
        this.visitAssignment(node);
        return;
      case 'call': {
        const unbind = this.bindConnectionBlock(node);
        this.visitChildren(node);
        this.visitCall(node);
        unbind?.();
        return;
      }
      default:
        this.visitChildren(node);
    }
  }

  private visitChildren(node: SyntaxNode): void {
    for (const child of node.namedChildren) this.visit(child);
  }

  private visitMethod(node: SyntaxNode): void {
    const name = node.childForFieldName('name')?.text ?? '?';
    const owner = this.classes.at(-1);
    const key = owner ? `${owner}.${name}` : name;
    const params = (node.childForFieldName('parameters')?.namedChildren ?? [])
      .map((p) => (p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? ''))
      .filter(Boolean);
    const scope: Scope = { key, params, locals: new Map() };
    this.scopes.push(scope);
    for (const child of node.namedChildren) if (child.type !== 'method_parameters' && child.type !== 'identifier') this.visit(child);
    // A method that makes or memoizes a client (`def conn; @conn ||= Faraday.new(url: …); end`): the client it returns.
    const last = params.length === 0 ? (node.childForFieldName('body') ?? node).namedChildren.at(-1) : undefined;
    const made = last?.type === 'operator_assignment' || last?.type === 'assignment' ? last.childForFieldName('right') : last;
    const returned = made ? this.evaluate(made) : null;
    this.scopes.pop();
    const client = returned && (returned.kind === 'client' || (returned.kind === 'step' && returned.value.kind === 'client')) ? returned : null;
    this.facts.symbols[key] = { kind: 'fn', name: key, params, returns: client };
    if (client) this.facts.exports[key] = { kind: 'ref', module: null, name: key, member: [] };
  }

  /**
   * A bare name that is no local: a method of the class called without arguments (`connection.get(url)`), or of a module
   * the class includes (in this file, or in the file Rails autoloads it from).
   */
  private methodCall(name: string): Sym | null {
    const owner = this.classes.at(-1);
    if (!owner) return null;
    if (this.facts.symbols[`${owner}.${name}`]?.kind === 'fn') return { kind: 'call', callee: { kind: 'ref', module: null, name: `${owner}.${name}`, member: [] }, args: [] };
    for (const module of this.includes.get(owner) ?? []) {
      const key = `${module}.${name}`;
      if (this.facts.symbols[key]) return { kind: 'call', callee: { kind: 'ref', module: null, name: key, member: [] }, args: [] };
      return { kind: 'call', callee: { kind: 'ref', module: autoloadPath(module), name: key, member: [] }, args: [] };
    }
    return null;
  }

  private visitAssignment(node: SyntaxNode): void {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return;
    const owner = this.classes.at(-1);
    const scope = this.scopes.at(-1);
    if (left.type === 'constant') {
      const key = owner ? `${owner}.${left.text}` : left.text;
      this.facts.symbols[key] = { kind: 'step', label: `constant ${key}`, at: locOf(this.file, left), value: this.evaluate(right, left.text) };
      this.facts.exports[key] = { kind: 'ref', module: null, name: key, member: [] };
    } else if (left.type === 'identifier' && scope) {
      scope.locals.set(left.text, { kind: 'step', label: `variable ${left.text}`, at: locOf(this.file, left), value: this.evaluate(right, left.text) });
    } else if (left.type === 'instance_variable' && owner) {
      const key = `${owner}.${left.text}`;
      this.facts.symbols[key] = { kind: 'step', label: `${left.text} of ${owner}`, at: locOf(this.file, left), value: this.evaluate(right, left.text) };
    }
  }

  private visitCall(node: SyntaxNode): void {
    const method = node.childForFieldName('method')?.text ?? '';
    const receiverNode = node.childForFieldName('receiver');
    const args = argumentsOf(node);
    const owner = this.classes.at(-1);
    if (!receiverNode) {
      if (method === 'include' && args[0]?.text === 'HTTParty' && owner) this.httparty.set(owner, lit(''));
      else if (method === 'include' && owner) for (const module of args) if (module.type === 'constant' || module.type === 'scope_resolution') this.includes.set(owner, [...(this.includes.get(owner) ?? []), module.text]);
      if (method === 'base_uri' && owner && args[0]) {
        const base = this.evaluate(args[0]);
        this.httparty.set(owner, base);
        this.facts.calls.push(this.fact('client-config', node, 'HTTParty', null, args[0], base));
        this.facts.symbols[owner] = { kind: 'client', client: 'HTTParty', base, at: locOf(this.file, node), label: owner };
      }
      // Inside an HTTParty class, bare `get('/x')` is a request on the class.
      if (method in verbs && owner && this.httparty.has(owner) && args[0]) this.addCall(node, 'HTTParty', verbs[method] ?? null, args[0], this.httpartyClass(owner));
      return;
    }
    const receiverText = receiverNode.text;
    if (receiverText === 'Net::HTTP' && method in verbs && args[0]) return this.addCall(node, 'Net::HTTP', verbs[method] ?? null, args[0]);
    if (receiverText === 'Net::HTTP' && method === 'start' && args[0]) {
      // With a block, the block's requests are the calls (see bindConnectionBlock) and the start configures the connection.
      if (node.childForFieldName('block')) this.facts.calls.push(this.fact('client-config', node, 'Net::HTTP', null, args[0], netHttpOrigin((argument) => this.evaluate(argument), args)));
      else this.addCall(node, 'Net::HTTP', null, args[0]);
      return;
    }
    const netRequest = /^Net::HTTP::(\w+)$/.exec(receiverText)?.[1];
    if (netRequest && method === 'new' && args[0]) return this.addCall(node, 'Net::HTTP', netHttpRequests[netRequest] ?? null, args[0]);
    const module = this.clientModule(receiverNode);
    if (module && method in verbs && args[0]) return this.addCall(node, module, verbs[method] ?? null, args[0]);
    // open-uri: `URI.open(url)` (and `URI.parse(url).open`) reads the resource.
    if (receiverText === 'URI' && method === 'open' && args[0]) return this.addCall(node, 'open-uri', 'GET', args[0]);
    const request = own(REQUEST_CONSTRUCTORS, receiverText);
    if (request && method === 'new' && args[0]) {
      const verb = args.slice(1).map((argument) => hashValue(argument, 'method')).find((value) => value !== null);
      return this.addCall(node, request, verb ? (verbs[verb.text.replace(/^:|["']/g, '').toLowerCase()] ?? null) : 'GET', args[0]);
    }
    const connection = own(CONNECTION_CONSTRUCTORS, receiverText);
    if (connection && method === 'new' && args[0]) {
      this.facts.calls.push(this.fact('client-config', node, connection, null, args[0], this.evaluate(args[0])));
      return;
    }
    if (receiverText === 'RestClient::Request' && method === 'execute') {
      const options = args[0];
      const url = options ? hashValue(options, 'url') : null;
      const verb = options ? hashValue(options, 'method')?.text.replace(/^:/, '').toUpperCase() ?? null : null;
      if (url) this.addCall(node, 'RestClient', verb, url);
      return;
    }
    if (receiverText === 'Faraday' && method === 'new') {
      const base = args[0] ? (hashValue(args[0], 'url') ?? (args[0].type === 'pair' ? null : args[0])) : null;
      if (base) this.facts.calls.push(this.fact('client-config', base.parent?.type === 'pair' ? base.parent : base, 'Faraday', null, base, this.evaluate(base)));
      return;
    }
    if (receiverText === 'Savon' && method === 'client') {
      const base = savonEndpoint(args[0]);
      if (base) this.facts.calls.push(this.fact('client-config', base.parent?.type === 'pair' ? base.parent : base, 'Savon', null, base, this.evaluate(base)));
      return;
    }
    // A SOAP operation on a Savon client (`@client.call(:get_report, message: …)`): a POST to the client's endpoint.
    if (method === 'call') {
      const receiver = this.evaluate(receiverNode);
      const bare = receiver.kind === 'step' ? receiver.value : receiver;
      if (bare.kind === 'client' && bare.client === 'Savon') {
        const fact = this.fact('call', node, 'Savon', 'POST', args[0] ?? null, lit(''));
        fact.receiver = receiver;
        this.facts.calls.push(fact);
      }
      return;
    }
    if (!(method in verbs)) return;
    if (receiverNode.type === 'call' && receiverNode.childForFieldName('method')?.text === 'class' && receiverNode.childForFieldName('receiver')?.type === 'self' && owner && this.httparty.has(owner) && args[0]) {
      return this.addCall(node, 'HTTParty', verbs[method] ?? null, args[0], this.httpartyClass(owner));
    }
    const evaluated = this.evaluate(receiverNode);
    // `connection.get(url)` where `connection` is a method of the class (or of a module it includes) that makes the client.
    const ownMethod = evaluated.kind === 'unknown' && receiverNode.type === 'identifier' ? this.methodCall(receiverNode.text) : null;
    const receiver = ownMethod ?? evaluated;
    const bare = receiver.kind === 'step' ? receiver.value : receiver;
    // Faraday's `run_request(:post, url, body, headers)`: the method first, then the URL.
    const verb = method === 'run_request' ? (verbs[args[0]?.text.replace(/^:/, '').toLowerCase() ?? ''] ?? null) : (verbs[method] ?? null);
    const given = method === 'run_request' ? args.slice(1) : args;
    // A RestClient::Resource's verbs take a payload and headers, not a path; Excon's options (`get(path: '/x')`) may
    // hold one. Without a path the request goes to the client's own URL.
    const path = bare.kind !== 'client' ? null : bare.client === 'RestClient' ? null : given[0]?.type === 'pair' ? hashValue(given[0], 'path') : (given[0] ?? null);
    if (bare.kind === 'client' && path) this.addCall(node, bare.client, verb, path, receiver);
    // A method's client, known only once resolved (`connection` of an included module in another file); the resolver
    // keeps the request only if the method turns out to make a client.
    else if (ownMethod !== null && given[0]) this.addCall(node, 'instance', verb, given[0], receiver);
    else if (bare.kind === 'client' && (bare.client === 'RestClient' || args[0]?.type === 'pair')) {
      const fact = this.fact('call', node, bare.client, verbs[method] ?? null, null, lit(''));
      fact.receiver = receiver;
      this.facts.calls.push(fact);
    } else if ((bare.kind === 'ref' || bare.kind === 'param') && given[0] && /conn|client|http|api/i.test(receiverText)) this.addCall(node, 'instance', verb, given[0], receiver);
  }

  /**
   * `Net::HTTP.start(host, port, use_ssl: true) { |http| http.get('/path') }`: the block's parameter is a connection to
   * that host while the block is visited. Returns what undoes the binding.
   */
  private bindConnectionBlock(node: SyntaxNode): (() => void) | null {
    if (node.childForFieldName('receiver')?.text !== 'Net::HTTP' || node.childForFieldName('method')?.text !== 'start') return null;
    const args = argumentsOf(node);
    const parameter = node.childForFieldName('block')?.namedChildren.find((child) => child.type === 'block_parameters')?.namedChildren.find((child) => child.type === 'identifier');
    if (!args[0] || !parameter) return null;
    const connection: Sym = { kind: 'client', client: 'Net::HTTP', base: netHttpOrigin((argument) => this.evaluate(argument), args), at: locOf(this.file, node), label: 'Net::HTTP.start connection' };
    let scope = this.scopes.at(-1);
    const pushed = !scope;
    if (!scope) {
      scope = { key: this.classes.at(-1) ?? '<main>', params: [], locals: new Map() };
      this.scopes.push(scope);
    }
    const locals = scope.locals;
    const previous = locals.get(parameter.text);
    locals.set(parameter.text, connection);
    return () => {
      if (previous) locals.set(parameter.text, previous);
      else locals.delete(parameter.text);
      if (pushed) this.scopes.pop();
    };
  }

  /**
   * The client module a receiver is, directly (`Typhoeus`) or through http.rb's and HTTPX's option methods
   * (`HTTP.auth(token).headers(h)`).
   */
  private clientModule(receiver: SyntaxNode): string | null {
    let node = receiver;
    while (node.type === 'call' && CLIENT_OPTION_METHODS.has(node.childForFieldName('method')?.text ?? '')) {
      const inner = node.childForFieldName('receiver');
      if (!inner) return null;
      node = inner;
    }
    const client = own(CLIENT_MODULES, node.text);
    return client && (node === receiver || client === 'http.rb' || client === 'HTTPX') ? client : null;
  }

  private httpartyClass(owner: string): Sym {
    return { kind: 'ref', module: null, name: owner, member: [] };
  }

  private addCall(node: SyntaxNode, client: string, method: string | null, urlNode: SyntaxNode, receiver?: Sym): void {
    const fact = this.fact('call', node, client, method, urlNode, this.evaluate(urlNode));
    if (receiver) fact.receiver = receiver;
    this.facts.calls.push(fact);
  }

  private fact(kind: CallFact['kind'], at: SyntaxNode, client: string, method: string | null, urlNode: SyntaxNode | null, url: Sym | null): CallFact {
    const scope = this.scopes.at(-1);
    const fact: CallFact = { kind, loc: locOf(this.file, at), client, method, expression: snippet(urlNode?.text ?? ''), url, enclosing: scope?.key ?? this.classes.at(-1) ?? '<main>' };
    if (scope) fact.fn = scope.key;
    return fact;
  }

  private evaluate(node: SyntaxNode, nameHint?: string): Sym {
    switch (node.type) {
      case 'string':
        return concat(node.namedChildren.map((part) => {
          if (part.type === 'interpolation') {
            const inner = part.namedChildren[0];
            return inner ? this.evaluate(inner) : unknown(part.text);
          }
          return lit(part.text);
        }));
      case 'integer':
        return lit(node.text);
      case 'parenthesized_statements':
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case 'binary': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const operator = node.childForFieldName('operator')?.text;
        if (!left || !right) return unknown(node.text);
        if (operator === '+') return concat([this.evaluate(left), this.evaluate(right)]);
        if (operator === '||' || operator === 'or') return alt([this.evaluate(left), this.evaluate(right)]);
        return unknown(node.text);
      }
      case 'conditional': {
        const a = node.childForFieldName('consequence');
        const b = node.childForFieldName('alternative');
        return a && b ? alt([this.evaluate(a), this.evaluate(b)]) : unknown(node.text);
      }
      case 'identifier': {
        for (let i = this.scopes.length - 1; i >= 0; i--) {
          const scope = this.scopes[i];
          const local = scope?.locals.get(node.text);
          if (local) return local;
          const index = scope?.params.indexOf(node.text) ?? -1;
          if (index >= 0 && i === this.scopes.length - 1) return { kind: 'param', index, name: node.text, member: [] };
        }
        return unknown(node.text);
      }
      case 'instance_variable': {
        const owner = this.classes.at(-1);
        return owner ? (this.facts.symbols[`${owner}.${node.text}`] ?? { kind: 'ref', module: null, name: `${owner}.${node.text}`, member: [] }) : unknown(node.text);
      }
      case 'constant': {
        for (let i = this.classes.length - 1; i >= 0; i--) {
          const key = `${this.classes[i]}.${node.text}`;
          if (this.facts.symbols[key]) return { kind: 'ref', module: null, name: key, member: [] };
        }
        return { kind: 'ref', module: null, name: node.text, member: [] };
      }
      case 'scope_resolution': {
        // `Endpoints::SISU_URL`: a constant of a class in this file, or of an autoloaded file (`endpoints.rb`, Rails/Zeitwerk naming).
        const scope = node.childForFieldName('scope')?.text;
        const name = node.childForFieldName('name')?.text;
        if (!scope || !name) return unknown(node.text);
        const key = `${scope}.${name}`;
        if (this.facts.symbols[key] || this.classes.includes(scope)) return { kind: 'ref', module: null, name: key, member: [] };
        return { kind: 'ref', module: autoloadPath(scope), name: key, member: [] };
      }
      case 'element_reference': {
        const target = node.childForFieldName('object');
        const key = node.namedChildren[1];
        const name = key ? stringText(key) : null;
        if (target?.text === 'ENV' && name !== null) return env(name);
        // `resource['items']`: a RestClient::Resource of the URL below the resource's.
        const resource = target ? this.evaluate(target) : null;
        const bare = resource?.kind === 'step' ? resource.value : resource;
        if (bare?.kind === 'client' && bare.client === 'RestClient' && bare.base && key) {
          return { ...bare, base: { kind: 'url', base: bare.base, path: this.evaluate(key), join: 'segment' } };
        }
        return unknown(node.text);
      }
      case 'call':
        return this.callValue(node, nameHint);
      default:
        return unknown(node.text);
    }
  }

  private callValue(node: SyntaxNode, nameHint?: string): Sym {
    const method = node.childForFieldName('method')?.text ?? '';
    const receiver = node.childForFieldName('receiver')?.text;
    const args = argumentsOf(node);
    const key = args[0] ? stringText(args[0]) : null;
    if (receiver === 'ENV' && method === 'fetch' && key !== null) return args[1] ? alt([env(key), this.evaluate(args[1])]) : env(key);
    if ((receiver === undefined && method === 'URI') || (receiver === 'URI' && method === 'parse')) return args[0] ? this.evaluate(args[0]) : unknown(node.text);
    if (receiver === 'URI' && method === 'join' && args[0] && args[1]) return { kind: 'url', base: this.evaluate(args[0]), path: this.evaluate(args[1]) };
    if (receiver === 'Faraday' && method === 'new') {
      const base = args[0] ? (hashValue(args[0], 'url') ?? (args[0].type === 'pair' ? null : args[0])) : null;
      return { kind: 'client', client: 'Faraday', base: base ? this.evaluate(base) : null, at: locOf(this.file, base?.parent ?? node), label: nameHint ?? `Faraday connection` };
    }
    // `Net::HTTP.new(host, port)`: a connection whose `get('/x')`, `post('/x', body)` go to that origin.
    if (receiver === 'Net::HTTP' && method === 'new' && args[0]) return { kind: 'client', client: 'Net::HTTP', base: netHttpOrigin((argument) => this.evaluate(argument), args), at: locOf(this.file, node), label: nameHint ?? 'Net::HTTP connection' };
    const connection = receiver !== undefined ? own(CONNECTION_CONSTRUCTORS, receiver) : undefined;
    if (connection && method === 'new' && args[0]) return { kind: 'client', client: connection, base: this.evaluate(args[0]), at: locOf(this.file, node), label: nameHint ?? `${receiver} connection` };
    if (receiver === 'Savon' && method === 'client') {
      const base = savonEndpoint(args[0]);
      return { kind: 'client', client: 'Savon', base: base ? this.evaluate(base) : null, at: locOf(this.file, base?.parent ?? node), label: nameHint ?? 'Savon client' };
    }
    // `uri.request_uri` (path and query) goes with `Net::HTTP.new(uri.host, …)`: the whole URI is where the request goes.
    if (method === 'freeze' || method === 'to_s' || method === 'to_str' || method === 'request_uri') {
      const inner = node.childForFieldName('receiver');
      return inner ? this.evaluate(inner, nameHint) : unknown(node.text);
    }
    return unknown(node.text);
  }
}

/**
 * The origin `Net::HTTP.start(host, port, use_ssl: true)` / `Net::HTTP.new(host, 443)` connects to: `https://` with
 * `use_ssl: true` or port 443, else `http://`, with the port given (a host is never a path). The host of a URI
 * (`Net::HTTP.start(uri.host, uri.port)`) is that URI's origin.
 */
function netHttpOrigin(evaluate: (node: SyntaxNode) => Sym, args: readonly SyntaxNode[]): Sym {
  const hostNode = args[0];
  if (!hostNode) return unknown('Net::HTTP');
  const uri = hostNode.type === 'call' && hostNode.childForFieldName('method')?.text === 'host' ? hostNode.childForFieldName('receiver') : null;
  if (uri) return evaluate(uri);
  const secure = args.some((argument) => hashValue(argument, 'use_ssl')?.text === 'true') || args[1]?.text === '443';
  const port = args[1] && args[1].type !== 'pair' && !/^(?:80|443|nil)$/.test(args[1].text) ? args[1] : null;
  return concat([lit(secure ? 'https://' : 'http://'), evaluate(hostNode), ...(port ? [lit(':'), evaluate(port)] : [])]);
}

/** A Savon client's service URL: its `endpoint:` option, else the `wsdl:` document's (same service, `?wsdl` added). */
function savonEndpoint(options: SyntaxNode | undefined): SyntaxNode | null {
  return options ? (hashValue(options, 'endpoint') ?? hashValue(options, 'wsdl')) : null;
}

/** Zeitwerk's file for a constant path: `Sisu::ApiConfig` → `sisu/api_config`. */
export function autoloadPath(constant: string): string {
  return constant.split('::').map((part) => part.replace(/([a-z\d])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase()).join('/');
}

function argumentsOf(node: SyntaxNode): SyntaxNode[] {
  const list = node.childForFieldName('arguments');
  if (!list) return [];
  // `f(a, url: x)`: pairs stay as they are; a trailing hash is read with hashValue.
  return list.namedChildren.filter((c) => c.type !== 'comment');
}

/** `url: x` / `:url => x` among call arguments or in a hash literal. */
function hashValue(node: SyntaxNode, key: string): SyntaxNode | null {
  const pairs = node.type === 'pair' ? [node, ...siblingPairs(node)] : node.type === 'hash' ? node.namedChildren : [];
  for (const pair of pairs) {
    if (pair.type !== 'pair') continue;
    const k = pair.childForFieldName('key')?.text.replace(/^:|:$/g, '').replace(/^["']|["']$/g, '');
    if (k === key) return pair.childForFieldName('value');
  }
  return null;
}

function siblingPairs(node: SyntaxNode): SyntaxNode[] {
  return node.parent?.namedChildren.filter((c) => c.type === 'pair' && c.id !== node.id) ?? [];
}

function stringText(node: SyntaxNode): string | null {
  if (node.type === 'simple_symbol') return node.text.slice(1);
  if (node.type !== 'string' || node.namedChildren.some((c) => c.type === 'interpolation')) return null;
  return node.namedChildren.map((c) => c.text).join('');
}

export const rubyExtractor: SourceExtractor = {
  languages: ['ruby'],
  extract(file: string, content: string, language: Language, options?: ExtractOptions): Promise<FileFacts> {
    return extractWithTreeSitter({
      file, content, language, force: options?.force === true, grammar: 'ruby', worthParsing,
      visit: (root, facts) => new RubyFileVisitor(file, facts).visit(root),
    });
  },
};
