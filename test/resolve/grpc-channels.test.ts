/**
 * gRPC channels are integrations (HTTP/2 to their target): grpc-go's `Dial`/`DialContext`/`NewClient` (also inside a
 * wrapper given the address), Python's `grpc.insecure_channel`/`grpc.aio.secure_channel`, Java's
 * `ManagedChannelBuilder.forAddress(host, port)`/`forTarget(t)`, Node's clients constructed with channel credentials
 * (`new CartServiceClient(addr, ChannelCredentials.createInsecure())`, also credentials held in a variable or field;
 * `grpc.ServerCredentials` bind a server, not a call),
 * and grpc-spring-boot-starter's `grpc.client.<name>.address` (`static://…`, `dns:///…`) in a Spring configuration. A literal target is `grpc://host:port` (`dns:///`
 * taken off); an address from the environment is bound from the deployment. Fixture: fixtures/resolve/grpc-channels.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/resolve/grpc-channels');

describe('gRPC channels', () => {
  it('reports each channel as a client configuration of its target, in Go, Python, Java and Node', async () => {
    const result = await lint({ cwd: fixture, now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.kind} ${call.client} ${call.targets.map((target) => `${target.url ?? '?'} ${target.zone}`).join(' | ')}`)).toEqual([
      'ads/src/main/java/org/example/ads/AdsClient.java:7 client-config gRPC grpc://inventory:9555 internal',
      'ads/src/main/java/org/example/ads/AdsClient.java:8 client-config gRPC grpc://reviews:8080 internal',
      'ads/src/main/resources/application.yml:7 client-config gRPC grpc://catalog:3550 internal',
      'ads/src/main/resources/application.yml:9 client-config gRPC grpc://reviews:8080 internal',
      'frontend/main.go:19 client-config gRPC http://basket:7070 internal',
      'frontend/main.go:29 call wrapper:dial http://basket:7070 internal',
      'frontend/main.go:30 client-config gRPC grpc://pricing:7000 internal',
      'recommender/server.py:5 client-config gRPC http://catalog:3550 internal',
      'recommender/server.py:6 client-config gRPC grpc://shipping:50051 internal',
      'web/gateways/cart.gateway.ts:6 client-config gRPC http://cart:7070 internal',
      'web/gateways/currency.js:6 client-config gRPC grpc://currency:7000 internal',
      // Credentials held in a variable (either branch of a conditional) or a field.
      'web/gateways/shipping.ts:7 client-config gRPC grpc://shipping:50051 internal',
      'web/gateways/shipping.ts:14 client-config gRPC grpc://quote:8090 internal',
    ]);
  });

  it('names a channel as a gRPC channel in a finding, not as an HTTP client', async () => {
    const result = await lint({ cwd: fixture, now: new Date('2026-12-07T00:00:00Z') });
    const finding = result.findings.find((candidate) => candidate.ruleId === 'no-direct-integration' && candidate.file === 'frontend/main.go' && candidate.line === 30);
    expect(finding?.message.split(' goes directly')[0]).toBe('gRPC channel to "dns:///pricing:7000"');
  });
});
