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
import type { Target } from '../../src/model.js';
import { asGrpcTarget, targetOf, type StrValue } from '../../src/resolve/urls.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/resolve/grpc-channels');

describe('gRPC channels', () => {
  it('reports each channel as a client configuration of its target, in Go, Python, Java and Node', async () => {
    const result = await lint({ cwd: fixture, now: new Date('2026-12-07T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.kind} ${call.client} ${call.targets.map((target) => `${target.url ?? '?'} ${target.zone}`).join(' | ')}`)).toEqual([
      'ads/src/main/java/org/example/ads/AdsClient.java:7 client-config gRPC grpc://inventory:9555 internal',
      'ads/src/main/java/org/example/ads/AdsClient.java:8 client-config gRPC grpc://reviews:8080 internal',
      'ads/src/main/resources/application.yml:7 client-config gRPC grpc://catalog:3550 internal',
      'ads/src/main/resources/application.yml:9 client-config gRPC grpc://reviews:8080 internal',
      'frontend/main.go:19 client-config gRPC grpc://basket:7070 internal',
      'frontend/main.go:29 call wrapper:dial grpc://basket:7070 internal',
      'frontend/main.go:30 client-config gRPC grpc://pricing:7000 internal',
      'recommender/server.py:5 client-config gRPC grpc://catalog:3550 internal',
      'recommender/server.py:6 client-config gRPC grpc://shipping:50051 internal',
      'web/gateways/cart.gateway.ts:6 client-config gRPC grpc://cart:7070 internal',
      'web/gateways/currency.js:6 client-config gRPC grpc://currency:7000 internal',
      // Credentials held in a variable (either branch of a conditional) or a field.
      'web/gateways/shipping.ts:7 client-config gRPC grpc://shipping:50051 internal',
      'web/gateways/shipping.ts:14 client-config gRPC grpc://quote:8090 internal',
    ]);
  });

  it('a target held in a variable, a parameter or an env var is a host to dial, without a port too; resolver schemes name the service', () => {
    const target = (parts: StrValue['parts']): Pick<Target, 'url' | 'host' | 'zone'> => {
      const { url, host, zone } = targetOf(asGrpcTarget({ t: 'str', parts, via: [] }));
      return { url, host, zone };
    };
    expect(target(['billing'])).toEqual({ url: 'grpc://billing', host: 'billing', zone: 'unknown' });
    expect(target(['ledger:50051'])).toEqual({ url: 'grpc://ledger:50051', host: 'ledger', zone: 'unknown' });
    expect(target(['dns:tax:443'])).toEqual({ url: 'grpc://tax:443', host: 'tax', zone: 'unknown' });
    expect(target(['consul://consul:8500/stock'])).toEqual({ url: 'grpc://stock', host: 'stock', zone: 'unknown' });
    expect(target(['kubernetes:///pricing.shop:50051'])).toEqual({ url: 'grpc://pricing.shop:50051', host: 'pricing.shop', zone: 'unknown' });
    expect(target(['xds:///reviews'])).toEqual({ url: 'grpc://reviews', host: 'reviews', zone: 'unknown' });
    // A value whose start is unknown stays unresolved; a URL with a scheme stays as it is.
    expect(target([{ hole: 'env:ADDR' }])).toMatchObject({ url: null, zone: 'unresolved' });
    expect(target(['https://api.example.org'])).toEqual({ url: 'https://api.example.org', host: 'api.example.org', zone: 'unknown' });
  });

  it('names a channel as a gRPC channel in a finding, not as an HTTP client', async () => {
    const result = await lint({ cwd: fixture, now: new Date('2026-12-07T00:00:00Z') });
    const finding = result.findings.find((candidate) => candidate.ruleId === 'no-direct-integration' && candidate.file === 'frontend/main.go' && candidate.line === 30);
    expect(finding?.message.split(' goes directly')[0]).toBe('gRPC channel to "dns:///pricing:7000"');
  });
});
