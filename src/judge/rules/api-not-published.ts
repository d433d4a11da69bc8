/**
 * `api-not-published`: a service manifest says an API is exposed through the gateway, but no catalogue
 * API has a backend on any of the service's hosts (from `spec.hosts` or its Routes/Ingresses/Services).
 */
import { urlParts } from '../../catalog/match.js';
import { defineRule } from '../rule.js';
import type { RuleFinding } from '../rule.js';

export const apiNotPublished = defineRule({
  id: 'api-not-published',
  defaultSetting: 'warn',
  description: "A service provides an API with 'exposure: gateway', but no API in the gateway catalogue has a backend on the service's hosts.",
  check({ services, catalog }) {
    // No catalogue configured: nothing to compare with (the catalogue docs say how to add one).
    if (catalog.length === 0) return [];
    const backendHosts = new Set<string>();
    for (const api of catalog) {
      for (const backend of api.backends) {
        const host = backend.url === null ? null : urlParts(backend.url)?.host;
        if (host) backendHosts.add(host);
      }
    }
    const findings: RuleFinding[] = [];
    for (const service of services) {
      const hosts = [...new Set(service.hosts.map(hostName))].filter((host) => host !== '').sort();
      const published = hosts.some((host) => backendHosts.has(host));
      if (published) continue;
      for (const provided of service.provides) {
        if (provided.exposure !== 'gateway') continue;
        const why =
          hosts.length === 0
            ? `arch-lint knows no host of service '${service.name}' (add 'hosts' to its manifest, or an OpenShift Route / Ingress for it), so no catalogue backend can be matched to it`
            : `no API in the gateway catalogue has a backend on its hosts (${hosts.join(', ')})`;
        findings.push({
          message:
            `API '${provided.name}' of service '${service.name}' is declared 'exposure: gateway', but ${why}. ` +
            'Publish it on the gateway (with its OpenAPI description) or change the exposure; if it was published recently, refresh the catalogue.',
          file: provided.loc.file,
          line: provided.loc.line,
          column: provided.loc.column,
          identity: [service.name, provided.name],
        });
      }
    }
    return findings;
  },
});

/** `Host:8080` → `host`; a URL → its host. */
function hostName(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.includes('://')) return urlParts(trimmed)?.host ?? '';
  return trimmed.replace(/:\d+$/, '').replace(/\/.*$/, '');
}
