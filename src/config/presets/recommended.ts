import type { ConfigFile } from '../types.js';

/**
 * Generic starting point for any organisation: only what is true everywhere.
 * Private IPs, single-label hosts and the `local` zone are built into the classifier, not listed here.
 */
export const recommendedPreset: ConfigFile = {
  zones: {
    gateway: [],
    esb: [],
    local: [],
    // Cluster-internal DNS names are someone's service inside the organisation.
    internal: ['*.svc.cluster.local', '*.cluster.local', '*.internal'],
    // Well-known SaaS: external, so `unknown-target` does not flag them.
    external: [
      'api.github.com',
      '*.sentry.io',
      'api.openai.com',
      'hooks.slack.com',
      'slack.com',
      '*.googleapis.com',
      'api.stripe.com',
    ],
  },
  rules: {
    'no-direct-integration': 'error',
    'unknown-target': 'off',
    'unverified-target': 'warn',
  },
  ignoreHosts: [],
};
