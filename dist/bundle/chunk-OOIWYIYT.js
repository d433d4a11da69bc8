import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  looksLikeApache,
  readApache
} from "./chunk-AEJG3IZL.js";
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";

// dist/extract/manifests/nginx.js
function tokens(content) {
  const out = [];
  let line = 1;
  let column = 1;
  let index = 0;
  const advance = (count) => {
    for (let i = 0; i < count; i++) {
      if (content[index] === "\n") {
        line++;
        column = 1;
      } else
        column++;
      index++;
    }
  };
  while (index < content.length) {
    const char = content[index] ?? "";
    if (/\s/.test(char))
      advance(1);
    else if (char === "#")
      while (index < content.length && content[index] !== "\n")
        advance(1);
    else if (char === "{" || char === "}" || char === ";") {
      out.push({ text: char, line, column });
      advance(1);
    } else {
      const start = { line, column };
      let text = "";
      if (char === '"' || char === "'") {
        const end = content.indexOf(char, index + 1);
        const stop = end < 0 ? content.length : end + 1;
        text = content.slice(index + 1, stop - 1);
        advance(stop - index);
      } else {
        while (index < content.length && !/[\s{};#]/.test(content[index] ?? "")) {
          const variableEnd = content[index] === "$" && content[index + 1] === "{" ? content.indexOf("}", index) : -1;
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
function readNginx(file, content, kind = "nginx") {
  if (looksLikeApache(content))
    return readApache(file, content, kind);
  const facts = emptyFacts(file, kind);
  const list = tokens(content);
  const upstreams = /* @__PURE__ */ new Map();
  const proxies = [];
  const stack = [];
  let words = [];
  for (const token of list) {
    if (token.text === "{") {
      stack.push(words.map((word) => word.text));
      words = [];
    } else if (token.text === "}") {
      stack.pop();
      words = [];
    } else if (token.text === ";") {
      const [directive, ...rest] = words;
      const block = stack.at(-1) ?? [];
      if (directive?.text === "proxy_pass" && rest[0]) {
        const location = [...stack].reverse().find((opened) => opened[0] === "location");
        proxies.push({ path: location ? location.at(-1) ?? null : null, target: rest[0] });
      } else if (directive?.text === "server" && block[0] === "upstream" && block[1] && rest[0]) {
        upstreams.set(block[1], [...upstreams.get(block[1]) ?? [], ...rest[0].text.startsWith("unix:") ? [] : [rest[0].text]]);
      }
      words = [];
    } else
      words.push(token);
  }
  const routes = [];
  for (const { path, target } of proxies) {
    const loc = { file, line: target.line, column: target.column };
    const upstream = /^(https?:\/\/)([^/:$]+)(.*)$/.exec(target.text);
    const servers = upstream?.[2] ? upstreams.get(upstream[2]) : void 0;
    if (upstream && servers)
      for (const server of servers)
        routes.push({ path, target: `${upstream[1]}${server}${upstream[3] ?? ""}`, loc });
    else
      routes.push({ path, target: target.text, loc });
  }
  if (routes.length > 0)
    facts.routes = routes;
  return facts;
}
var nginxReader = { kinds: ["nginx"], read: readNginx };

export {
  readNginx,
  nginxReader
};
//# sourceMappingURL=chunk-OOIWYIYT.js.map
