/** Shell-style variable references in deployment files, written the one way the resolver follows. */

/**
 * `$VAR` → `${VAR}`: dotenv-expand, compose and shells expand both forms; the resolver follows the braced one.
 * `$$` (compose's escaped dollar) is left alone.
 */
export function bracedShellReferences(value: string): string {
  return value.replace(/(\$\$)|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, escaped: string | undefined, name: string | undefined) => (escaped ? match : `\${${name ?? ''}}`));
}
