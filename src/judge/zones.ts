/**
 * Host → zone classification: the organisation's policy applied to one host.
 * Patterns are an exact host name or `*.domain`, which matches any subdomain of domain
 * (`a.domain`, `a.b.domain`) but not `domain` itself. Matching ignores case, a port and a trailing dot.
 */
import { isIP } from 'node:net';
import type { ConfiguredZone } from '../config/types.js';
import type { Zone } from '../model.js';

/** Order in which zones are tried: the first that matches wins (the gateway is `*.helsinki.fi` too). */
export const zoneOrder: readonly ConfiguredZone[] = ['gateway', 'esb', 'local', 'internal', 'external'];

/** Lower-cased host without brackets, port or trailing dot: `[::1]:8080` → `::1`, `Api:3000` → `api`. */
export function normalizeHost(host: string): string {
  let value = host.trim().toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    value = end > 0 ? value.slice(1, end) : value.slice(1);
  } else if (value.split(':').length === 2) {
    value = value.slice(0, value.indexOf(':'));
  }
  return value.endsWith('.') ? value.slice(0, -1) : value;
}

/**
 * Whether a host matches a pattern. A pattern with a port (`localhost:11632`, `*.example.fi:8443`) matches only that
 * port, when the caller knows it (`port`); without a port a pattern matches every port.
 */
export function matchesHostPattern(host: string, pattern: string, port?: string | null): boolean {
  const name = normalizeHost(host);
  let wanted = pattern.trim().toLowerCase();
  const patternPort = /^[^[\]:]+:(\d+)$/.exec(wanted)?.[1];
  if (patternPort !== undefined && port !== undefined) {
    if (port !== patternPort) return false;
    wanted = wanted.slice(0, wanted.lastIndexOf(':'));
  }
  if (wanted.startsWith('*.')) return name.endsWith(wanted.slice(1)) && name.length > wanted.length - 1;
  return name === normalizeHost(wanted);
}

export function matchesAnyHostPattern(host: string, patterns: readonly string[], port?: string | null): boolean {
  return patterns.some((pattern) => matchesHostPattern(host, pattern, port));
}

function ipv4Octets(host: string): number[] | null {
  return isIP(host) === 4 ? host.split('.').map(Number) : null;
}

/**
 * Names a container or an emulator gives the developer's own machine: Docker's and Podman's host aliases, the Android
 * emulator's (10.0.2.2) and Genymotion's (10.0.3.2) alias of the host's loopback.
 */
const DEVELOPER_MACHINE_ALIASES: ReadonlySet<string> = new Set(['host.docker.internal', 'gateway.docker.internal', 'host.containers.internal', '10.0.2.2', '10.0.3.2']);
/** The cloud's instance metadata service, answered by the machine's own hypervisor (GCP's name; AWS, Azure and GCP at 169.254.169.254). */
const INSTANCE_METADATA_HOSTS: ReadonlySet<string> = new Set(['metadata.google.internal']);

/**
 * This machine: localhost, *.localhost, 127.0.0.0/8, 0.0.0.0, ::1 (and its IPv4-mapped form), the link-local
 * 169.254.0.0/16 (instance metadata, ECS task metadata), and the names of DEVELOPER_MACHINE_ALIASES and INSTANCE_METADATA_HOSTS.
 */
function isBuiltInLocal(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost') || DEVELOPER_MACHINE_ALIASES.has(host) || INSTANCE_METADATA_HOSTS.has(host)) return true;
  const v4 = ipv4Octets(host.startsWith('::ffff:') ? host.slice(7) : host);
  if (v4) return v4[0] === 127 || (v4[0] === 169 && v4[1] === 254) || v4.every((octet) => octet === 0);
  return host === '::1' || host === '::';
}

/**
 * Private networks and single-label names (`importer-api`, a container or cluster service) are
 * the organisation's own, whatever the preset says.
 */
function isBuiltInInternal(host: string): boolean {
  const v4 = ipv4Octets(host);
  if (v4) {
    const [a, b] = v4 as [number, number];
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  if (isIP(host) === 6) return /^f[cd][0-9a-f]{2}:/.test(host); // unique local fc00::/7
  return !host.includes('.') && host.length > 0;
}

/** The zone of a host under the configured patterns; `unknown` when none matches. */
export function classifyHost(host: string, zones: Readonly<Record<ConfiguredZone, readonly string[]>>, port?: string | null): Zone {
  const name = normalizeHost(host);
  for (const zone of zoneOrder) {
    if (matchesAnyHostPattern(name, zones[zone], port)) return zone;
    if (zone === 'local' && isBuiltInLocal(name)) return 'local';
    if (zone === 'internal' && isBuiltInInternal(name)) return 'internal';
  }
  return 'unknown';
}
