/**
 * Each edition's words, from `content/editions/<code>.json`, where editors fix a translation: the page's own words
 * (`page`), the graphics' (`graphics`) and the few the browser writes itself (`scene`, read by sceneWords.ts). Read
 * once at build time and checked against the default edition's file (wordsCheck.ts): a missing, extra or misspelt
 * key, an unknown `{placeholder}` or a missing plural form stops the build with the file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type DefaultWords from '../../content/editions/en.json';
import { locales, perLocale, type Locale } from './locale';
import { editionWordsErrors, wordsPath } from './wordsCheck';

/** An edition's words file, shaped as the default edition's. */
export type Words = typeof DefaultWords;

const words = (() => {
  const files = locales.map((locale) => ({ path: wordsPath(locale), text: readFileSync(join(process.cwd(), wordsPath(locale)), 'utf8') }));
  const errors = editionWordsErrors(files);
  if (errors.length > 0) throw new Error(`The editions' words have ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n- ${errors.join('\n- ')}`);
  return perLocale((locale) => JSON.parse(files.find((file) => file.path === wordsPath(locale))!.text) as Words);
})();

/** An edition's words. */
export const editionWords = (locale: Locale): Words => words[locale];
