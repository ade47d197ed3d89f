/**
 * How hosts read the generated configs, for the parity tests: `_headers` as Netlify and Cloudflare Pages apply it,
 * and an nginx server block with nginx's location choice and add_header inheritance.
 */
import { expect } from 'vitest';
import { contentTypeFor, headersFor, isPublished, urlPathsOf, type Headers } from '../../src/publish/policy';

/** `_headers` rules: pattern → header lines. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** A `_headers` pattern against a URL path: exact, or a trailing splat (`/embed/*`). */
const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path);

/**
 * The headers a host sends for `path`: every matching rule's headers together. A header set by two matching rules
 * is an error here: Netlify and Cloudflare would join the two values into one broken header.
 */
export function headersFileFor(text: string, path: string): Headers {
  const result: Headers = {};
  for (const rule of parseHeadersFile(text)) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      if (name in result) throw new Error(`${path}: ${name} is set by more than one matching rule`);
      result[name] = value;
    }
  }
  return result;
}

interface Location {
  modifier: '' | '=' | '^~' | '~' | '~*';
  pattern: string;
  headers: [string, string, boolean][];
  children: Location[];
  returns?: string;
  /** `default_type`, unquoted. */
  defaultType?: string;
  /** Extension → type from a `types {}` block at this level; `{}` for an empty block (every file gets default_type). */
  types?: Record<string, string>;
}

/** The `server {}` block of an nginx config, as a tree of locations (the server itself is the root). */
export function parseNginx(text: string): Location {
  const tokens = text
    .split('\n')
    .map((line) => line.replace(/^\s*#.*$/, ''))
    .join('\n')
    .match(/"(?:[^"\\]|\\.)*"|[{};]|[^\s{};"]+/g)!;
  const root: Location = { modifier: '', pattern: '', headers: [], children: [] };
  const stack: Location[] = [];
  let statement: string[] = [];
  // Inside a `types {}` block: the location it belongs to.
  let typesOf: Location | null = null;
  const unquote = (value: string) => (value.startsWith('"') ? value.slice(1, -1) : value);
  for (const token of tokens) {
    if (typesOf) {
      if (token === '}') typesOf = null;
      else if (token === ';') {
        const [type, ...extensions] = statement;
        for (const extension of extensions) typesOf.types![extension] = type;
        statement = [];
      } else statement.push(token);
      continue;
    }
    if (token === '{') {
      if (statement[0] === 'types') {
        typesOf = stack.at(-1)!;
        typesOf.types = {};
      } else if (statement[0] === 'server') stack.push(root);
      else if (statement[0] === 'location') {
        const [modifier, pattern] = statement.length === 3 ? [statement[1], statement[2]] : ['', statement[1]];
        const location: Location = { modifier: modifier as Location['modifier'], pattern, headers: [], children: [] };
        stack.at(-1)!.children.push(location);
        stack.push(location);
      } else throw new Error(`unexpected block ${statement.join(' ')}`);
      statement = [];
    } else if (token === '}') stack.pop();
    else if (token === ';') {
      const [directive, ...args] = statement;
      if (directive === 'default_type') stack.at(-1)!.defaultType = unquote(args[0]);
      if (directive === 'add_header') stack.at(-1)!.headers.push([args[0], unquote(args[1]), args[2] === 'always']);
      if (directive === 'return') stack.at(-1)!.returns = args.join(' ');
      statement = [];
    } else statement.push(token);
  }
  return root;
}

const regexOf = (location: Location) => new RegExp(location.pattern, location.modifier === '~*' ? 'i' : '');

/** nginx's choice of location for a URI: exact, then the longest prefix (final with ^~), then regexes in order. */
function locate(block: Location, uri: string): Location {
  const exact = block.children.find((child) => child.modifier === '=' && child.pattern === uri);
  if (exact) return exact;
  const prefix = block.children
    .filter((child) => (child.modifier === '' || child.modifier === '^~') && uri.startsWith(child.pattern))
    .sort((a, b) => b.pattern.length - a.pattern.length)[0];
  if (prefix) {
    const inner = locate(prefix, uri);
    if (inner !== prefix || prefix.modifier === '^~') return inner;
  }
  const regex = block.children.find((child) => (child.modifier === '~' || child.modifier === '~*') && regexOf(child).test(uri));
  if (regex) return locate(regex, uri);
  return prefix ?? block;
}

/**
 * The Content-Type nginx sends for `path` when the config decides it: a `types` map on the way to its location (the
 * innermost wins), else the extension's type there or `default_type` (also inherited; nginx's own default is
 * text/plain). Undefined when the config leaves it to the http level's mime.types.
 */
export function nginxContentTypeFor(config: Location, path: string): string | undefined {
  const uri = path.endsWith('/') ? `${path}index.html` : path;
  const location = locate(config, uri);
  const chain: Location[] = [];
  const walk = (block: Location): boolean => {
    chain.push(block);
    if (block === location || block.children.some(walk)) return true;
    chain.pop();
    return false;
  };
  walk(config);
  const inner = [...chain].reverse();
  const types = inner.find((block) => block.types)?.types;
  if (!types) return undefined;
  const extension = uri.slice(uri.lastIndexOf('.') + 1).toLowerCase();
  return types[extension] ?? inner.find((block) => block.defaultType)?.defaultType ?? 'text/plain';
}

/**
 * The headers nginx sends with a 200 for `path`. A directory URL is served by its index.html through an internal
 * redirect, which chooses the location again. A level with any add_header inherits none from the levels above.
 */
export function nginxHeadersFor(config: Location, path: string): Headers | 'not served' {
  const uri = path.endsWith('/') ? `${path}index.html` : path;
  const chain: Location[] = [];
  const walk = (block: Location, target: Location): boolean => {
    chain.push(block);
    if (block === target) return true;
    if (block.children.some((child) => walk(child, target))) return true;
    chain.pop();
    return false;
  };
  const location = locate(config, uri);
  if (location.returns) return 'not served';
  walk(config, location);
  const level = [...chain].reverse().find((block) => block.headers.length);
  const result: Headers = {};
  for (const [name, value] of level?.headers ?? []) {
    if (name in result) throw new Error(`${path}: ${name} added twice`);
    result[name] = value;
  }
  return result;
}

const publishedPaths = (files: readonly string[]) => [...new Set(files.filter(isPublished).flatMap(urlPathsOf))];

/** `headersFor(path)`, plus the Content-Type when the policy fixes one (`_headers` sends it as a header). */
const withContentType = (path: string): Headers => {
  const type = contentTypeFor(path);
  return type ? { ...headersFor(path), 'Content-Type': type } : headersFor(path);
};

/**
 * `_headers` and the nginx block, read the way each host reads them, send exactly `headersFor` for every path, and
 * the content type the policy fixes (nginx through `types`/`default_type`, not add_header).
 */
export function expectParity(headersText: string, nginxText: string, files: readonly string[]) {
  const nginx = parseNginx(nginxText);
  const paths = publishedPaths(files);
  expect(paths.length).toBeGreaterThan(5);
  for (const path of paths) {
    expect(headersFileFor(headersText, path), `_headers ${path}`).toEqual(withContentType(path));
    expect(nginxHeadersFor(nginx, path), `nginx ${path}`).toEqual(headersFor(path));
    expect(nginxContentTypeFor(nginx, path), `nginx type ${path}`).toBe(contentTypeFor(path));
  }
  expect(nginxHeadersFor(nginx, '/_headers')).toBe('not served');
}
