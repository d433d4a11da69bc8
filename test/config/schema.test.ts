import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { presetNames } from '../../src/config/presets/index.js';

interface SchemaNode {
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
}

const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../schemas/config.schema.json'), 'utf8')) as SchemaNode;

describe('config schema is the documentation', () => {
  it('every property has a title and a description', () => {
    const missing: string[] = [];
    const visit = (node: SchemaNode, at: string): void => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.title || !child.description) missing.push(`${at}${key}`);
        visit(child, `${at}${key}.`);
      }
    };
    visit(schema, '');
    expect(missing).toEqual([]);
  });

  it('allows $schema so editors can complete the file', () => {
    expect(schema.properties?.$schema).toBeDefined();
  });

  it('every key of the config is documented in docs/configuration.md', () => {
    const docs = readFileSync(path.resolve(import.meta.dirname, '../../docs/configuration.md'), 'utf8');
    for (const key of Object.keys(schema.properties ?? {})) expect(docs, key).toContain(`\`${key}\``);
  });

  it('the schema offers exactly the built-in presets in extends', () => {
    const text = JSON.stringify(schema.properties?.extends);
    const offered = [...new Set([...text.matchAll(/"enum":\[([^\]]*)\]/g)].flatMap((match) => JSON.parse(`[${match[1]}]`) as string[]))];
    expect(offered.sort()).toEqual([...presetNames].sort());
  });

  it('the complete example in docs/configuration.md is a valid config', () => {
    const docs = readFileSync(path.resolve(import.meta.dirname, '../../docs/configuration.md'), 'utf8');
    const example = /## A complete example\s+```yaml\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(example).toBeDefined();
    expect(parseConfigText(example!, 'docs/configuration.md', ['no-direct-integration', 'unknown-target'])).toMatchObject({ extends: 'helsinki' });
  });
});
