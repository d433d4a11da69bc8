/**
 * C# gRPC clients: the `Address` an `AddGrpcClient<T>(o => …)` registration sets and `GrpcChannel.ForAddress(…)` are
 * client configurations (client `gRPC`), so a service's gRPC calls to another are edges of the landscape.
 * Fixture: fixtures/extract/csharp/grpc-clients.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('C# gRPC clients', () => {
  it('AddGrpcClient options.Address and GrpcChannel.ForAddress are gRPC client configurations', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/csharp/grpc-clients'], now: new Date('2026-11-24T00:00:00Z') });
    const calls = result.calls.map((call) => `${call.file}:${call.line} ${call.client} ${call.kind} ${call.targets.map((target) => target.url).join(' ')}`);
    expect(calls).toEqual([
      'Basket.API/PricingGateway.cs:8 gRPC client-config http://pricing-api:5005',
      'Basket.API/Program.cs:5 gRPC client-config http://discount-grpc:8080',
    ]);
    expect(result.landscape?.edges.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual(['service:Basket.API -> system:discount-grpc', 'service:Basket.API -> system:pricing-api']);
  });
});
