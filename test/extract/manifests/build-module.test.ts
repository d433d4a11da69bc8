/** Issue 12: build files as modules — the name each build gives its module, and where the module starts. */
import { describe, expect, it } from 'vitest';
import { readBuildModule } from '../../../src/extract/manifests/build-module.js';

describe('build-module reader', () => {
  it('Maven: the project’s own artifactId, not its parent’s or a dependency’s', () => {
    const pom = '<project>\n  <!-- <artifactId>commented</artifactId> -->\n  <parent>\n    <artifactId>shop-parent</artifactId>\n  </parent>\n  <artifactId>shop-orders</artifactId>\n  <dependencies><dependency><artifactId>feign</artifactId></dependency></dependencies>\n</project>\n';
    expect(readBuildModule('orders/pom.xml', pom).modules).toEqual([{ name: 'shop-orders', root: 'orders', loc: { file: 'orders/pom.xml', line: 6, column: 1 }, build: 'maven' }]);
  });

  it('.csproj: the project name; Gradle: the folder; go.mod: the last segment of the module path (major version dropped)', () => {
    expect(readBuildModule('src/Catalog.API/Catalog.API.csproj', '<Project />').modules?.map((module) => [module.name, module.root, module.build])).toEqual([['Catalog.API', 'src/Catalog.API', 'dotnet']]);
    expect(readBuildModule('billing/build.gradle.kts', '').modules?.map((module) => [module.name, module.build])).toEqual([['billing', 'gradle']]);
    expect(readBuildModule('notifier/go.mod', '// x\nmodule github.com/example/notifier/v2\n').modules?.map((module) => [module.name, module.loc.line])).toEqual([['notifier', 2]]);
  });

  it('a file that names nothing gives no module and no problem', () => {
    expect(readBuildModule('pom.xml', '<project><parent><artifactId>p</artifactId></parent></project>').modules).toBeUndefined();
    expect(readBuildModule('build.gradle', 'plugins {}').modules).toBeUndefined();
    expect(readBuildModule('go.mod', 'go 1.22\n').problems).toEqual([]);
  });
});
