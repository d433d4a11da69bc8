/**
 * The second look at files a pre-filter skipped. A language's pre-filter skips a file with no token that can make a
 * request (no client library, no URL, no env read), which is most files and most of the parsing saved. A file can still
 * call a wrapper another file declares — `dialer.Dial(name)`, `s.initSearchClient("srv-search")`, `client.fetch_orders(id)`
 * — with nothing in its text to show it. Such a file keeps the names it calls (`FileFacts.calledNames`); once every file is
 * read, the names of the functions that pass a parameter into a request (wrappers, through other wrappers too) are
 * known, and the skipped files of the same language that call one of them are parsed after all.
 *
 * Names, not resolution: a skipped file that calls a function of the same name that is not the wrapper is parsed for
 * nothing and its invocations resolve to nothing. The decision depends only on the files' texts, so a cold run, a
 * `--cache` run and the resident mode parse the same files.
 */
import type { FileFacts, Sym } from '../model.js';
import { dependsOnParam, invocationDependsOnParam } from './index.js';

/** The name a function key or a callee is called by: its last dotted segment (`Server.getConn` → `getConn`). */
function lastSegment(key: string): string {
  return key.slice(key.lastIndexOf('.') + 1);
}

function calleeName(callee: Sym): string | null {
  if (callee.kind !== 'ref') return null;
  const member = callee.member.at(-1);
  return member ?? lastSegment(callee.name);
}

/** Per language: the names of functions that pass a parameter into a request's URL or client, directly or through another such function. */
function wrapperNames(facts: readonly FileFacts[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const namesOf = (language: string): Set<string> => {
    let set = names.get(language);
    if (!set) names.set(language, (set = new Set()));
    return set;
  };
  for (const file of facts) {
    for (const call of file.calls) {
      if (call.fn !== undefined && (dependsOnParam(call.url) || dependsOnParam(call.receiver))) namesOf(file.language).add(lastSegment(call.fn));
    }
  }
  // Wrappers of wrappers, by name, until no new one is found.
  const forwarding = facts.flatMap((file) =>
    file.invocations.flatMap((invocation) => {
      const callee = calleeName(invocation.callee);
      return invocation.fn !== undefined && callee !== null && invocationDependsOnParam(invocation) ? [{ language: file.language, fn: lastSegment(invocation.fn), callee }] : [];
    }),
  );
  for (let grew = true; grew; ) {
    grew = false;
    for (const { language, fn, callee } of forwarding) {
      const set = namesOf(language);
      if (set.has(callee) && !set.has(fn)) {
        set.add(fn);
        grew = true;
      }
    }
  }
  return names;
}

/** Paths of the files a pre-filter skipped that call a wrapper of their own language by name. */
export function filesCallingWrappers(facts: readonly FileFacts[]): string[] {
  // Only the languages with skipped files are looked at (TS/JS keeps no names: its pre-filter is broader).
  const languages = new Set(facts.flatMap((file) => (file.calledNames ? [file.language] : [])));
  if (languages.size === 0) return [];
  const wrappers = wrapperNames(facts.filter((file) => languages.has(file.language)));
  const out: string[] = [];
  for (const file of facts) {
    const names = wrappers.get(file.language);
    if (file.calledNames && names && file.calledNames.some((name) => names.has(name))) out.push(file.file);
  }
  return out.sort();
}
