import type { ConfigFile } from '../types.js';

/**
 * University of Helsinki: its Gravitee gateways, its ESB hosts, and which domains are the
 * university's own systems. Sources: /work/shared/reference/gateway-and-formats.md §2.
 */
export const helsinkiPreset: ConfigFile = {
  extends: 'recommended',
  zones: {
    gateway: ['gw.api.helsinki.fi', 'gw-api-test.it.helsinki.fi'],
    // esbpub1/esbpub2: the ESB's public instances (prod; dev under `/devel/`, as on esbmt2), configured as "ESB API endpoint" in UH Drupal sites.
    esb: ['esbmt1.it.helsinki.fi', 'esbmt2.it.helsinki.fi', 'esb-api.it.helsinki.fi', 'esbpub1.it.helsinki.fi', 'esbpub2.it.helsinki.fi'],
    // "Internal" means the university's systems, whatever their domain: Sisu is vendor-hosted.
    internal: ['*.helsinki.fi', 'sis-helsinki.funidata.fi', '*.svc.cluster.local'],
  },
  // The identity provider is authentication, not an integration with a system.
  ignoreHosts: ['login.helsinki.fi', 'login-test.it.helsinki.fi'],
  gateway: {
    entrypoints: ['https://gw.api.helsinki.fi', 'https://gw-api-test.it.helsinki.fi'],
  },
};
