/**
 * Gateways configured in files of their own: Ocelot, KrakenD, Kong (declarative), Envoy (static), Traefik (file provider)
 * and Apache httpd (mod_proxy) — each route as path, target and place; how the files are found; text of no format.
 */
import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../../src/discover/classify.js';
import { readApache } from '../../../src/extract/manifests/apache.js';
import { readGatewayConfig } from '../../../src/extract/manifests/gateway-config.js';
import { readKubernetes } from '../../../src/extract/manifests/kubernetes.js';
import { readNginx } from '../../../src/extract/manifests/nginx.js';
import type { FileFacts } from '../../../src/model.js';

const routes = (facts: FileFacts): [string | null, string, number][] => (facts.routes ?? []).map((route) => [route.path, route.target, route.loc.line]);

describe('gateway configurations', () => {
  it('Ocelot: each downstream host and port of a route (keys in any case, comments allowed), ReRoutes, and a discovered ServiceName', () => {
    const json = [
      '{',
      '  // the shopping aggregator',
      '  "Routes": [',
      '    { "DownstreamPathTemplate": "/api/{version}/{everything}", "DownstreamScheme": "http",',
      '      "DownstreamHostAndPorts": [ { "Host": "catalog-api", "Port": 80 }, { "Host": "catalog-api-2", "Port": 8080 } ],',
      '      "UpstreamPathTemplate": "/api/{version}/c/{everything}" },',
      '    { "downstreamPathTemplate": "/orders", "downstreamScheme": "https", "serviceName": "ordering", "upstreamPathTemplate": "/o" },',
      '  ],',
      '}',
    ].join('\n');
    expect(routes(readGatewayConfig('gw/ocelot.json', json))).toEqual([
      ['/api/{version}/c/{everything}', 'http://catalog-api:80/api/', 5],
      ['/api/{version}/c/{everything}', 'http://catalog-api-2:8080/api/', 5],
      ['/o', 'https://ordering/orders', 7],
    ]);
    const old = '{ "ReRoutes": [ { "DownstreamPathTemplate": "/x", "DownstreamHostAndPorts": [ { "Host": "legacy", "Port": 5000 } ], "UpstreamPathTemplate": "/legacy/x" } ] }';
    expect(routes(readGatewayConfig('gw/ocelot.Development.json', old))).toEqual([['/legacy/x', 'http://legacy:5000/x', 1]]);
  });

  it('KrakenD: each backend host with its url_pattern, the file-wide host when a backend has none, a host without scheme', () => {
    const json = JSON.stringify({
      version: 3,
      host: ['http://fallback:9000'],
      endpoints: [
        { endpoint: '/v1/users/{id}', backend: [{ host: ['http://users:8080/'], url_pattern: '/users/{id}' }, { url_pattern: '/profiles/{id}' }] },
        { endpoint: '/v1/stock', backend: [{ host: 'stock:7000', url_pattern: '/stock' }] },
      ],
    }, null, 2);
    expect(routes(readGatewayConfig('krakend.json', json)).map(([p, t]) => [p, t])).toEqual([
      ['/v1/users/{id}', 'http://users:8080/users/'],
      ['/v1/users/{id}', 'http://fallback:9000/profiles/'],
      ['/v1/stock', 'http://stock:7000/stock'],
    ]);
  });

  it('Kong (declarative, read from any YAML file): a service url or host/port/path, its routes’ paths, top-level routes, upstream targets', () => {
    const yaml = [
      '_format_version: "3.0"',
      'services:',
      '  - name: orders',
      '    url: http://orders:8080/api',
      '    routes:',
      '      - paths: [/orders]',
      '  - name: catalog',
      '    protocol: http',
      '    host: catalog-upstream',
      '    path: /v2',
      '  - name: users',
      '    host: users',
      '    port: 3000',
      'routes:',
      '  - name: catalog-route',
      '    service: { name: catalog }',
      '    paths: [/catalog]',
      'upstreams:',
      '  - name: catalog-upstream',
      '    targets:',
      '      - target: catalog-1:80',
      '      - target: catalog-2:80',
      '',
    ].join('\n');
    expect(routes(readKubernetes('kong/kong.yml', yaml))).toEqual([
      ['/orders', 'http://orders:8080/api', 4],
      ['/catalog', 'http://catalog-1:80/v2', 9],
      ['/catalog', 'http://catalog-2:80/v2', 9],
      [null, 'http://users:3000', 12],
    ]);
  });

  it('Envoy (static configuration, also under a config/ folder): routes of the listeners to their clusters’ endpoints, weighted clusters, TLS', () => {
    const yaml = [
      'static_resources:',
      '  listeners:',
      '    - name: http',
      '      address: { socket_address: { address: 0.0.0.0, port_value: 80 } }',
      '      filter_chains:',
      '        - filters:',
      '            - name: envoy.filters.network.http_connection_manager',
      '              typed_config:',
      '                route_config:',
      '                  virtual_hosts:',
      '                    - name: all',
      '                      domains: ["*"]',
      '                      routes:',
      '                        - match: { prefix: "/c/" }',
      '                          route: { cluster: catalog, prefix_rewrite: "/catalog-api/" }',
      '                        - match: { prefix: "/pay/" }',
      '                          route:',
      '                            weighted_clusters:',
      '                              clusters: [{ name: payments, weight: 100 }]',
      '  clusters:',
      '    - name: catalog',
      '      load_assignment:',
      '        cluster_name: catalog',
      '        endpoints:',
      '          - lb_endpoints:',
      '              - endpoint: { address: { socket_address: { address: catalog-api, port_value: 8080 } } }',
      '    - name: payments',
      '      transport_socket: { name: envoy.transport_sockets.tls }',
      '      hosts: [{ socket_address: { address: payments.example.org, port_value: 443 } }]',
      '',
    ].join('\n');
    expect(routes(readKubernetes('deploy/config/envoy.yaml', yaml))).toEqual([
      ['/c/', 'http://catalog-api:8080/catalog-api/', 26],
      ['/pay/', 'https://payments.example.org:443', 29],
    ]);
    // The listener's own address is not a route, and no binding is read from a gateway's file under config/.
    expect(readKubernetes('deploy/config/envoy.yaml', yaml).bindings).toEqual([]);
  });

  it('Traefik (file provider): a router’s PathPrefix to its service’s servers, and a service no router names', () => {
    const yaml = [
      'http:',
      '  routers:',
      '    api:',
      '      rule: "Host(`shop.example.org`) && PathPrefix(`/api`)"',
      '      service: api@file',
      '  services:',
      '    api:',
      '      loadBalancer:',
      '        servers:',
      '          - url: http://api:8080/',
      '    admin:',
      '      loadBalancer:',
      '        servers: [{ url: "http://admin:9000" }]',
      '',
    ].join('\n');
    expect(routes(readKubernetes('traefik/dynamic.yml', yaml))).toEqual([
      ['/api', 'http://api:8080/', 10],
      [null, 'http://admin:9000', 13],
    ]);
  });

  it('Apache httpd: ProxyPass with a path, in a <Location>, exclusions, balancer members, [P] rewrites; directives in any case', () => {
    const conf = [
      '<VirtualHost *:80>',
      '  # ProxyPass /old http://commented/',
      '  ProxyPass /static !',
      '  ProxyPass "/api/" "http://api:8080/v1/" retry=0',
      '  proxypassmatch ^/img/(.*)$ http://images:9000/$1',
      '  <Location /reports>',
      '    ProxyPass http://reports:7000/',
      '  </Location>',
      '  <Proxy balancer://search>',
      '    BalancerMember http://search-1:9200',
      '    BalancerMember http://search-2:9200',
      '  </Proxy>',
      '  ProxyPass /search/ balancer://search/',
      '  RewriteRule ^/legacy/(.*)$ http://legacy:8000/$1 [P,L]',
      '  RewriteRule ^/moved$ https://elsewhere.example.org/ [R=301,L]',
      '</VirtualHost>',
      '',
    ].join('\n');
    const expected: [string | null, string, number][] = [
      ['/api/', 'http://api:8080/v1/', 4],
      ['^/img/(.*)$', 'http://images:9000/$1', 5],
      ['/reports', 'http://reports:7000/', 7],
      ['/search/', 'http://search-1:9200/', 13],
      ['/search/', 'http://search-2:9200/', 13],
      ['^/legacy/(.*)$', 'http://legacy:8000/$1', 14],
    ];
    expect(routes(readApache('httpd.conf', conf))).toEqual(expected);
    // The folders nginx and Apache share: the content says which.
    expect(routes(readNginx('etc/sites-enabled/shop.conf', conf))).toEqual(expected);
  });

  it('text of no gateway format gives no route, and broken JSON is a problem, not a throw', () => {
    expect(readGatewayConfig('ocelot.json', '{ "GlobalConfiguration": {} }').routes).toBeUndefined();
    expect(readKubernetes('ci/pipeline.yml', 'stages: [build]\nbuild:\n  script: make\n').routes).toBeUndefined();
    expect(readApache('httpd.conf', 'Listen 80\nDocumentRoot /var/www\n').routes).toBeUndefined();
    const broken = readGatewayConfig('ocelot.json', '{ "Routes": [ { "DownstreamHostAndPorts": [ ');
    expect(broken.routes).toBeUndefined();
    expect(broken.problems.length).toBeGreaterThan(0);
  });

  it('ocelot*.json, krakend*.json, kong*.json and envoy*.json are gateway configurations; httpd.conf and .conf files in apache2/ or httpd/ are Apache', () => {
    for (const file of ['ApiGw/ocelot.json', 'ApiGw/ocelot.Production.json', 'krakend.json', 'gw/kong.json', 'envoy-config.json']) {
      expect(classifyFile(file, { packageDirs: new Set() })).toEqual({ type: 'manifest', manifest: 'gateway-config' });
    }
    for (const file of ['httpd.conf', 'docker/apache2/apache2.conf', 'deploy/httpd/conf.d/proxy.conf', 'apache/site.conf']) {
      expect(classifyFile(file, { packageDirs: new Set() })).toEqual({ type: 'manifest', manifest: 'apache' });
    }
    expect(classifyFile('data/settings.json', { packageDirs: new Set() })).toBeNull();
  });
});
