/**
 * Request descriptions: a function returns an object that describes a request — a Redux action
 * `{ type, requestSettings: { route, method } }`, a job `{ endpoint: { url } }` — and code elsewhere (a middleware, a
 * queue worker) reads the description and makes the request (`callApi(action.requestSettings.route)`). No call links
 * the two: the description travels through a store or a queue. They are linked by the description's shape: the
 * property path under which the describing function puts its parameter is the path the requesting code reads.
 * Each call of the describing function that passes a URL or a path is then a call (`wrapper:<name>`), as for a wrapper.
 */
import { withoutSteps } from '../extract/facts.js';
import type { Sym } from '../model.js';

/** A property path that links a description to the code that performs it (`requestSettings.route`). */
export type DescriptionPath = string;

/**
 * The property path a value is read at from an object nothing in the scan passes (`action.requestSettings.route`, a
 * parameter's member): the path without the object itself; null for anything else.
 */
export function readPath(sym: Sym | null | undefined): DescriptionPath | null {
  const value = withoutSteps(sym);
  if (value?.kind === 'param' && value.member.length > 0) return value.member.join('.');
  if (value?.kind === 'unknown' && /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(value.text)) return value.text.split('.').slice(1).join('.');
  return null;
}

/**
 * Where a function's returned object holds its parameters: path → parameter index. Only paths that say what they
 * describe: two levels or more (`requestSettings.route`), or one level in an object with a `type` (a Redux action).
 */
export function descriptionPaths(returns: Sym | null): Map<DescriptionPath, number> {
  const paths = new Map<DescriptionPath, number>();
  const root = withoutSteps(returns);
  if (root?.kind !== 'object') return paths;
  const isAction = Object.hasOwn(root.props, 'type');
  const visit = (object: Extract<Sym, { kind: 'object' }>, prefix: string[]): void => {
    for (const [name, value] of Object.entries(object.props)) {
      const inner = withoutSteps(value);
      const path = [...prefix, name];
      if (inner?.kind === 'object' && path.length < 4) visit(inner, path);
      else if (inner?.kind === 'param' && inner.member.length === 0 && (path.length >= 2 || isAction)) paths.set(path.join('.'), inner.index);
    }
  };
  visit(root, []);
  return paths;
}

/** The arguments a performing site is called with when the description comes from a describing call: each read path replaced by what the describing call passes there. */
export function describedArguments(siteArgs: readonly Sym[], paths: ReadonlyMap<DescriptionPath, number>, describingArgs: readonly Sym[]): Sym[] {
  return siteArgs.map((argument) => {
    const path = readPath(argument);
    const index = path === null ? undefined : paths.get(path);
    if (index === undefined) return { kind: 'unknown', text: 'not part of the request description' };
    return describingArgs[index] ?? { kind: 'unknown', text: `no argument ${index + 1}` };
  });
}
