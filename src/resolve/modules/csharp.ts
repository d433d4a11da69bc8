/**
 * C#: namespaces do not map to files, so the only cross-file specifier is the named-client registry
 * (`dotnet:http-clients`, written for `factory.CreateClient("sisu")` and typed clients): the nearest
 * Program.cs or Startup.cs above the file, where `AddHttpClient` configures them.
 */
import { NAMED_CLIENTS_MODULE } from '../../extract/csharp/named-clients.js';
import type { ModuleResolver } from '../modules.js';
import { ancestorDirs, joinPath } from './ancestors.js';

export const csharpModules: ModuleResolver = {
  resolve(specifier, fromFile, files) {
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
