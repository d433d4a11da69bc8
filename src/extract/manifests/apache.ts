/**
 * Apache httpd as a gateway (mod_proxy): `ProxyPass <path> <url>` and `ProxyPassMatch <regex> <url>` (or the one-argument
 * form inside `<Location <path>>`), and `RewriteRule <pattern> <url> [P]` are routes; a route to `balancer://<name>` is a
 * route to each `BalancerMember` of that `<Proxy balancer://<name>>`. Directives are matched without case, as httpd does;
 * `ProxyPass <path> !` (an exclusion) and everything else is ignored.
 */
import type { FileFacts, ManifestKind, RouteFact } from '../../model.js';
import { emptyFacts } from '../facts.js';
import type { ManifestReader } from '../index.js';

interface Word {
  text: string;
  column: number;
}

/** A line's words: quoted arguments kept together, quotes dropped. */
function words(line: string): Word[] {
  const out: Word[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    out.push({ text: match[1] ?? match[2] ?? match[3] ?? '', column: match.index + 1 });
  }
  return out;
}

/** Whether text looks like Apache httpd configuration rather than nginx's (for the folders both use, `sites-enabled/`). */
export function looksLikeApache(content: string): boolean {
  return /^\s*(<VirtualHost\b|<Location\b|ProxyPass(Match)?\s|RewriteRule\s|BalancerMember\s)/im.test(content);
}

export function readApache(file: string, content: string, kind: ManifestKind = 'apache'): FileFacts {
  const facts = emptyFacts(file, kind);
  const balancers = new Map<string, string[]>();
  const proxies: { path: string | null; target: string; line: number; column: number }[] = [];
  const sections: { name: string; argument: string | null }[] = [];
  const lines = content.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    let line = lines[index] ?? '';
    // A trailing backslash continues the directive on the next line.
    while (line.endsWith('\\') && index + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++index] ?? ''}`;
    if (/^\s*#/.test(line)) continue;
    const section = /^\s*<\s*(\/?)([A-Za-z]+)\s*([^>]*)>/.exec(line);
    if (section) {
      if (section[1]) sections.pop();
      else sections.push({ name: (section[2] ?? '').toLowerCase(), argument: words(section[3] ?? '')[0]?.text ?? null });
      continue;
    }
    const [directive, ...args] = words(line);
    const name = directive?.text.toLowerCase();
    if (!name) continue;
    const enclosing = sections.at(-1);
    if (name === 'balancermember' && enclosing?.name === 'proxy' && enclosing.argument && args[0]) {
      const balancer = enclosing.argument.replace(/\/+$/, '');
      balancers.set(balancer, [...(balancers.get(balancer) ?? []), args[0].text]);
    } else if (name === 'proxypass' || name === 'proxypassmatch') {
      const location = [...sections].reverse().find((open) => open.name === 'location' || open.name === 'locationmatch');
      // Inside a <Location>, ProxyPass takes only the URL; elsewhere the path comes first. `key=value` words are its parameters.
      const positional = args.filter((word) => !/^[\w-]+=/.test(word.text));
      const [pathWord, targetWord] = location && positional.length === 1 ? [undefined, positional[0]] : [positional[0], positional[1]];
      if (!targetWord || targetWord.text === '!') continue;
      proxies.push({ path: pathWord?.text ?? location?.argument ?? null, target: targetWord.text, line: lineNumber, column: targetWord.column });
    } else if (name === 'rewriterule' && args[1] && /^\[([^\]]*,)?\s*P\s*(,[^\]]*)?\]$/i.test(args[2]?.text ?? '') && /^[a-z][a-z\d+.-]*:\/\//i.test(args[1].text)) {
      proxies.push({ path: args[0]?.text ?? null, target: args[1].text, line: lineNumber, column: args[1].column });
    }
  }
  const routes: RouteFact[] = [];
  for (const proxy of proxies) {
    const loc = { file, line: proxy.line, column: proxy.column };
    const balancer = /^(balancer:\/\/[^/]+)(.*)$/i.exec(proxy.target);
    const members = balancer?.[1] ? balancers.get(balancer[1]) : undefined;
    if (balancer && members) for (const member of members) routes.push({ path: proxy.path, target: `${member.replace(/\/+$/, '')}${balancer[2] ?? ''}`, loc });
    else routes.push({ path: proxy.path, target: proxy.target, loc });
  }
  if (routes.length > 0) facts.routes = routes;
  return facts;
}

export const apacheReader: ManifestReader = { kinds: ['apache'], read: readApache };
