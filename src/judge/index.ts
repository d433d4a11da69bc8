/**
 * Judge stage: classify every target host into a zone, run the enabled rules with their
 * configured severities, fingerprint the findings, apply suppressions, and sort.
 */
import { createHash } from 'node:crypto';
import type { ResolvedConfig } from '../config/types.js';
import type { FileFacts, Finding, Loc, GatewayApi, Problem, ResolvedCall, RuleMeta, RuleSetting, ServiceDeclaration, Zone } from '../model.js';
import type { RuleFinding, RuleModule } from './rule.js';
import { rules as registeredRules } from './rules/index.js';
import { groupByIntegrationPoint } from './integration-points.js';
import { applySuppressions, type SuppressionPass } from './suppressions/passes.js';
import { classifyHost, matchesAnyHostPattern } from './zones.js';

/** Base of every rule's `helpUri`: the docs page in the repository. */
export const RULE_DOCS_BASE_URL = 'https://github.com/arch-lint/arch-lint/blob/main/docs/rules/';

export interface JudgeInput {
  calls: readonly ResolvedCall[];
  facts?: readonly FileFacts[];
  services?: readonly ServiceDeclaration[];
  catalog?: readonly GatewayApi[];
  /** Problems found so far (manifest schema violations become `invalid-manifest` findings). */
  problems?: readonly Problem[];
  config: ResolvedConfig;
  now: Date;
  /** Rule settings that win over the config (`lint({ rules })`, CLI `--rule`). */
  ruleOverrides?: Record<string, RuleSetting>;
  /** Rules to choose from (default: the registry); tests pass their own. */
  rules?: Readonly<Record<string, RuleModule>>;
  suppressionPasses?: readonly SuppressionPass[];
  /** Services that are the system's own gateways (routes in their configuration, `kind: gateway`): calls to them are zone `gateway`. */
  gatewayServices?: readonly string[];
}

export interface JudgeOutput {
  /** The input calls with zones classified and ignored hosts marked (same order: `callIndex` points here). */
  calls: ResolvedCall[];
  findings: Finding[];
  /** Metadata of the rules that ran. */
  rules: RuleMeta[];
}

/** The port a target's URL names, null when none (or not a URL). */
function portOf(url: string | null): string | null {
  if (url === null) return null;
  // Only an authority with `:digits` has a port worth parsing the URL for.
  if (!/^[a-z][a-z\d+.-]*:\/\/[^/?#]*:\d/i.test(url)) return null;
  try {
    const port = new URL(url.replace(/[{}]/g, '')).port;
    return port === '' ? null : port;
  } catch {
    return null;
  }
}

/**
 * Give every target with a host its zone; the resolver's `self` and `unresolved` stay as they are. A target whose service is
 * a gateway of the system (`gatewayServices`) or is named in `zones.gateway` is zone `gateway`.
 */
export function classifyCalls(
  calls: readonly ResolvedCall[],
  config: ResolvedConfig,
  gatewayServices: readonly string[] = [],
  ownHosts: ReadonlyMap<string, Loc> = new Map(),
  workloadHosts: ReadonlyMap<string, Loc> = new Map(),
): ResolvedCall[] {
  const gatewayNames = new Set([...gatewayServices, ...config.zones.gateway].map((name) => name.toLowerCase()));
  // Many calls reach few hosts: each host (and port) is classified once.
  const zones = new Map<string, Zone>();
  const ignored = new Map<string, boolean>();
  const zoneOf = (host: string, port: string | null): Zone => {
    const key = `${host}\u0000${port ?? ''}`;
    let zone = zones.get(key);
    if (zone === undefined) zones.set(key, (zone = classifyHost(host, config.zones, port)));
    return zone;
  };
  const isIgnored = (host: string): boolean => {
    let result = ignored.get(host);
    if (result === undefined) ignored.set(host, (result = matchesAnyHostPattern(host, config.ignoreHosts)));
    return result;
  };
  return calls.map((call) => ({
    ...call,
    targets: call.targets.map((target) => {
      if (target.host === null || target.zone === 'self' || target.zone === 'unresolved') return { ...target };
      // A gateway service by name, or the host of a gateway workload (`http://webshoppingapigw`, a compose service running Envoy).
      const viaGateway = (target.service !== undefined && gatewayNames.has(target.service.toLowerCase())) || gatewayNames.has(target.host.toLowerCase());
      // A host the repository publishes itself (its own Route or Ingress), claimed by no declared service: the code's own
      // application reached through its public address, as a relative URL would reach it.
      const own = target.service === undefined && !viaGateway ? ownHosts.get(target.host.toLowerCase()) : undefined;
      if (own) return { ...target, zone: 'self' as const, via: [...target.via, `'${target.host}' is this repository's own address (${own.file}:${own.line})`] };
      const zone = viaGateway ? ('gateway' as const) : zoneOf(target.host, portOf(target.url));
      // A host in no zone that names a compose service or a Kubernetes Service of the repository (`catalog.api`,
      // `orders.shop`) is a container or cluster name: internal, as a single-label name is.
      const workload = zone === 'unknown' ? workloadHosts.get(target.host.toLowerCase()) : undefined;
      const classified = workload
        ? { ...target, zone: 'internal' as const, via: [...target.via, `'${target.host}' is a container or cluster service name of this repository (${workload.file}:${workload.line})`] }
        : { ...target, zone };
      if (isIgnored(target.host)) classified.ignored = true;
      return classified;
    }),
  }));
}

export function severityOf(setting: RuleSetting): 'error' | 'warning' | null {
  return setting === 'error' ? 'error' : setting === 'warn' ? 'warning' : null;
}

/**
 * sha256 of rule id, file and the rule's identity parts (enclosing symbol, target hosts…) plus the
 * occurrence index among findings with the same key, so two identical calls in one function differ.
 * Never line numbers: adding lines above a call keeps its fingerprint.
 */
export function fingerprintFindings(ruleFindings: readonly { ruleId: string; finding: RuleFinding }[]): string[] {
  const seen = new Map<string, number>();
  const order = ruleFindings
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.finding.line - b.entry.finding.line || a.entry.finding.column - b.entry.finding.column || a.index - b.index);
  const fingerprints: string[] = new Array<string>(ruleFindings.length);
  for (const { entry, index } of order) {
    const key = [entry.ruleId, entry.finding.file, ...entry.finding.identity].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    fingerprints[index] = createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  }
  return fingerprints;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** The hosts of the repository's own deployment files of the given sources, lower case → where (the first place). */
function hostsFrom(facts: readonly FileFacts[], sources: ReadonlySet<string>): Map<string, Loc> {
  const hosts = new Map<string, Loc>();
  for (const fileFacts of facts) {
    for (const fact of fileFacts.hosts) {
      const host = fact.host.trim().toLowerCase().replace(/\.$/, '');
      if (sources.has(fact.source) && !hosts.has(host)) hosts.set(host, fact.loc);
    }
  }
  return hosts;
}

const PUBLISHED = new Set(['route', 'ingress']);
const WORKLOAD_NAMES = new Set(['compose-service', 'k8s-service']);

/** The hosts the repository's own deployment files publish (OpenShift Routes, Kubernetes Ingresses), lower case → where. */
export function ownHosts(facts: readonly FileFacts[]): Map<string, Loc> {
  return hostsFrom(facts, PUBLISHED);
}

/** The names the repository's compose services and Kubernetes Services are reached by (with aliases), lower case → where. */
export function workloadHosts(facts: readonly FileFacts[]): Map<string, Loc> {
  return hostsFrom(facts, WORKLOAD_NAMES);
}

export function judge(input: JudgeInput): JudgeOutput {
  const available = input.rules ?? registeredRules;
  const calls = classifyCalls(input.calls, input.config, input.gatewayServices, ownHosts(input.facts ?? []), workloadHosts(input.facts ?? []));
  const services = input.services ?? [];
  const collected: { ruleId: string; severity: 'error' | 'warning'; finding: RuleFinding }[] = [];
  const ran: RuleMeta[] = [];
  for (const rule of Object.values(available)) {
    const configured = input.config.rules[rule.id];
    const setting = input.ruleOverrides?.[rule.id] ?? configured?.setting ?? rule.defaultSetting;
    const severity = severityOf(setting);
    if (!severity) continue;
    ran.push({ id: rule.id, severity, description: rule.description, helpUri: `${RULE_DOCS_BASE_URL}${rule.id}.md` });
    const found = rule.check({
      calls,
      services,
      catalog: input.catalog ?? [],
      problems: input.problems ?? [],
      config: input.config,
      now: input.now,
      options: configured?.options ?? {},
    });
    for (const finding of found) collected.push({ ruleId: rule.id, severity, finding });
  }
  const ruleFindings = groupByIntegrationPoint(collected, calls);
  const fingerprints = fingerprintFindings(ruleFindings);
  const findings: Finding[] = ruleFindings.map(({ ruleId, severity, finding }, index) => {
    // Keys in the model's order, so the JSON report reads the same way every time.
    const built: Finding = { ruleId, severity, message: finding.message, file: finding.file, line: finding.line, column: finding.column, fingerprint: fingerprints[index]! };
    if (finding.callIndex !== undefined) built.callIndex = finding.callIndex;
    if (finding.related) built.related = finding.related;
    if (finding.fix) built.fix = finding.fix;
    return built;
  });
  const kept = applySuppressions(
    findings,
    { calls, facts: input.facts ?? [], services, catalog: input.catalog ?? [], config: input.config, now: input.now },
    input.suppressionPasses,
  );
  ran.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { calls, findings: [...kept].sort(compareFindings), rules: ran };
}
