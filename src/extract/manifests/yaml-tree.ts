/**
 * YAML read into a small tree that keeps each value's line, for the deployment-manifest readers.
 * Aliases are expanded under a budget, so a "billion laughs" file becomes a Problem instead of a hang,
 * and each document stands alone: one broken document does not lose the others.
 */
import { LineCounter, parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Alias, Document, Node as YamlNode } from 'yaml';
import type { Problem } from '../../model.js';

export type YamlValue =
  | { kind: 'map'; entries: YamlEntry[]; line: number; column: number }
  | { kind: 'seq'; items: YamlValue[]; line: number; column: number }
  /** `written`: the source text of a plain non-string scalar (`1.10`, `0755`), which `text()` prefers over the parsed number. */
  | { kind: 'scalar'; value: string | number | boolean | null; written?: string; line: number; column: number };

export interface YamlEntry {
  key: string;
  keyLine: number;
  value: YamlValue;
}

export interface ParsedYaml {
  /** One tree per document that has content (empty documents are left out). */
  documents: YamlValue[];
  problems: Problem[];
}

/** Nodes one document may expand to, aliases included: far above any real manifest, far below a YAML bomb. */
const nodeBudget = 200_000;
const depthLimit = 256;
const maxProblemsPerFile = 10;

class BudgetExceeded extends Error {}

export function parseYaml(file: string, content: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const documents: YamlValue[] = [];
  let parsed: ReturnType<typeof parseAllDocuments>;
  try {
    parsed = parseAllDocuments(content, { lineCounter, prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    problems.push({ file, severity: 'warning', code: 'parse-error', message: `could not parse this YAML (${errorText(error)}); skipped it` });
    return { documents, problems };
  }
  // A stream that is not YAML at all comes back as an EmptyStream (no documents).
  const list = Array.isArray(parsed) ? parsed : [];
  let reported = 0;
  for (const document of list) {
    for (const error of document.errors) {
      // Garbage gives one error per token: the first few say enough.
      if (++reported > maxProblemsPerFile) continue;
      const position = lineCounter.linePos(error.pos[0]);
      problems.push({
        file,
        line: position.line,
        column: position.col,
        severity: 'warning',
        code: 'parse-error',
        message: `malformed YAML: ${firstLine(error.message)}; read what could be parsed`,
      });
    }
    if (document.contents === null) continue;
    const converter = new TreeConverter(document, lineCounter);
    try {
      const tree = converter.convert(document.contents, 0);
      if (tree) documents.push(tree);
    } catch (error) {
      const position = lineCounter.linePos(document.range?.[0] ?? 0);
      const tooComplex = error instanceof BudgetExceeded || error instanceof RangeError;
      problems.push({
        file,
        line: position.line,
        column: position.col,
        severity: 'warning',
        code: tooComplex ? 'yaml-too-complex' : 'parse-error',
        message: tooComplex
          ? 'this YAML document expands to too many nodes or nests too deeply (aliases used as a "YAML bomb"?); skipped the document'
          : `could not read this YAML document (${errorText(error)}); skipped it`,
      });
    }
  }
  if (reported > maxProblemsPerFile) {
    problems.push({ file, severity: 'warning', code: 'parse-error', message: `${reported - maxProblemsPerFile} more YAML errors in this file not listed` });
  }
  return { documents, problems };
}

/**
 * Each alias's target (the last node with its anchor before it), found in one pass over the document in order.
 * The `yaml` package's `Alias#resolve` walks the whole document for every alias: 16,000 aliases in a 64 KB
 * ConfigMap took 35 s. This is linear in the document.
 */
function aliasTargets(document: Document<YamlNode, boolean>): Map<Alias, YamlNode> {
  const anchors = new Map<string, YamlNode>();
  const targets = new Map<Alias, YamlNode>();
  visit(document, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    },
  });
  return targets;
}

class TreeConverter {
  private nodesLeft = nodeBudget;
  private targets: Map<Alias, YamlNode> | null = null;
  /** Anchored nodes already converted, with their size: an alias reuses the tree (read-only) and pays its size. */
  private readonly converted = new Map<YamlNode, { value: YamlValue | null; size: number }>();

  constructor(
    private readonly document: Document<YamlNode, boolean>,
    private readonly lineCounter: LineCounter,
  ) {}

  convert(node: unknown, depth: number): YamlValue | null {
    if (--this.nodesLeft < 0 || depth > depthLimit) throw new BudgetExceeded();
    if (isAlias(node)) {
      this.targets ??= aliasTargets(this.document);
      const target = this.targets.get(node);
      if (!target) return null;
      const done = this.converted.get(target);
      if (done) {
        this.nodesLeft -= done.size;
        if (this.nodesLeft < 0) throw new BudgetExceeded();
        return done.value;
      }
      // An alias to an anchor still being converted (a cycle) finds no entry yet: the depth limit ends it.
      const before = this.nodesLeft;
      const value = this.convert(target, depth + 1);
      // The nodes it cost (its size, aliases inside it included): linear, where counting the tree again would not be.
      this.converted.set(target, { value, size: Math.max(1, before - this.nodesLeft) });
      return value;
    }
    if (isScalar(node)) {
      const { line, column } = this.position(node);
      const value = node.value;
      const parsed = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : String(value);
      // Plain scalars keep their text too (`1.10` is written `1.10`, parsed 1.1).
      if (typeof node.source === 'string' && typeof parsed !== 'string' && parsed !== null) return { kind: 'scalar', value: parsed, written: node.source, line, column };
      return { kind: 'scalar', value: parsed, line, column };
    }
    if (isSeq(node)) {
      const { line, column } = this.position(node);
      const items: YamlValue[] = [];
      for (const item of node.items) {
        const value = this.convert(item, depth + 1);
        if (value) items.push(value);
      }
      return { kind: 'seq', items, line, column };
    }
    if (isMap(node)) {
      const { line, column } = this.position(node);
      const entries: YamlEntry[] = [];
      const merged: YamlEntry[] = [];
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const value = pair.value === null ? null : this.convert(pair.value, depth + 1);
        const keyLine = this.position(pair.key).line;
        if (key === '<<' && value) {
          // Merge keys (`<<: *defaults`, common in compose files): the map's own keys win.
          for (const source of value.kind === 'seq' ? value.items : [value]) if (source.kind === 'map') merged.push(...source.entries);
          continue;
        }
        entries.push({ key, keyLine, value: value ?? { kind: 'scalar', value: null, line: keyLine, column: 1 } });
      }
      const own = new Set(entries.map((entry) => entry.key));
      for (const entry of merged) {
        if (own.has(entry.key)) continue;
        own.add(entry.key);
        entries.push(entry);
      }
      return { kind: 'map', entries, line, column };
    }
    return null;
  }

  private position(node: YamlNode): { line: number; column: number } {
    const offset = node.range?.[0] ?? 0;
    const position = this.lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ───── small readers over the tree, so each manifest reader stays declarative ─────

/** The value under `key` in a map, or undefined (also when `value` is not a map). */
export function field(value: YamlValue | undefined, key: string): YamlValue | undefined {
  if (value?.kind !== 'map') return undefined;
  return value.entries.find((entry) => entry.key === key)?.value;
}

/** A scalar as text (`3000` → '3000', `true` → 'true'); undefined for null, maps and sequences. */
export function text(value: YamlValue | undefined): string | undefined {
  if (value?.kind !== 'scalar' || value.value === null) return undefined;
  return value.written ?? String(value.value);
}

/** Follow a key path through nested maps (`spec.template.spec`). */
export function path(value: YamlValue | undefined, ...keys: string[]): YamlValue | undefined {
  let current = value;
  for (const key of keys) current = field(current, key);
  return current;
}

/** Items of a sequence; [] for anything else. */
export function items(value: YamlValue | undefined): YamlValue[] {
  return value?.kind === 'seq' ? value.items : [];
}

/** A value of the wrong type where a reader expected a map or a list: reported at its line, the reader goes on without it. */
export function unexpectedShape(file: string, node: YamlValue, expectation: string): Problem {
  return { file, line: node.line, column: node.column, severity: 'warning', code: 'unexpected-shape', message: `${expectation}; ignored it` };
}
