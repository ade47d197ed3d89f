// Before the end-to-end tests: WordPress's own embed script (wp-includes/js/wp-embed.js), which the CMS tests run in
// a host page built as WordPress builds a post. Taken from Debian's `wordpress` package (downloaded, not installed:
// `apt-get download` needs no PHP), kept in node_modules/.cache. Never skipped: without it the tests stop here.
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const wpEmbedPath = 'node_modules/.cache/around-kazakhstan/wp-embed.js';

if (existsSync(wpEmbedPath)) {
  console.log(`wp-embed.js: ${wpEmbedPath}`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'wordpress-'));
const download = () => execSync('apt-get download -qq wordpress', { cwd: work, stdio: 'inherit' });
try {
  try {
    download();
  } catch {
    // A fresh machine has no package lists yet; as root, fetch them once and try again.
    if (typeof process.getuid === 'function' && process.getuid() === 0) {
      execSync('apt-get update -qq', { stdio: 'inherit' });
      download();
    } else throw new Error('apt-get download wordpress failed');
  }
  const deb = readdirSync(work).find((name) => name.endsWith('.deb'));
  execSync(`dpkg-deb -x ${deb} extracted`, { cwd: work });
  mkdirSync('node_modules/.cache/around-kazakhstan', { recursive: true });
  copyFileSync(join(work, 'extracted/usr/share/wordpress/wp-includes/js/wp-embed.js'), wpEmbedPath);
  console.log(`wp-embed.js: ${wpEmbedPath} (from Debian's wordpress package)`);
} catch (error) {
  console.error(`Could not get WordPress's wp-embed.js from Debian's wordpress package (${error.message}).\n` +
    'Run `apt-get update` as root, or put the file at ' + wpEmbedPath + ', then run the tests again.');
  process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
