import { describe, expect, it } from 'vitest';
import { environmentFromFileName, environmentFromFolders, environmentFromNamespace } from '../../../src/extract/manifests/environment-label.js';
import { joinRelative } from '../../../src/extract/manifests/manifest-paths.js';

describe('environment labels', () => {
  it('reads file names, the first environment token winning', () => {
    expect(environmentFromFileName('values-prod.yaml', ['values'])).toBe('prod');
    expect(environmentFromFileName('docker-compose.staging.yml')).toBe('staging');
    expect(environmentFromFileName('.env.production.local')).toBe('prod');
    expect(environmentFromFileName('application.yml')).toBeNull();
  });

  it('reads the innermost folder naming an environment', () => {
    expect(environmentFromFolders('deploy/overlays/prod/deployment.yaml')).toBe('prod');
    expect(environmentFromFolders('openshift/production/app.yaml')).toBe('prod');
    expect(environmentFromFolders('deploy/staging/app.yaml')).toBe('staging');
    expect(environmentFromFolders('k8s/ohtu-qa/app.yaml')).toBe('test');
    expect(environmentFromFolders('deploy/test/app.yaml')).toBe('test');
  });

  it('does not take a project test folder, a dist folder or a leading token for an environment', () => {
    expect(environmentFromFolders('test/fixtures/app.yaml')).toBeNull();
    expect(environmentFromFolders('dist/app.yaml')).toBeNull();
    expect(environmentFromFolders('dev-tools/app.yaml')).toBeNull();
  });

  it('reads namespace suffixes', () => {
    expect(environmentFromNamespace('toska-prod')).toBe('prod');
    expect(environmentFromNamespace('ohtu-staging')).toBe('staging');
    expect(environmentFromNamespace('course-feedback')).toBeNull();
  });

  it('joins paths written in a file onto its directory', () => {
    expect(joinRelative('deploy', './services/api')).toBe('deploy/services/api');
    expect(joinRelative('deploy', '../importer')).toBe('importer');
    expect(joinRelative('', '.')).toBe('');
    expect(joinRelative('', '../outside')).toBe('../outside');
  });
});
