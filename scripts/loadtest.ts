/**
 * `npm run loadtest`: builds the site, starts the production server (`scripts/serve.ts`) on a free loopback port,
 * checks every header once (src/publish/checkHeaders.ts), then loads it with autocannon: the story (Brotli and gzip),
 * an embed, the hashed assets the pages load, a social image and the story's revalidation (304). Prints requests per
 * second, p50/p99 latency, errors and bytes per response, and exits non-zero on any error, timeout, unexpected status
 * or a wrong Content-Encoding, Cache-Control or security header in any response.
 *
 * LOADTEST_CONNECTIONS (default 200) and LOADTEST_DURATION (seconds per target, default 20) change the load. The
 * traffic only ever goes to 127.0.0.1, to a server this script starts and stops.
 */
import autocannon, { type Request } from 'autocannon';
import type { IncomingHttpHeaders } from 'node:http';
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { checkSite, discoverPaths, formatChecks, get, problemsWith } from '../src/publish/checkHeaders.ts';
import { listFiles } from '../src/publish/compress.ts';
import { hashedPrefix, headersFor, isPublished } from '../src/publish/policy.ts';

const connections = Number(process.env.LOADTEST_CONNECTIONS ?? 200);
const duration = Number(process.env.LOADTEST_DURATION ?? 20);

/** Starts `npm run serve`'s script on a free port; resolves with its URL once it listens. */
function startServer(): Promise<{ base: string; stop: () => void }> {
  const child = spawn(process.execPath, ['scripts/serve.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const url = output.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
      if (url) resolve({ base: url, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
}

interface Target {
  name: string;
  paths: string[];
  /** Accept-Encoding sent: the encoding text files must come back in. */
  encoding: 'br' | 'gzip';
  /** Conditional requests with the path's ETag: every answer must be a 304. */
  conditional?: boolean;
}

interface Figures {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  wrong: number;
  bytesPerResponse: number;
  bodyBytes: string;
  problems: string[];
}

const lower = (headers: IncomingHttpHeaders | undefined): IncomingHttpHeaders =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));

async function run(base: string, target: Target): Promise<Figures> {
  const problems = new Map<string, number>();
  const note = (problem: string) => problems.set(problem, (problems.get(problem) ?? 0) + 1);
  const accept = target.encoding === 'gzip' ? 'gzip' : 'br, gzip';
  const bodies: number[] = [];
  const requests: Request[] = [];
  for (const path of target.paths) {
    const probe = await get(new URL(path, base).href, { 'Accept-Encoding': accept });
    bodies.push(probe.body.length);
    const etag = String(probe.headers.etag ?? '');
    const expectedCache = headersFor(path)['Cache-Control'];
    requests.push({
      method: 'GET',
      path,
      headers: { 'accept-encoding': accept, ...(target.conditional ? { 'if-none-match': etag } : {}) },
      onResponse: (status, _body, _context, raw) => {
        const headers = lower(raw);
        if (target.conditional) {
          if (status !== 304) note(`${path}: status ${status}, expected 304`);
          if (headers['cache-control'] !== expectedCache) note(`${path}: 304 without Cache-Control "${expectedCache}"`);
        } else {
          for (const problem of problemsWith(path, { status, headers }, target.encoding)) note(`${path}: ${problem}`);
        }
      },
    });
  }
  const result = await autocannon({ url: base, connections, duration, requests, timeout: 10 });
  const wrong = [...problems.values()].reduce((sum, count) => sum + count, 0);
  const kb = (bytes: number) => (bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`);
  return {
    name: target.name,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    wrong,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
    bodyBytes: target.conditional ? '0 B (304)' : bodies.length > 1 ? `${kb(Math.min(...bodies))}–${kb(Math.max(...bodies))}` : kb(bodies[0]),
    problems: [...problems].map(([problem, count]) => `${count}× ${problem}`),
  };
}

const server = await startServer();
let failed = false;
try {
  console.log(`Server: ${server.base}\n\nHeaders, once per path:`);
  const checks = await checkSite(server.base);
  console.log(formatChecks(checks));
  if (checks.some((check) => check.problems.length)) {
    failed = true;
    throw new Error('the headers differ from the policy before any load: see FAIL above');
  }

  const paths = await discoverPaths(server.base);
  // Every hashed file of the build, the lazily loaded map chunks too (the pages link only some of them).
  const assets = listFiles(`dist${hashedPrefix}`).filter(isPublished).map((file) => `${hashedPrefix}${file}`);
  const targets: Target[] = [
    { name: 'story `/` (br)', paths: ['/'], encoding: 'br' },
    { name: 'story `/` (gzip only)', paths: ['/'], encoding: 'gzip' },
    { name: `embed \`${paths.embeds[0]}\` (br)`, paths: [paths.embeds[0]], encoding: 'br' },
    { name: `hashed assets (${assets.length} files, br)`, paths: assets, encoding: 'br' },
    { name: 'social image (PNG)', paths: paths.embedFiles.filter((path) => path.endsWith('.png')).slice(0, 1), encoding: 'br' },
    { name: 'story revalidation (If-None-Match → 304)', paths: ['/'], encoding: 'br', conditional: true },
  ];
  console.log(`\nLoad: ${connections} connections, ${duration} s per target, autocannon → sirv on one process; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`);
  const figures: Figures[] = [];
  for (const target of targets) {
    process.stdout.write(`  ${target.name} …`);
    const figure = await run(server.base, target);
    figures.push(figure);
    process.stdout.write(` ${Math.round(figure.perSecond)} req/s\n`);
  }
  console.log('\n| target | requests | req/s | p50 | p99 | errors | timeouts | wrong answers | bytes/response (with headers) | body |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const f of figures) {
    console.log(
      `| ${f.name} | ${f.requests} | ${Math.round(f.perSecond)} | ${f.p50} ms | ${f.p99} ms | ${f.errors} | ${f.timeouts} | ${f.wrong} | ${Math.round(f.bytesPerResponse)} | ${f.bodyBytes} |`,
    );
  }
  const bad = figures.filter((f) => f.errors || f.timeouts || f.wrong || !f.requests);
  for (const f of bad) console.error(`\nFAIL ${f.name}: ${f.errors} errors, ${f.timeouts} timeouts, ${f.wrong} wrong answers\n  ${f.problems.slice(0, 10).join('\n  ')}`);
  failed = bad.length > 0;
  console.log(failed ? '\nLoad test FAILED.' : '\nLoad test passed: no error, every answer with the policy\'s Cache-Control and the expected Content-Encoding.');
} catch (error) {
  failed = true;
  console.error(`\nLoad test FAILED: ${(error as Error).message}`);
} finally {
  server.stop();
}
process.exit(failed ? 1 : 0);
