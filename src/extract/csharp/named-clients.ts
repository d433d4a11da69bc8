/**
 * Where named HttpClients live: `factory.CreateClient("sisu")` refers to `AddHttpClient("sisu", …)` in Program.cs/Startup.cs.
 * The extractor writes this specifier in `ref` Syms; the C# module resolver maps it to that file. Kept free of imports
 * so the resolver does not load the tree-sitter runtime.
 */
export const NAMED_CLIENTS_MODULE = 'dotnet:http-clients';

/** Specifier prefix for a class declared in another file, found by the C# convention that `Endpoints` lives in `Endpoints.cs`. */
export const CLASS_FILE_PREFIX = 'dotnet:class:';
