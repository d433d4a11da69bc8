import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/landscape/build.js
function repositoryName(root) {
  const parts = root.split(/[\\/]/).filter((part) => part !== "");
  return parts[parts.length - 1] ?? "repository";
}
function hostOnly(host) {
  let value = host.trim().toLowerCase();
  if (value.startsWith("["))
    return value.slice(1, Math.max(1, value.indexOf("]")));
  if (value.split(":").length === 2)
    value = value.slice(0, value.indexOf(":"));
  return value.endsWith(".") ? value.slice(0, -1) : value;
}
var edgeKindOfZone = {
  gateway: "gateway",
  esb: "esb",
  internal: "direct",
  external: "external",
  local: "local",
  unknown: "unverified",
  unresolved: "unverified"
};
var ruleEdgeKinds = {
  "no-direct-integration": ["direct"],
  "gateway-bypass": ["direct"],
  "unknown-target": ["unverified"]
};
var severityRank = (ref) => ref.suppressed ? 0 : ref.severity === "error" ? 2 : 1;
var findingRank = (ref) => ref === null ? -1 : severityRank(ref);
function foldEdge(edges, edge, id, from, to) {
  const existing = edges.get(id);
  if (!existing) {
    edges.set(id, { ...edge, id, from, to, ...edge.findings ? { findings: [...edge.findings] } : {} });
    return null;
  }
  if (findingRank(edge.worst) > findingRank(existing.worst))
    existing.worst = edge.worst;
  if (edge.findings)
    existing.findings = [.../* @__PURE__ */ new Set([...existing.findings ?? [], ...edge.findings])].sort();
  return existing;
}
function edgeId(from, to, kind, api) {
  return `${from}->${to}#${kind}${api === void 0 ? "" : `@${api}`}`;
}
var compareIds = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
function buildLandscape(input) {
  const { result } = input;
  const repository = input.repository ?? repositoryName(result.root);
  const services = input.services ?? [];
  const nodes = /* @__PURE__ */ new Map();
  const serviceByName = new Map(services.map((service) => [service.name, service]));
  const serviceByHost = /* @__PURE__ */ new Map();
  for (const service of services)
    for (const host of service.hosts)
      if (!serviceByHost.has(hostOnly(host)))
        serviceByHost.set(hostOnly(host), service.name);
  const addNode = (node) => {
    const existing = nodes.get(node.id);
    if (!existing)
      nodes.set(node.id, node);
    else
      for (const host of node.hosts)
        if (!existing.hosts.includes(host))
          existing.hosts.push(host);
    return node.id;
  };
  const serviceIds = /* @__PURE__ */ new Map();
  const serviceNode = (name) => {
    const known = serviceIds.get(name);
    if (known !== void 0)
      return known;
    const id = addServiceNode(name);
    serviceIds.set(name, id);
    return id;
  };
  const addServiceNode = (name) => {
    const service = serviceByName.get(name);
    const hosts = service ? [...new Set(service.hosts.map(hostOnly))] : [];
    return addNode({ id: `service:${name}`, kind: "service", label: name, hosts, ...service?.system ? { system: service.system } : {}, repository });
  };
  for (const service of services)
    serviceNode(service.name);
  const internalNode = (host, service) => {
    const known = service ?? serviceByHost.get(host);
    if (known !== void 0)
      return serviceNode(known);
    return addNode({ id: `system:${host}`, kind: "system", label: host, hosts: [host] });
  };
  const targetNode = (target) => {
    const kind = edgeKindOfZone[target.zone];
    if (kind === void 0)
      return null;
    const host = target.host === null ? null : hostOnly(target.host);
    if (host === null || target.zone === "unresolved")
      return { to: addNode({ id: "unresolved", kind: "unresolved", label: "unresolved", hosts: [] }), kind };
    switch (target.zone) {
      case "gateway":
        return { to: addNode({ id: "gateway", kind: "gateway", label: "API gateway", hosts: [host] }), kind };
      case "esb":
        return { to: addNode({ id: "esb", kind: "esb", label: "ESB", hosts: [host] }), kind };
      case "internal":
        return { to: internalNode(host, target.service), kind };
      case "external":
        return { to: addNode({ id: `external:${host}`, kind: "external", label: host, hosts: [host] }), kind };
      case "local":
        return { to: addNode({ id: "local", kind: "local", label: "localhost", hosts: [host] }), kind };
      default:
        return { to: addNode({ id: `unknown:${host}`, kind: "unknown", label: host, hosts: [host] }), kind };
    }
  };
  const sourceNode = (call) => call.service !== void 0 ? serviceNode(call.service) : addNode({ id: `repository:${repository}`, kind: "repository", label: repository, hosts: [], repository });
  const edges = /* @__PURE__ */ new Map();
  const edgesOfCall = [];
  const locKey = (file, line, column) => `${file}:${line}:${column}`;
  const pointed = /* @__PURE__ */ new Set();
  for (const call of result.calls)
    if (call.point)
      pointed.add(locKey(call.point.file, call.point.line, call.point.column));
  result.calls.forEach((call, index) => {
    const from = sourceNode(call);
    const ids = /* @__PURE__ */ new Set();
    for (const target of call.targets) {
      const reached = targetNode(target);
      if (!reached)
        continue;
      const api = reached.kind === "gateway" ? target.api : void 0;
      const id = edgeId(from, reached.to, reached.kind, api);
      ids.add(id);
      let building = edges.get(id);
      if (!building) {
        building = { edge: { id, from, to: reached.to, kind: reached.kind, calls: 0, worst: null, ...api !== void 0 ? { api } : {} }, calls: /* @__PURE__ */ new Set(), configs: /* @__PURE__ */ new Set(), findings: /* @__PURE__ */ new Set() };
        edges.set(id, building);
      }
      if (call.kind === "call")
        building.calls.add(index);
      else if (!pointed.has(locKey(call.file, call.line, call.column)))
        building.configs.add(index);
    }
    edgesOfCall[index] = [...ids];
  });
  const callsAt = /* @__PURE__ */ new Map();
  result.calls.forEach((call, index) => {
    for (const key of [locKey(call.file, call.line, call.column), ...call.point ? [locKey(call.point.file, call.point.line, call.point.column)] : []]) {
      const list = callsAt.get(key) ?? [];
      list.push(index);
      callsAt.set(key, list);
    }
  });
  const attach = (finding) => {
    const indexes = /* @__PURE__ */ new Set();
    if (finding.callIndex !== void 0)
      indexes.add(finding.callIndex);
    if (finding.callIndex === void 0)
      return;
    for (const key of [locKey(finding.file, finding.line, finding.column), ...(finding.related ?? []).map((related) => locKey(related.file, related.line, related.column))]) {
      for (const index of callsAt.get(key) ?? [])
        indexes.add(index);
    }
    const kinds = ruleEdgeKinds[finding.ruleId];
    const ref = { ruleId: finding.ruleId, severity: finding.severity, fingerprint: finding.fingerprint, ...finding.suppressed ? { suppressed: true } : {} };
    for (const index of indexes) {
      for (const id of edgesOfCall[index] ?? []) {
        const building = edges.get(id);
        if (building.edge.kind === "local" || kinds !== void 0 && !kinds.includes(building.edge.kind))
          continue;
        building.findings.add(finding.fingerprint);
        const worst = building.edge.worst;
        if (worst === null || severityRank(ref) > severityRank(worst) || severityRank(ref) === severityRank(worst) && ref.fingerprint < worst.fingerprint)
          building.edge.worst = ref;
      }
    }
  };
  for (const finding of result.findings)
    attach(finding);
  const usedApis = new Set([...edges.values()].flatMap((building) => building.edge.api === void 0 ? [] : [building.edge.api]));
  for (const api of input.catalog ?? []) {
    if (!usedApis.has(api.name))
      continue;
    for (const backend of api.backends) {
      if (backend.url === null)
        continue;
      let host;
      try {
        host = hostOnly(new URL(backend.url).host);
      } catch {
        continue;
      }
      const zone = input.zoneOf?.(host) ?? "internal";
      const to = zone === "external" ? addNode({ id: `external:${host}`, kind: "external", label: host, hosts: [host] }) : internalNode(host, void 0);
      const id = edgeId("gateway", to, "gateway", api.name);
      if (!edges.has(id))
        edges.set(id, { edge: { id, from: "gateway", to, kind: "gateway", calls: 0, worst: null, api: api.name, route: true }, calls: /* @__PURE__ */ new Set(), configs: /* @__PURE__ */ new Set(), findings: /* @__PURE__ */ new Set() });
      addNode({ id: "gateway", kind: "gateway", label: "API gateway", hosts: [] });
    }
  }
  for (const route of result.gatewayRoutes ?? []) {
    if (route.service === void 0)
      continue;
    const to = serviceNode(route.service);
    const id = edgeId("gateway", to, "gateway", void 0);
    if (!edges.has(id))
      edges.set(id, { edge: { id, from: "gateway", to, kind: "gateway", calls: 0, worst: null, route: true }, calls: /* @__PURE__ */ new Set(), configs: /* @__PURE__ */ new Set(), findings: /* @__PURE__ */ new Set() });
    addNode({ id: "gateway", kind: "gateway", label: "API gateway", hosts: [] });
  }
  const edgeList = [...edges.values()].map((building) => ({ ...building.edge, calls: building.calls.size + building.configs.size, ...building.findings.size > 0 ? { findings: [...building.findings].sort() } : {} })).sort(compareIds);
  const nodeList = [...nodes.values()].map((node) => ({ ...node, hosts: [...node.hosts].sort() })).sort(compareIds);
  return { version: 1, repository, nodes: nodeList, edges: edgeList };
}

export {
  repositoryName,
  findingRank,
  foldEdge,
  edgeId,
  buildLandscape
};
//# sourceMappingURL=chunk-7ZQWAGTN.js.map
