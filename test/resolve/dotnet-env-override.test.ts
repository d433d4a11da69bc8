/** .NET configuration: an env var `A__B` overrides the appsettings key `A:B` read through IConfiguration. */
import { describe, expect, it } from 'vitest';
import { dotnetEnvNames } from '../../src/resolve/binding-values.js';
import { scanWorkspace, targetsOf } from './workspace-scan.js';

describe('.NET env overrides', () => {
  it('env var names for a key', () => {
    expect(dotnetEnvNames('Sisu:BaseUrl')).toEqual(['Sisu__BaseUrl', 'SISU__BASEURL']);
    expect(dotnetEnvNames('SISU_URL')).toEqual(['SISU_URL']);
    expect(dotnetEnvNames('PurchaseUrl')).toEqual(['PurchaseUrl', 'PURCHASEURL']);
  });

  it('Sisu__BaseUrl in the Deployment overrides Sisu:BaseUrl: both values are targets', async () => {
    const scan = await scanWorkspace('resolve/dotnet-env-override');
    const call = scan.calls.find((resolved) => resolved.file === 'src/SisuClient.cs' && resolved.kind === 'call');
    expect(call && targetsOf(call)).toEqual(['https://sisu-test.funidata.fi/kori/api/course-units (default)', 'https://sis-helsinki.funidata.fi/kori/api/course-units (prod)']);
    expect(call?.targets[1]?.via).toContain('env:Sisu__BaseUrl (overrides config Sisu:BaseUrl by .NET configuration)');
  });
});
