/**
 * `npm run serve`: the production server for self-hosting. Serves dist/ (built first if there is none) with the
 * caching policy of src/publish/policy.ts and the build's precompressed files. HOST (default 127.0.0.1; 0.0.0.0 for
 * every interface), PORT (default 8080; 0 for any free port) and SERVE_DIR (default dist) change it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createSiteServer, listen } from '../src/publish/server.ts';

const dir = resolve(process.env.SERVE_DIR ?? 'dist');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);

if (!existsSync(join(dir, 'index.html')) && !process.env.SERVE_DIR) {
  console.log('No build in dist/: running `npm run build` first.');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(dir, '_headers')) || !existsSync(join(dir, 'index.html.br'))) {
  console.warn(`Warning: ${dir} has no _headers or precompressed files; it predates the publish step: run \`npm run build\`.`);
}

const server = createSiteServer({ dir });
const url = await listen(server, port, host);
console.log(`Serving ${dir} at ${url} (Brotli/gzip precompressed; caching policy: src/publish/policy.ts). Ctrl+C stops.`);

const stop = () => server.close(() => process.exit(0)).closeAllConnections();
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
