/**
 * SDK and telemetry endpoints are integrations (issue "Real code, part 2", point 5): each SDK's endpoint is a client
 * configuration naming the SDK, from an option, a constant, an env var, or the variable the SDK reads by default.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { lint } from '../../src/lint.js';
import { sdkOfConfigKey } from '../../src/resolve/sdk-config-keys.js';
import { scanFixture, urls } from '../resolve/fixture-scan.js';

const summary = (folder: string) =>
  scanFixture(folder).calls.map((call) => ({ line: call.line, kind: call.kind, client: call.client, urls: urls(call), env: call.targets.map((target) => target.env ?? null) }));

describe('SDK endpoints', () => {
  it('TypeScript: Sentry (option, constant, SENTRY_DSN by default), Loki, OTLP, OpenAI, the AI SDK, Slack webhook, S3 endpoint; an SDK given no endpoint and no default is nothing', () => {
    const scan = scanFixture('extract/typescript/sdk-endpoints');
    expect(summary('extract/typescript/sdk-endpoints').filter((call) => call.line !== 5 || call.client !== 'sentry')).toEqual([
      // llm.ts: the Vercel AI SDK's providers (`createOpenAI`, `createOpenAICompatible`).
      { line: 5, kind: 'client-config', client: 'ai-sdk', urls: ['https://llm-gateway.example.org/v1'], env: [null] },
      { line: 6, kind: 'client-config', client: 'ai-sdk', urls: ['http://llm-runtime:11434/v1'], env: [null] },
      // LangChain's Ollama integration (`baseUrl`).
      { line: 10, kind: 'client-config', client: 'ollama', urls: ['http://llm-runtime:11434'], env: [null] },
      { line: 12, kind: 'client-config', client: '@sentry/node', urls: ['https://public-key@sentry.example.org/42'], env: [null] },
      { line: 14, kind: 'client-config', client: 'sentry', urls: [null], env: ['SENTRY_DSN'] },
      { line: 16, kind: 'client-config', client: 'winston-loki', urls: ['http://loki.monitoring.svc.cluster.local:3100'], env: [null] },
      { line: 18, kind: 'client-config', client: 'opentelemetry-otlp', urls: [null], env: ['COLLECTOR_URL'] },
      { line: 20, kind: 'client-config', client: 'openai', urls: ['https://llm-gateway.example.org/v1'], env: [null] },
      { line: 22, kind: 'client-config', client: 'slack-webhook', urls: [null], env: ['SLACK_WEBHOOK_URL'] },
      { line: 24, kind: 'client-config', client: 'aws-sdk', urls: ['https://objects.example.org'], env: [null] },
    ]);
    expect(scan.callAt('telemetry.ts', 12).targets[0]).toMatchObject({ host: 'sentry.example.org' });
    // A file whose only sign is the SDK's import is parsed all the same.
    expect(scan.callAt('browser.ts', 5)).toMatchObject({ kind: 'client-config', client: 'sentry', targets: [{ host: 'sentry.example.org' }] });
    expect(scan.callAt('telemetry.ts', 16).targets[0]).toMatchObject({ host: 'loki.monitoring.svc.cluster.local' });
  });

  it('Python: sentry_sdk.init (keyword, SENTRY_DSN by default), OpenAI base_url from the environment, boto3 endpoint_url', async () => {
    const root = fileURLToPath(new URL('../../fixtures/extract/python/sdk-endpoints', import.meta.url));
    const result = await lint({ cwd: root, paths: [root] });
    const calls = result.calls.map((call) => ({ line: call.line, kind: call.kind, client: call.client, urls: urls(call), env: call.targets.map((target) => target.env ?? null) }));
    expect(calls).toEqual([
      { line: 7, kind: 'client-config', client: 'sentry_sdk', urls: ['https://public-key@sentry.example.org/7'], env: [null] },
      { line: 9, kind: 'client-config', client: 'openai', urls: [null], env: ['LLM_GATEWAY_URL'] },
      { line: 11, kind: 'client-config', client: 'boto3', urls: ['https://objects.example.org'], env: [null] },
      { line: 17, kind: 'client-config', client: 'sentry_sdk', urls: [null], env: ['SENTRY_DSN'] },
    ]);
  });
});

describe('SDK endpoints set in configuration files', () => {
  it('Spring (sentry.dsn, management.otlp.tracing.endpoint, OAuth2 provider endpoints) and .NET appsettings (Sentry:Dsn, a Serilog Seq sink) are client configurations of the SDK', async () => {
    const root = fileURLToPath(new URL('../../fixtures/extract/sdk-config-keys', import.meta.url));
    const result = await lint({ cwd: root, paths: [root] });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.kind} ${call.client} ${call.targets.map((target) => target.host).join(' ')}`)).toEqual([
      'Api/appsettings.json:2 client-config sentry sentry.example.org',
      'Api/appsettings.json:6 client-config serilog-seq seq.example.org',
      // A config server's shared `<application>.yml` configures that application: its value as written (the key was bound nowhere in the server).
      'config-server/src/main/resources/shared/orders.yml:4 client-config spring-security-oauth2 auth.example.org',
      // Spring Boot 2.4+'s `spring.config.import: optional:configserver:<url>`, as `spring.cloud.config.uri` before it.
      'orders/src/main/resources/application.yml:5 client-config spring-cloud-config config-server',
      // A key set in three profiles: each is a configuration of the value written there, not of all of them; a
      // placeholder's env var (bound in the Deployment) and its default are this binding's own values.
      'registry-client/src/main/resources/application-k8s.yml:4 client-config eureka registry.shop.svc.cluster.local localhost',
      'registry-client/src/main/resources/application.yml:4 client-config eureka localhost',
      'registry-client/src/main/resources/application.yml:13 client-config eureka registry',
      'src/main/resources/application.yml:5 client-config sentry sentry.example.org',
      'src/main/resources/application.yml:9 client-config opentelemetry-otlp otel-collector.monitoring.svc.cluster.local',
      // Spring Security OAuth2: token, user-info and key-set endpoints (Boot 2+ and Boot 1 keys); not the browser's authorization-uri.
      'src/main/resources/application.yml:18 client-config spring-security-oauth2 login.example.org',
      'src/main/resources/application.yml:19 client-config spring-security-oauth2 login.example.org',
      'src/main/resources/application.yml:22 client-config spring-security-oauth2 login.example.org',
      'src/main/resources/application.yml:26 client-config spring-security-oauth2 uaa',
    ]);
  });

  it('knows the keys in their relaxed spellings and no others', () => {
    expect(sdkOfConfigKey('sentry.dsn')).toBe('sentry');
    expect(sdkOfConfigKey('Sentry:Dsn')).toBe('sentry');
    expect(sdkOfConfigKey('management.otlp.tracing.endpoint')).toBe('opentelemetry-otlp');
    expect(sdkOfConfigKey('Serilog:WriteTo:3:Args:serverUrl')).toBe('serilog-seq');
    expect(sdkOfConfigKey('eureka.client.service-url.defaultZone')).toBe('eureka');
    expect(sdkOfConfigKey('spring.security.oauth2.client.provider.keycloak.token-uri')).toBe('spring-security-oauth2');
    expect(sdkOfConfigKey('spring.cloud.config.server.git.uri')).toBe('spring-cloud-config-server');
    expect(sdkOfConfigKey('security.oauth2.client.access-token-uri')).toBe('spring-security-oauth2');
    expect(sdkOfConfigKey('spring.security.oauth2.client.provider.keycloak.authorization-uri')).toBeNull();
    expect(sdkOfConfigKey('sentry.environment')).toBeNull();
    expect(sdkOfConfigKey('importer.url')).toBeNull();
  });
});
