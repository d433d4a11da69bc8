/**
 * Issue 5's acceptance, end to end through the built CLI (`node bin/arch-lint.js --format json`):
 * - fixtures/acceptance/issue-5/polyglot: one service per language using the client and resolution forms the
 *   per-language fixtures (fixtures/extract/<language>/) do not already show; each call's client, method,
 *   language and target, a call through an internal host reported by no-direct-integration and one through
 *   the gateway that is not;
 * - fixtures/acceptance/issue-5/broken: a syntax error in each language gives one parse-error warning for that
 *   file, and the calls of every file (the broken ones included) are still reported.
 * Grammar loading (lazy, per language; a grammar that cannot load) is in issue-5-grammars.test.ts.
 * Needs `npm run build` first (`npm test` does it).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult, ResolvedCall } from '../../src/model.js';
import { assertBuilt, repo, run } from '../cli/subprocess.js';

const fixtures = path.join(repo, 'fixtures/acceptance/issue-5');

function scan(workspace: string): LintResult {
  const outcome = run([path.join(fixtures, workspace), '--format', 'json', '--now', '2026-06-01']);
  // 1: findings, as intended; 2 would be a usage or internal error.
  expect(outcome.code, outcome.stderr).toBe(1);
  return JSON.parse(outcome.stdout) as LintResult;
}

let polyglot: LintResult;
beforeAll(() => {
  assertBuilt();
  polyglot = scan('polyglot');
});

const callAt = (file: string, line: number): ResolvedCall => {
  const call = polyglot.calls.find((c) => c.file === file && c.line === line);
  expect(call, `a call at ${file}:${line}`).toBeDefined();
  return call as ResolvedCall;
};
const urls = (call: ResolvedCall): (string | null)[] => call.targets.map((t) => t.url);
const zones = (call: ResolvedCall): string[] => call.targets.map((t) => t.zone);
/** Lines of a file that a no-direct-integration finding covers: where it is, or a call site it lists (one finding per integration point). */
const directFindings = (file: string): number[] => [
  ...new Set(
    polyglot.findings
      .filter((f) => f.ruleId === 'no-direct-integration')
      .flatMap((f) => [f, ...(f.related ?? [])])
      .filter((where) => where.file === file)
      .map((where) => where.line),
  ),
].sort((a, b) => a - b);

it('the polyglot workspace (valid code in every language) gives no problems', () => {
  expect(polyglot.problems).toEqual([]);
});

describe('python', () => {
  const file = 'enrolment-py/enrolment/clients.py';

  it('httpx module functions, with a constant and `.format(name=…)`', () => {
    expect(callAt(file, 17)).toMatchObject({ language: 'python', client: 'httpx', method: 'GET' });
    expect(zones(callAt(file, 17))).toEqual(['gateway']);
    expect(callAt(file, 21)).toMatchObject({ client: 'httpx', method: 'DELETE' });
    expect(urls(callAt(file, 21))).toEqual(['http://ldap-proxy.it.helsinki.fi/users/{parameter uid}']);
  });

  it('httpx.AsyncClient(base_url=…) from a class attribute with an os.environ.get default', () => {
    expect(callAt(file, 28)).toMatchObject({ kind: 'client-config', client: 'httpx' });
    expect(urls(callAt(file, 31))).toContain('https://enrolment.it.helsinki.fi/courses/{parameter code}');
  });

  it('urllib3.PoolManager().request(method, urljoin(…, "%s" % x))', () => {
    expect(callAt(file, 35)).toMatchObject({ client: 'urllib3', method: 'POST' });
    expect(urls(callAt(file, 35))).toEqual(['http://audit.it.helsinki.fi/events/{parameter event}']);
  });

  it('aiohttp.ClientSession(base_url=settings.X) resolved from settings.py', () => {
    expect(callAt(file, 39)).toMatchObject({ kind: 'client-config', client: 'aiohttp' });
    expect(callAt(file, 40)).toMatchObject({ client: 'aiohttp', method: 'GET' });
    expect(callAt(file, 40).targets.map((t) => t.host)).toEqual(['feedback.it.helsinki.fi']);
  });

  it('reports the internal hosts (at the client configuration, with the calls as related locations), not the gateway', () => {
    expect(directFindings(file)).toEqual([21, 28, 31, 35, 39, 40]);
  });
});

describe('java', () => {
  const file = 'timetable-java/src/main/java/fi/helsinki/timetable/TimetableClients.java';

  it('RestClient.builder().baseUrl(@Value constructor parameter) from application.properties', () => {
    expect(callAt(file, 23)).toMatchObject({ language: 'java', kind: 'client-config', client: 'RestClient' });
    expect(callAt(file, 27)).toMatchObject({ client: 'RestClient', method: 'GET' });
    expect(urls(callAt(file, 27))).toEqual(['https://calendar.it.helsinki.fi/api/events?day={day}']);
  });

  it('RestTemplate on an @Value field that points at the gateway', () => {
    expect(callAt(file, 32)).toMatchObject({ client: 'RestTemplate', method: 'GET' });
    expect(urls(callAt(file, 32))).toEqual(['https://gw.api.helsinki.fi/rooms/v1/rooms']);
  });

  it('a URL built with UriComponentsBuilder.fromHttpUrl(System.getenv(…)).path(…).pathSegment(…)', () => {
    expect(callAt(file, 47)).toMatchObject({ client: 'RestTemplate', method: 'GET', expression: 'url' });
    expect(urls(callAt(file, 47))).toEqual(['https://teachers.it.helsinki.fi/api/courses/{parameter course}/teachers']);
  });

  it('Apache HttpGet, and java.net.http with System.getenv bound in .env', () => {
    expect(callAt(file, 36)).toMatchObject({ client: 'ApacheHttpClient', method: 'GET' });
    expect(callAt(file, 41)).toMatchObject({ client: 'java.net.http', method: 'PUT' });
    expect(urls(callAt(file, 41))).toEqual(['https://publisher.it.helsinki.fi/timetables']);
  });

  it('reports the internal hosts (at the client configuration, with the calls as related locations), not the gateway', () => {
    expect(directFindings(file)).toEqual([23, 27, 36, 41, 47]);
  });
});

describe('kotlin: the Java clients', () => {
  const file = 'library-kotlin/src/main/kotlin/fi/helsinki/library/LibraryClients.kt';

  it('RestClient and Retrofit base URLs (the latter from an @Value in application.yml)', () => {
    expect(callAt(file, 15)).toMatchObject({ language: 'kotlin', kind: 'client-config', client: 'RestClient' });
    expect(callAt(file, 16)).toMatchObject({ kind: 'client-config', client: 'Retrofit' });
    expect(callAt(file, 16).targets.map((t) => t.url)).toEqual(['https://helka.it.helsinki.fi/api/']);
    expect(callAt(file, 18)).toMatchObject({ client: 'RestClient', method: 'GET' });
  });

  it('OkHttp Request.Builder().url(…)', () => {
    expect(callAt(file, 20)).toMatchObject({ client: 'OkHttp', method: 'GET' });
  });

  it('Apache HttpPost(…) with System.getenv in a string template', () => {
    expect(callAt(file, 22)).toMatchObject({ client: 'ApacheHttpClient', method: 'POST' });
    expect(urls(callAt(file, 22))).toEqual(['http://renewals.it.helsinki.fi/renewals/{parameter id}']);
  });

  it('java.net.http: HttpRequest.newBuilder(URI.create(…)) and newBuilder().uri(…).DELETE()', () => {
    expect(callAt(file, 25)).toMatchObject({ client: 'java.net.http', method: 'GET' });
    expect(zones(callAt(file, 25))).toEqual(['gateway']);
    expect(callAt(file, 30)).toMatchObject({ client: 'java.net.http', method: 'DELETE' });
    expect(urls(callAt(file, 30))).toEqual(['https://helka.it.helsinki.fi/api/holds/{parameter id}']);
  });

  it('reports the internal hosts (at the client configuration, with the calls as related locations), not the gateway', () => {
    expect(directFindings(file)).toEqual([15, 16, 18, 20, 22, 30]);
  });

  it('a one-line `object { const val … }` parses, and an @Value lateinit property resolves', () => {
    const reservations = 'library-kotlin/src/main/kotlin/fi/helsinki/library/ReservationClient.kt';
    expect(polyglot.problems.filter((p) => p.file === reservations)).toEqual([]);
    expect(urls(callAt(reservations, 14))).toEqual(['http://reservations.it.helsinki.fi/api/reservations/{parameter id}']);
    expect(urls(callAt(reservations, 16))).toEqual(['https://helka.it.helsinki.fi/api/records/{parameter id}']);
  });
});

describe('go', () => {
  const file = 'attendance-go/client.go';

  it('a struct field set from os.Getenv in a composite literal, read through the method receiver', () => {
    expect(callAt(file, 26)).toMatchObject({ language: 'go', client: 'net/http', method: 'GET' });
    expect(urls(callAt(file, 26))).toEqual(['http://registry.it.helsinki.fi/api/students/{parameter id}']);
  });

  it('http.Post to the gateway, http.Head with fmt.Sprintf over os.Getenv', () => {
    expect(callAt(file, 32)).toMatchObject({ client: 'net/http', method: 'POST' });
    expect(zones(callAt(file, 32))).toEqual(['gateway']);
    expect(callAt(file, 33)).toMatchObject({ client: 'net/http', method: 'HEAD' });
    expect(urls(callAt(file, 33))).toEqual(['http://rooms.it.helsinki.fi/health']);
  });

  it('resty through request setters: R().SetBody(…).Post(url)', () => {
    expect(callAt(file, 34)).toMatchObject({ client: 'resty', method: 'POST' });
  });

  it('reports the internal hosts (at the client configuration, with the calls as related locations), not the gateway', () => {
    expect(directFindings(file)).toEqual([26, 33, 34]);
  });
});

describe('c#', () => {
  const file = 'grading-cs/GradeClients.cs';

  it('new HttpClient { BaseAddress = … } joined with GetAsync', () => {
    expect(callAt(file, 10)).toMatchObject({ language: 'csharp', kind: 'client-config', client: 'HttpClient' });
    expect(callAt(file, 21)).toMatchObject({ client: 'HttpClient', method: 'GET' });
    expect(urls(callAt(file, 21))).toEqual(['https://gw.api.helsinki.fi/grades/v1/courses/{parameter course}/grades']);
  });

  it('a named client from IHttpClientFactory in a local, configured in Startup.cs from appsettings.json', () => {
    expect(callAt('grading-cs/Startup.cs', 11)).toMatchObject({ kind: 'client-config', client: 'HttpClient' });
    expect(callAt(file, 26)).toMatchObject({ client: 'HttpClient', method: 'POST' });
    expect(urls(callAt(file, 26))).toEqual(['https://registry.it.helsinki.fi/api/grades/{parameter course}']);
  });

  it('SendAsync of a HttpRequestMessage over IConfiguration["A:B"]', () => {
    expect(callAt(file, 32)).toMatchObject({ client: 'HttpClient', method: 'PUT' });
    expect(urls(callAt(file, 32))).toEqual(['https://moodle.helsinki.fi/webservice/grades']);
  });

  it('RestSharp client from Environment.GetEnvironmentVariable', () => {
    expect(callAt(file, 39)).toMatchObject({ client: 'RestSharp', method: 'GET' });
    expect(urls(callAt(file, 39))).toEqual(['http://grade-archive.it.helsinki.fi/archive/{parameter id}']);
  });

  it('reports the internal hosts (at the client configuration, with the calls as related locations), not the gateway', () => {
    expect(directFindings(file)).toEqual([26, 32, 38, 39]);
  });

  it('a typed client through a C# 12 primary constructor, in a file with a raw string literal (both parse)', () => {
    const archive = 'grading-cs/ArchiveClient.cs';
    expect(polyglot.problems.filter((p) => p.file === archive)).toEqual([]);
    expect(callAt(archive, 10)).toMatchObject({ client: 'HttpClient', method: 'POST' });
    expect(urls(callAt(archive, 10))).toEqual(['http://grade-archive.it.helsinki.fi/v2/grades/{parameter id}']);
    expect(directFindings(archive)).toEqual([10]);
  });
});

describe('php', () => {
  const file = 'alumni-php/src/AlumniSync.php';

  it('Guzzle ->request(method, path) on a base_uri client from $_ENV', () => {
    expect(callAt(file, 19)).toMatchObject({ language: 'php', client: 'Guzzle', method: 'PUT' });
    expect(callAt(file, 19).targets.map((t) => t.host)).toEqual(['alumni-registry.it.helsinki.fi']);
  });

  it('curl_init(getenv(…) . path), file_get_contents of a gateway URL, Symfony HttpClient', () => {
    expect(callAt(file, 24)).toMatchObject({ client: 'curl' });
    expect(urls(callAt(file, 24))).toEqual(['http://alumni-legacy.it.helsinki.fi/export']);
    expect(callAt(file, 31)).toMatchObject({ client: 'file_get_contents', method: 'GET' });
    expect(zones(callAt(file, 31))).toEqual(['gateway']);
    expect(callAt(file, 37)).toMatchObject({ client: 'SymfonyHttpClient', method: 'POST' });
  });

  it('reports the internal hosts (at the client configuration, with the calls as related locations), not the gateway', () => {
    expect(directFindings(file)).toEqual([14, 19, 24, 37]);
  });
});

describe('ruby', () => {
  const file = 'mentoring-rb/app/services/mentor_directory.rb';

  it('HTTParty.get with a class constant, Net::HTTP.get(URI(… ENV[…] …)), RestClient.get', () => {
    expect(callAt(file, 12)).toMatchObject({ language: 'ruby', client: 'HTTParty', method: 'GET' });
    expect(zones(callAt(file, 12))).toEqual(['gateway']);
    expect(callAt(file, 16)).toMatchObject({ client: 'Net::HTTP', method: 'GET' });
    expect(urls(callAt(file, 16))).toEqual(['https://calendar.it.helsinki.fi/calendars/{parameter mentor}']);
    expect(callAt(file, 20)).toMatchObject({ client: 'RestClient', method: 'GET' });
  });

  it('an HTTParty class whose base_uri is ENV.fetch with a default', () => {
    expect(callAt(file, 26)).toMatchObject({ kind: 'client-config', client: 'HTTParty' });
    expect(urls(callAt(file, 29))).toContain('https://feedback.it.helsinki.fi/api/mentoring');
  });

  it('reports the internal hosts (at the client configuration, with the calls as related locations), not the gateway', () => {
    expect(directFindings(file)).toEqual([16, 20, 26, 29]);
  });
});

describe('rust', () => {
  const file = 'tutoring-rs/src/main.rs';

  it('a reqwest client behind an Arc: .get through the gateway, .request(Method::PATCH, format!(…)) with an env var from .env', () => {
    expect(callAt(file, 11)).toMatchObject({ language: 'rust', client: 'reqwest', method: 'GET' });
    expect(zones(callAt(file, 11))).toEqual(['gateway']);
    expect(callAt(file, 16)).toMatchObject({ client: 'reqwest', method: 'PATCH' });
    expect(urls(callAt(file, 16))).toEqual(['http://roster.it.helsinki.fi/api/groups/7']);
  });

  it('ureq::get, and a tonic client connected to host:port (a gRPC client configuration)', () => {
    expect(callAt(file, 21)).toMatchObject({ client: 'ureq', method: 'GET' });
    expect(callAt(file, 25)).toMatchObject({ kind: 'client-config', client: 'gRPC' });
    expect(urls(callAt(file, 25))).toEqual(['grpc://rooms.it.helsinki.fi:9090']);
  });

  it('reports the internal hosts, not the gateway', () => {
    expect(directFindings(file)).toEqual([16, 21, 25, 33]);
  });
});

describe('a file that fails to parse, in each language', () => {
  it('gives one parse-error warning per broken file, and every file is still scanned', () => {
    const result = scan('broken');
    const broken = ['Reports.cs', 'Reports.java', 'Reports.kt', 'Reports.svelte', 'Reports.vue', 'reports.go', 'reports.php', 'reports.py', 'reports.rb', 'reports.rs'];
    const parseErrors = result.problems.filter((p) => p.code === 'parse-error');
    expect(parseErrors.map((p) => p.file).sort()).toEqual(broken);
    expect(parseErrors.every((p) => p.severity === 'warning' && typeof p.line === 'number' && p.message.length > 0)).toBe(true);
    expect(result.problems.filter((p) => p.code !== 'parse-error')).toEqual([]);
    // The call above each syntax error, and the valid TypeScript file next to them.
    expect(result.calls.map((c) => c.file).sort()).toEqual([...broken, 'reports.ts'].sort());
    expect(result.calls.map((c) => c.language).sort()).toEqual(['csharp', 'go', 'java', 'kotlin', 'php', 'python', 'ruby', 'rust', 'svelte', 'typescript', 'vue']);
  });
});
