import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/redact.js
var REDACTED = "***";
var SECRET_QUERY_PARAMETERS = [
  "access_token",
  "api_key",
  "apikey",
  "auth",
  "auth_token",
  "authorization",
  "client_secret",
  "code",
  "id_token",
  "key",
  "password",
  "passwd",
  "private_token",
  "pwd",
  "refresh_token",
  "secret",
  "sentry_key",
  "session",
  "sessionid",
  "sig",
  "signature",
  "token",
  "x_amz_credential",
  "x_amz_security_token",
  "x_amz_signature"
];
var secretNames = new Set(SECRET_QUERY_PARAMETERS);
var USERINFO = /\b([a-zA-Z][a-zA-Z0-9+.-]{0,30}:\/\/)([^\s/?#@'"`<>\\]{1,2048})@/g;
var QUERY_PARAMETER = /([?&;])([A-Za-z0-9_.-]{1,64})=([^&#\s'"`<>\\]*)/g;
function isPlaceholder(value) {
  return value === "" || value === REDACTED || /^(?:\$\{[^}]*\}?|\{[^}]*\}?|:[A-Za-z_]\w*|%[A-Za-z_]|<[^>]*>?|\*+|\$[A-Za-z_]\w*)/.test(value) || value.startsWith("%24%7B");
}
function redactSecrets(text) {
  let out = text;
  if (out.includes("://") && out.includes("@")) {
    out = out.replace(USERINFO, (match, scheme, userinfo) => isPlaceholder(userinfo) ? match : `${scheme}${REDACTED}@`);
  }
  if (out.includes("=")) {
    out = out.replace(QUERY_PARAMETER, (match, separator, name, value) => {
      if (!secretNames.has(name.toLowerCase().replace(/-/g, "_")) || isPlaceholder(value))
        return match;
      return `${separator}${name}=${REDACTED}`;
    });
  }
  return out;
}
var CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
var CONTROL_OR_NEWLINE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
function escapeOne(character) {
  const code = character.charCodeAt(0);
  if (code === 10)
    return "\\n";
  if (code === 13)
    return "\\r";
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeControlCharacters(text, singleLine = false) {
  const pattern = singleLine ? CONTROL_OR_NEWLINE : CONTROL;
  pattern.lastIndex = 0;
  return pattern.test(text) ? text.replace(pattern, escapeOne) : text;
}
var SINGLE_LINE_KEYS = /* @__PURE__ */ new Set(["file", "path", "root", "ruleId", "code", "fingerprint", "host", "url"]);
function mapStrings(value, transform, key) {
  if (typeof value === "string")
    return transform(value, key);
  if (Array.isArray(value)) {
    let mapped = null;
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      const next = mapStrings(item, transform, key);
      if (next !== item)
        (mapped ??= value.slice())[index] = next;
    }
    return mapped ?? value;
  }
  if (value !== null && typeof value === "object") {
    const record = value;
    let mapped = null;
    for (const name in record) {
      if (!Object.hasOwn(record, name))
        continue;
      const item = record[name];
      const next = mapStrings(item, transform, name);
      if (next !== item)
        (mapped ??= { ...record })[name] = next;
    }
    return mapped ?? value;
  }
  return value;
}
function redactResult(result) {
  return mapStrings(result, (text) => redactSecrets(text));
}
function escapeResultForText(result) {
  return mapStrings(result, (text, key) => escapeControlCharacters(text, key !== void 0 && SINGLE_LINE_KEYS.has(key)));
}

export {
  redactSecrets,
  escapeControlCharacters,
  redactResult,
  escapeResultForText
};
//# sourceMappingURL=chunk-VWAHNXS3.js.map
