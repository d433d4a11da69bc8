/**
 * The one place web-tree-sitter is initialised and grammars are loaded.
 * `Parser.init()` runs once; each grammar loads lazily the first time a file of its language is parsed,
 * so a TypeScript-only scan never pays for any of this.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Parser from 'web-tree-sitter';

export type SyntaxNode = Parser.SyntaxNode;
export type Tree = Parser.Tree;

/** Grammar names as shipped by tree-sitter-wasms (`out/tree-sitter-<name>.wasm`). */
export type GrammarName = 'python' | 'java' | 'kotlin' | 'go' | 'c_sharp' | 'php' | 'ruby' | 'rust';

const require = createRequire(import.meta.url);
let initialised: Promise<void> | null = null;
const grammars = new Map<GrammarName, Promise<Parser.Language>>();
/**
 * Grammar loads and parses run one at a time, in order: web-tree-sitter links each WASM module's
 * symbols through shared state (resolved lazily, on a grammar's first use), and a load in flight
 * while another load or a parse runs can bind one grammar's external scanner to another's
 * (seen as "bad export type for 'tree_sitter_python_external_scanner_create'" while loading go or java).
 * Parsing is synchronous, so queueing parses costs nothing but a microtask.
 */
let queue: Promise<void> = Promise.resolve();

function enqueue<T>(work: () => T | Promise<T>): Promise<T> {
  const result = queue.then(work);
  queue = result.then(
    () => undefined,
    () => undefined,
  );
  return result;
}

function grammarsDir(): string {
  // Resolving the package (not a path relative to this file) works from src/, dist/ and a global install.
  return join(dirname(require.resolve('tree-sitter-wasms/package.json')), 'out');
}

function init(): Promise<void> {
  initialised ??= Parser.init();
  return initialised;
}

/** Load (once) the grammar for `name`. Rejects with an Error naming the language when it cannot be loaded. */
export function loadGrammar(name: GrammarName): Promise<Parser.Language> {
  let promise = grammars.get(name);
  if (!promise) {
    promise = enqueue(async () => {
      await init();
      return Parser.Language.load(join(grammarsDir(), `tree-sitter-${name}.wasm`));
    }).catch((error: unknown) => {
        throw new Error(`the ${name} grammar could not be loaded (${error instanceof Error ? error.message : String(error)})`);
      });
    grammars.set(name, promise);
  }
  return promise;
}

const parsers = new Map<GrammarName, Parser>();

/** Parse `content` with the grammar `name`. The caller must `tree.delete()` when done (WASM memory). */
export async function parseWith(name: GrammarName, content: string): Promise<Tree> {
  const language = await loadGrammar(name);
  let parser = parsers.get(name);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(language);
    parsers.set(name, parser);
  }
  const ready = parser;
  return enqueue(() => ready.parse(content));
}
