/**
 * Third-party libraries committed into a project's own folders (`static/js/angular.js`, `public/vendor-less/vue.js`,
 * a bundle without `.min` in its name): other people's code, whose internal requests are no integration of
 * the project. Recognised from the text alone, as build tools do: a preserved banner comment naming a version
 * (`/*! jQuery v3.7.1`, `@license AngularJS v1.5.8`). Minified code alone is no sign (a project's generated code is
 * long-lined too). Folders named `vendor` and `*.min.js` files are skipped earlier, by discovery.
 */

/** How much of the start of a file is read for a banner. */
const BANNER_WINDOW = 1_000;
/** `/*!` opens a comment minifiers keep (a library's licence banner); with a version in it, it names a release. */
const PRESERVED_BANNER = /^\s*(?:(?:"use strict"|'use strict');?\s*)?\/\*!([\s\S]*?)\*\//;
/** `@license Name v1.2.3` on one line (a project's own `@license` header names no release). */
const LICENSE_RELEASE = /@license\s+([A-Za-z][\w.\- ]{0,40}?\s+v?\d+\.\d+(?:\.\d+)?)/;
const VERSION = /\bv?\d+\.\d+(?:\.\d+)?\b/;

/** What the file is, when it is a bundled third-party library (for the problem message); null for the project's own code. */
export function vendoredLibrary(content: string): string | null {
  const head = content.slice(0, BANNER_WINDOW);
  const banner = PRESERVED_BANNER.exec(head)?.[1];
  if (banner !== undefined && VERSION.test(banner)) return `a library's banner ('${firstWords(banner)}')`;
  const release = LICENSE_RELEASE.exec(head)?.[1];
  if (release !== undefined) return `a library's banner ('@license ${release.trim()}')`;
  return null;
}

function firstWords(comment: string): string {
  const line = comment.split('\n').map((text) => text.replace(/^\s*\*?\s*/, '').trim()).find((text) => text.length > 0) ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
