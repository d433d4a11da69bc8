import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-3VKQMKA4.js";

// dist/cli/graph-command.js
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
var graphFormats = ["mermaid", "dot", "json"];
async function renderLandscape(landscape, format) {
  switch (format) {
    case "mermaid":
      return (await import("./mermaid-3VJD7LLV.js")).formatMermaid(landscape);
    case "dot":
      return (await import("./dot-3G6XBZR4.js")).formatDot(landscape);
    case "json":
      return `${JSON.stringify(landscape, null, 2)}
`;
    default:
      throw new UsageError(`unknown graph format '${format}' (available: ${graphFormats.join(", ")})`);
  }
}
async function focused(landscape, flags) {
  if (flags.service === void 0) {
    if (flags.depth !== void 0)
      throw new UsageError("--depth needs --service: it counts edges from that service");
    return landscape;
  }
  const { focusLandscape } = await import("./focus-HXXWRDXH.js");
  const part = focusLandscape(landscape, flags.service, flags.depth ?? 1);
  if (part === null) {
    const services = landscape.nodes.filter((node) => node.kind === "service").map((node) => node.label);
    throw new UsageError(`no service '${flags.service}' in the landscape (services: ${services.join(", ") || "none"})`);
  }
  return part;
}
function writeOutput(text, output, io) {
  if (output === void 0) {
    io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, output);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`cannot write ${target} (${error.code ?? String(error)})`);
  }
}
async function runGraph(paths, flags, io) {
  const format = flags.format ?? "mermaid";
  if (!graphFormats.includes(format))
    throw new UsageError(`unknown graph format '${format}' (available: ${graphFormats.join(", ")})`);
  const { lint } = await import("./lint-GSFTHSBJ.js");
  const result = await lint({ cwd: io.cwd, paths, configFile: flags.config, now: flags.now });
  const landscape = await focused(result.landscape, flags);
  writeOutput(await renderLandscape(landscape, format), flags.output, io);
  return 0;
}

export {
  graphFormats,
  renderLandscape,
  focused,
  writeOutput,
  runGraph
};
//# sourceMappingURL=chunk-M5SVM7AE.js.map
