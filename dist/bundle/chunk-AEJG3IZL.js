import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";

// dist/extract/manifests/apache.js
function words(line) {
  const out = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    out.push({ text: match[1] ?? match[2] ?? match[3] ?? "", column: match.index + 1 });
  }
  return out;
}
function looksLikeApache(content) {
  return /^\s*(<VirtualHost\b|<Location\b|ProxyPass(Match)?\s|RewriteRule\s|BalancerMember\s)/im.test(content);
}
function readApache(file, content, kind = "apache") {
  const facts = emptyFacts(file, kind);
  const balancers = /* @__PURE__ */ new Map();
  const proxies = [];
  const sections = [];
  const lines = content.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    let line = lines[index] ?? "";
    while (line.endsWith("\\") && index + 1 < lines.length)
      line = `${line.slice(0, -1)} ${lines[++index] ?? ""}`;
    if (/^\s*#/.test(line))
      continue;
    const section = /^\s*<\s*(\/?)([A-Za-z]+)\s*([^>]*)>/.exec(line);
    if (section) {
      if (section[1])
        sections.pop();
      else
        sections.push({ name: (section[2] ?? "").toLowerCase(), argument: words(section[3] ?? "")[0]?.text ?? null });
      continue;
    }
    const [directive, ...args] = words(line);
    const name = directive?.text.toLowerCase();
    if (!name)
      continue;
    const enclosing = sections.at(-1);
    if (name === "balancermember" && enclosing?.name === "proxy" && enclosing.argument && args[0]) {
      const balancer = enclosing.argument.replace(/\/+$/, "");
      balancers.set(balancer, [...balancers.get(balancer) ?? [], args[0].text]);
    } else if (name === "proxypass" || name === "proxypassmatch") {
      const location = [...sections].reverse().find((open) => open.name === "location" || open.name === "locationmatch");
      const positional = args.filter((word) => !/^[\w-]+=/.test(word.text));
      const [pathWord, targetWord] = location && positional.length === 1 ? [void 0, positional[0]] : [positional[0], positional[1]];
      if (!targetWord || targetWord.text === "!")
        continue;
      proxies.push({ path: pathWord?.text ?? location?.argument ?? null, target: targetWord.text, line: lineNumber, column: targetWord.column });
    } else if (name === "rewriterule" && args[1] && /^\[([^\]]*,)?\s*P\s*(,[^\]]*)?\]$/i.test(args[2]?.text ?? "") && /^[a-z][a-z\d+.-]*:\/\//i.test(args[1].text)) {
      proxies.push({ path: args[0]?.text ?? null, target: args[1].text, line: lineNumber, column: args[1].column });
    }
  }
  const routes = [];
  for (const proxy of proxies) {
    const loc = { file, line: proxy.line, column: proxy.column };
    const balancer = /^(balancer:\/\/[^/]+)(.*)$/i.exec(proxy.target);
    const members = balancer?.[1] ? balancers.get(balancer[1]) : void 0;
    if (balancer && members)
      for (const member of members)
        routes.push({ path: proxy.path, target: `${member.replace(/\/+$/, "")}${balancer[2] ?? ""}`, loc });
    else
      routes.push({ path: proxy.path, target: proxy.target, loc });
  }
  if (routes.length > 0)
    facts.routes = routes;
  return facts;
}
var apacheReader = { kinds: ["apache"], read: readApache };

export {
  looksLikeApache,
  readApache,
  apacheReader
};
//# sourceMappingURL=chunk-AEJG3IZL.js.map
