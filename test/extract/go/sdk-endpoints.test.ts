/**
 * Go SDKs whose endpoint is an integration: OpenTelemetry's OTLP exporters (`WithEndpoint`, `WithEndpointURL`, else
 * OTEL_EXPORTER_OTLP_ENDPOINT; none over a connection of their own) and Sentry (`ClientOptions{Dsn}`), imported under
 * the package name Go uses (`sentry` for `sentry-go`); Kratos' gRPC and HTTP transports' `WithEndpoint`. Fixture:
 * fixtures/extract/go/sdk-endpoints.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('Go SDK endpoints', () => {
  it('reports each exporter and SDK endpoint as a client configuration', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/go/sdk-endpoints'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file.split('/').pop()}:${call.line} ${call.kind} ${call.client} ${call.targets.map((target) => target.url ?? `env:${target.env ?? '?'}`).join(' | ')}`)).toEqual([
      'telemetry.go:16 client-config opentelemetry-otlp http://otel-collector.monitoring:4318',
      'telemetry.go:22 client-config opentelemetry-otlp env:OTEL_EXPORTER_OTLP_ENDPOINT',
      'telemetry.go:27 client-config opentelemetry-otlp env:METRICS_ENDPOINT',
      'telemetry.go:33 client-config gRPC grpc://otel-collector.monitoring:4317',
      'telemetry.go:42 client-config sentry https://public@sentry.example.org/3',
      // Kratos' transports: a gRPC connection to the discovered service, an HTTP client of its endpoint.
      'transports.go:12 client-config gRPC grpc://billing.service',
      'transports.go:17 client-config kratos-http http://ledger.internal.example.org:8000',
    ]);
  });
});
