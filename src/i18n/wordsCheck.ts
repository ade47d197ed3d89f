/**
 * Checks each edition's words file (`content/editions/<code>.json`) against the default edition's: the same keys, no
 * others, the same `{placeholders}` in each template, and plural forms for exactly the categories the edition's
 * language has (`Intl.PluralRules`). Every problem is "file:line: what is wrong, what was expected", for
 * `npm run check:content` and the build. Pure: no files read here.
 */
import { defaultLocale, intlLocale, locales, type Locale } from './locale';

/** Where an edition's words live. */
export const wordsPath = (locale: Locale) => `content/editions/${locale}.json`;

/** A plural message: forms keyed by `Intl.PluralRules` categories, e.g. `{ "one": "Route: {list}.", "other": … }`. */
const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export function isPlural(value: unknown): value is Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.includes('other') && keys.every((key) => (pluralCategories as readonly string[]).includes(key) && typeof (value as Record<string, unknown>)[key] === 'string');
}

/** The `{name}` placeholders of a template, sorted. */
export const placeholders = (template: string) => [...new Set([...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1]!))].sort();

/** The line of each key path ("graphics.map.heading") in a JSON text: where its key is written. */
export function jsonKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: (string | number)[] = [];
  const containers: ('object' | 'array')[] = [];
  let line = 1;
  let expectKey = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\n') line++;
    else if (char === '{' || char === '[') {
      containers.push(char === '{' ? 'object' : 'array');
      stack.push(char === '{' ? '' : 0);
      expectKey = char === '{';
    } else if (char === '}' || char === ']') {
      containers.pop();
      stack.pop();
    } else if (char === ',') {
      const top = stack.length - 1;
      if (containers[top] === 'array') stack[top] = (stack[top] as number) + 1;
      else expectKey = true;
    } else if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (expectKey && containers[containers.length - 1] === 'object') {
        stack[stack.length - 1] = JSON.parse(text.slice(index, end + 1)) as string;
        lines.set(stack.filter((part) => part !== '').join('.'), line);
        expectKey = false;
      }
      index = end;
    }
  }
  return lines;
}

export interface WordsFile {
  /** e.g. "content/editions/ru.json" */
  path: string;
  text: string;
  /** The edition's `Intl` locale, for its plural categories. */
  intl: string;
}

/**
 * Every problem of `edition` measured against `reference` (the default edition's file). A file that is not JSON, a
 * missing or extra key, a template whose placeholders differ, plural forms for other categories than the language's.
 */
export function wordsErrors(reference: WordsFile, edition: WordsFile): string[] {
  const parse = (file: WordsFile): unknown => {
    try {
      return JSON.parse(file.text);
    } catch (error) {
      errors.push(`${file.path}:1: not valid JSON (${(error as Error).message}).`);
      return undefined;
    }
  };
  const errors: string[] = [];
  const expected = parse(reference);
  const actual = parse(edition);
  if (expected === undefined || actual === undefined) return errors;
  const lines = jsonKeyLines(edition.text);
  const categories = new Intl.PluralRules(edition.intl).resolvedOptions().pluralCategories as readonly string[];
  const lineOf = (path: string) => {
    for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
      const line = lines.get(parts.join('.'));
      if (line) return line;
    }
    return 1;
  };
  const at = (path: string, message: string) => errors.push(`${edition.path}:${lineOf(path)}: "${path}" ${message}`);
  const kind = (value: unknown) => (isPlural(value) ? 'plural forms' : Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'a group of words' : typeof value);

  const compare = (want: unknown, got: unknown, path: string) => {
    if (isPlural(want)) {
      if (!isPlural(got)) return at(path, `should be plural forms ${JSON.stringify(Object.fromEntries(categories.map((category) => [category, '…'])))} (${edition.intl} has ${categories.join(', ')}), not ${kind(got)}.`);
      const missing = categories.filter((category) => !(category in got));
      const extra = Object.keys(got).filter((category) => !categories.includes(category));
      if (missing.length > 0) at(path, `lacks the plural form${missing.length > 1 ? 's' : ''} ${missing.map((category) => `"${category}"`).join(', ')} (${edition.intl} has ${categories.join(', ')}).`);
      if (extra.length > 0) at(path, `has plural form${extra.length > 1 ? 's' : ''} ${extra.map((category) => `"${category}"`).join(', ')} that ${edition.intl} does not use (it has ${categories.join(', ')}).`);
      const wanted = placeholders(Object.values(want).join(' '));
      for (const [category, form] of Object.entries(got)) templateErrors(wanted, form, `${path}.${category}`);
      return;
    }
    if (typeof want === 'string') {
      // Blank only where the default edition's is (a space between a number and its word, "none" of a separator).
      if (typeof got !== 'string' || (got.trim() === '' && want.trim() !== '')) return at(path, `should be words (a string), not ${got === '' ? 'empty' : kind(got)}.`);
      return templateErrors(placeholders(want), got, path);
    }
    if (typeof want === 'number') {
      if (typeof got !== 'number') at(path, `should be a number like the default edition's ${want}, not ${kind(got)}.`);
      return;
    }
    if (Array.isArray(want)) {
      if (!Array.isArray(got) || got.length !== want.length) return at(path, `should be a list of ${want.length} ${typeof want[0] === 'number' ? 'numbers' : 'words'}, not ${Array.isArray(got) ? `${got.length}` : kind(got)}.`);
      want.forEach((item, index) => compare(item, got[index], `${path}.${index}`));
      return;
    }
    if (want && typeof want === 'object') {
      if (!got || typeof got !== 'object' || Array.isArray(got)) return at(path, `should be a group of words (${Object.keys(want).map((key) => `"${key}"`).join(', ')}), not ${kind(got)}.`);
      const name = (key: string) => (path ? `${path}.${key}` : key);
      for (const key of Object.keys(want)) {
        if (key in got) compare((want as Record<string, unknown>)[key], (got as Record<string, unknown>)[key], name(key));
        else at(path || key, path ? `lacks "${key}": add it, translated from ${reference.path}:${jsonKeyLines(reference.text).get(name(key)) ?? 1}.` : `is missing: add it, translated from ${reference.path}.`);
      }
      for (const key of Object.keys(got)) {
        if (!(key in want)) at(name(key), `is not a key of ${reference.path}: remove it, or add it there first (a typo?).`);
      }
    }
  };
  const templateErrors = (wanted: readonly string[], template: string, path: string) => {
    const found = placeholders(template);
    const unknown = found.filter((name) => !wanted.includes(name));
    const missing = wanted.filter((name) => !found.includes(name));
    const list = (names: readonly string[]) => names.map((name) => `{${name}}`).join(', ');
    if (unknown.length > 0) at(path, `has the unknown placeholder${unknown.length > 1 ? 's' : ''} ${list(unknown)}: expected ${wanted.length > 0 ? list(wanted) : 'none'}.`);
    if (missing.length > 0) at(path, `lacks ${list(missing)}: the sentence must say where ${missing.length > 1 ? 'they go' : 'it goes'}.`);
  };
  compare(expected, actual, '');
  return errors;
}

/**
 * Every problem in the editions' words files (`files`: path and text, e.g. from readContentFiles), each with its
 * file and line; a registry edition without its file is one.
 */
export function editionWordsErrors(files: readonly { path: string; text: string }[]): string[] {
  const fileOf = (locale: Locale) => {
    const file = files.find((candidate) => candidate.path === wordsPath(locale));
    return file && { ...file, intl: intlLocale[locale] };
  };
  const reference = fileOf(defaultLocale);
  if (!reference) return [`${wordsPath(defaultLocale)}:1: missing: the default edition's words are the model every edition follows.`];
  return locales.flatMap((locale) => {
    const file = fileOf(locale);
    if (!file) return [`${wordsPath(locale)}:1: missing: the edition "${locale}" (src/i18n/editions.ts) needs its words; start from a copy of ${reference.path}.`];
    return wordsErrors(reference, file);
  });
}
