import { describe, expect, it } from 'vitest';
import { apiWithoutOpenapi } from '../../src/judge/rules/api-without-openapi.js';
import { checkOpenApiFiles } from '../../src/resolve/services.js';
import { context, manifest } from './manifest-context.js';

const { services, file } = manifest('declarations');
const openapi = 'openapi: 3.0.3\ninfo: { title: Feedback, version: "1" }\npaths: {}\n';

describe('api-without-openapi', () => {
  it('reports a gateway API with no description and an ESB API whose file is missing; internal-only is fine', () => {
    const checked = checkOpenApiFiles(services, (path) => (path === 'services/declarations/openapi.yaml' ? openapi : null));
    const findings = apiWithoutOpenapi.check(context({ services: checked }));
    expect(findings.map((finding) => [finding.identity[1], finding.file, finding.line])).toEqual([
      ['feedback-admin-api', file, 14],
      ['feedback-reports', file, 16],
    ]);
    expect(findings[0]!.message).toContain('exposed through the gateway but names no OpenAPI description');
    expect(findings[1]!.message).toContain("names the OpenAPI file 'docs/reports.yaml', which does not exist (relative to services/declarations/architecture.yaml)");
  });

  it('reports a file that does not parse as OpenAPI', () => {
    const checked = checkOpenApiFiles(services, () => 'openapi: [3.0\n');
    const findings = apiWithoutOpenapi.check(context({ services: checked }));
    expect(findings.filter((finding) => finding.message.includes('does not parse')).map((finding) => finding.identity[1])).toEqual(['feedback-api', 'feedback-reports']);
  });

  it('does not guess about files nobody checked', () => {
    expect(apiWithoutOpenapi.check(context({ services })).map((finding) => finding.identity[1])).toEqual(['feedback-admin-api']);
  });
});
