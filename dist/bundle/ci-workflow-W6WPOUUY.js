import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  bracedShellReferences
} from "./chunk-3IZQMQSF.js";
import {
  field,
  items,
  parseYaml,
  text
} from "./chunk-QIUQF3M2.js";
import "./chunk-PE3PWTXU.js";
import {
  baseName,
  dirName,
  joinRelative
} from "./chunk-X7FXNNIW.js";
import {
  environmentFromFileName,
  environmentFromToken
} from "./chunk-OUQS2ATI.js";
import {
  emptyFacts
} from "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";

// dist/extract/manifests/ci-workflow.js
var BUILD_ARG_KEYS = ["build-args", "build_args", "buildArgs"];
var DOCKERFILE_KEYS = ["file", "dockerfile", "containerfiles", "dockerfiles"];
var BUILD_ARG_FLAG = /--build-arg(?:\s+|=)(["']?)([A-Za-z_][A-Za-z0-9_]*)=([^\s"']*)\1/g;
function readCiWorkflow(file, content, kind = "ci-workflow") {
  const facts = emptyFacts(file, kind);
  const parsed = parseYaml(file, content);
  facts.problems.push(...parsed.problems);
  const fileEnvironment = environmentFromFileName(baseName(file), ["yml", "yaml", "action", "workflow"]);
  const workloads = [];
  const visit = (node) => {
    if (node.kind === "seq") {
      for (const item of node.items)
        visit(item);
      return;
    }
    if (node.kind !== "map")
      return;
    const argsNode = BUILD_ARG_KEYS.map((key) => field(node, key)).find((value) => value !== void 0);
    if (argsNode)
      readStep(node, argsNode);
    const run = text(field(node, "run")) ?? text(field(node, "script"));
    if (run !== void 0)
      readRun(node, run);
    for (const entry of node.entries)
      visit(entry.value);
  };
  const workloadOf = (step, line, context, tags) => {
    const environment = fileEnvironment ?? environmentFromTags(tags);
    const workload = { name: `build-args@${line}`, loc: { file, line, column: 1 }, source: kind, environment };
    const dockerfile = DOCKERFILE_KEYS.map((key) => text(field(step, key))).find((value) => value !== void 0)?.trim().split(/\s+/)[0];
    const folder = context ?? (dockerfile ? dirName(joinRelative("", dockerfile)) : void 0);
    workload.buildContext = joinRelative("", folder ?? ".");
    workloads.push(workload);
    return workload;
  };
  const bind = (workload, name, value, line, column) => {
    if (value.includes("${{"))
      return;
    facts.bindings.push({ type: "env", name, value: bracedShellReferences(value.trim()), loc: { file, line, column }, source: kind, environment: workload.environment, service: null, workload: workload.name, buildArgument: true });
  };
  const readStep = (step, argsNode) => {
    const workload = workloadOf(step, argsNode.line, text(field(step, "context")), text(field(step, "tags")));
    const lines = [];
    if (argsNode.kind === "seq") {
      for (const item of items(argsNode)) {
        const value = text(item);
        if (value !== void 0)
          lines.push({ text: value, line: item.line, column: item.column });
      }
    } else {
      const value = text(argsNode);
      const block = value !== void 0 && /^[|>]/.test(content.split(/\r?\n/)[argsNode.line - 1]?.slice(argsNode.column - 1) ?? "");
      (value ?? "").split(/\r?\n/).forEach((line, index) => lines.push({ text: line, line: argsNode.line + index + (block ? 1 : 0), column: argsNode.column }));
    }
    for (const line of lines) {
      const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.text);
      if (match)
        bind(workload, match[1], match[2], line.line, line.column);
    }
  };
  const readRun = (step, run) => {
    const runNode = field(step, "run") ?? field(step, "script");
    if (!runNode || !run.includes("--build-arg"))
      return;
    const dockerfile = /(?:^|\s)(?:-f|--file)[\s=]+["']?([^\s"']+)/.exec(run)?.[1];
    const workload = workloadOf(step, runNode.line, dockerfile === void 0 ? void 0 : dirName(joinRelative("", dockerfile)), void 0);
    for (const match of run.matchAll(BUILD_ARG_FLAG)) {
      const before = run.slice(0, match.index);
      const line = runNode.line + (before.match(/\n/g)?.length ?? 0) + (run.includes("\n") ? 1 : 0);
      bind(workload, match[2], match[3], line, 1);
    }
  };
  for (const document of parsed.documents)
    visit(document);
  if (workloads.length > 0)
    facts.workloads = workloads;
  return facts;
}
function environmentFromTags(tags) {
  for (const token of (tags ?? "").split(/[\s,:/]+/)) {
    const label = token.includes("${{") ? null : environmentFromToken(token);
    if (label)
      return label;
  }
  return null;
}
var ciWorkflowReader = { kinds: ["ci-workflow"], read: readCiWorkflow };
export {
  ciWorkflowReader,
  readCiWorkflow
};
//# sourceMappingURL=ci-workflow-W6WPOUUY.js.map
