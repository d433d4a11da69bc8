/**
 * Format templates kept in a constant of the same file: C# `string.Format(BreachApi, user)` (the constant split over
 * two literals), Java `String.format(ORDER_URL, id)`, Go `fmt.Sprintf(stockURL, sku)`, Python `ITEM_URL.format(id)`
 * and `REVIEWS_URL % id`. Fixture:
 * fixtures/extract/tree-sitter/format-constants.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('format templates in constants', () => {
  it('fills in the constant template in C#, Java, Go and Python', async () => {
    const result = await lint({ cwd: repo, paths: ['fixtures/extract/tree-sitter/format-constants'], now: new Date('2026-12-01T00:00:00Z') });
    expect(result.calls.map((call) => `${call.file}:${call.line} ${call.targets.map((target) => target.url ?? '?').join(' ')}`)).toEqual([
      'BreachCheck.cs:13 https://breaches.example.org/api/v3/account/{parameter user}?truncate=false',
      'OrderLookup.java:9 http://orders-service:8080/orders/{parameter id}/lines',
      'catalog.py:9 http://catalog:9000/items/{parameter item_id}',
      'catalog.py:13 http://reviews:9080/reviews/{parameter item_id}',
      'stock.go:12 http://inventory:8000/stock/{parameter sku}',
    ]);
  });
});
