import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/vue-svelte/index.js
var scriptBlock = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
function blank(text) {
  return text.replace(/[^\n\r]/g, " ");
}
function scriptView(content) {
  let text = "";
  let last = 0;
  let blocks = 0;
  let typescript = false;
  const searchable = content.replace(/<!--[\s\S]*?-->/g, blank);
  for (const match of searchable.matchAll(scriptBlock)) {
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    const start = match.index ?? 0;
    const bodyStart = start + match[0].indexOf(">") + 1;
    if (/\blang\s*=\s*["']?(ts|typescript)\b/i.test(attributes))
      typescript = true;
    const isCode = !/\bsrc\s*=/.test(attributes) && !/\btype\s*=\s*["']?(?!module|text\/javascript|application\/javascript)/i.test(attributes);
    text += blank(content.slice(last, bodyStart));
    text += isCode ? body : blank(body);
    last = bodyStart + body.length;
    if (isCode)
      blocks++;
  }
  text += blank(content.slice(last));
  return { text, language: typescript ? "typescript" : "javascript", blocks };
}
var vueSvelteExtractor = {
  languages: ["vue", "svelte"],
  async extract(file, content, language) {
    const view = scriptView(content);
    if (view.blocks === 0)
      return emptyFacts(file, language);
    try {
      const { typescriptExtractor } = await import("./typescript-OLZP4FBR.js");
      const facts = await typescriptExtractor.extract(file, view.text, view.language);
      return { ...facts, language };
    } catch (error) {
      const facts = emptyFacts(file, language);
      facts.problems.push({
        file,
        severity: "warning",
        code: "extract-failed",
        message: `could not analyse the script blocks of this ${language} component (${error instanceof Error ? error.message : String(error)}); the rest of the scan goes on`
      });
      return facts;
    }
  }
};
export {
  scriptView,
  vueSvelteExtractor
};
//# sourceMappingURL=vue-svelte-53ZEJYVO.js.map
