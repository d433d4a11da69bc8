/**
 * C#: `HttpClient` (`GetAsync`/`PostAsync`/…/`*AsJsonAsync`, `new HttpRequestMessage(method, url)`, `BaseAddress`),
 * named and typed clients configured with `AddHttpClient` in Program.cs/Startup.cs, RestSharp;
 * `const`/`static readonly`, `Environment.GetEnvironmentVariable`, `IConfiguration["A:B"]` / `GetValue<T>("A:B")`.
 */
import type { CallFact, FileFacts, Invocation, Language, Sym, ExtractOptions } from '../../model.js';
import type { SourceExtractor } from '../index.js';
import { alt, concat, decodeEscapes, config, env, extractWithTreeSitter, formatTemplate, lit, locOf, ownReturns, snippet, staticText, unknown } from '../tree-sitter/common.js';
import type { SyntaxNode } from '../tree-sitter/common.js';
import { CLASS_FILE_PREFIX, NAMED_CLIENTS_MODULE, OPTIONS_PREFIX } from './named-clients.js';
import { IN_MEMORY_TEST_CLIENT, trimSlashes } from '../facts.js';

// `[Uu]ri|[Uu]rl|Endpoint`: a file that passes a URL to a wrapper method (`_requestProvider.GetAsync<T>(uri)`) names one.
const worthParsing = (content: string): boolean =>
  /[Uu]ri\b|[Uu]rl\b|URL|URI|Endpoint|HttpClient|Flurl|WebRequest|HttpRequestMessage|RestClient|RestRequest|RefitClient|RestService\.For|GrpcClient|GrpcChannel|MapForwarder|AddYarp|InvokeMethod|CreateInvokeHttpClient|\[(?:Get|Post|Put|Delete|Patch|Head)\(|https?:\/\/|GetEnvironmentVariable|IConfiguration|Configuration\[|GetValue</.test(content);

/** Refit interface method attributes: `[Get("/items/{id}")]`. */
const refitAttributes: Record<string, string> = { Get: 'GET', Post: 'POST', Put: 'PUT', Delete: 'DELETE', Patch: 'PATCH', Head: 'HEAD', Options: 'OPTIONS' };
/** Calls that register a typed client, configured by a lambda in their arguments or in a later `ConfigureHttpClient(…)`. */
const typedClientRegistrations = new Set(['AddHttpClient', 'AddRefitClient']);
/** Types whose `CreateClient()` serves the application under test in memory (ASP.NET Core's TestHost), also subclasses named so. */
const IN_MEMORY_TEST_SERVERS = /(?:^|\.)\w*(?:WebApplicationFactory|TestServer)\b/;
/** Types whose creation the extractor reads for what it is (a request, a client, a URL), never a typed client made by hand. */
const KNOWN_CREATIONS: ReadonlySet<string> = new Set(['HttpClient', 'HttpRequestMessage', 'Uri', 'RestClient', 'RestClientOptions', 'RestRequest', 'Url']);
/** Dapr client methods that invoke another app's method, `(HttpMethod?, appId, methodName, …)`: requests to that app. */
const DAPR_INVOCATIONS: ReadonlySet<string> = new Set(['InvokeMethodAsync', 'InvokeMethodGrpcAsync', 'CreateInvokeMethodRequest']);
/** gRPC client factory registrations whose options set `Address`: `AddGrpcClient<Basket.BasketClient>(o => o.Address = …)`. */
const grpcClientRegistrations = new Set(['AddGrpcClient', 'AddCodeFirstGrpcClient']);


const httpClientMethods: Record<string, string | null> = {
  GetAsync: 'GET', GetStringAsync: 'GET', GetStreamAsync: 'GET', GetByteArrayAsync: 'GET', GetFromJsonAsync: 'GET',
  PostAsync: 'POST', PostAsJsonAsync: 'POST', PutAsync: 'PUT', PutAsJsonAsync: 'PUT', PatchAsync: 'PATCH', PatchAsJsonAsync: 'PATCH',
  DeleteAsync: 'DELETE', DeleteFromJsonAsync: 'DELETE',
};
/**
 * Flurl's request methods, called on a URL string or a `Url` being built (`"https://api".AppendPathSegment("items")
 * .WithOAuthBearerToken(t).GetJsonAsync<T>()`): the request goes to the chain's first value with its path segments.
 */
const flurlMethods: Record<string, string | null> = {
  GetAsync: 'GET', GetJsonAsync: 'GET', GetStringAsync: 'GET', GetStreamAsync: 'GET', GetBytesAsync: 'GET', DownloadFileAsync: 'GET',
  PostAsync: 'POST', PostJsonAsync: 'POST', PostStringAsync: 'POST', PostUrlEncodedAsync: 'POST', PostMultipartAsync: 'POST',
  PutAsync: 'PUT', PutJsonAsync: 'PUT', PutStringAsync: 'PUT', PatchAsync: 'PATCH', PatchJsonAsync: 'PATCH', PatchStringAsync: 'PATCH',
  DeleteAsync: 'DELETE', HeadAsync: 'HEAD', OptionsAsync: 'OPTIONS', SendAsync: null, SendJsonAsync: null, SendUrlEncodedAsync: null,
};
/** Flurl's steps that build the URL or the request before it is sent; `AppendPathSegment(s)` adds to the path. */
const FLURL_STEPS = /^(?:AppendPathSegments?|AppendQueryParam|SetQueryParams?|RemoveQueryParams?|SetFragment|ResetToRoot|With\w*|AllowHttpStatus|AllowAnyHttpStatus|ConfigureRequest|OnError|BeforeCall|AfterCall)$/;

const restSharpMethods: Record<string, string | null> = {
  GetAsync: 'GET', PostAsync: 'POST', PutAsync: 'PUT', DeleteAsync: 'DELETE', PatchAsync: 'PATCH', ExecuteAsync: null, Execute: null,
  GetJsonAsync: 'GET', PostJsonAsync: 'POST', PutJsonAsync: 'PUT',
};

interface Scope {
  key: string;
  params: string[];
  locals: Map<string, Sym>;
  types: Map<string, string>;
}

class CSharpFileVisitor {
  private readonly classes: string[] = [];
  private readonly fieldTypes = new Map<string, string>();
  private readonly scopes: Scope[] = [];
  /** Named client being configured by the enclosing `AddHttpClient("name", c => …)`. */
  private configuring: string | null = null;
  /** Inside the options lambda of `AddGrpcClient<T>(o => …)`: its `Address` is the gRPC client's endpoint. */
  private configuringGrpc = false;

  /** Classes declared anywhere in this file (collected first: a class may be used before its declaration). */
  private readonly declaredClasses = new Set<string>();
  /** `Class.Method` of every method declared in this file (for calls of a method before its declaration). */
  private readonly declaredMethods = new Set<string>();

  /** Primary constructor parameter lists of classes/structs, by the offset of the type's name (blanked before parsing). */
  private readonly primaryConstructors: Map<number, string>;

  /** The file uses Flurl (`using Flurl.Http;`): its request methods on strings are requests (see `flurlMethods`). */
  private readonly usesFlurl: boolean;

  constructor(private readonly file: string, private readonly facts: FileFacts, content: string) {
    this.primaryConstructors = primaryConstructorLists(content);
    this.usesFlurl = /^\s*(?:global\s+)?using\s+Flurl(?:\.Http)?\s*;/m.test(content);
  }

  run(root: SyntaxNode): void {
    for (const declaration of root.descendantsOfType(['class_declaration', 'record_declaration', 'struct_declaration'])) {
      const name = declaration.childForFieldName('name')?.text;
      if (name) this.declaredClasses.add(name);
      for (const method of declaration.childForFieldName('body')?.namedChildren ?? []) {
        const methodName = method.type === 'method_declaration' ? method.childForFieldName('name')?.text : undefined;
        if (name && methodName) this.declaredMethods.add(`${name}.${methodName}`);
      }
    }
    this.visit(root);
  }

  visit(node: SyntaxNode): void {
    switch (node.type) {
      case 'class_declaration':
      case 'record_declaration':
      case 'struct_declaration': {
        const name = node.childForFieldName('name')?.text ?? '?';
        const qualified = this.classes.length ? `${this.classes.at(-1)}.${name}` : name;
        this.classes.push(qualified);
        // Primary constructor parameters (C# 12) behave like fields.
        const nameNode = node.childForFieldName('name');
        const parameters = nameNode ? this.primaryConstructors.get(nameNode.startIndex) : undefined;
        if (parameters !== undefined) this.primaryConstructorFields(qualified, parameters);
        this.visitChildren(node);
        this.classes.pop();
        return;
      }
      case 'interface_declaration':
        this.visitInterface(node);
        return;
      case 'field_declaration':
      case 'property_declaration':
        this.visitMember(node);
        return;
      case 'method_declaration':
      case 'constructor_declaration':
      case 'local_function_statement':
        this.visitMethod(node);
        return;
      case 'local_declaration_statement':
        this.visitChildren(node);
        this.declareLocals(node);
        return;
      case 'assignment_expression':
        this.visitChildren(node);
        this.visitAssignment(node);
        return;
      case 'invocation_expression':
        this.visitInvocation(node);
        return;
      case 'object_creation_expression':
        this.visitChildren(node);
        this.visitCreation(node);
        return;
      case 'implicit_object_creation_expression':
        // Target-typed `HttpRequestMessage request = new(HttpMethod.Get, uri)`.
        this.visitChildren(node);
        if (declaredTypeOf(node) === 'HttpRequestMessage') this.requestMessage(node);
        return;
      default:
        this.visitChildren(node);
    }
  }

  private visitChildren(node: SyntaxNode): void {
    for (const child of node.namedChildren) this.visit(child);
  }

  /** A Refit interface: each method with `[Get("…")]`/`[Post("…")]`/… is a call on the client registered for the interface. */
  private visitInterface(node: SyntaxNode): void {
    const name = node.childForFieldName('name')?.text ?? '?';
    for (const method of node.descendantsOfType('method_declaration')) {
      for (const attribute of method.descendantsOfType('attribute')) {
        if (attribute.parent?.parent?.id !== method.id) continue;
        const verb = refitAttributes[attribute.childForFieldName('name')?.text ?? ''];
        const argument = attribute.descendantsOfType('attribute_argument')[0]?.namedChildren.at(-1);
        if (!verb || !argument) continue;
        const fact = this.fact('call', attribute, 'Refit', verb, argument, this.evaluate(argument));
        fact.enclosing = `${name}.${method.childForFieldName('name')?.text ?? '?'}`;
        fact.receiver = { kind: 'ref', module: NAMED_CLIENTS_MODULE, name: `HttpClient:${name}`, member: [] };
        this.facts.calls.push(fact);
      }
    }
  }

  /** `class SisuClient(HttpClient http, IConfiguration config)`: each parameter is a field; an HttpClient one is the typed client's. */
  private primaryConstructorFields(owner: string, parameters: string): void {
    for (const parameter of splitTopLevel(parameters)) {
      const declaration = parameter.replace(/\[[^\]]*\]/g, '').replace(/=.*$/s, '').trim();
      const match = /^(?:(?:ref|in|out|params|this)\s+)?(.+?)\s+(@?\w+)$/s.exec(declaration);
      if (!match?.[1] || !match[2]) continue;
      const type = match[1].replace(/\s+/g, ' ');
      const key = `${owner}.${match[2]}`;
      this.fieldTypes.set(key, type);
      if (type === 'HttpClient') this.facts.symbols[key] = { kind: 'ref', module: NAMED_CLIENTS_MODULE, name: `HttpClient:${owner.split('.').at(-1)}`, member: [] };
    }
  }

  private visitMember(node: SyntaxNode): void {
    const owner = this.classes.at(-1) ?? '?';
    const modifiers = node.namedChildren.filter((c) => c.type === 'modifier').map((c) => c.text);
    const constant = modifiers.includes('const') || (modifiers.includes('static') && modifiers.includes('readonly'));
    const declarations: { name: string; type: string; value: SyntaxNode | null; at: SyntaxNode }[] = [];
    if (node.type === 'property_declaration') {
      const name = node.childForFieldName('name');
      if (name) declarations.push({ name: name.text, type: node.childForFieldName('type')?.text ?? '', value: node.childForFieldName('value'), at: name });
    } else {
      const declaration = node.namedChildren.find((c) => c.type === 'variable_declaration');
      const type = declaration?.childForFieldName('type')?.text ?? '';
      for (const declarator of declaration?.namedChildren.filter((c) => c.type === 'variable_declarator') ?? []) {
        const name = declarator.namedChildren[0];
        const value = declarator.namedChildren.find((c) => c.type === 'equals_value_clause')?.namedChildren[0] ?? null;
        if (name) declarations.push({ name: name.text, type, value, at: name });
      }
    }
    for (const { name, type, value, at } of declarations) {
      const key = `${owner}.${name}`;
      this.fieldTypes.set(key, type);
      if (!value) continue;
      this.visit(value);
      this.facts.symbols[key] = { kind: 'step', label: `${constant ? 'constant' : 'field'} ${key}`, at: locOf(this.file, at), value: this.evaluate(value, name) };
      // A static field or property another class reads (`Config.ApiUrl`), read-only or not: its initial value.
      if (constant || modifiers.includes('static')) this.facts.exports[key] = { kind: 'ref', module: null, name: key, member: [] };
    }
  }

  private visitMethod(node: SyntaxNode): void {
    const owner = this.classes.at(-1);
    const name = node.type === 'constructor_declaration' ? 'constructor' : (node.childForFieldName('name')?.text ?? '?');
    const key = owner ? `${owner}.${name}` : name;
    const scope: Scope = { key, params: [], locals: new Map(), types: new Map() };
    for (const param of node.childForFieldName('parameters')?.namedChildren ?? []) {
      const paramName = param.childForFieldName('name')?.text;
      if (!paramName) continue;
      scope.params.push(paramName);
      const type = param.childForFieldName('type')?.text ?? '';
      scope.types.set(paramName, type);
      // A typed client (`AddHttpClient<SisuClient>(…)`) gets its configured HttpClient through the constructor.
      if (node.type === 'constructor_declaration' && type === 'HttpClient' && owner) {
        scope.locals.set(paramName, { kind: 'ref', module: NAMED_CLIENTS_MODULE, name: `HttpClient:${owner.split('.').at(-1)}`, member: [] });
      }
    }
    this.scopes.push(scope);
    const body = node.childForFieldName('body');
    if (body) this.visit(body);
    const returned = ownReturns(node).flatMap((statement) => (statement.namedChildren[0] ? [statement.namedChildren[0]] : []));
    const returns = returned.length > 0 ? alt(returned.map((value) => this.evaluate(value))) : body && body.type !== 'block' ? this.evaluate(body) : null;
    this.scopes.pop();
    this.facts.symbols[key] = { kind: 'fn', name: key, params: scope.params, returns };
    // Methods of a class may be wrappers called from other files (`_requestProvider.GetAsync<T>(uri)`).
    if (owner && node.type === 'method_declaration') this.facts.exports[key] = { kind: 'ref', module: null, name: key, member: [] };
  }

  private declareLocals(node: SyntaxNode): void {
    const scope = this.scopes.at(-1);
    const declaration = node.namedChildren.find((c) => c.type === 'variable_declaration');
    const type = declaration?.childForFieldName('type')?.text ?? '';
    for (const declarator of declaration?.namedChildren.filter((c) => c.type === 'variable_declarator') ?? []) {
      const name = declarator.namedChildren[0];
      const value = declarator.namedChildren.find((c) => c.type === 'equals_value_clause')?.namedChildren[0];
      if (!name) continue;
      const sym: Sym | null = value ? { kind: 'step', label: `variable ${name.text}`, at: locOf(this.file, name), value: this.evaluate(value, name.text) } : null;
      // Top-level statements (Program.cs) have no enclosing method: their variables act as file symbols.
      if (scope) {
        scope.types.set(name.text, type);
        if (sym) scope.locals.set(name.text, sym);
      } else if (sym) this.facts.symbols[name.text] = sym;
    }
  }

  private visitAssignment(node: SyntaxNode): void {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return;
    const member = left.type === 'member_access_expression' ? left.childForFieldName('name')?.text : null;
    if (left.type === 'identifier' && left.text === 'BaseAddress' && initializedHttpClient(node)) {
      // `new HttpClient { BaseAddress = new Uri(…) }`: the client value itself carries the base (creationValue).
      this.facts.calls.push(this.fact('client-config', left, 'HttpClient', null, right, this.evaluate(right)));
      return;
    }
    if (member === 'Address' && this.configuringGrpc) {
      // A gRPC call is an HTTP/2 request to this address: the client's configuration is the integration point.
      this.facts.calls.push(this.fact('client-config', left, 'gRPC', null, right, this.evaluate(right)));
      return;
    }
    if (member === 'BaseAddress') {
      const value = this.evaluate(right);
      this.facts.calls.push(this.fact('client-config', left, 'HttpClient', null, right, value));
      const target = left.childForFieldName('expression');
      const label = this.configuring ?? target?.text ?? 'HttpClient';
      const client: Sym = { kind: 'client', client: 'HttpClient', base: value, at: locOf(this.file, left), label };
      if (this.configuring) {
        this.facts.symbols[`HttpClient:${this.configuring}`] = client;
        this.facts.exports[`HttpClient:${this.configuring}`] = { kind: 'ref', module: null, name: `HttpClient:${this.configuring}`, member: [] };
      } else if (target) {
        this.assignTo(target, client);
        // `httpClient.BaseAddress = …` on a constructor's parameter: the client the rest of the body hands on
        // (`RestService.For<IOrdersApi>(httpClient)`).
        const scope = this.scopes.at(-1);
        if (target.type === 'identifier' && scope?.params.includes(target.text)) scope.locals.set(target.text, client);
      }
      return;
    }
    if (left.type === 'identifier' || left.type === 'member_access_expression') this.assignTo(left, this.evaluate(right, left.text));
  }

  /**
   * Refit without registration: `RestService.For<IOrdersApi>(httpClient)` or `RestService.For<IOrdersApi>("https://…")`
   * makes the interface's `[Get("…")]` methods requests on that client. An HttpClient whose base address this code does
   * not set is the typed client the enclosing class is registered with (`AddHttpClient<IOrders, OrdersClient>()`).
   */
  private refitFor(callee: SyntaxNode, argument: SyntaxNode | undefined): void {
    const generic = callee.childForFieldName('name');
    const iface = generic?.type === 'generic_name' ? generic.descendantsOfType('type_argument_list')[0]?.namedChildren.at(-1)?.text : undefined;
    if (!iface || !argument) return;
    const value = this.evaluate(argument);
    const bare = value.kind === 'step' ? value.value : value;
    let client: Sym;
    if (bare.kind === 'client') client = value;
    else if (this.typeOf(argument) === 'HttpClient' || (bare.kind === 'param' && /client/i.test(bare.name))) {
      const owner = this.classes.at(-1)?.split('.').at(-1);
      if (!owner) return;
      client = { kind: 'ref', module: NAMED_CLIENTS_MODULE, name: `HttpClient:${owner}`, member: [] };
    } else client = { kind: 'client', client: 'Refit', base: value, at: locOf(this.file, argument), label: iface };
    const key = `HttpClient:${iface}`;
    this.facts.symbols[key] = client;
    this.facts.exports[key] = { kind: 'ref', module: null, name: key, member: [] };
  }

  private assignTo(target: SyntaxNode, value: Sym): void {
    const owner = this.classes.at(-1);
    const scope = this.scopes.at(-1);
    if (target.type === 'identifier' && scope?.locals.has(target.text)) scope.locals.set(target.text, value);
    else if (owner && (target.type === 'identifier' || (target.type === 'member_access_expression' && target.childForFieldName('expression')?.type === 'this_expression'))) {
      const name = target.type === 'identifier' ? target.text : (target.childForFieldName('name')?.text ?? '');
      if (this.fieldTypes.has(`${owner}.${name}`)) this.facts.symbols[`${owner}.${name}`] = { kind: 'step', label: `field ${owner}.${name}`, at: locOf(this.file, target), value };
    }
  }

  private visitInvocation(node: SyntaxNode): void {
    const callee = node.childForFieldName('function');
    const args = argumentsOf(node);
    const name = callee?.type === 'member_access_expression' ? nameOf(callee.childForFieldName('name')) : nameOf(callee);
    if (name === 'ConfigureHttpClient') {
      // `AddRefitClient<ICatalogApi>().ConfigureHttpClient(c => c.BaseAddress = …)`: the client registered earlier in the chain.
      const registered = registeredType(callee);
      if (registered) {
        const previous = this.configuring;
        this.configuring = registered;
        this.visitChildren(node);
        this.configuring = previous;
        return;
      }
    }
    if (name !== null && grpcClientRegistrations.has(name)) {
      const previous = this.configuringGrpc;
      this.configuringGrpc = true;
      this.visitChildren(node);
      this.configuringGrpc = previous;
      return;
    }
    // `GrpcChannel.ForAddress("https://discount:8081")`; not a channel to an in-memory test server
    // (`ForAddress(client.BaseAddress, new GrpcChannelOptions { HttpClient = client })` with a TestServer's client).
    if (name === 'ForAddress' && callee?.type === 'member_access_expression' && callee.childForFieldName('expression')?.text === 'GrpcChannel' && args[0] && !this.onInMemoryTestClient(args[0])) {
      this.facts.calls.push(this.fact('client-config', node, 'gRPC', null, args[0], this.evaluate(args[0])));
    }
    if (name !== null && typedClientRegistrations.has(name)) {
      // `AddHttpClient("sisu", c => c.BaseAddress = …)` or `AddHttpClient<SisuClient>(c => …)`.
      const nameArg = args[0] ? stringText(args[0]) : null;
      const generic = callee?.childForFieldName('name')?.descendantsOfType('type_argument_list')[0]?.namedChildren.at(-1)?.text ?? null;
      const previous = this.configuring;
      this.configuring = nameArg ?? generic;
      this.visitChildren(node);
      this.configuring = previous;
      return;
    }
    this.visitChildren(node);
    if (name === 'Configure' || name === 'Bind' || name === 'BindConfiguration') this.optionsBinding(name, callee, args);
    if (name === 'For' && callee?.type === 'member_access_expression' && callee.childForFieldName('expression')?.text === 'RestService') this.refitFor(callee, args[0]);
    if (callee?.type !== 'member_access_expression' && name && !(name in httpClientMethods)) this.pushInvocation(node, callee, name, args);
    if (name !== null && DAPR_INVOCATIONS.has(name) && callee?.type === 'member_access_expression') {
      // Dapr: `dapr.InvokeMethodAsync<T>(HttpMethod.Get, "catalog-api", "api/items")` is a request to that app (POST when no method is given).
      const verb = args[0] ? httpMethodConstant(args[0].text) : null;
      const [app, path] = verb ? [args[1], args[2]] : [args[0], args[1]];
      if (app && path) {
        const grpc = name.startsWith('InvokeMethodGrpc');
        const url = concat([lit('http://'), this.evaluate(app), lit('/'), this.evaluate(path)]);
        this.facts.calls.push(this.fact('call', node, 'Dapr', grpc ? null : (verb ?? 'POST'), app, url));
      }
      return;
    }
    if (name === 'AddYarp' && args[0] && stringText(args[0]) !== null) {
      this.aspireYarp(node, stringText(args[0]) ?? '');
      return;
    }
    if (name === 'MapForwarder' && args[1]) {
      // YARP direct forwarding: `app.MapForwarder("/product-images/{id}", "https+http://catalog-api", "/api/…")` is a gateway route.
      const target = stringText(args[1]);
      if (target !== null) (this.facts.routes ??= []).push({ path: args[0] ? stringText(args[0]) : null, target, loc: locOf(this.file, args[1]) });
      return;
    }
    if (callee?.type !== 'member_access_expression' || !name) return;
    const receiverNode = callee.childForFieldName('expression');
    if (!receiverNode) return;
    // `WebRequest.Create(url)` (also `HttpWebRequest`): .NET's request before HttpClient.
    if (name === 'Create' && /^(?:System\.Net\.)?(?:Http)?WebRequest$/.test(receiverNode.text) && args[0]) {
      this.facts.calls.push(this.fact('call', node, 'WebRequest', null, args[0], this.evaluate(args[0])));
      return;
    }
    if (name in flurlMethods && this.usesFlurl) {
      const url = this.flurlUrl(receiverNode);
      if (url) {
        const method = flurlMethods[name] ?? httpMethodConstant(args[0]?.text ?? '');
        this.facts.calls.push(this.fact('call', node, 'Flurl', method, url.at, url.value));
        return;
      }
    }
    const receiver = this.evaluate(receiverNode);
    const bare = receiver.kind === 'step' ? receiver.value : receiver;
    const type = this.typeOf(receiverNode) ?? '';
    const isRestSharp = /RestClient/.test(type) || (bare.kind === 'client' && bare.client === 'RestSharp');
    if (isRestSharp && name in restSharpMethods) {
      const request = args[0];
      const requestValue = request ? this.evaluate(request) : null;
      const resource = requestValue && requestValue.kind === 'step' ? requestValue.value : requestValue;
      const url = resource && resource.kind === 'object' ? (resource.props.resource ?? null) : null;
      const method = restSharpMethods[name] ?? (resource && resource.kind === 'object' && resource.props.method?.kind === 'lit' ? resource.props.method.value : null);
      const fact = this.fact('call', node, 'RestSharp', method, request ?? null, url);
      fact.receiver = receiver;
      this.facts.calls.push(fact);
      return;
    }
    if (name in httpClientMethods && args[0]) {
      const namedClient = bare.kind === 'ref' && bare.module === NAMED_CLIENTS_MODULE;
      const known = bare.kind === 'client' || namedClient || /HttpClient/.test(type) || /http|client/i.test(receiverNode.text);
      if (!known) {
        this.pushInvocation(node, callee, name, args);
        return;
      }
      const fact = this.fact('call', node, 'HttpClient', httpClientMethods[name] ?? null, args[0], this.evaluate(args[0]));
      fact.receiver = receiver;
      this.facts.calls.push(fact);
      return;
    }
    this.pushInvocation(node, callee, name, args);
  }

  /**
   * A call of a method of the project that may be a wrapper (`_requestProvider.GetAsync<T>(uri)`, `SendAsync(uri)` in the
   * same class): the resolver keeps it when the method makes a request with a parameter in its URL. The method is found
   * by its class: this class, a field's or parameter's type, or the implementation `RequestProvider` of `IRequestProvider`
   * (in its own file, see src/resolve/modules/csharp.ts). Calls with no arguments cannot pass a URL and are skipped.
   */
  private pushInvocation(node: SyntaxNode, callee: SyntaxNode | null, name: string, args: SyntaxNode[]): void {
    if (!callee || args.length === 0) return;
    const owner = this.classes.at(-1)?.split('.').at(-1);
    let target: Sym | null = null;
    if (callee.type !== 'member_access_expression') {
      if (owner && this.declaredMethods.has(`${owner}.${name}`)) target = { kind: 'ref', module: null, name: `${this.classes.at(-1)}.${name}`, member: [] };
    } else {
      const receiverNode = callee.childForFieldName('expression');
      const type = receiverNode ? (this.typeOf(receiverNode) ?? '') : '';
      const declared = type.replace(/<.*$/s, '').replace(/\?$/, '').split('.').at(-1) ?? '';
      // An interface `IRequestProvider` is implemented by `RequestProvider` (the .NET naming convention).
      const implementation = /^I[A-Z]/.test(declared) && !this.declaredClasses.has(declared) ? declared.slice(1) : declared;
      if (/^[A-Z]\w*$/.test(implementation) && !/^(?:HttpClient|String|Task|Uri|List|Dictionary|Console|Math|Convert)$/.test(implementation)) {
        target = { kind: 'ref', module: this.declaredClasses.has(implementation) ? null : `${CLASS_FILE_PREFIX}${implementation}`, name: `${implementation}.${name}`, member: [] };
      }
    }
    if (!target) return;
    const scope = this.scopes.at(-1);
    const invocation: Invocation = {
      loc: locOf(this.file, node), callee: target, args: args.map((arg) => this.evaluate(arg)), expression: snippet(args[0]?.text ?? node.text),
      enclosing: scope?.key ?? this.classes.at(-1) ?? '<top-level>', calleeText: snippet(callee.text), argTexts: args.map((arg) => snippet(arg.text)),
    };
    if (scope) invocation.fn = scope.key;
    this.facts.invocations.push(invocation);
  }

  private visitCreation(node: SyntaxNode): void {
    const type = node.childForFieldName('type')?.text ?? '';
    const args = argumentsOf(node);
    if (type === 'HttpRequestMessage') this.requestMessage(node);
    if ((type === 'RestClient' || type === 'RestClientOptions') && args[0]) {
      this.facts.calls.push(this.fact('client-config', args[0], 'RestSharp', null, args[0], this.evaluate(args[0])));
    }
    // A typed client made by hand (`new CartService(DaprClient.CreateInvokeHttpClient("cart-api"))`,
    // `new CatalogClient(new HttpClient { BaseAddress = … })`): the HttpClient its constructor is given, as a registration gives it.
    const className = type.split('.').at(-1) ?? '';
    if (/^[A-Z]\w*$/.test(className) && !KNOWN_CREATIONS.has(className)) {
      for (const arg of args) {
        const value = arg.type === 'invocation_expression' || arg.type === 'object_creation_expression' ? this.evaluate(arg) : null;
        if (value?.kind !== 'client' || value.client !== 'HttpClient') continue;
        const key = `HttpClient:${className}`;
        this.facts.symbols[key] = value;
        this.facts.exports[key] = { kind: 'ref', module: null, name: key, member: [] };
        break;
      }
    }
  }

  /**
   * `new HttpRequestMessage(HttpMethod.Post, uri)`, `new(method: HttpMethod.Get, requestUri: uri)` or
   * `new HttpRequestMessage { Method = …, RequestUri = … }`: a request, sent by the HttpClient whose `SendAsync` it is
   * given (directly, or through the variable that holds it), else by the class's own HttpClient.
   */
  private requestMessage(node: SyntaxNode): void {
    const initialized = initializerValues(node);
    const named = namedArguments(node);
    const positional = positionalArguments(node);
    const urlNode = named.get('requestUri') ?? positional[1] ?? initialized.get('RequestUri') ?? null;
    const methodText = named.get('method')?.text ?? positional[0]?.text ?? initialized.get('Method')?.text ?? '';
    if (!urlNode) return;
    const method = httpMethodConstant(methodText);
    const fact = this.fact('call', node, 'HttpClient', method, urlNode, this.evaluate(urlNode));
    // A relative URI is joined with the sending client's base address (a named client, the typed client's own).
    const client = this.senderOf(node) ?? this.ownHttpClient();
    if (client) fact.receiver = client;
    this.facts.calls.push(fact);
  }

  /** The HttpClient that sends a request message: `client.SendAsync(new …)`, or `client.SendAsync(request)` in the same method. */
  private senderOf(creation: SyntaxNode): Sym | null {
    const sends = (invocation: SyntaxNode | null | undefined): SyntaxNode | null => {
      const callee = invocation?.type === 'invocation_expression' ? invocation.childForFieldName('function') : null;
      const name = callee?.type === 'member_access_expression' ? nameOf(callee.childForFieldName('name')) : null;
      return name === 'SendAsync' || name === 'Send' ? callee?.childForFieldName('expression') ?? null : null;
    };
    let receiverNode: SyntaxNode | null = null;
    const argument = creation.parent?.type === 'argument' ? creation.parent : null;
    if (argument) receiverNode = sends(argument.parent?.parent);
    else {
      // `var request = new HttpRequestMessage(…)` or `request = new(…)`: the invocations that send `request`.
      const holder = creation.parent?.type === 'equals_value_clause' ? creation.parent.parent?.namedChildren[0] : creation.parent?.type === 'assignment_expression' ? creation.parent.childForFieldName('left') : null;
      const body = holder?.type === 'identifier' ? enclosingBody(creation) : null;
      for (const invocation of body?.descendantsOfType('invocation_expression') ?? []) {
        const first = argumentsOf(invocation)[0];
        const receiver = first?.type === 'identifier' && first.text === holder?.text ? sends(invocation) : null;
        if (receiver) {
          receiverNode = receiver;
          break;
        }
      }
    }
    if (!receiverNode) return null;
    const receiver = this.evaluate(receiverNode);
    const bare = receiver.kind === 'step' ? receiver.value : receiver;
    // Only a client the resolver can follow (one made here, a named or typed client): a receiver known by its type or
    // name alone would make the resolver drop a request whose URI it cannot read as a URL (`new Uri(string.Concat(…))`),
    // where the class's own HttpClient, or none, keeps it reported.
    const known = bare.kind === 'client' || (bare.kind === 'ref' && bare.module === NAMED_CLIENTS_MODULE);
    return known ? receiver : null;
  }

  /** The HttpClient field (or primary constructor parameter) of the enclosing class, when it has exactly one. */
  private ownHttpClient(): Sym | null {
    const owner = this.classes.at(-1);
    if (!owner) return null;
    const names = [...this.fieldTypes].filter(([key, type]) => type === 'HttpClient' && key.startsWith(`${owner}.`) && !key.slice(owner.length + 1).includes('.')).map(([key]) => key.slice(owner.length + 1));
    return names.length === 1 && names[0] ? this.identifier(names[0]) : null;
  }

  /**
   * Whether `target.callee()` makes the client of an in-memory test server: `GetTestClient()` (TestHost), or
   * `CreateClient()`/`CreateDefaultClient()` on a `WebApplicationFactory` or `TestServer` (by the receiver's declared
   * type, its creation, or a `WithWebHostBuilder(…)` chain).
   */
  private makesInMemoryTestClient(callee: string | null, target: SyntaxNode | null): boolean {
    if (callee === 'GetTestClient') return true;
    if ((callee !== 'CreateClient' && callee !== 'CreateDefaultClient') || !target) return false;
    const receiver = target.type === 'invocation_expression' ? target.childForFieldName('function') : target;
    if (receiver?.type === 'member_access_expression' && /^With(?:WebHostBuilder|TestServer)$/.test(nameOf(receiver.childForFieldName('name')) ?? '')) return true;
    const type = target.type === 'object_creation_expression' ? (target.childForFieldName('type')?.text ?? '') : (this.typeOf(target) ?? '');
    return IN_MEMORY_TEST_SERVERS.test(type);
  }

  /** `client.BaseAddress` of a variable holding an in-memory test server's client. */
  private onInMemoryTestClient(node: SyntaxNode): boolean {
    if (node.type !== 'member_access_expression' || nameOf(node.childForFieldName('name')) !== 'BaseAddress') return false;
    const object = node.childForFieldName('expression');
    if (object?.type !== 'identifier') return false;
    const value = this.identifier(object.text);
    const bare = value.kind === 'step' ? value.value : value;
    return bare.kind === 'client' && bare.client === IN_MEMORY_TEST_CLIENT;
  }

  /**
   * .NET Aspire's YARP resource in an AppHost: `builder.AddYarp("edge").WithConfiguration(yarp => { var c =
   * yarp.AddCluster(catalogApi); yarp.AddRoute("/catalog/{**rest}", c); })`. Each route goes to the resource its cluster
   * is made of (`catalogApi = builder.AddProject<…>("catalog-api")`, as `http://catalog-api`), and the gateway is the
   * resource `edge`, the host the other resources call.
   */
  private aspireYarp(node: SyntaxNode, gateway: string): void {
    let chain: SyntaxNode = node;
    while (chain.parent && (chain.parent.type === 'member_access_expression' || chain.parent.type === 'invocation_expression')) chain = chain.parent;
    let root: SyntaxNode = node;
    while (root.parent) root = root.parent;
    // Variables holding a resource (`var catalogApi = builder.AddProject<…>("catalog-api")…`) or a cluster made of one.
    const held = new Map<string, SyntaxNode>();
    for (const declarator of root.descendantsOfType('variable_declarator')) {
      const value = declarator.namedChildren.find((child) => child.type === 'equals_value_clause')?.namedChildren[0];
      const variable = declarator.namedChildren[0];
      if (value && variable?.type === 'identifier') held.set(variable.text, value);
    }
    const resourceOf = (expression: SyntaxNode | undefined, depth = 0): string | null => {
      if (!expression || depth > 4) return null;
      if (expression.type === 'identifier') return resourceOf(held.get(expression.text), depth + 1);
      // The innermost call of a chain (`builder.AddProject<…>("catalog-api").WithReference(…)`) names the resource; `AddCluster(x)` is x's.
      let call: SyntaxNode | null = expression.type === 'invocation_expression' ? expression : null;
      while (call) {
        const callee = call.childForFieldName('function');
        const method = nameOf(callee?.type === 'member_access_expression' ? callee.childForFieldName('name') : callee) ?? '';
        const first = argumentsOf(call)[0];
        if (method === 'AddCluster') return resourceOf(first, depth + 1);
        if (/^Add[A-Z]\w*$/.test(method) && first && stringText(first) !== null) return stringText(first);
        const receiver = callee?.type === 'member_access_expression' ? callee.childForFieldName('expression') : null;
        call = receiver?.type === 'invocation_expression' ? receiver : null;
      }
      return null;
    };
    for (const route of chain.descendantsOfType('invocation_expression')) {
      const callee = route.childForFieldName('function');
      if (callee?.type !== 'member_access_expression' || nameOf(callee.childForFieldName('name')) !== 'AddRoute') continue;
      const [pathNode, target] = argumentsOf(route);
      const resource = resourceOf(target);
      if (resource && target) (this.facts.routes ??= []).push({ path: pathNode ? stringText(pathNode) : null, target: `http://${resource}`, loc: locOf(this.file, target), workload: gateway });
    }
  }

  /** The options class `T` of an `IOptions<T>` (also `IOptionsSnapshot`/`IOptionsMonitor`) value: a typed name, or a service-provider lookup of one. */
  private optionsClassOf(node: SyntaxNode): string | null {
    let type = this.typeOf(node);
    if (type === null && node.type === 'invocation_expression') {
      const callee = node.childForFieldName('function');
      const method = callee?.type === 'member_access_expression' ? callee.childForFieldName('name') : callee;
      if (method?.type === 'generic_name' && /^Get(?:Required)?Service$/.test(nameOf(method) ?? '')) type = method.descendantsOfType('type_argument_list')[0]?.namedChildren[0]?.text ?? null;
    }
    return /^IOptions(?:Snapshot|Monitor)?<\s*([\w.]+)\s*>$/.exec(type ?? '')?.[1]?.split('.').at(-1) ?? null;
  }

  /**
   * `services.Configure<T>(config.GetSection("urls"))` / `Configure<T>(config)`, `AddOptions<T>().Bind(section)` and
   * `AddOptions<T>().BindConfiguration("urls")`: the section the options class is bound to, exported for its readers.
   */
  private optionsBinding(name: string, callee: SyntaxNode | null, args: readonly SyntaxNode[]): void {
    const generic = (node: SyntaxNode | null | undefined): string | null => (node?.type === 'generic_name' ? (node.descendantsOfType('type_argument_list')[0]?.namedChildren[0]?.text.split('.').at(-1) ?? null) : null);
    const method = callee?.type === 'member_access_expression' ? callee.childForFieldName('name') : callee;
    let optionsClass: string | null = null;
    let source: SyntaxNode | undefined;
    if (name === 'Configure' && args.length === 1) {
      optionsClass = generic(method);
      source = args[0];
    } else if ((name === 'Bind' || name === 'BindConfiguration') && callee?.type === 'member_access_expression') {
      // `AddOptions<T>()` earlier in the chain.
      const receiver = callee.childForFieldName('expression');
      const adder = receiver?.type === 'invocation_expression' ? receiver.childForFieldName('function') : null;
      const adderName = adder?.type === 'member_access_expression' ? adder.childForFieldName('name') : adder;
      if (nameOf(adderName) === 'AddOptions') optionsClass = generic(adderName);
      source = args[0];
    }
    if (!optionsClass || !source) return;
    const section = name === 'BindConfiguration' ? stringText(source) : source.type === 'invocation_expression' ? sectionPath(source) : /config/i.test(source.text) ? '' : null;
    if (section === null) return;
    const key = `${OPTIONS_PREFIX}${optionsClass}`;
    this.facts.symbols[key] = lit(section);
    this.facts.exports[key] = { kind: 'ref', module: null, name: key, member: [] };
  }

  private typeOf(node: SyntaxNode): string | null {
    const name = node.type === 'identifier' ? node.text : node.type === 'member_access_expression' && node.childForFieldName('expression')?.type === 'this_expression' ? node.childForFieldName('name')?.text : null;
    if (!name) return null;
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const type = this.scopes[i]?.types.get(name);
      if (type) return type;
    }
    return this.fieldTypes.get(`${this.classes.at(-1)}.${name}`) ?? null;
  }

  /**
   * The URL a Flurl chain sends to (see `flurlMethods`): its first value, a string (literal, interpolated, a name
   * holding one) or `new Url(…)`, with each `AppendPathSegment(s)` joined on; null when the chain starts elsewhere
   * (`httpClient.GetAsync(…)` is HttpClient's).
   */
  private flurlUrl(node: SyntaxNode): { at: SyntaxNode; value: Sym } | null {
    const segments: SyntaxNode[][] = [];
    let current: SyntaxNode | null = node;
    while (current?.type === 'invocation_expression') {
      const callee = current.childForFieldName('function');
      const step = callee?.type === 'member_access_expression' ? (nameOf(callee.childForFieldName('name')) ?? '') : '';
      if (!FLURL_STEPS.test(step)) return null;
      if (step.startsWith('AppendPathSegment')) segments.unshift(current.childForFieldName('arguments')?.namedChildren.map((argument) => argument.namedChildren[0] ?? argument) ?? []);
      current = callee?.childForFieldName('expression') ?? null;
    }
    if (!current) return null;
    const root = current.type === 'object_creation_expression' && /^(?:Flurl\.)?Url$/.test(current.childForFieldName('type')?.text ?? '') ? current.childForFieldName('arguments')?.namedChildren[0]?.namedChildren[0] ?? null : current;
    const isText = root !== null && (/string_literal|interpolated_string_expression|verbatim_string_literal|raw_string_literal/.test(root.type) || ((root.type === 'identifier' || root.type === 'member_access_expression') && /string|Url/i.test(this.typeOf(root) ?? 'string')));
    if (!root || !isText) return null;
    let value = this.evaluate(root);
    for (const group of segments) for (const segment of group) value = { kind: 'url', base: value, path: this.evaluate(segment), join: 'segment' };
    return { at: root, value };
  }

  private fact(kind: CallFact['kind'], at: SyntaxNode, client: string, method: string | null, urlNode: SyntaxNode | null, url: Sym | null): CallFact {
    const scope = this.scopes.at(-1);
    const fact: CallFact = { kind, loc: locOf(this.file, at), client, method, expression: snippet(urlNode?.text ?? ''), url, enclosing: scope?.key ?? this.classes.at(-1) ?? '<top-level>' };
    if (scope) fact.fn = scope.key;
    return fact;
  }

  private evaluate(node: SyntaxNode, nameHint?: string): Sym {
    switch (node.type) {
      case 'string_literal':
      case 'verbatim_string_literal':
      case 'raw_string_literal':
        return lit(stringText(node) ?? '');
      case 'integer_literal':
        return lit(node.text);
      case 'interpolated_string_expression': {
        const verbatim = /^(?:\$@|@\$)/.test(node.text);
        return concat(node.namedChildren.map((part) => {
          if (part.type === 'interpolation') {
            const expression = part.namedChildren[0];
            return expression ? this.evaluate(expression) : unknown(part.text);
          }
          const text = part.text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
          return lit(verbatim ? text.replace(/""/g, '"') : decodeEscapes(text));
        }));
      }
      case 'parenthesized_expression':
      case 'await_expression':
      case 'arrow_expression_clause':
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case 'postfix_unary_expression':
        // The null-forgiving `x!` is `x` (`new Uri(builder.Configuration["Api:Url"]!)`); `i++` and the like are no URL.
        return node.text.endsWith('!') && node.namedChildren[0] ? this.evaluate(node.namedChildren[0], nameHint) : unknown(node.text);
      case 'binary_expression': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const operator = node.childForFieldName('operator')?.text ?? node.children.find((c) => !c.isNamed)?.text;
        if (!left || !right) return unknown(node.text);
        if (operator === '+') return concat([this.evaluate(left), this.evaluate(right)]);
        if (operator === '??') return alt([this.evaluate(left), this.evaluate(right)]);
        return unknown(node.text);
      }
      case 'conditional_expression': {
        const a = node.childForFieldName('consequence');
        const b = node.childForFieldName('alternative');
        return a && b ? alt([this.evaluate(a), this.evaluate(b)]) : unknown(node.text);
      }
      case 'identifier':
        return this.identifier(node.text);
      case 'member_access_expression': {
        const target = node.childForFieldName('expression');
        const name = node.childForFieldName('name')?.text ?? '';
        // Options bound to configuration: `_settings.Value` on an `IOptions<AppSettings>` (also `CurrentValue`, and
        // `sp.GetRequiredService<IOptions<T>>().Value`) is the options object; its properties are configuration keys
        // under the section the class is bound to (see OPTIONS_PREFIX), `_settings.Value.PurchaseUrl` and, once kept in
        // a field (`_urls = config.Value`), `_urls.Orders` alike.
        if ((name === 'Value' || name === 'CurrentValue') && target) {
          const optionsClass = this.optionsClassOf(target);
          if (optionsClass) return { kind: 'ref', module: NAMED_CLIENTS_MODULE, name: `${OPTIONS_PREFIX}${optionsClass}`, member: [] };
        }
        if (target?.type === 'this_expression') return this.identifier(name);
        // `config.GetSection("Api:Url").Value`, `config.GetSection("Api").GetSection("Url").Value`.
        const section = name === 'Value' && target ? sectionPath(target) : null;
        if (section !== null) return config(section);
        // `API.Catalog.GetAllItems`: a member of a nested class of another file (`API.cs`).
        if (target?.type === 'member_access_expression' && /^[A-Z]\w*(?:\.[A-Z]\w*)+$/.test(target.text) && !this.isLocal(target.text.split('.')[0] ?? '')) {
          const outer = target.text.split('.')[0] ?? '';
          const declaredHere = this.declaredClasses.has(outer);
          return { kind: 'ref', module: declaredHere ? null : `${CLASS_FILE_PREFIX}${outer}`, name: `${target.text}.${name}`, member: [] };
        }
        if (target?.type === 'identifier' && /^[A-Z]/.test(target.text) && !this.isLocal(target.text)) {
          // `Endpoints.Sisu`: a class of this file, or of another file named after it (the C# convention).
          const declaredHere = this.classes.some((c) => c === target.text || c.endsWith(`.${target.text}`)) || this.declaredClasses.has(target.text);
          return { kind: 'ref', module: declaredHere ? null : `${CLASS_FILE_PREFIX}${target.text}`, name: `${target.text}.${name}`, member: [] };
        }
        const base = target ? this.evaluate(target) : unknown(node.text);
        if (base.kind === 'ref' || base.kind === 'param') return { ...base, member: [...base.member, name] };
        // A field set from a reference (`_urls = config.Value`): the property of what it holds, the step kept as evidence.
        if (base.kind === 'step' && (base.value.kind === 'ref' || base.value.kind === 'param')) return { ...base, value: { ...base.value, member: [...base.value.member, name] } };
        return unknown(node.text);
      }
      case 'element_access_expression': {
        // IConfiguration["Sisu:BaseUrl"]
        const key = node.childForFieldName('subscript')?.namedChildren[0]?.namedChildren[0];
        const text = key ? stringText(key) : null;
        const expression = node.childForFieldName('expression');
        // `config.GetSection("Api")["Url"]`: the key under the section, `Api:Url`.
        const section = expression ? sectionPath(expression) : null;
        if (text !== null && section !== null) return config(`${section}:${text}`);
        const configuration = /config/i.test(expression?.text ?? '');
        if (text !== null && configuration) return config(text);
        // `_configuration[key]` in a helper given the key: read where the key is known.
        if (key && configuration) return { kind: 'lookup', source: 'config', key: this.evaluate(key) };
        return unknown(node.text);
      }
      case 'object_creation_expression':
        return this.creationValue(node, nameHint);
      case 'implicit_object_creation_expression': {
        // Target-typed `new("https://…")` (a Uri where a BaseAddress is set).
        const args = argumentsOf(node);
        if (args[0] && args.length <= 2) return args[1] ? { kind: 'url', base: this.evaluate(args[0]), path: this.evaluate(args[1]) } : this.evaluate(args[0]);
        return unknown(node.text);
      }
      case 'invocation_expression':
        return this.invocationValue(node);
      default:
        return unknown(node.text);
    }
  }

  private isLocal(name: string): boolean {
    return this.scopes.some((s) => s.locals.has(name) || s.params.includes(name));
  }

  private identifier(name: string): Sym {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const scope = this.scopes[i];
      const local = scope?.locals.get(name);
      if (local) return local;
      const index = scope?.params.indexOf(name) ?? -1;
      if (index >= 0 && i === this.scopes.length - 1) return { kind: 'param', index, name, member: [] };
    }
    for (let i = this.classes.length - 1; i >= 0; i--) {
      const key = `${this.classes[i]}.${name}`;
      if (this.fieldTypes.has(key)) return this.facts.symbols[key] ?? { kind: 'ref', module: null, name: key, member: [] };
    }
    return this.facts.symbols[name] ?? { kind: 'ref', module: null, name, member: [] };
  }

  private creationValue(node: SyntaxNode, nameHint?: string): Sym {
    const type = node.childForFieldName('type')?.text ?? '';
    const args = argumentsOf(node);
    if (type === 'Uri' && args[0]) return args[1] && !args[1].text.startsWith('UriKind') ? { kind: 'url', base: this.evaluate(args[0]), path: this.evaluate(args[1]) } : this.evaluate(args[0]);
    if (type === 'HttpClient') {
      const base = baseAddressInitializer(node);
      return { kind: 'client', client: 'HttpClient', base: base ? this.evaluate(base) : null, at: locOf(this.file, base?.parent ?? node), label: nameHint ?? `HttpClient` };
    }
    if (type === 'RestClient') {
      return { kind: 'client', client: 'RestSharp', base: args[0] ? this.evaluate(args[0]) : null, at: locOf(this.file, args[0] ?? node), label: nameHint ?? `RestSharp client` };
    }
    if (type === 'RestRequest') {
      const props: Record<string, Sym> = {};
      if (args[0]) props.resource = this.evaluate(args[0]);
      const method = /Method\.(\w+)/.exec(args[1]?.text ?? '')?.[1];
      if (method) props.method = lit(method.toUpperCase());
      return { kind: 'object', props };
    }
    return unknown(node.text);
  }

  private invocationValue(node: SyntaxNode): Sym {
    const callee = node.childForFieldName('function');
    const args = argumentsOf(node);
    const calleeName = callee?.type === 'member_access_expression' ? nameOf(callee.childForFieldName('name')) : nameOf(callee);
    const target = callee?.type === 'member_access_expression' ? callee.childForFieldName('expression') : null;
    const first = args[0];
    const key = first ? stringText(first) : null;
    if (calleeName === 'GetEnvironmentVariable' && first) return key !== null ? env(key) : { kind: 'lookup', source: 'env', key: this.evaluate(first) };
    if ((calleeName === 'GetValue' || calleeName === 'GetConnectionString') && key !== null) {
      // On a section (`config.GetSection("Locations").GetValue<string>("Orders")`) the key is under it: `Locations:Orders`.
      const section = target ? sectionPath(target) : null;
      const value = config(calleeName === 'GetConnectionString' ? `ConnectionStrings:${key}` : section !== null ? `${section}:${key}` : key);
      return args[1] ? alt([value, this.evaluate(args[1])]) : value;
    }
    if (calleeName === 'GetSection' && key !== null && target) return config(sectionPath(node) ?? key);
    if (this.makesInMemoryTestClient(calleeName, target)) {
      return { kind: 'client', client: IN_MEMORY_TEST_CLIENT, base: lit('http://localhost'), at: locOf(this.file, node), label: target?.text ?? 'test server' };
    }
    // `DaprClient.CreateInvokeHttpClient("cart-api")`: an HttpClient whose requests Dapr sends to that app.
    if (calleeName === 'CreateInvokeHttpClient' && first) {
      return { kind: 'client', client: 'HttpClient', base: concat([lit('http://'), this.evaluate(first)]), at: locOf(this.file, first), label: `Dapr invocation client of ${first.text}` };
    }
    if (calleeName === 'CreateClient') {
      return key !== null ? { kind: 'ref', module: NAMED_CLIENTS_MODULE, name: `HttpClient:${key}`, member: [] } : { kind: 'client', client: 'HttpClient', base: null, at: locOf(this.file, node), label: 'HttpClient' };
    }
    // String methods that keep the URL: `TrimEnd('/')`/`TrimStart('/')` take the slash off a written value.
    if (target && calleeName !== null && URL_KEEPING_METHODS.has(calleeName)) {
      const value = this.evaluate(target);
      const slash = args.some((argument) => argument.text === "'/'" || argument.text === '"/"');
      if (!slash) return value;
      return trimSlashes(value, calleeName === 'TrimEnd' ? 'end' : calleeName === 'TrimStart' ? 'start' : 'both');
    }
    // The template may be a constant (`string.Format(BreachApi, user)`).
    const template = calleeName === 'Format' && target?.text === 'string' && first ? (key ?? staticText(this.evaluate(first), this.facts.symbols)) : null;
    if (template !== null) {
      const rest = args.slice(1);
      return formatTemplate(template, /\{(\d+)(?:[,:][^}]*)?\}/, (match) => {
        const arg = rest[Number(/\d+/.exec(match)?.[0] ?? 0)];
        return arg ? this.evaluate(arg) : null;
      });
    }
    // A method of this class (`Setting("Registry:Url")`): what it returns for these arguments.
    const owner = this.classes.at(-1);
    const simpleOwner = owner?.split('.').at(-1);
    if (callee?.type === 'identifier' && owner && simpleOwner && this.declaredMethods.has(`${simpleOwner}.${callee.text}`) && !this.isLocal(callee.text)) {
      return { kind: 'call', callee: { kind: 'ref', module: null, name: `${owner}.${callee.text}`, member: [] }, args: args.map((a) => this.evaluate(a)) };
    }
    return { kind: 'call', callee: callee ? this.evaluate(callee) : unknown(node.text), args: args.map((a) => this.evaluate(a)) };
  }
}

/** String methods whose result is the URL they are called on (`url.TrimEnd('/')`, `baseUrl.ToString()`). */
const URL_KEEPING_METHODS: ReadonlySet<string> = new Set(['Trim', 'TrimEnd', 'TrimStart', 'ToString', 'ToLower', 'ToLowerInvariant']);

/**
 * The configuration path of a section (`config.GetSection("A")` is `A`, `config.GetSection("A").GetSection("B")` and
 * `config.GetSection("A")["B"]`… are `A:B`), or null when the node is not a `GetSection` call with a literal key.
 */
function sectionPath(node: SyntaxNode): string | null {
  if (node.type !== 'invocation_expression') return null;
  const callee = node.childForFieldName('function');
  if (callee?.type !== 'member_access_expression' || nameOf(callee.childForFieldName('name')) !== 'GetSection') return null;
  const first = argumentsOf(node)[0];
  const key = first ? stringText(first) : null;
  if (key === null) return null;
  const receiver = callee.childForFieldName('expression');
  const outer = receiver ? sectionPath(receiver) : null;
  return outer !== null ? `${outer}:${key}` : key;
}

/** `Name = value` pairs of an object initializer (`new HttpRequestMessage { RequestUri = … }`). */
function initializerValues(creation: SyntaxNode): Map<string, SyntaxNode> {
  const values = new Map<string, SyntaxNode>();
  const initializer = creation.childForFieldName('initializer') ?? creation.namedChildren.find((c) => c.type === 'initializer_expression');
  for (const assignment of initializer?.namedChildren ?? []) {
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (assignment.type === 'assignment_expression' && left && right) values.set(left.text, right);
  }
  return values;
}

/** The client type registered earlier in a chain (`services.AddRefitClient<ICatalogApi>().ConfigureHttpClient(…)`). */
function registeredType(callee: SyntaxNode | null): string | null {
  let current = callee?.childForFieldName('expression') ?? null;
  while (current) {
    if (current.type === 'invocation_expression') {
      const fn = current.childForFieldName('function');
      const name = fn?.type === 'member_access_expression' ? fn.childForFieldName('name') : fn;
      if (name?.type === 'generic_name' && typedClientRegistrations.has(name.namedChildren[0]?.text ?? '')) return name.descendantsOfType('type_argument_list')[0]?.namedChildren.at(-1)?.text ?? null;
      current = fn?.type === 'member_access_expression' ? fn.childForFieldName('expression') : null;
    } else if (current.type === 'member_access_expression') current = current.childForFieldName('expression');
    else return null;
  }
  return null;
}

/** Whether an assignment sits in the object initializer of `new HttpClient { … }`. */
function initializedHttpClient(assignment: SyntaxNode): boolean {
  const initializer = assignment.parent;
  const creation = initializer?.parent;
  return initializer?.type === 'initializer_expression' && creation?.type === 'object_creation_expression' && creation.childForFieldName('type')?.text === 'HttpClient';
}

/** The value of `BaseAddress = …` in `new HttpClient { BaseAddress = … }`, or null. */
function baseAddressInitializer(creation: SyntaxNode): SyntaxNode | null {
  const initializer = creation.childForFieldName('initializer') ?? creation.namedChildren.find((c) => c.type === 'initializer_expression');
  for (const assignment of initializer?.namedChildren ?? []) {
    if (assignment.type === 'assignment_expression' && assignment.childForFieldName('left')?.text === 'BaseAddress') return assignment.childForFieldName('right');
  }
  return null;
}

function argumentsOf(node: SyntaxNode): SyntaxNode[] {
  const list = node.childForFieldName('arguments') ?? node.namedChildren.find((c) => c.type === 'argument_list');
  return (list?.namedChildren ?? []).filter((c) => c.type === 'argument').map((c) => c.namedChildren.at(-1) as SyntaxNode).filter(Boolean);
}

/** Named arguments of a call or creation (`new(method: HttpMethod.Get, requestUri: uri)`), by name. */
function namedArguments(node: SyntaxNode): Map<string, SyntaxNode> {
  const named = new Map<string, SyntaxNode>();
  const list = node.childForFieldName('arguments') ?? node.namedChildren.find((c) => c.type === 'argument_list');
  for (const argument of list?.namedChildren ?? []) {
    const name = argument.type === 'argument' ? argument.namedChildren.find((c) => c.type === 'name_colon')?.namedChildren[0]?.text : undefined;
    const value = argument.namedChildren.at(-1);
    if (name && value) named.set(name, value);
  }
  return named;
}

/** The arguments passed by position (named ones left out). */
function positionalArguments(node: SyntaxNode): SyntaxNode[] {
  const list = node.childForFieldName('arguments') ?? node.namedChildren.find((c) => c.type === 'argument_list');
  return (list?.namedChildren ?? []).filter((c) => c.type === 'argument' && !c.namedChildren.some((part) => part.type === 'name_colon')).map((c) => c.namedChildren.at(-1) as SyntaxNode).filter(Boolean);
}

/** The type a target-typed `new(…)` creates: the declared type of the variable it initialises. */
function declaredTypeOf(creation: SyntaxNode): string | null {
  const declarator = creation.parent?.type === 'equals_value_clause' ? creation.parent.parent : null;
  const declaration = declarator?.type === 'variable_declarator' ? declarator.parent : null;
  return declaration?.type === 'variable_declaration' ? (declaration.childForFieldName('type')?.text.split('.').at(-1) ?? null) : null;
}

/** The body of the method, local function or lambda around a node. */
function enclosingBody(node: SyntaxNode): SyntaxNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (/^(?:method_declaration|local_function_statement|constructor_declaration|lambda_expression|accessor_declaration)$/.test(current.type)) return current;
  }
  return null;
}

/** The method an `HttpMethod.Post` written in the text names (`POST`); null without one. */
function httpMethodConstant(text: string): string | null {
  return /HttpMethod\.(\w+)/.exec(text)?.[1]?.toUpperCase() ?? null;
}

function nameOf(node: SyntaxNode | null | undefined): string | null {
  if (!node) return null;
  if (node.type === 'generic_name') return node.namedChildren[0]?.text ?? null;
  return node.type === 'identifier' ? node.text : null;
}

function stringText(node: SyntaxNode): string | null {
  if (node.type === 'string_literal') return decodeEscapes(node.text.replace(/^"|"$/g, ''));
  if (node.type === 'verbatim_string_literal') return node.text.replace(/^@"|"$/g, '').replace(/""/g, '"');
  if (node.type === 'raw_string_literal') return node.text.replace(/^"{3,}|"{3,}$/g, '').trim();
  return null;
}

/** The bundled C# grammar predates file-scoped namespaces (`namespace A.B;`): blank the line out, keeping offsets. */
function blankFileScopedNamespace(content: string): string {
  return content.replace(/^[ \t]*namespace\s+[\w.]+\s*;/m, (match) => match.replace(/[^\n]/g, ' '));
}

/** A positional record and its base list: group 1 up to the parameter list's `)`, group 2 the `: Base<T>, IOther` before `;` or `{`. */
const RECORD_BASE_LIST = /(\brecord\s+(?:class\s+|struct\s+)?\w+(?:\s*<[^<>{}();]*>)?\s*\((?:[^()]|\([^()]*\))*\))(\s*:[^;{()]*(?:\([^()]*\)[^;{()]*)?)(?=[;{])/g;

/** `class Name<T>(…)` / `struct Name(…)`: a primary constructor (C# 12). Group 1 is the name, group 2 the parameter list with its parentheses. */
const PRIMARY_CONSTRUCTOR = /\b(?:class|struct)\s+(\w+)(?:\s*<[^<>{}();]*>)?\s*(\((?:[^()]|\([^()]*\))*\))/g;

/** The parameter lists (without parentheses) of primary constructors, by the offset of the type's name. */
function primaryConstructorLists(content: string): Map<number, string> {
  const lists = new Map<number, string>();
  for (const match of content.matchAll(PRIMARY_CONSTRUCTOR)) {
    const list = match[2] ?? '()';
    lists.set((match.index ?? 0) + match[0].indexOf(match[1] ?? ''), list.slice(1, -1));
  }
  return lists;
}

/** A primary constructor's base class called with arguments (`class A(ILogger l) : Base<A>(l), IA`): group 1 is the argument list. */
const PRIMARY_BASE_CALL = /\b(?:class|struct)\s+\w+(?:\s*<[^<>{}();]*>)?\s*\((?:[^()]|\([^()]*\))*\)\s*:\s*[\w.]+(?:\s*<(?:[^<>{}();]|<[^<>{}();]*>)*>)?\s*(\((?:[^()]|\([^()]*\))*\))/g;

/**
 * The bundled grammar also predates primary constructors on classes and structs: blank the parameter list (the visitor
 * reads it from the original text), and the arguments they pass to a base class.
 */
function blankPrimaryConstructors(content: string): string {
  // A positional record's base list (`record GetStock(string Sku) : IQuery<StockResult>;`) is beyond the bundled grammar;
  // it names types only, so it is blanked.
  const withoutRecordBases = content.includes('record') ? content.replace(RECORD_BASE_LIST, (match, head: string, bases: string) => head + bases.replace(/[^\n]/g, ' ')) : content;
  const withoutBaseArguments = withoutRecordBases.replace(PRIMARY_BASE_CALL, (match, list: string) => match.slice(0, match.length - list.length) + list.replace(/[^\n]/g, ' '));
  return withoutBaseArguments.replace(PRIMARY_CONSTRUCTOR, (match, _name: string, list: string) => match.slice(0, match.length - list.length) + list.replace(/[^\n]/g, ' '));
}

/**
 * Raw string literals (C# 11, `"""…"""`) are newer than the bundled grammar too: each becomes a verbatim string of the
 * same length with its text blanked (`@"   "`), lines kept. Their text is lost, which is rarely a URL.
 */
function blankRawStrings(content: string): string {
  // Only the multi-line form (a line break right after the opening quotes), so `@"say ""hi"""` is left alone.
  return content.replace(/("{3,})[ \t]*\r?\n[\s\S]*?\1/g, (match) => `@"${match.slice(2, -1).replace(/[^\n]/g, ' ')}"`);
}

/** The end (exclusive) of the string literal, character literal or comment starting at `i`, or `i` when none does. */
function skipLiteralOrComment(text: string, i: number): number {
  const char = text[i];
  if (char === '/' && text[i + 1] === '/') {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  if (char === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  const verbatim = char === '@' && text[i + 1] === '"';
  if (char === '"' || verbatim || char === "'") {
    const quote = char === "'" ? "'" : '"';
    let j = verbatim ? i + 2 : i + 1;
    while (j < text.length) {
      if (!verbatim && text[j] === '\\') j += 2;
      else if (text[j] === quote) {
        if (verbatim && text[j + 1] === '"') j += 2;
        else return j + 1;
      } else if (text[j] === '\n' && !verbatim) return j;
      else j++;
    }
    return text.length;
  }
  return i;
}

/**
 * Whether a `[` at `i` may open a collection expression rather than an attribute, an index or an array type: after
 * `=`, `(`, `,`, `:`, `=>`, `??`, a ternary's `? ` or `return`.
 */
function opensCollection(content: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /\s/.test(content[k]!)) k--;
  if (k < 0) return false;
  const previous = content[k]!;
  if ('=(,:'.includes(previous)) return true;
  if (previous === '>') return content[k - 1] === '=';
  if (previous === '?') return content[k - 1] === '?' || k < i - 1;
  return content.slice(k - 5, k + 1) === 'return' && !/\w/.test(content[k - 6] ?? ' ');
}
/** …and where one ends: a parameter's attribute is followed by its type instead. */
const AFTER_COLLECTION = /^\s*[),;}:?]/;

/**
 * Collection expressions (C# 12, `cond ? [] : list`, `Split([','], …)`, `[..a, ..b]`) are newer than the bundled
 * grammar: each becomes a same-length expression it parses, `[x, y]` → `(x, y)` (a tuple; `..a` reads as a range; a
 * trailing comma is blanked) and `[]` → `""`. Told apart from attributes (`M([FromBody] Model m)`: a type follows), indexers and array types by
 * what comes before and after the brackets.
 */
function rewriteCollectionExpressions(content: string): string {
  if (!content.includes('[')) return content;
  const chars = [...content];
  // Code units, not code points, index `content`: work on a copy addressed the same way.
  if (chars.length !== content.length) return content;
  for (let i = 0; i < content.length; i++) {
    const skipped = skipLiteralOrComment(content, i);
    if (skipped > i) {
      i = skipped - 1;
      continue;
    }
    if (content[i] !== '[' || !opensCollection(content, i)) continue;
    let depth = 0;
    let end = -1;
    for (let j = i; j < content.length; j++) {
      const after = skipLiteralOrComment(content, j);
      if (after > j) {
        j = after - 1;
        continue;
      }
      if (content[j] === '[') depth++;
      else if (content[j] === ']' && --depth === 0) {
        end = j;
        break;
      } else if (content[j] === ';') break;
    }
    // What follows, across a line break too (`Items = []` then `}` on the next line).
    if (end < 0 || !AFTER_COLLECTION.test(content.slice(end + 1, end + 1 + 200))) continue;
    if (content.slice(i + 1, end).trim() === '' && end === i + 1) {
      chars[i] = '"';
      chars[end] = '"';
    } else {
      chars[i] = '(';
      chars[end] = ')';
      // A collection may end in a comma (`[a, b,]`), a tuple may not.
      let last = end - 1;
      while (last > i && /\s/.test(content[last]!)) last--;
      if (content[last] === ',') chars[last] = ' ';
    }
  }
  return chars.join('');
}

/** Split a parameter list on commas outside `<…>`, `(…)` and `[…]`. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === '<' || char === '(' || char === '[') depth++;
    else if (char === '>' || char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.filter((part) => part.trim() !== '');
}

export const csharpExtractor: SourceExtractor = {
  languages: ['csharp'],
  extract(file: string, content: string, language: Language, options?: ExtractOptions): Promise<FileFacts> {
    return extractWithTreeSitter({
      file, content, language, force: options?.force === true, grammar: 'c_sharp', worthParsing, testDoubles: 'csharp', prepare: (text) => rewriteCollectionExpressions(blankRawStrings(blankPrimaryConstructors(blankFileScopedNamespace(text)))),
      visit: (root, facts) => new CSharpFileVisitor(file, facts, content).run(root),
    });
  },
};
