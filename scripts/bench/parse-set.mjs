#!/usr/bin/env node
// `node scripts/bench/parse-set.mjs <dir> [--report <arch-lint JSON report of dir>]` (after `npm run build`): how much
// of a cold scan's parse an import-graph-driven parse set could save on <dir> (issue 15, item 3), measured before
// building one. It reads every TS/JS file the way the extractor does (the pre-filter decides what is parsed today) and
// prints, in files and bytes, the parse set of each variant:
//   file-level    files holding a call, every importer of a file that does (transitively, when the importer holds an
//                 invocation, a re-export or an export), and every file those import;
//   name-level    seeds (files whose text can make a call on its own: a client library's import, a global client, a
//                 verb method, a tool config file), files importing by name something a seed or a promoted file
//                 exports and which can lead to a wrapper (a call or invocation in a function that depends on a
//                 parameter, or a client instance), read from the import clauses' text, then the files the calls'
//                 and wrapper invocations' values come from (followed by name through exports and re-exports);
//   confirmed     as name-level, but the wrappers are only those the full report confirms (files holding a reported
//                 call whose URL has a parameter hole; needs --report): the best a second resolution pass could do.
// A variant only counts if the report it gives is identical to the full one: see compare-reports.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractTypeScript, mayContainFacts } from '../../dist/extract/typescript/index.js';
import { CLIENT_LIBRARIES, FETCHER_CALLERS, toolConfigFile } from '../../dist/extract/typescript/clients.js';
import { dependsOnParam } from '../../dist/resolve/index.js';
import { typescriptModules } from '../../dist/resolve/modules.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { report: { type: 'string' } } });
const root = positionals[0];
if (!root) {
  console.error('usage: node scripts/bench/parse-set.mjs <dir> [--report <report.json>]');
  process.exit(2);
}

const files = [];
(function walk(dir) {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(relative);
    else if (/\.([cm]?[jt]s|[jt]sx)$/.test(entry.name)) files.push(relative);
  }
})('');
const known = new Set(files);
const moduleFiles = { has: (file) => known.has(file) };
const text = new Map();
for (const file of files) {
  const content = readFileSync(path.join(root, file), 'utf8');
  if (mayContainFacts(content)) text.set(file, content);
}
const candidates = [...text.keys()];
const bytes = (set) => [...set].reduce((sum, file) => sum + text.get(file).length, 0);

const factsMemo = new Map();
const factsOf = (file) => {
  if (!factsMemo.has(file)) factsMemo.set(file, extractTypeScript(file, text.get(file), /\.[cm]?jsx?$/.test(file) ? 'javascript' : 'typescript'));
  return factsMemo.get(file);
};
const resolvedMemo = new Map();
const resolve = (specifier, from) => {
  const key = `${from}\0${specifier}`;
  if (!resolvedMemo.has(key)) {
    const target = typescriptModules.resolve(specifier, from, moduleFiles);
    resolvedMemo.set(key, target !== null && text.has(target) ? target : null);
  }
  return resolvedMemo.get(key);
};
/** Every name a Sym refers to: `module` is the specifier as written, null for the file's own symbols. */
function refsOf(sym, out = []) {
  if (!sym || typeof sym !== 'object') return out;
  if (sym.kind === 'ref') out.push({ module: sym.module, name: sym.name });
  for (const value of Object.values(sym)) {
    if (Array.isArray(value)) for (const item of value) refsOf(item, out);
    else if (value && typeof value === 'object') refsOf(value, out);
  }
  return out;
}

// ── file-level ──
function fileLevel() {
  const deps = new Map();
  const importers = new Map();
  for (const file of candidates) {
    const facts = factsOf(file);
    const syms = [...Object.values(facts.symbols), ...Object.values(facts.exports), ...facts.calls, ...facts.invocations];
    const targets = new Set([...syms.flatMap((sym) => refsOf(sym)).flatMap((ref) => (ref.module === null ? [] : [ref.module])), ...facts.reexports].map((specifier) => resolve(specifier, file)).filter(Boolean));
    deps.set(file, targets);
    for (const target of targets) importers.set(target, [...(importers.get(target) ?? []), file]);
  }
  const callable = new Set(candidates.filter((file) => factsOf(file).calls.length > 0));
  for (const queue = [...callable]; queue.length > 0; ) {
    for (const importer of importers.get(queue.pop()) ?? []) {
      const facts = factsOf(importer);
      if (callable.has(importer) || (facts.invocations.length === 0 && facts.reexports.length === 0 && Object.keys(facts.exports).length === 0)) continue;
      callable.add(importer);
      queue.push(importer);
    }
  }
  const parsed = new Set(callable);
  for (const queue = [...parsed]; queue.length > 0; ) {
    for (const target of deps.get(queue.pop()) ?? []) {
      if (parsed.has(target)) continue;
      parsed.add(target);
      queue.push(target);
    }
  }
  return parsed;
}

// ── name-level ──
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const LIBRARY_IMPORT = new RegExp(`['"\`](?:node:)?(?:${[...Object.keys(CLIENT_LIBRARIES), ...Object.keys(FETCHER_CALLERS)].map(escape).join('|')})['"\`/]`);
const STANDALONE = /\bfetch\b|\$fetch|useL?a?z?y?Fetch|\bcy\s*\.|(?:\$|jQuery)\s*\.|XMLHttpRequest|\.\s*(?:get|post|put|patch|delete|del|head|options|request|ajax|getJSON|defaults)\b/;
const IMPORT_CLAUSE =
  /\bimport\s+(?:type\s+)?(?:([\w$]+)\s*,?\s*)?(\*\s*as\s+[\w$]+|\{[^}]*\})?\s*from\s*(['"])([^'"\n]+)\3|\bexport\s+(?:type\s+)?(\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])([^'"\n]+)\6|\b(?:require|import)\s*\(\s*(['"])([^'"\n]+)\8\s*\)/g;
const namesIn = (list) => list.slice(1, -1).split(',').map((item) => item.trim().replace(/^type\s+/, '')).filter(Boolean).map((item) => item.split(/\s+as\s+/));
const importsMemo = new Map();
/** The import clauses of a file, from its text: which names it takes from which specifier (`*`: any). */
function importsOf(file) {
  if (importsMemo.has(file)) return importsMemo.get(file);
  const out = [];
  for (const match of text.get(file).matchAll(IMPORT_CLAUSE)) {
    if (match[4] !== undefined) {
      const names = match[2]?.startsWith('{') ? namesIn(match[2]).map(([name]) => name) : match[2] ? ['*'] : [];
      if (match[1]) names.push('default');
      if (names.length === 0) names.push('*');
      out.push({ specifier: match[4], names, reexports: null });
    } else if (match[7] !== undefined) {
      const pairs = match[5].startsWith('*') ? [['*', '*']] : namesIn(match[5]).map(([name, as]) => [name, as ?? name]);
      out.push({ specifier: match[7], names: pairs.map(([name]) => name), reexports: pairs });
    } else out.push({ specifier: match[9], names: ['*'], reexports: null });
  }
  importsMemo.set(file, out);
  return out;
}
const wrapperFacts = (facts) =>
  facts.calls.some((call) => call.fn && (dependsOnParam(call.url) || dependsOnParam(call.receiver))) ||
  facts.invocations.some((invocation) => invocation.fn && (dependsOnParam(invocation.callee) || invocation.args.some(dependsOnParam))) ||
  JSON.stringify(facts.symbols).includes('"kind":"client"');

function nameLevel(isProvider) {
  const parsed = new Set(candidates.filter((file) => LIBRARY_IMPORT.test(text.get(file)) || STANDALONE.test(text.get(file)) || toolConfigFile(file.slice(file.lastIndexOf('/') + 1))));
  const providers = new Set([...parsed].filter((file) => isProvider(file, factsOf(file))));
  const leadMemo = new Map();
  /** Whether taking `name` from `file` can lead to a provider (directly, or through the file's re-exports). */
  const leads = (file, name, seen = new Set()) => {
    if (providers.has(file)) return true;
    const key = `${file}\0${name}`;
    if (leadMemo.has(key)) return leadMemo.get(key);
    if (seen.has(key)) return false;
    seen.add(key);
    const found = importsOf(file).some(
      ({ specifier, reexports }) =>
        reexports !== null && resolve(specifier, file) !== null && reexports.some(([from, as]) => (from === '*' || as === name || name === '*') && leads(resolve(specifier, file), from === '*' ? name : from, seen)),
    );
    leadMemo.set(key, found);
    return found;
  };
  for (let changed = true; changed; ) {
    changed = false;
    leadMemo.clear();
    for (const file of candidates) {
      if (parsed.has(file)) continue;
      if (!importsOf(file).some(({ specifier, names }) => resolve(specifier, file) !== null && names.some((name) => leads(resolve(specifier, file), name)))) continue;
      parsed.add(file);
      if (!isProvider(file, factsOf(file))) continue;
      providers.add(file);
      changed = true;
    }
  }
  // Forward: the files the values of calls and of wrapper invocations come from, by name.
  const queue = [];
  const follow = (sym, file) => {
    for (const ref of refsOf(sym)) {
      const target = ref.module === null ? file : resolve(ref.module, file);
      if (target !== null) queue.push([target, ref.name, ref.module === null]);
    }
  };
  for (const file of [...parsed]) {
    const facts = factsOf(file);
    for (const call of facts.calls) follow(call, file);
    for (const invocation of facts.invocations) {
      const callee = invocation.callee;
      const target = callee.kind === 'ref' && callee.module !== null ? resolve(callee.module, file) : null;
      if (callee.kind !== 'ref' || (callee.module === null ? providers.has(file) : target !== null && leads(target, callee.name))) follow(invocation, file);
    }
  }
  const seen = new Set();
  while (queue.length > 0) {
    const [file, name, local] = queue.pop();
    const key = `${file}\0${name}\0${local}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parsed.add(file);
    const facts = factsOf(file);
    if (local) {
      // A top-level name, and its members kept under dotted keys (`Class.method`, `api.getStudents`).
      for (const [symbol, sym] of Object.entries(facts.symbols)) if (symbol === name || symbol.startsWith(`${name}.`)) follow(sym, file);
      continue;
    }
    if (Object.hasOwn(facts.exports, name)) follow(facts.exports[name], file);
    for (const specifier of facts.reexports) {
      const target = resolve(specifier, file);
      if (target !== null) queue.push([target, name]);
    }
  }
  return parsed;
}

const rows = [['pre-filter (today)', new Set(candidates)], ['file-level', fileLevel()], ['name-level', nameLevel((_file, facts) => wrapperFacts(facts))]];
if (values.report) {
  const report = JSON.parse(readFileSync(values.report, 'utf8'));
  const confirmed = new Set(report.calls.filter((call) => JSON.stringify(call.targets).includes('{parameter')).map((call) => call.file));
  rows.push(['confirmed', nameLevel((file, facts) => confirmed.has(file) || JSON.stringify(facts.symbols).includes('"kind":"client"'))]);
}
console.log(`${root}: ${files.length} TS/JS files, ${candidates.length} pass the pre-filter (${(bytes(candidates) / 1e6).toFixed(2)} MB)`);
const share = (set) => (candidates.length === 0 ? '  -' : ((100 * bytes(set)) / bytes(candidates)).toFixed(0).padStart(3));
for (const [label, set] of rows) console.log(`${label.padEnd(20)} ${String(set.size).padStart(6)} files  ${(bytes(set) / 1e6).toFixed(2).padStart(6)} MB  ${share(set)}% of the bytes parsed today`);
