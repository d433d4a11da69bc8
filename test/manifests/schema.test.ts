import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const schema = JSON.parse(readFileSync(new URL('../../schemas/service.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Every property schema below `node`, with its path. */
function properties(node: Record<string, unknown>, path: string): [string, Record<string, unknown>][] {
  const found: [string, Record<string, unknown>][] = [];
  const props = (node['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  for (const [key, child] of Object.entries(props)) {
    found.push([`${path}.${key}`, child], ...properties(child, `${path}.${key}`));
    const items = child['items'] as Record<string, unknown> | undefined;
    if (items) found.push(...properties(items, `${path}.${key}[]`));
  }
  return found;
}

describe('schemas/service.schema.json', () => {
  it('gives every property a title and a description, for editor completion', () => {
    const all = properties(schema, '');
    expect(all.length).toBeGreaterThan(20);
    const missing = all.filter(([, child]) => typeof child['title'] !== 'string' || typeof child['description'] !== 'string').map(([path]) => path);
    expect(missing).toEqual([]);
  });
});
