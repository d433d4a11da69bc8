/**
 * Configuration keys that configure an SDK's endpoint (issue "Real code, part 2", point 5): Spring Boot starters and
 * .NET libraries read their endpoint from a key of the application's configuration, with no call in the code. Each
 * binding of such a key is a client configuration with `client` naming the SDK, resolved like any configuration key
 * (every environment's value, env vars overriding by relaxed binding). Data only: add a key here.
 */
import { relaxedKey } from './binding-values.js';

/** Normalised key pattern (lower case, no `-`/`_`, `.` between parts, `*` = any one part) → SDK. */
const SDK_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['sentry.dsn', 'sentry'],
  ['management.otlp.tracing.endpoint', 'opentelemetry-otlp'],
  ['management.otlp.metrics.export.url', 'opentelemetry-otlp'],
  ['management.otlp.logging.endpoint', 'opentelemetry-otlp'],
  ['management.zipkin.tracing.endpoint', 'zipkin'],
  ['spring.zipkin.baseurl', 'zipkin'],
  ['elastic.apm.serverurl', 'elastic-apm'],
  ['elasticapm.serverurl', 'elastic-apm'],
  ['spring.boot.admin.client.url', 'spring-boot-admin'],
  ['spring.cloud.config.uri', 'spring-cloud-config'],
  // A Spring Cloud Config Server's own backend: the Git repository it reads the configuration from.
  ['spring.cloud.config.server.git.uri', 'spring-cloud-config-server'],
  ['eureka.client.serviceurl.defaultzone', 'eureka'],
  ['serilog.writeto.*.args.serverurl', 'serilog-seq'],
  ['serilog.writeto.*.args.nodeuris', 'serilog-elasticsearch'],
  ['serilog.writeto.*.args.uri', 'serilog-http'],
  // grpc-spring-boot-starter: `grpc.client.cart.address: static://cart:7070` is the channel `@GrpcClient("cart")` uses.
  ['grpc.client.*.address', 'gRPC'],
  // Spring Security's OAuth2 client and resource server call the identity provider from the server: the token,
  // user-info, key-set, issuer and introspection endpoints (the authorization endpoint is the user's browser's).
  ['spring.security.oauth2.client.provider.*.tokenuri', 'spring-security-oauth2'],
  ['spring.security.oauth2.client.provider.*.userinfouri', 'spring-security-oauth2'],
  ['spring.security.oauth2.client.provider.*.jwkseturi', 'spring-security-oauth2'],
  ['spring.security.oauth2.client.provider.*.issueruri', 'spring-security-oauth2'],
  ['spring.security.oauth2.resourceserver.jwt.jwkseturi', 'spring-security-oauth2'],
  ['spring.security.oauth2.resourceserver.jwt.issueruri', 'spring-security-oauth2'],
  ['spring.security.oauth2.resourceserver.opaquetoken.introspectionuri', 'spring-security-oauth2'],
  // The same for Spring Boot 1's spring-security-oauth2 auto-configuration.
  ['security.oauth2.client.accesstokenuri', 'spring-security-oauth2'],
  ['security.oauth2.resource.userinfouri', 'spring-security-oauth2'],
  ['security.oauth2.resource.tokeninfouri', 'spring-security-oauth2'],
  ['security.oauth2.resource.jwk.keyseturi', 'spring-security-oauth2'],
  ['security.oauth2.resource.jwt.keyuri', 'spring-security-oauth2'],
];

function normalise(key: string): string[] {
  return relaxedKey(key).split(/[.:]/);
}

const PATTERNS = SDK_KEYS.map(([pattern, sdk]) => ({ parts: pattern.split('.'), sdk }));

/** Words one of which every SDK key holds: most keys are ruled out by one cheap test. */
const SDK_WORDS = /sentry|otlp|zipkin|apm|admin|config|eureka|serilog|grpc|oauth2/i;

/** The SDK whose endpoint a configuration key sets, or null. */
export function sdkOfConfigKey(key: string): string | null {
  if (!SDK_WORDS.test(key)) return null;
  const parts = normalise(key);
  for (const pattern of PATTERNS) {
    if (pattern.parts.length === parts.length && pattern.parts.every((part, index) => part === '*' || part === parts[index])) return pattern.sdk;
  }
  return null;
}
