/**
 * C#: namespaces do not map to files. Classes of other files are looked up by the convention that a class
 * `Endpoints` lives in `Endpoints.cs` (next to the file, above it, or in a Configuration/Constants-like folder).
 * Named clients use a registry specifier
 * (`dotnet:http-clients`, written for `factory.CreateClient("sisu")` and typed clients): the nearest
 * Program.cs or Startup.cs above the file, where `AddHttpClient` configures them.
 */
import { CLASS_FILE_PREFIX, NAMED_CLIENTS_MODULE } from '../../extract/csharp/named-clients.js';
import type { ModuleResolver } from '../modules.js';
import { ancestorDirs, joinPath } from './ancestors.js';

export const csharpModules: ModuleResolver = {
  resolve(specifier, fromFile, files) {
    if (specifier.startsWith(CLASS_FILE_PREFIX)) {
      const file = `${specifier.slice(CLASS_FILE_PREFIX.length)}.cs`;
      for (const dir of ancestorDirs(fromFile)) {
        // Also a folder named after the class (`Services/RequestProvider/RequestProvider.cs`).
        for (const folder of ['', 'Configuration', 'Config', 'Constants', 'Settings', 'Options', 'Common', 'Shared', 'Infrastructure', 'Helpers', file.slice(0, -'.cs'.length)]) {
          const candidate = joinPath(joinPath(dir, folder), file).replace(/\/\//g, '/').replace(/^\//, '');
          if (files.has(candidate)) return candidate;
        }
      }
      return null;
    }
    if (specifier !== NAMED_CLIENTS_MODULE) return null;
    for (const dir of ancestorDirs(fromFile)) {
      for (const name of ['Program.cs', 'Startup.cs']) {
        const candidate = joinPath(dir, name);
        if (files.has(candidate)) return candidate;
      }
    }
    return null;
  },
};
