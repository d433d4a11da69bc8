/**
 * Helm chart templates (`templates/*.yaml` with `{{ … }}`) read as templates, not as malformed YAML. Before the
 * YAML parser sees one, its template syntax is taken out, line numbers kept:
 * - a line holding only actions (`{{- if … }}`, `{{- end }}`, `{{- include … | nindent 4 }}`, template comments) becomes
 *   empty;
 * - `{{ .Values.a.b }}` (also `$.Values…`, with any pipeline: `| quote`, `| default …`) becomes `$(Values.a.b)`, a
 *   reference the resolver follows to the chart's values files by its path (`a: { b: … }`, see `CHART_VALUE_PREFIX`);
 *   with `| default "literal"` it becomes `${Values.a.b:-literal}`, the literal applying where the value is empty;
 * - any other expression (`{{ .Release.Name }}`, `{{ include … }}`, `{{ .name }}` in a range) becomes
 *   `HELM_TEMPLATE_MARKER`: a binding, host or workload name holding it is left out (unresolved, never a target).
 */

export const HELM_TEMPLATE_MARKER = '__helm_template__';

/**
 * Go template actions no other YAML templating writes (`{{ .Values.x }}`, `{{- if … }}`, `{{ $var }}`, `{{ include … }}`);
 * not GitHub Actions' `${{ … }}` nor Jinja's `{{ name }}`.
 */
const GO_TEMPLATE_ACTION = /(?<!\$)\{\{-?\s*(?:\.[A-Za-z]|\$|(?:if|range|with|define|include|template|end|toYaml|tpl)\b|\/\*)/;

/** A file under a chart's `templates/` folder that uses template syntax, or any YAML written as a Go template (a chart's `files/`, test data). */
export function isHelmTemplate(file: string, content: string): boolean {
  return content.includes('{{') && (/(^|\/)templates\//.test(file) || GO_TEMPLATE_ACTION.test(content));
}

const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
const CONTROL = /^\s*(?:\/\*[\s\S]*\*\/|if\b|else\b|end\b|range\b|with\b|define\b|block\b|template\b|include\b|toYaml\b|tpl\b|\$[\w]*\s*:=)/;

/** How a template's `.Values.a.b` reaches the resolver: the reference `$(Values.a.b)`, followed to the chart's values files. */
export const CHART_VALUE_PREFIX = 'Values.';

function replacement(body: string): string {
  const values = /^\s*\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*(\|[^}]*)?$/.exec(body);
  if (!values) return HELM_TEMPLATE_MARKER;
  const name = `${CHART_VALUE_PREFIX}${values[1]!.slice(1)}`;
  // `| default "http://…"`: a literal without characters that would end the placeholder or the YAML scalar.
  const fallback = /\|\s*default\s+(?:"([^"$}{\\]*)"|'([^'$}{]*)')/.exec(values[2] ?? '');
  const literal = fallback?.[1] ?? fallback?.[2];
  return literal === undefined ? `$(${name})` : `\${${name}:-${literal}}`;
}

/** The template's text with its template syntax taken out (see the module comment); as many lines as before. */
export function untemplate(content: string): string {
  // Comments may span lines: blank them, keeping the line breaks.
  const uncommented = content.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
  return uncommented
    .split('\n')
    .map((line) => {
      if (!line.includes('{{')) return line;
      const withoutActions = line.replace(ACTION, '').trim();
      const actions = [...line.matchAll(ACTION)].map((match) => match[1] ?? '');
      // Only actions on this line, and control ones (or nothing else but them): no YAML here.
      if (withoutActions === '' && actions.every((body) => CONTROL.test(body) || body.trim() === '')) return '';
      if (withoutActions === '') return line.replace(/\S[\s\S]*$/, '');
      return line.replace(ACTION, (_match, body: string) => replacement(body));
    })
    .join('\n');
}
