/**
 * Values a front end's build tool puts into the bundle itself, as env bindings of the package's own files:
 * - Create React App's `process.env.PUBLIC_URL`: the path of package.json's `homepage` (`https://example.org/app` →
 *   `/app`), `/` without one (the app at the root), in a package that builds with `react-scripts` (or `craco`,
 *   `react-app-rewired`). A `PUBLIC_URL` bound elsewhere (a Dockerfile's `ENV`) is a value beside it.
 * - Vite's `import.meta.env.BASE_URL` (read by the extractor as the variable `VITE_BUILTIN_BASE_URL`): the `base` of
 *   the package's `vite.config.*` (each literal written there: a config returning one `base` to serve and another to
 *   build has both), `/` without one. No environment variable sets it.
 * Both are paths on the page's own origin: `${PUBLIC_URL}/api` is `/app/api`, not a host.
 * Config files are read as text, never run.
 */
import type { Binding, CallFact, FileFacts } from '../model.js';
import { emptyFacts, VITE_BASE_URL } from '../extract/facts.js';
import { parseJsonc, record } from './modules/typescript-aliases.js';

const CRA_BUILDERS = ['react-scripts', 'react-app-rewired', '@craco/craco'];
const VITE_CONFIGS = ['vite.config.ts', 'vite.config.js', 'vite.config.mjs', 'vite.config.mts', 'vite.config.cjs'];

/** The line (1-based) of the first occurrence of `needle` in `text`, else 1. */
function lineOf(text: string, index: number): number {
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

/** Bindings of the build tools' values, one set per package folder (root-relative, '' for the root). */
export function buildToolBindings(packageDirs: readonly string[], readText: (file: string) => string | null): Binding[] {
  const bindings: Binding[] = [];
  const join = (dir: string, name: string): string => (dir === '' ? name : `${dir}/${name}`);
  for (const dir of packageDirs) {
    const packageFile = join(dir, 'package.json');
    const packageText = readText(packageFile);
    const manifest = record(parseJsonc(packageText ?? ''));
    if (!manifest || packageText === null) continue;
    const dependencies = { ...record(manifest.dependencies), ...record(manifest.devDependencies) };
    if (CRA_BUILDERS.some((name) => Object.hasOwn(dependencies, name))) {
      const homepage = typeof manifest.homepage === 'string' ? manifest.homepage.trim() : '';
      // A relative homepage (`.`) serves the bundle from wherever it is put: no path is known.
      if (!homepage.startsWith('.')) {
        let path = '/';
        if (homepage !== '') {
          try {
            path = new URL(homepage, 'https://homepage.invalid').pathname.replace(/\/+$/, '') || '/';
          } catch {
            path = '/';
          }
        }
        const line = lineOf(packageText, homepage === '' ? packageText.indexOf('react-scripts') : packageText.indexOf('"homepage"'));
        bindings.push({ type: 'env', name: 'PUBLIC_URL', value: path, loc: { file: packageFile, line, column: 1 }, source: 'build-tool', environment: null, service: null });
      }
    }
    for (const name of VITE_CONFIGS) {
      const configFile = join(dir, name);
      const text = readText(configFile);
      if (text === null) continue;
      const bases = [...text.matchAll(/\bbase\s*:\s*(['"`])([^'"`$]*)\1/g)];
      if (bases.length === 0 && /\bbase\s*:/.test(text)) break; // a base computed at build time: not known here
      // A relative base (`./`) serves the bundle from wherever it is put: no path is known.
      const values = (bases.length > 0 ? bases.map((match) => ({ value: match[2]!, line: lineOf(text, match.index) })) : [{ value: '/', line: 1 }]).filter(({ value }) => !value.startsWith('.'));
      for (const { value, line } of values) {
        bindings.push({ type: 'env', name: VITE_BASE_URL, value: value === '' ? '/' : value, loc: { file: configFile, line, column: 1 }, source: 'build-tool', environment: null, service: null });
      }
      break;
    }
    // Vite without a config file of its own: the default base.
    if (Object.hasOwn(dependencies, 'vite') && !bindings.some((binding) => binding.name === VITE_BASE_URL && binding.loc.file.startsWith(join(dir, 'vite.config')))) {
      bindings.push({ type: 'env', name: VITE_BASE_URL, value: '/', loc: { file: packageFile, line: lineOf(packageText, packageText.indexOf('"vite"')), column: 1 }, source: 'build-tool', environment: null, service: null });
    }
  }
  return bindings;
}

/**
 * Create React App's development server proxy written in package.json (`"proxy": "http://backend:3100"`; CRA 1's
 * object form `{ "/api": { "target": "…" } }` too): a client configuration of `cra-dev-proxy`, as `src/setupProxy.js`
 * is. One FileFacts per package.json that has one.
 */
export function devServerProxies(packageDirs: readonly string[], readText: (file: string) => string | null): FileFacts[] {
  const out: FileFacts[] = [];
  for (const dir of packageDirs) {
    const file = dir === '' ? 'package.json' : `${dir}/package.json`;
    const text = readText(file);
    if (text === null || !text.includes('"proxy"')) continue;
    const proxy = record(parseJsonc(text))?.proxy;
    const targets = typeof proxy === 'string' ? [proxy] : Object.values(record(proxy) ?? {}).flatMap((entry) => {
      const target = typeof entry === 'string' ? entry : record(entry)?.target;
      return typeof target === 'string' ? [target] : [];
    });
    if (targets.length === 0) continue;
    const facts = emptyFacts(file, 'package-json');
    const at = text.indexOf('"proxy"');
    for (const target of targets) {
      const index = text.indexOf(JSON.stringify(target), at);
      const before = text.slice(0, index < 0 ? at : index);
      const call: CallFact = {
        kind: 'client-config', loc: { file, line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') },
        client: 'cra-dev-proxy', method: null, expression: JSON.stringify(target), url: { kind: 'lit', value: target }, enclosing: '<package.json proxy>',
      };
      facts.calls.push(call);
    }
    out.push(facts);
  }
  return out;
}
