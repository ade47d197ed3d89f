/**
 * The publishing policy written for hosts: `_headers` (Netlify, Cloudflare Pages) and an nginx server block. Both
 * come from src/publish/policy.ts; tests/unit/publish/hostConfig.test.ts reads them back the way each host does and
 * holds them to `headersFor` for every file of the build.
 */
import {
  baseHeaders,
  cacheControl,
  contentTypeFor,
  contentTypes,
  embedFrameHeaders,
  embedPrefixes,
  hashedPrefix,
  headersFor,
  hostFiles,
  imageExtensions,
  isPublished,
  prefixRules,
  storyFrameHeaders,
  urlPathsOf,
  type Headers,
} from './policy.ts';

const generatedNote = 'Generated at build by src/publish/ from src/publish/policy.ts: change the policy, not this file.';

/** A prefix rule as a host pattern: `/` → `/*`, `/_astro/` → `/_astro/*`. */
const splat = (prefix: string): string => `${prefix}*`;

/**
 * `_headers` for the built files (paths relative to dist/). Prefix rules cover every file under them, present or
 * future; each published URL then gets a rule of its own with whatever the prefix rules do not already send, and
 * the Content-Type when the policy fixes one (`contentTypes`: no prefix rule sends it).
 */
export function headersFile(files: readonly string[]): string {
  const lines = [
    `# ${generatedNote}`,
    '# Read by Netlify and Cloudflare Pages. Each header comes from one matching rule only (hosts join repeated ones).',
    '',
  ];
  const block = (pattern: string, headers: Headers) => {
    lines.push(pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), '');
  };
  for (const rule of prefixRules) block(splat(rule.prefix), rule.headers);

  const paths = [...new Set(files.filter(isPublished).flatMap(urlPathsOf))].sort();
  for (const path of paths) {
    const own: Headers = {};
    for (const [name, value] of Object.entries(headersFor(path))) {
      const fromPrefix = prefixRules.filter((rule) => path.startsWith(rule.prefix) && name in rule.headers);
      if (fromPrefix.length > 1) throw new Error(`_headers: ${name} for ${path} would come from ${fromPrefix.length} rules`);
      if (fromPrefix.length === 0) own[name] = value;
      else if (fromPrefix[0].headers[name] !== value) {
        throw new Error(`_headers: rule ${splat(fromPrefix[0].prefix)} sends ${name} "${fromPrefix[0].headers[name]}" but ${path} needs "${value}"`);
      }
    }
    const contentType = contentTypeFor(path);
    if (contentType) own['Content-Type'] = contentType;
    if (Object.keys(own).length) block(path, own);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export interface NginxOptions {
  /** Absolute path of the built site (dist/). */
  root: string;
  /** Port to listen on. */
  port?: number;
}

/** nginx quotes a header value in double quotes; none of the policy's values contain one. */
const addHeaders = (headers: Headers, indent: string): string[] =>
  Object.entries(headers).map(([name, value]) => {
    if (value.includes('"')) throw new Error(`nginx: header ${name} contains a double quote`);
    // Cache-Control only on successful responses (and 304s): a missing file under /_astro/ must not be cached for a year.
    return `${indent}add_header ${name} "${value}"${name === 'Cache-Control' ? '' : ' always'};`;
  });

/**
 * An nginx `server {}` block that serves dist/ with the policy: precompressed files (gzip_static, brotli_static),
 * ETag and Last-Modified (nginx's defaults for static files). In nginx a location with any `add_header` inherits
 * none from its parent, so every location lists every header it sends.
 */
export function nginxConf({ root, port = 8080 }: NginxOptions): string {
  const images = `\\.(${imageExtensions.join('|')})$`;
  const cache = (cls: keyof typeof cacheControl) => ({ 'Cache-Control': cacheControl[cls] });
  const location = (match: string, headers: Headers, indent = '    ', inner: string[] = []) => [
    `${indent}location ${match} {`,
    ...addHeaders(headers, `${indent}    `),
    ...inner,
    `${indent}}`,
  ];
  // One location per fixed content type: with an empty `types` map nginx sends `default_type` as written, charset
  // included, for the file and its precompressed copies alike (mime.types knows neither extension).
  const typed = (headers: Headers, indent: string) =>
    Object.entries(contentTypes).flatMap(([ext, type]) =>
      location(`~* \\.${ext}$`, headers, indent, [`${indent}    types { }`, `${indent}    default_type "${type}";`]),
    );
  return [
    `# ${generatedNote}`,
    '#',
    '# Self-hosting with nginx: copy dist/ to the server, set `root` below to it, and put this file in',
    '# /etc/nginx/conf.d/ (or include it inside `http {}`); then `nginx -t && nginx -s reload`.',
    '# Precompressed files: gzip_static is built into nginx; brotli_static needs the Brotli module',
    "# (Debian: apt-get install libnginx-mod-http-brotli-static). Without it, remove the brotli_static line:",
    '# clients then get the .gz files.',
    'server {',
    `    listen ${port};`,
    `    listen [::]:${port};`,
    '    server_name _;',
    `    root ${root};`,
    '    index index.html;',
    '    charset utf-8;',
    '    server_tokens off;',
    '    absolute_redirect off;',
    '    etag on;',
    '    gzip_static on;',
    '    brotli_static on;',
    '    gzip_vary on;',
    '',
    ...hostFiles.map((path) => `    location = ${path} { return 404; }`),
    '',
    ...location(`^~ ${hashedPrefix}`, { ...cache('immutable'), ...baseHeaders }),
    ...embedPrefixes.flatMap((prefix) => location(`^~ ${prefix}`, { ...cache('revalidate'), ...baseHeaders, ...embedFrameHeaders }, '    ', [
      ...location(`~* ${images}`, { ...cache('image'), ...baseHeaders, ...embedFrameHeaders }, '        '),
      ...typed({ ...cache('revalidate'), ...baseHeaders, ...embedFrameHeaders }, '        '),
    ])),
    ...location(`~* ${images}`, { ...cache('image'), ...baseHeaders }),
    ...typed({ ...cache('revalidate'), ...baseHeaders }, '    '),
    ...location('~* \\.html$', { ...cache('revalidate'), ...baseHeaders, ...storyFrameHeaders }),
    ...location('/', { ...cache('revalidate'), ...baseHeaders }),
    '}',
    '',
  ].join('\n');
}
