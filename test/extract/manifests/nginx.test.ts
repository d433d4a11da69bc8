/** Issue 12: nginx configurations as gateway routes — locations with proxy_pass, upstreams, and text that is not nginx. */
import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../../src/discover/classify.js';
import { readNginx } from '../../../src/extract/manifests/nginx.js';

describe('nginx reader', () => {
  it('a location’s proxy_pass is a route; a proxy_pass to an upstream is a route to each server; comments are skipped', () => {
    const conf = '# proxy_pass http://commented;\nupstream api { server api-1:80; server api-2:80 weight=2; }\nserver {\n  location = /health { return 200; }\n  location /api/ {\n    proxy_pass http://api/v1/;\n  }\n  location ~ ^/files/(.*)$ { proxy_pass http://files:9000/$1; }\n}\n';
    expect(readNginx('gateway/nginx.conf', conf).routes).toEqual([
      { path: '/api/', target: 'http://api-1:80/v1/', loc: { file: 'gateway/nginx.conf', line: 6, column: 16 } },
      { path: '/api/', target: 'http://api-2:80/v1/', loc: { file: 'gateway/nginx.conf', line: 6, column: 16 } },
      { path: '^/files/(.*)$', target: 'http://files:9000/$1', loc: { file: 'gateway/nginx.conf', line: 8, column: 41 } },
    ]);
  });

  it("a template's ${VAR} stays part of the target (braces are not blocks)", () => {
    const facts = readNginx('default.conf.template', 'server {\n  location /api/ { proxy_pass http://${API_HOST}:8080/; }\n  location / { root /usr/share/nginx/html; }\n}\n');
    expect(facts.routes?.map((route) => [route.path, route.target])).toEqual([['/api/', 'http://${API_HOST}:8080/']]);
  });

  it('an upstream of Unix sockets (the app on the same machine) is no route', () => {
    const conf = 'upstream app { server unix:/tmp/unicorn.sock fail_timeout=0; }\nserver {\n  location / { proxy_pass http://app; }\n  location /api/ { proxy_pass http://api:3000/; }\n}\n';
    expect(readNginx('nginx.conf', conf).routes?.map((route) => route.target)).toEqual(['http://api:3000/']);
  });

  it('unbalanced or foreign text gives no route and never throws', () => {
    expect(readNginx('nginx.conf', 'location /x { proxy_pass').routes).toBeUndefined();
    expect(readNginx('nginx.conf', '}}} { "unterminated').problems).toEqual([]);
  });

  it('nginx.conf, .conf files in nginx/, conf.d/ and sites-enabled/ folders, and *.conf.template files (the nginx image\'s envsubst templates) are nginx', () => {
    for (const file of ['nginx.conf', 'deploy/nginx/gateway.conf', 'proxy/conf.d/default.conf', 'etc/sites-enabled/shop.conf', 'web/default.conf.template']) {
      expect(classifyFile(file, { packageDirs: new Set() })).toEqual({ type: 'manifest', manifest: 'nginx' });
    }
    expect(classifyFile('docs/app.conf', { packageDirs: new Set() })).toBeNull();
  });
});
