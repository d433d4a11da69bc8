/**
 * The placeholder forms a binding's value may hold, parsed into pieces the evaluator follows:
 * - shell / compose / dotenv / Dockerfile: `$X`, `${X}`, `${X:-default}`, `${X-default}`, `${X:=default}`,
 *   `${X:?error}`, `${X?error}`, `${X:+alternate}`, `${X+alternate}`, `$$` = `$`;
 * - Spring: `${key}`, `${key:default}` where key is a property or an env var (relaxed binding applies);
 * - Kubernetes: `$(X)` (an env var of the same container), `$$(X)` escaped, and OpenShift Template `${PARAM}`.
 * Defaults and alternates may themselves hold placeholders. Anything that does not parse stays text.
 */
import type { ManifestKind } from '../model.js';

export type PlaceholderSyntax = 'shell' | 'spring' | 'kubernetes';

export type ValuePiece =
  | { kind: 'text'; text: string }
  | {
      kind: 'ref';
      name: string;
      /** `plain`: the variable's value; `default`: it, or `word` when unset; `alternate`: `word` when set, else empty. */
      form: 'plain' | 'default' | 'alternate';
      /** With the `:` forms an empty value counts as unset. */
      colon: boolean;
      word: ValuePiece[];
      /** The placeholder as written, for evidence. */
      written: string;
    };

export function placeholderSyntax(source: ManifestKind): PlaceholderSyntax {
  if (source === 'spring') return 'spring';
  if (source === 'kubernetes') return 'kubernetes';
  return 'shell';
}

const SHELL_NAME = /^[A-Za-z_][\w.]*/;
/** Spring property names: dotted, dashed, with `[0]` indexes. */
const SPRING_NAME = /^[A-Za-z_][\w.\-[\]]*/;
const KUBERNETES_REFERENCE = /^\$\(([A-Za-z_][\w.-]*)\)/;
const MAX_NESTING = 8;

/** Index of the `}` closing the `${` whose body starts at `start`, counting nested `${…}`; -1 when unclosed. */
function closingBrace(value: string, start: number): number {
  let depth = 0;
  for (let index = start; index < value.length; index++) {
    const char = value[index];
    if (char === '$' && value[index + 1] === '{') {
      depth++;
      index++;
    } else if (char === '}') {
      if (depth === 0) return index;
      depth--;
    }
  }
  return -1;
}

function pushText(pieces: ValuePiece[], text: string): void {
  if (text === '') return;
  const last = pieces[pieces.length - 1];
  if (last?.kind === 'text') last.text += text;
  else pieces.push({ kind: 'text', text });
}

/** The operator after a shell variable name and what it means. */
function shellOperator(rest: string): { form: 'plain' | 'default' | 'alternate'; colon: boolean; word: string } | null {
  const match = /^(:?)([-=?+])([\s\S]*)$/.exec(rest);
  if (rest === '') return { form: 'plain', colon: false, word: '' };
  // `${X:default}` is Spring's spelling; it turns up in files a Spring app reads its env from.
  if (!match) return rest.startsWith(':') ? { form: 'default', colon: true, word: rest.slice(1) } : null;
  const colon = match[1] === ':';
  const operator = match[2];
  const word = match[3] ?? '';
  if (operator === '?') return { form: 'plain', colon, word: '' }; // required: the error text is not a value
  if (operator === '+') return { form: 'alternate', colon, word };
  return { form: 'default', colon, word };
}

export function parseBindingValue(value: string, syntax: PlaceholderSyntax, nesting = 0): ValuePiece[] {
  const pieces: ValuePiece[] = [];
  let index = 0;
  while (index < value.length) {
    const dollar = value.indexOf('$', index);
    if (dollar < 0) {
      pushText(pieces, value.slice(index));
      break;
    }
    pushText(pieces, value.slice(index, dollar));
    const next = value[dollar + 1];
    if (next === '$' && syntax !== 'spring') {
      // `$$` is compose's escaped dollar, `$$(X)` Kubernetes' escaped reference.
      pushText(pieces, '$');
      index = dollar + 2;
      if (syntax === 'kubernetes' && value[index] === '(') {
        const escaped = KUBERNETES_REFERENCE.exec(value.slice(dollar + 1));
        if (escaped) {
          pushText(pieces, escaped[0].slice(1));
          index = dollar + 1 + escaped[0].length;
        }
      }
      continue;
    }
    if (syntax === 'shell' && next !== undefined && /[A-Za-z_]/.test(next)) {
      // `$X`: the readers brace it, but values built elsewhere may not be.
      const name = /^[A-Za-z_]\w*/.exec(value.slice(dollar + 1))?.[0] ?? '';
      pieces.push({ kind: 'ref', name, form: 'plain', colon: false, word: [], written: `$${name}` });
      index = dollar + 1 + name.length;
      continue;
    }
    if (next === '(' && syntax === 'kubernetes') {
      const reference = KUBERNETES_REFERENCE.exec(value.slice(dollar));
      if (reference?.[1]) {
        pieces.push({ kind: 'ref', name: reference[1], form: 'plain', colon: false, word: [], written: reference[0] });
        index = dollar + reference[0].length;
        continue;
      }
    }
    if (next === '{' && nesting < MAX_NESTING) {
      const close = closingBrace(value, dollar + 2);
      const body = close < 0 ? '' : value.slice(dollar + 2, close);
      const name = (syntax === 'spring' ? SPRING_NAME : SHELL_NAME).exec(body)?.[0];
      if (close >= 0 && name) {
        const rest = body.slice(name.length);
        const written = value.slice(dollar, close + 1);
        if (syntax === 'spring') {
          if (rest === '' || rest.startsWith(':')) {
            const hasDefault = rest.startsWith(':');
            pieces.push({ kind: 'ref', name, form: hasDefault ? 'default' : 'plain', colon: false, word: hasDefault ? parseBindingValue(rest.slice(1), syntax, nesting + 1) : [], written });
            index = close + 1;
            continue;
          }
        } else {
          const operator = shellOperator(rest);
          if (operator) {
            pieces.push({ kind: 'ref', name, form: operator.form, colon: operator.colon, word: parseBindingValue(operator.word, syntax, nesting + 1), written });
            index = close + 1;
            continue;
          }
        }
      }
    }
    pushText(pieces, '$');
    index = dollar + 1;
  }
  return pieces;
}

/** Spring's relaxed form of a configuration key: lower case, no `-` or `_` (`sisu.base-url` = `sisu.baseUrl` = `sisu.base_url`). */
export function relaxedKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

/**
 * Env var names that override a Spring property (relaxed binding): dots become `_`, dashes go, upper case
 * (`sisu.base-url` and `sisu.baseUrl` → `SISU_BASEURL`, `hosts[0]` → `HOSTS_0`). Also the spelling with camelCase
 * and dashes split into words (`SISU_BASE_URL`): Spring binds it to `sisu.base.url` strictly, but people write it
 * meaning `sisu.base-url`, and listing a target too many is better than missing one.
 */
export function relaxedEnvNames(key: string): string[] {
  const indexed = key.replace(/\[(\d+)\]/g, '.$1');
  const canonical = indexed.replace(/-/g, '').replace(/\./g, '_').toUpperCase();
  const words = indexed
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[.-]/g, '_')
    .toUpperCase();
  return [...new Set([canonical, words])].filter((name) => name !== key);
}

/**
 * Env var names that override a .NET configuration key: `:` becomes `__` (`Sisu:BaseUrl` → `Sisu__BaseUrl`, also upper
 * case, as .NET matches either). A root key is overridden by the env var of its own name (`PurchaseUrl`).
 */
export function dotnetEnvNames(key: string): string[] {
  const name = key.replace(/:/g, '__');
  return [...new Set([name, name.toUpperCase()])];
}
