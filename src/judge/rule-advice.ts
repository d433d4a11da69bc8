/**
 * The advice sentence a rule ends each of its messages with, when it is the same for every finding. Its own module
 * (no imports) so that the stylish report can print it once per rule at the end instead of under every finding,
 * without loading the rules.
 */
export const RULE_ADVICE: Readonly<Record<string, string>> = {
  'no-direct-integration': 'Consume the API through the gateway (publish it there if it is not yet), or through the ESB if the integration transforms or orchestrates data.',
  'waiver-expired': 'Move the integration to the gateway or the ESB, or renew the waiver with a new reason and date.',
  'waiver-expiring': 'Plan the move to the gateway or the ESB, or renew the waiver before it lapses.',
  'unverified-target':
    'Make it verifiable: bind it in a deployment file of this repository, pass the deployment repository with `--deployments <dir>` (or `deployments:` in the config), or state its production value under `bindings:` in the config.',
};
