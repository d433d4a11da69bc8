import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../src/extract/index.js';
import type { ManifestKind } from '../../../src/model.js';

const samples: [ManifestKind, string, string][] = [
  ['dotenv', '.env', 'SISU_URL=https://sis-helsinki.funidata.fi/kori\n'],
  ['compose', 'docker-compose.yml', 'services:\n  app:\n    environment:\n      SISU_URL: https://sis-helsinki.funidata.fi/kori\n'],
  ['kubernetes', 'k8s/app.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: app }\ndata:\n  SISU_URL: https://sis-helsinki.funidata.fi/kori\n'],
  ['helm-values', 'values.yaml', 'env:\n  SISU_URL: https://sis-helsinki.funidata.fi/kori\n'],
  ['spring', 'application.yml', 'sisu:\n  url: https://sis-helsinki.funidata.fi/kori\n'],
  ['node-config', 'config/default.json', '{ "sisu": { "url": "https://sis-helsinki.funidata.fi/kori" } }'],
  ['dockerfile', 'Dockerfile', 'ENV SISU_URL=https://sis-helsinki.funidata.fi/kori\n'],
];

describe('deployment-manifest readers are registered in the extract stage', () => {
  for (const [kind, path, content] of samples) {
    it(`${kind} files reach their reader`, async () => {
      const facts = await extractFile({ absPath: `/repo/${path}`, path, kind: { type: 'manifest', manifest: kind }, size: content.length }, content);
      expect(facts.problems).toEqual([]);
      // A values file also gives each scalar by its path, for the chart's templates (`chart-value`).
      const bindings = facts.bindings.filter((binding) => binding.type !== 'chart-value');
      expect(bindings.map((binding) => [binding.source, binding.value])).toEqual([[kind, 'https://sis-helsinki.funidata.fi/kori']]);
    });
  }
});
