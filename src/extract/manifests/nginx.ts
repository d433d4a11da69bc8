/**
 * nginx as a gateway: each `location <path> { proxy_pass <url>; }` is a route. A `proxy_pass` to an `upstream <name>` block
 * is a route to each of its `server`s. Read token by token (comments dropped, quotes kept together); what is not a
 * location with a proxy_pass is ignored. Variables in a proxy_pass (`http://$backend`) stay as written; so do the `${VAR}`s of
 * a template (`default.conf.template`, which the nginx image fills from the environment), put in by the resolver.
 * A file in one of the folders both servers use that reads as Apache httpd's (`<VirtualHost`, `ProxyPass`) goes to the Apache reader.
 */
import type { FileFacts, ManifestKind, RouteFact } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';
import { looksLikeApache, readApache } from './apache.js';

interface Token {
  text: string;
  line: number;
  column: number;
}

function tokens(content: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let column = 1;
  let index = 0;
  const advance = (count: number): void => {
    for (let i = 0; i < count; i++) {
      if (content[index] === '\n') {
        line++;
        column = 1;
      } else column++;
      index++;
    }
  };
  while (index < content.length) {
    const char = content[index] ?? '';
    if (/\s/.test(char)) advance(1);
    else if (char === '#') while (index < content.length && content[index] !== '\n') advance(1);
    else if (char === '{' || char === '}' || char === ';') {
      out.push({ text: char, line, column });
      advance(1);
    } else {
      const start = { line, column };
      let text = '';
      if (char === '"' || char === "'") {
        const end = content.indexOf(char, index + 1);
        const stop = end < 0 ? content.length : end + 1;
        text = content.slice(index + 1, stop - 1);
        advance(stop - index);
      } else {
        while (index < content.length && !/[\s{};#]/.test(content[index] ?? '')) {
          // A template's `${VAR}` (envsubst) is part of the word, braces and all.
          const variableEnd = content[index] === '$' && content[index + 1] === '{' ? content.indexOf('}', index) : -1;
          const length = variableEnd > 0 ? variableEnd - index + 1 : 1;
          text += content.slice(index, index + length);
          advance(length);
        }
      }
      out.push({ text, ...start });
    }
  }
  return out;
}

export function readNginx(file: string, content: string, kind: ManifestKind = 'nginx'): FileFacts {
  // `sites-enabled/` and `conf.d/` hold Apache httpd's virtual hosts as often as nginx's.
  if (looksLikeApache(content)) return readApache(file, content, kind);
  const facts = emptyFacts(file, kind);
  const list = tokens(content);
  const upstreams = new Map<string, string[]>();
  const proxies: { path: string | null; target: Token }[] = [];
  // Block stack: the directive words that opened each block (`location /api/`, `upstream catalog`).
  const stack: string[][] = [];
  let words: Token[] = [];
  for (const token of list) {
    if (token.text === '{') {
      stack.push(words.map((word) => word.text));
      words = [];
    } else if (token.text === '}') {
      stack.pop();
      words = [];
    } else if (token.text === ';') {
      const [directive, ...rest] = words;
      const block = stack.at(-1) ?? [];
      if (directive?.text === 'proxy_pass' && rest[0]) {
        const location = [...stack].reverse().find((opened) => opened[0] === 'location');
        proxies.push({ path: location ? (location.at(-1) ?? null) : null, target: rest[0] });
      } else if (directive?.text === 'server' && block[0] === 'upstream' && block[1] && rest[0]) {
        // A Unix socket (`server unix:/tmp/app.sock;`) is a process on the same machine, not a host: the upstream is named, its route has no service.
        upstreams.set(block[1], [...(upstreams.get(block[1]) ?? []), ...(rest[0].text.startsWith('unix:') ? [] : [rest[0].text])]);
      }
      words = [];
    } else words.push(token);
  }
  const routes: RouteFact[] = [];
  for (const { path, target } of proxies) {
    const loc = { file, line: target.line, column: target.column };
    const upstream = /^(https?:\/\/)([^/:$]+)(.*)$/.exec(target.text);
    const servers = upstream?.[2] ? upstreams.get(upstream[2]) : undefined;
    if (upstream && servers) for (const server of servers) routes.push({ path, target: `${upstream[1]}${server}${upstream[3] ?? ''}`, loc });
    else routes.push({ path, target: target.text, loc });
  }
  if (routes.length > 0) facts.routes = routes;
  return facts;
}

export const nginxReader: ManifestReader = { kinds: ['nginx'], read: readNginx };
