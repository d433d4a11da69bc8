/**
 * `api-without-openapi`: an API a service provides through the gateway (or the ESB) with no OpenAPI
 * description, or whose description file is missing or does not parse. Rules read no files: the
 * pipeline checks the files first (`checkOpenApiFiles`, src/resolve/services.ts) and records
 * `provides[].openapiStatus`; an unchecked file (status absent) is not reported. `internal-only` APIs are fine.
 */
import { defineRule } from '../rule.js';
import type { RuleFinding } from '../rule.js';

export const apiWithoutOpenapi = defineRule({
  id: 'api-without-openapi',
  defaultSetting: 'warn',
  description: 'An API provided through the gateway or the ESB has no OpenAPI description, or its file is missing or does not parse.',
  check({ services }) {
    const findings: RuleFinding[] = [];
    for (const service of services) {
      for (const api of service.provides) {
        if (api.exposure === 'internal-only') continue;
        let fault: string | null = null;
        if (api.openapi === null) fault = 'names no OpenAPI description (openapi: path/to/openapi.yaml)';
        else if (api.openapiStatus === 'missing') fault = `names the OpenAPI file '${api.openapi}', which does not exist (relative to ${service.loc.file})`;
        else if (api.openapiStatus === 'unparseable') fault = `names the OpenAPI file '${api.openapi}', which does not parse as an OpenAPI or Swagger document`;
        if (fault === null) continue;
        findings.push({
          message:
            `API '${api.name}' of service '${service.name}' is exposed through the ${api.exposure === 'gateway' ? 'gateway' : 'ESB'} but ${fault}. ` +
            'APIs offered to others need an OpenAPI description: it is what the gateway catalogue publishes and consumers code against.',
          file: api.loc.file,
          line: api.loc.line,
          column: api.loc.column,
          identity: [service.name, api.name],
        });
      }
    }
    return findings;
  },
});
