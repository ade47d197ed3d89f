/**
 * A pseudo-locale edition made from English, for tests that prove a new edition needs only its content and a line
 * in the registry: every ASCII letter accented, about 40% longer, each string in brackets
 * ("[Ŵĥàţ Ķàžàķĥšţàñ šéñţ ···]"). Tags, `{placeholders}`, MDX components and links stay as they are, so the pages
 * build as the English do. A plain ASCII word left on one of its pages is a string no edition translated.
 */
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from './contentSandbox';

/** The pseudo edition's registry line: the code, address and language tags it is built with. */
export const pseudo = {
  code: 'xx',
  prefix: 'xx',
  lang: 'en-XA',
  // Greek digits, dates, lists and country names: what Intl writes is visibly not the story's English, and
  // Greek's plural categories (one, other) are English's.
  intl: 'el-GR',
  og: 'en_XA',
};

const accented: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!]),
);

/** Text accented letter by letter; `{placeholders}`, tags and entities left as they are. */
const accent = (text: string) => text.split(/(\{[a-zA-Z]+\}|<[^>]*>|&[a-z]+;)/).map((part, index) => (index % 2 ? part : [...part].map((char) => accented[char] ?? char).join(''))).join('');

/**
 * One string in pseudo-locale: accented, about 40% longer (less where a field has a limit, `maxLength`), in
 * brackets; leading and trailing spaces kept outside.
 */
export function pseudoText(text: string, maxLength = Infinity): string {
  const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  if (!body) return text;
  const length = body.replace(/\{[a-zA-Z]+\}|<[^>]*>/g, '').length;
  const room = Math.max(0, Math.min(Math.ceil(length * 0.4), maxLength - text.length - 3));
  const padding = '·'.repeat(room).replace(/(·{5})(?=·)/g, '$1 ').slice(0, room).trim();
  return `${lead}[${accent(body!)}${padding ? ` ${padding}` : ''}]${trail}`;
}

/** Every string of a words file in pseudo-locale; numbers, and the keys, as they are. */
function pseudoWords(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (Array.isArray(value)) return value.map(pseudoWords);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, pseudoWords(child)]));
  return value;
}

/** An MDX section in pseudo-locale: frontmatter titles and text; tags, attributes, expressions and link targets kept. */
export function pseudoMdx(text: string): string {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const front = frontmatter!.replace(/^(title|navLabel|summary): (.*)$/gm, (_, key: string, value: string) => {
    const quoted = /^(["'])([\s\S]*)\1$/.exec(value);
    return `${key}: ${JSON.stringify(pseudoText(quoted ? quoted[2]! : value))}`;
  });
  // Text between tags, expressions, link targets and Markdown markers; each text run in brackets of its own.
  const kept = /(<[^>]*>|\{[^}]*\}|\]\([^)]*\)|^#+ |^\s*[-*] |\*\*|\*|_|`[^`]*`|\n)/m;
  const out = body!.split(new RegExp(kept.source, 'gm')).map((part, index) => (index % 2 || !/[A-Za-z]/.test(part) ? part : pseudoText(part)));
  return `---\n${front}\n---\n${out.join('')}`;
}

/** Fields whose schema limits their length (src/schemas/): the pseudo text stays within them. */
const limits: Record<string, number> = { 'page.json:description': 200, 'scenes.json:label': 40, 'kz-ru-turnover.json:by': 40, 'corrections.json:topic': 80 };

/**
 * Adds the pseudo edition to a sandbox copy of the site exactly as an editor and a developer would add any
 * edition: one line in the registry, its words, its sections, and its object beside every `ru` object in the data.
 */
export function addPseudoEdition(sandbox: Sandbox): void {
  const { code } = pseudo;
  sandbox.edit('src/i18n/editions.ts', (text) =>
    text.replace(/\n\] as const/, `\n  { code: '${code}', prefix: '${pseudo.prefix}', lang: '${pseudo.lang}', intl: '${pseudo.intl}', og: '${pseudo.og}', name: ${JSON.stringify(pseudoText('Pseudo'))}, englishName: 'Pseudo' },\n] as const`));
  const words = JSON.parse(readFileSync(join(sandbox.root, 'content/editions/en.json'), 'utf8')) as unknown;
  sandbox.write(`content/editions/${code}.json`, `${JSON.stringify(pseudoWords(words), null, 2)}\n`);
  mkdirSync(join(sandbox.root, 'content/story', code), { recursive: true });
  for (const name of readdirSync(join(sandbox.root, 'content/story')).filter((file) => file.endsWith('.mdx'))) {
    sandbox.write(`content/story/${code}/${name}`, pseudoMdx(readFileSync(join(sandbox.root, 'content/story', name), 'utf8')));
  }
  for (const name of readdirSync(join(sandbox.root, 'content/data')).filter((file) => file.endsWith('.json'))) {
    const path = join(sandbox.root, 'content/data', name);
    const rows = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
    if (!rows.some((row) => row.ru)) continue;
    // The same keys as the Russian object, from the English fields, within the schemas' limits.
    const pseudoRow = (row: Record<string, unknown>) => Object.fromEntries(Object.keys(row.ru as object).filter((key) => typeof row[key] === 'string').map((key) => [key, pseudoText(row[key] as string, limits[`${name}:${key}`])]));
    const withPseudo = rows.map((row) => (row.ru ? { ...row, [code]: pseudoRow(row) } : row));
    writeFileSync(path, `${JSON.stringify(withPseudo, null, 2)}\n`);
  }
}
