/**
 * Where named HttpClients live: `factory.CreateClient("sisu")` refers to `AddHttpClient("sisu", …)` in Program.cs/Startup.cs.
 * The extractor writes this specifier in `ref` Syms; the C# module resolver maps it to that file. Kept free of imports
 * so the resolver does not load the tree-sitter runtime.
 */
export const NAMED_CLIENTS_MODULE = 'dotnet:http-clients';

/** Specifier prefix for a class declared in another file, found by the C# convention that `Endpoints` lives in `Endpoints.cs`. */
export const CLASS_FILE_PREFIX = 'dotnet:class:';

/**
 * Name prefix, under NAMED_CLIENTS_MODULE, of an options class bound to configuration (`options:UrlsConfig`): read as
 * `_urls.Value.Orders`, the resolver looks up the key under the section Program.cs/Startup.cs binds the class to
 * (`Configure<UrlsConfig>(config.GetSection("urls"))` exports `urls`), or at the root when none does.
 */
export const OPTIONS_PREFIX = 'options:';
