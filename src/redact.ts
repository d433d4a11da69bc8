/**
 * What arch-lint prints or writes never carries a credential found in a scanned repository, and text formats
 * never pass a terminal control sequence through. One place for both, used by every report format (through
 * `loadFormatter`), the cached JSON report, `catalog pull` and the CLI's error messages.
 *
 * Redacted, wherever a URL appears in a string (messages, evidence chains, related locations, problems):
 * - the userinfo of a URL (`https://user:password@host` → `https://***@host`; a Sentry DSN's key is userinfo),
 * - the value of a query parameter whose name says it is a secret (`?api_key=…`, `&token=…`, `access_token`,
 *   `client_secret`, `sig`, …) → `?api_key=***`.
 * The scheme, host, port and path stay, so findings still say where a call goes. A placeholder (`${TOKEN}`,
 * `{token}`, `:token`) is not a secret and is kept.
 */

const REDACTED = '***';

/** Query parameter names (lower case, `-` and `_` alike) whose values are credentials. */
const SECRET_QUERY_PARAMETERS: readonly string[] = [
  'access_token',
  'api_key',
  'apikey',
  'auth',
  'auth_token',
  'authorization',
  'client_secret',
  'code',
  'id_token',
  'key',
  'password',
  'passwd',
  'private_token',
  'pwd',
  'refresh_token',
  'secret',
  'sentry_key',
  'session',
  'sessionid',
  'sig',
  'signature',
  'token',
  'x_amz_credential',
  'x_amz_security_token',
  'x_amz_signature',
];
const secretNames = new Set(SECRET_QUERY_PARAMETERS);

// scheme://userinfo@ — userinfo has no `/ ? # @` or white space (RFC 3986); the scheme is what URLs use.
const USERINFO = /\b([a-zA-Z][a-zA-Z0-9+.-]{0,30}:\/\/)([^\s/?#@'"`<>\\]{1,2048})@/g;
// ?name=value or &name=value (also ; as a separator)
const QUERY_PARAMETER = /([?&;])([A-Za-z0-9_.-]{1,64})=([^&#\s'"`<>\\]*)/g;

function isPlaceholder(value: string): boolean {
  return value === '' || value === REDACTED || /^(?:\$\{[^}]*\}?|\{[^}]*\}?|:[A-Za-z_]\w*|%[A-Za-z_]|<[^>]*>?|\*+|\$[A-Za-z_]\w*)/.test(value) || value.startsWith('%24%7B');
}

/** `text` with URL credentials replaced by `***` (see the module comment). Cheap when there is nothing to redact. */
export function redactSecrets(text: string): string {
  let out = text;
  if (out.includes('://') && out.includes('@')) {
    out = out.replace(USERINFO, (match, scheme: string, userinfo: string) => (isPlaceholder(userinfo) ? match : `${scheme}${REDACTED}@`));
  }
  if (out.includes('=')) {
    out = out.replace(QUERY_PARAMETER, (match, separator: string, name: string, value: string) => {
      if (!secretNames.has(name.toLowerCase().replace(/-/g, '_')) || isPlaceholder(value)) return match;
      return `${separator}${name}=${REDACTED}`;
    });
  }
  return out;
}

// C0 controls but tab and line feed, DEL, C1 controls, and the Unicode bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_NEWLINE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function escapeOne(character: string): string {
  const code = character.charCodeAt(0);
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Control characters as visible escapes (`\x1b`, `\u202e`), so a file name or string literal from a scanned
 * repository cannot move the cursor, recolour, retitle or rewrite a terminal. Tab stays; a line feed stays
 * unless `singleLine`.
 */
export function escapeControlCharacters(text: string, singleLine = false): string {
  const pattern = singleLine ? CONTROL_OR_NEWLINE : CONTROL;
  pattern.lastIndex = 0;
  return pattern.test(text) ? text.replace(pattern, escapeOne) : text;
}

/** Single-line fields: a line break in a file name would make a fake line of output. */
const SINGLE_LINE_KEYS = new Set(['file', 'path', 'root', 'ruleId', 'code', 'fingerprint', 'host', 'url']);

/**
 * A copy of `value` with `transform(string, key)` applied to every string in it (keys of objects are kept). Objects
 * and arrays are copied only where a string in them changes: a report is mostly left as it is, and copying every
 * node of a large one is what this would otherwise cost.
 */
function mapStrings<T>(value: T, transform: (text: string, key: string | undefined) => string, key?: string): T {
  if (typeof value === 'string') return transform(value, key) as T;
  if (Array.isArray(value)) {
    let mapped: unknown[] | null = null;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const next = mapStrings(item, transform, key);
      if (next !== item) (mapped ??= value.slice())[index] = next;
    }
    return (mapped ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let mapped: Record<string, unknown> | null = null;
    for (const name in record) {
      if (!Object.hasOwn(record, name)) continue;
      const item = record[name];
      const next = mapStrings(item, transform, name);
      if (next !== item) (mapped ??= { ...record })[name] = next;
    }
    return (mapped ?? value) as T;
  }
  return value;
}

/** The result (or any report data) with every credential in a URL redacted. Nothing else changes. */
export function redactResult<T>(result: T): T {
  return mapStrings(result, (text) => redactSecrets(text));
}

/** The result with control characters escaped in every string, for text formats (file names on one line). */
export function escapeResultForText<T>(result: T): T {
  return mapStrings(result, (text, key) => escapeControlCharacters(text, key !== undefined && SINGLE_LINE_KEYS.has(key)));
}
