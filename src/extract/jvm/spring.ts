import type { Sym } from '../../model.js';
import { alt, concat, config, lit } from '../tree-sitter/common.js';

/**
 * A Spring property placeholder string (`${organisation.url:https://gw…}/v1`) as a Sym:
 * each `${key:default}` becomes alt(config key, default), text around it stays literal.
 */
export function springPlaceholder(text: string): Sym {
  const parts: Sym[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$\{([^}:]+)(?::([^}]*))?\}/g)) {
    parts.push(lit(text.slice(last, match.index)));
    const key = config(match[1] ?? '');
    parts.push(match[2] === undefined ? key : alt([key, lit(match[2])]));
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(lit(text.slice(last)));
  return concat(parts);
}
