/**
 * The integration landscape: who calls whom. A graph computed from a scan's result (src/landscape/build.ts), part of
 * the JSON report as `landscape` (schemas/landscape.schema.json) and what `arch-lint graph`, `--format html`, the
 * pull-request diagram and `arch-lint merge` draw. Plain data; ids are stable strings, lists are sorted.
 */

/**
 * What a node stands for:
 * - `service`: a service of the scanned repository (from its manifests), or `repository` for code outside every service;
 * - `gateway`, `esb`: the API gateway and the ESB (one node each);
 * - `system`: an internal system known by host only (no manifest names it);
 * - `external`: an external host (SaaS, another organisation);
 * - `local`: this machine (localhost: dev values);
 * - `unknown`: a host no zone matches;
 * - `unresolved`: calls whose target could not be worked out.
 */
export type LandscapeNodeKind = 'service' | 'repository' | 'gateway' | 'esb' | 'system' | 'external' | 'local' | 'unknown' | 'unresolved';

/**
 * How an edge integrates:
 * - `direct`: point to point to an internal system (a violation unless waived);
 * - `gateway`, `esb`: through the API gateway or the ESB (the approved way); gateway → backend edges are `gateway` too;
 * - `external`: to an external system; `local`: to localhost (dev values);
 * - `unverified`: the target is unresolved or in no zone.
 */
export type LandscapeEdgeKind = 'direct' | 'gateway' | 'esb' | 'external' | 'local' | 'unverified';

export interface LandscapeNode {
  /** `service:<name>`, `repository:<name>`, `gateway`, `esb`, `system:<host>`, `external:<host>`, `local`, `unknown:<host>`, `unresolved`. */
  id: string;
  kind: LandscapeNodeKind;
  label: string;
  /** For `service` nodes: hosts where the service is reachable (manifests, Routes, Ingresses, Services, compose names); for host nodes: the host. */
  hosts: string[];
  /** The system (Backstage `System`) a service belongs to, when declared. */
  system?: string;
  /** The repository the node is served from: set on `service` and `repository` nodes, and by `merge` on nodes it joined to a repository. */
  repository?: string;
}

export interface LandscapeFindingRef {
  ruleId: string;
  severity: 'error' | 'warning';
  /** The finding's fingerprint (links the edge to the report's finding). */
  fingerprint: string;
  /** Set when a waiver, directive or baseline suppresses the finding. */
  suppressed?: true;
}

export interface LandscapeEdge {
  /** `<from>-><to>` plus `#<kind>` and, for gateway edges, `@<api>`: unique within a landscape. */
  id: string;
  from: string;
  to: string;
  kind: LandscapeEdgeKind;
  /** Call sites (or client configurations no call site reaches) that make this integration. */
  calls: number;
  /** The worst finding on those calls (a live error first, then a live warning, then a suppressed one); null when none. */
  worst: LandscapeFindingRef | null;
  /** For gateway edges: the catalogue API used (or, for gateway → backend edges, published). */
  api?: string;
  /** Set on gateway → backend edges: the route comes from the gateway's catalogue or from the configuration of the system's own gateway (`gatewayRoutes`), not from a call in the code. */
  route?: true;
  /** Fingerprints of every finding on the edge's calls (the report's findings), sorted; absent when none. */
  findings?: string[];
}

export interface LandscapeChange {
  /** The ref compared with (`--changed-since`). */
  base: string;
  /** Edges present now and not at the merge base. */
  added: LandscapeEdge[];
  /** Edges present at the merge base and not now. */
  removed: LandscapeEdge[];
  /** The nodes the added and removed edges connect (from either side). */
  nodes: LandscapeNode[];
}

/** The landscape of one repository (`landscape` in the JSON report). */
export interface Landscape {
  version: 1;
  /** The repository's name (the scan root's folder name): what `merge` joins on. */
  repository: string;
  nodes: LandscapeNode[];
  edges: LandscapeEdge[];
  /** With `--changed-since` (markdown, GitHub job summary): the integrations the change adds or removes. */
  change?: LandscapeChange;
}
