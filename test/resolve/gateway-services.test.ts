/**
 * Issue 12: services that are gateways and build modules as services. Zuul routes in a config server's shared
 * `<application>.yml`, `kind: Gateway` in architecture.yaml, service names and host:port patterns in `zones.gateway`,
 * and the build files that make modules (Maven, Gradle, Gradle Kotlin DSL, .csproj, go.mod). Workspaces written per test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import type { LintResult } from '../../src/model.js';
import { writeTree } from '../helpers/file-tree.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
async function scan(files: Record<string, string>): Promise<LintResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'arch-lint-gateway-'));
  dirs.push(dir);
  writeTree(dir, files);
  return lint({ cwd: dir, paths: ['.'], now: new Date('2026-11-24T00:00:00Z') });
}
const pom = (artifactId: string): string => `<project><parent><artifactId>parent</artifactId></parent><artifactId>${artifactId}</artifactId></project>\n`;
const javaCall = (pkg: string, url: string): string =>
  `package ${pkg};\nimport org.springframework.web.client.RestTemplate;\npublic class Calls {\n  private final RestTemplate rest = new RestTemplate();\n  public Object get() { return rest.getForObject("${url}", Object.class); }\n}\n`;
const zones = (result: LintResult): string[] => result.calls.flatMap((call) => call.targets.map((target) => `${call.service ?? '?'} → ${target.service ?? '?'} ${target.zone} ${target.url}`));

describe('gateway services', () => {
  it('Zuul routes in a config server’s shared <application>.yml make that application a gateway: routes listed, calls to it zone gateway', async () => {
    const result = await scan({
      'gateway/pom.xml': pom('gateway'),
      'config/pom.xml': pom('config'),
      'config/src/main/resources/shared/gateway.yml': 'zuul:\n  routes:\n    accounts:\n      path: /accounts/**\n      serviceId: account-service\n    auth:\n      path: /uaa/**\n      url: http://auth-service:5000\n    catalog-service: /catalog/**\n',
      'account-service/pom.xml': pom('account-service'),
      'auth-service/pom.xml': pom('auth-service'),
      'catalog-service/pom.xml': pom('catalog-service'),
      'web/pom.xml': pom('web'),
      'web/src/main/java/fi/example/web/Calls.java': javaCall('fi.example.web', 'http://gateway:4000/accounts/current'),
    });
    expect(result.gatewayRoutes?.map((route) => [route.gateway, route.path, route.target, route.service])).toEqual([
      ['gateway', '/accounts/**', 'lb://account-service', 'account-service'],
      ['gateway', '/uaa/**', 'http://auth-service:5000', 'auth-service'],
      // The short form: the route's name is the service.
      ['gateway', '/catalog/**', 'lb://catalog-service', 'catalog-service'],
    ]);
    expect(zones(result)).toEqual(['web → gateway gateway http://gateway:4000/accounts/current']);
    expect(result.findings).toEqual([]);
  });

  it('kind: Gateway in architecture.yaml: calls to the service’s hosts are zone gateway', async () => {
    const result = await scan({
      'edge/architecture.yaml': 'apiVersion: arch-lint/v1\nkind: Gateway\nmetadata:\n  name: edge\nspec:\n  hosts: [edge.shop.example]\n',
      'web/architecture.yaml': 'apiVersion: arch-lint/v1\nkind: Service\nmetadata:\n  name: web\n',
      'web/Calls.java': javaCall('fi.example.web', 'http://edge.shop.example/api/orders'),
    });
    expect(zones(result)).toEqual(['web → edge gateway http://edge.shop.example/api/orders']);
    expect(result.problems).toEqual([]);
  });

  it('a compose service running an API gateway image (Envoy, Traefik, Kong…) is a gateway: calls to its host are zone gateway', async () => {
    const result = await scan({
      'docker-compose.yml': 'services:\n  webshoppingapigw:\n    image: envoyproxy/envoy:v1.11.1\n  edge:\n    image: docker.io/library/traefik:v3.1\n  static:\n    image: nginx:1.27\n',
      'web/pom.xml': pom('web'),
      'web/src/main/java/fi/example/web/A.java': javaCall('fi.example.web', 'http://webshoppingapigw/c/api/v1/catalog/items'),
      'web/src/main/java/fi/example/web/B.java': javaCall('fi.example.web', 'http://edge:8080/api/orders'),
      'web/src/main/java/fi/example/web/C.java': javaCall('fi.example.web', 'http://static/index.html'),
    });
    expect(zones(result)).toEqual([
      'web → ? gateway http://webshoppingapigw/c/api/v1/catalog/items',
      'web → ? gateway http://edge:8080/api/orders',
      'web → ? internal http://static/index.html',
    ]);
  });

  it('zones.gateway takes service names (a build module) and host patterns with a port', async () => {
    const result = await scan({
      'arch-lint.config.yaml': 'zones:\n  gateway: [Shop.Bff, "localhost:11632"]\n',
      'Shop.Bff/Shop.Bff.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
      'Shop.App/Shop.App.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
      'Shop.App/Clients.cs':
        'public class Clients\n{\n  private readonly HttpClient http = new HttpClient();\n' +
        '  public Task<string> A() => http.GetStringAsync("http://shop-bff/api/a");\n' +
        '  public Task<string> B() => http.GetStringAsync("http://localhost:11632/api/b");\n' +
        '  public Task<string> C() => http.GetStringAsync("http://localhost:5000/api/c");\n}\n',
    });
    expect(zones(result)).toEqual([
      'Shop.App → Shop.Bff gateway http://shop-bff/api/a',
      'Shop.App → ? gateway http://localhost:11632/api/b',
      'Shop.App → ? local http://localhost:5000/api/c',
    ]);
  });
});

describe('gateway routes written in code and in nginx', () => {
  it('Spring RouteLocator builders, YARP MapForwarder and nginx proxy_pass (also to an upstream) are routes of their service', async () => {
    const result = await scan({
      'edge/pom.xml': pom('edge'),
      'edge/src/main/java/fi/example/edge/Routes.java':
        'package fi.example.edge;\n\npublic class Routes {\n  @Bean\n  public RouteLocator routes(RouteLocatorBuilder builder) {\n' +
        '    return builder.routes()\n      .route("orders", r -> r.path("/api/orders/**").filters(f -> f.stripPrefix(1)).uri("lb://orders-service"))\n      .build();\n  }\n}\n',
      'orders-service/pom.xml': pom('orders-service'),
      'Shop.Web/Shop.Web.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
      'Shop.Web/Program.cs': 'var app = builder.Build();\napp.MapForwarder("/product-images/{id}", "https+http://catalog-api", "/api/catalog/items/{id}/pic");\napp.Run();\n',
      'Catalog.API/Catalog.API.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
      'proxy/Dockerfile': 'FROM nginx:1.27\n',
      'proxy/nginx.conf':
        '# the front proxy\nhttp {\n  upstream reports { server reports-a:8080; server reports-b:8080; }\n  server {\n    listen 80;\n' +
        '    location /api/reports/ { proxy_pass http://reports/; }\n    location /api/catalog/ {\n      proxy_pass "http://catalog-api:8080";\n    }\n  }\n}\n',
      'web/pom.xml': pom('web'),
      'web/src/main/java/fi/example/web/Calls.java': javaCall('fi.example.web', 'http://proxy/api/reports/today'),
    });
    expect(result.gatewayRoutes?.map((route) => [route.gateway, route.path, route.target, route.service ?? null, `${route.loc.file}:${route.loc.line}`])).toEqual([
      ['Shop.Web', '/product-images/{id}', 'https+http://catalog-api', 'Catalog.API', 'Shop.Web/Program.cs:2'],
      ['edge', '/api/orders/**', 'lb://orders-service', 'orders-service', 'edge/src/main/java/fi/example/edge/Routes.java:7'],
      ['proxy', '/api/reports/', 'http://reports-a:8080/', null, 'proxy/nginx.conf:6'],
      ['proxy', '/api/reports/', 'http://reports-b:8080/', null, 'proxy/nginx.conf:6'],
      ['proxy', '/api/catalog/', 'http://catalog-api:8080', 'Catalog.API', 'proxy/nginx.conf:8'],
    ]);
    // The routes are not calls; a call to the nginx service goes through the gateway.
    expect(zones(result)).toEqual(['web → proxy gateway http://proxy/api/reports/today']);
    expect(result.findings).toEqual([]);
  });
  it("an nginx template's ${VAR} targets are put in from the deployment's env (a Dockerfile ENV), else the route has no service", async () => {
    const result = await scan({
      'docker-compose.yml': 'services:\n  web:\n    build: web\n  catalogue:\n    build: catalogue\n',
      'web/Dockerfile': 'FROM nginx:1.27\nENV CATALOGUE_HOST=catalogue\nCOPY default.conf.template /etc/nginx/templates/\n',
      'web/default.conf.template':
        'server {\n  listen 8080;\n  location /api/catalogue/ { proxy_pass http://${CATALOGUE_HOST}:8080/; }\n  location /api/ratings/ { proxy_pass http://${RATINGS_HOST}:80/; }\n}\n',
      'catalogue/Dockerfile': 'FROM node:20\n',
    });
    expect(result.gatewayRoutes?.map((route) => [route.gateway, route.path, route.target, route.service ?? null])).toEqual([
      ['web', '/api/catalogue/', 'http://${CATALOGUE_HOST}:8080/', 'catalogue'],
      ['web', '/api/ratings/', 'http://${RATINGS_HOST}:80/', null],
    ]);
  });

  it('gateways configured in files of their own: an Ocelot project is a gateway; an Envoy or nginx file bind-mounted into a compose service makes that service one', async () => {
    const result = await scan({
      'docker-compose.yml':
        'services:\n  webshoppingapigw:\n    build: { context: ., dockerfile: ApiGw/Dockerfile }\n  edge:\n    image: envoyproxy/envoy:v1.28.0\n' +
        '    volumes:\n      - ./deploy/envoy/envoy.yaml:/etc/envoy/envoy.yaml:ro\n      - envoy-logs:/var/log\n' +
        '  front:\n    image: nginx:1.27\n    volumes:\n      - type: bind\n        source: ./deploy/nginx\n        target: /etc/nginx/conf.d\n' +
        '  catalog-api:\n    build: { context: ., dockerfile: Catalog.API/Dockerfile }\n  ordering-api:\n    build: { context: ., dockerfile: Ordering.API/Dockerfile }\n' +
        'volumes:\n  envoy-logs: {}\n',
      'ApiGw/ApiGw.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
      'ApiGw/Dockerfile': 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\n',
      'ApiGw/ocelot.json': '{ "Routes": [ { "DownstreamPathTemplate": "/api/{everything}", "DownstreamScheme": "http", "DownstreamHostAndPorts": [ { "Host": "catalog-api", "Port": 80 } ], "UpstreamPathTemplate": "/c/{everything}" } ] }\n',
      'deploy/envoy/envoy.yaml':
        'static_resources:\n  listeners:\n    - filter_chains:\n        - filters:\n            - typed_config:\n                route_config:\n                  virtual_hosts:\n' +
        '                    - routes:\n                        - match: { prefix: "/o/" }\n                          route: { cluster: ordering }\n' +
        '  clusters:\n    - name: ordering\n      load_assignment:\n        endpoints:\n          - lb_endpoints:\n              - endpoint: { address: { socket_address: { address: ordering-api, port_value: 80 } } }\n',
      'deploy/nginx/default.conf': 'server {\n  location /api/ { proxy_pass http://catalog-api/api/; }\n}\n',
      'Catalog.API/Catalog.API.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
      'Catalog.API/Dockerfile': 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\n',
      'Ordering.API/Ordering.API.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
      'Ordering.API/Dockerfile': 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\n',
      'Shop.App/Shop.App.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
      'Shop.App/Clients.cs':
        'public class Clients\n{\n  private readonly HttpClient http = new HttpClient();\n' +
        '  public Task<string> A() => http.GetStringAsync("http://webshoppingapigw/c/items");\n' +
        '  public Task<string> B() => http.GetStringAsync("http://edge/o/orders");\n' +
        '  public Task<string> C() => http.GetStringAsync("http://front/api/items");\n' +
        '  public Task<string> D() => http.GetStringAsync("http://ordering-api/api/orders");\n}\n',
    });
    expect(result.gatewayRoutes?.map((route) => [route.gateway, route.path, route.target, route.service ?? null])).toEqual([
      ['ApiGw', '/c/{everything}', 'http://catalog-api:80/api/', 'Catalog.API'],
      ['edge', '/o/', 'http://ordering-api:80', 'Ordering.API'],
      ['front', '/api/', 'http://catalog-api/api/', 'Catalog.API'],
    ]);
    expect(zones(result)).toEqual([
      'Shop.App → ApiGw gateway http://webshoppingapigw/c/items',
      'Shop.App → ? gateway http://edge/o/orders',
      'Shop.App → ? gateway http://front/api/items',
      // Past the gateways, straight to a backend: still a direct integration.
      'Shop.App → Ordering.API internal http://ordering-api/api/orders',
    ]);
  });

  it('an nginx configuration held in a ConfigMap is the routes of the Kubernetes workload mounting it; Traefik labels in compose are routes of the Traefik service', async () => {
    const result = await scan({
      'k8s/proxy.yaml': [
        'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: proxy-conf', 'data:', '  LOG_LEVEL: info', '  default.conf: |',
        '    server {', '      location /api/ {', '        proxy_pass http://catalog:8080/;', '      }', '    }',
        '---', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: front-proxy', 'spec:', '  template:', '    spec:',
        '      containers:', '        - name: nginx', '          image: nginx:1.27', '      volumes:', '        - name: conf', '          configMap:', '            name: proxy-conf',
        '---', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: front-proxy', 'spec:', '  selector: { app: front-proxy }', '',
      ].join('\n'),
      'docker-compose.yml':
        'services:\n  traefik:\n    image: traefik:v3.1\n  orders:\n    build: orders\n    labels:\n      - "traefik.http.routers.orders.rule=PathPrefix(`/orders`)"\n' +
        '      - "traefik.http.services.orders.loadbalancer.server.port=3000"\n  hidden:\n    build: hidden\n    labels:\n      traefik.enable: "false"\n      traefik.http.routers.h.rule: PathPrefix(`/h`)\n',
      'orders/Dockerfile': 'FROM node:20\n',
      'hidden/Dockerfile': 'FROM node:20\n',
      'web/pom.xml': pom('web'),
      'web/src/main/java/fi/example/web/A.java': javaCall('fi.example.web', 'http://front-proxy/api/items'),
    });
    expect(result.gatewayRoutes?.map((route) => [route.gateway, route.path, route.target, `${route.loc.file}:${route.loc.line}`])).toEqual([
      ['traefik', '/orders', 'http://orders:3000', 'docker-compose.yml:7'],
      ['front-proxy', '/api/', 'http://catalog:8080/', 'k8s/proxy.yaml:10'],
    ]);
    expect(zones(result)).toEqual(['web → ? gateway http://front-proxy/api/items']);
    // The ConfigMap's other entries are still env bindings; the file is not one.
    expect(result.findings.map((finding) => finding.ruleId)).toEqual([]);
  });

  it('an Aspire AppHost’s AddYarp resource is a gateway: its routes go to the resources its clusters are made of, calls to its name are zone gateway', async () => {
    const result = await scan({
      'AppHost/AppHost.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
      'AppHost/Program.cs':
        'var builder = DistributedApplication.CreateBuilder(args);\nvar catalogApi = builder.AddProject<Projects.Catalog_API>("catalog-api");\n' +
        'var orderingApi = builder.AddProject<Projects.Ordering_API>("ordering-api").WithReference(catalogApi);\n' +
        'var edge = builder.AddYarp("mobile-bff")\n    .WithConfiguration(yarp =>\n    {\n        var catalog = yarp.AddCluster(catalogApi);\n' +
        '        yarp.AddRoute("/catalog/{**rest}", catalog);\n        yarp.AddRoute("/orders/{**rest}", orderingApi);\n    });\nbuilder.Build().Run();\n',
      'Catalog.API/Catalog.API.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
      'Ordering.API/Ordering.API.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
      'Mobile/Mobile.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
      'Mobile/Clients.cs': 'public class Clients\n{\n  private readonly HttpClient http = new HttpClient();\n  public Task<string> A() => http.GetStringAsync("https+http://mobile-bff/catalog/items");\n}\n',
    });
    expect(result.gatewayRoutes?.map((route) => [route.gateway, route.path, route.target, route.service ?? null])).toEqual([
      ['mobile-bff', '/catalog/{**rest}', 'http://catalog-api', 'Catalog.API'],
      ['mobile-bff', '/orders/{**rest}', 'http://ordering-api', 'Ordering.API'],
    ]);
    expect(zones(result)).toEqual(['Mobile → ? gateway https://mobile-bff/catalog/items']);
  });
});

describe('build modules as services', () => {
  it('Gradle (Groovy and Kotlin DSL) and Go modules name the service of their files and the hosts that name them', async () => {
    const result = await scan({
      'billing/build.gradle': "plugins { id 'java' }\n",
      'billing/src/main/java/fi/example/billing/Calls.java': javaCall('fi.example.billing', 'http://ledger/entries'),
      'ledger/build.gradle.kts': 'plugins { java }\n',
      'notifier/go.mod': 'module github.com/example/shop/notifier/v2\n\ngo 1.22\n',
      'notifier/main.go': 'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.Get("http://billing:8080/invoices")\n}\n',
    });
    expect(zones(result)).toEqual(['billing → ledger internal http://ledger/entries', 'notifier → billing internal http://billing:8080/invoices']);
  });

  it('a top folder with its own Dockerfile is a module; a build file at the same folder names it first', async () => {
    const result = await scan({
      'reports/Dockerfile': 'FROM eclipse-temurin:21\n',
      'reports/pom.xml': pom('reports-service'),
      'mailer/Dockerfile': 'FROM golang:1.22\n',
      'mailer/main.go': 'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.Get("http://reports-service/daily")\n}\n',
    });
    expect(zones(result)).toEqual(['mailer → reports-service internal http://reports-service/daily']);
  });
});
