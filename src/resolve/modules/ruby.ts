/**
 * Ruby: constants are autoloaded by path (Rails/Zeitwerk), so the extractor writes `sisu/api_config` for
 * `Sisu::ApiConfig`; this finds `<root>/sisu/api_config.rb` under the usual autoload roots, from every
 * directory above the referring file.
 */
import type { ModuleResolver } from '../modules.js';
import { ancestorDirs, joinPath } from './ancestors.js';

const autoloadRoots = ['app/models', 'app/services', 'app/clients', 'app/lib', 'app/controllers', 'app/jobs', 'app/models/concerns', 'app/controllers/concerns', 'app/concerns', 'lib', 'app', 'config/initializers', ''];

export const rubyModules: ModuleResolver = {
  resolve(specifier, fromFile, files) {
    if (!/^[a-z0-9_/]+$/.test(specifier)) return null;
    for (const dir of ancestorDirs(fromFile)) {
      for (const root of autoloadRoots) {
        const candidate = joinPath(joinPath(dir, root), `${specifier}.rb`).replace(/\/\//g, '/').replace(/^\//, '');
        if (files.has(candidate)) return candidate;
      }
    }
    return null;
  },
};
