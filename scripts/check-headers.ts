/**
 * `npm run check:headers -- <url>`: prints the caching, encoding and security headers a running copy of the site
 * sends (local or deployed) and compares them with src/publish/policy.ts. Exits non-zero on any difference.
 * Example after deploying: `npm run check:headers -- https://your-domain.example/`.
 */
import { checkSite, formatChecks } from '../src/publish/checkHeaders.ts';

const base = process.argv[2];
if (!base || !/^https?:\/\//.test(base)) {
  console.error('Usage: npm run check:headers -- <url of the site, e.g. http://127.0.0.1:8080/>');
  process.exit(2);
}
const checks = await checkSite(base);
console.log(formatChecks(checks));
const failed = checks.filter((check) => check.problems.length);
console.log(failed.length ? `\n${failed.length} of ${checks.length} answers differ from the policy.` : `\nAll ${checks.length} answers follow the policy.`);
process.exit(failed.length ? 1 : 0);
