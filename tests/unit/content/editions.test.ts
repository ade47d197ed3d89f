import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/contentCheck';
import { editionErrors, translationErrors } from '../../../src/lib/contentRules';
import { contentFiles, withEdit } from '../../helpers/contentSandbox';

const files = contentFiles();

describe('checkContent(files) checks both editions', () => {
  it('finds both editions complete, with the same sections', () => {
    const report = checkContent(files);
    expect(report.errors).toEqual([]);
    expect(report.summary.editions.ru.sections).toBe(report.summary.editions.en.sections);
    expect(report.summary.editions.ru.steps).toBeGreaterThan(8);
  });

  it('a missing translation fails check:content with its file and line', () => {
    const broken = withEdit(files, 'content/data/figures.json', (text) => text.replace(/"ru": \{ "label": "Экспорт Грузии в Россию, 2021 год" \}, /, ''));
    const line = broken.find((file) => file.path === 'content/data/figures.json')!.text.split('\n').findIndex((l) => l.includes('"georgia-exports-ru-2021"')) + 1;
    expect(checkContent(broken).errors).toEqual([
      `content/data/figures.json:${line}: entry "georgia-exports-ru-2021" has no Russian form: add "ru": { "label": "…" } with the Russian for "label".`,
    ]);
  });

  it('a translated figure whose English note has no Russian note', () => {
    const broken = withEdit(files, 'content/data/figures.json', (text) => text.replace(', "note": "Почти на 50 % больше, чем в 2021 году."', ''));
    expect(checkContent(broken).errors).toEqual([
      expect.stringMatching(/^content\/data\/figures\.json:12: entry "five-neighbours-increase-2022", "ru" has no "note": translate the English note \("Nearly 50% more than in 2021\."\) into Russian\.$/),
    ]);
  });

  it('a page text missing in Russian is reported once, with the line of its row', () => {
    const broken = withEdit(files, 'content/data/page.json', (text) => text.replace(/\s*"dek": "В 2022[^\n]*/, ''));
    expect(checkContent(broken).errors).toEqual([
      expect.stringMatching(/^content\/data\/page\.json:2: entry "story", "ru" has no "dek": translate the English dek \("In 2022 Kazakhstan/),
    ]);
  });

  it('a place name missing its Russian form', () => {
    const broken = withEdit(files, 'content/data/places.json', (text) => text.replace('"ru": { "name": "Хоргос" }, ', ''));
    expect(checkContent(broken).errors).toEqual([
      'content/data/places.json:2: entry "khorgos" has no Russian form: add "ru": { "name": "…" } with the Russian for "name".',
    ]);
  });

  it('a section present in English and missing in Russian', () => {
    const broken = files.filter((file) => file.path !== 'content/story/ru/05-the-carrots.mdx');
    expect(checkContent(broken).errors).toEqual([
      'content/story/05-the-carrots.mdx:1: this section has no Russian edition: add content/story/ru/05-the-carrots.mdx with its translation (same file name, order and steps\' scenes).',
    ]);
  });

  it('a Russian section without an English original', () => {
    const broken = [...files, { path: 'content/story/ru/07-extra.mdx', text: '---\norder: 7\ntitle: Ещё\n---\n\nТекст.\n' }];
    expect(checkContent(broken).errors).toEqual([
      'content/story/ru/07-extra.mdx:1: this Russian section has no English original (content/story/07-extra.mdx): every edition has the same sections, under the same file names.',
    ]);
  });

  it('an unknown scene and an unknown figure in the Russian edition, with the same messages as in English', () => {
    const broken = withEdit(files, 'content/story/ru/04-the-detour.mdx', (text) =>
      text.replace('scene="detour-china"', 'scene="detour-chna"').replace('<Figure id="georgia-exports-ru-2021" />', '<Figure id="georgia-export-ru-2021" />'),
    );
    expect(checkContent(broken).errors).toEqual([
      expect.stringMatching(/^content\/story\/ru\/04-the-detour\.mdx:\d+: <Figure id="georgia-export-ru-2021" \/>: Unknown figure id "georgia-export-ru-2021"\. Did you mean "georgia-exports-ru-2021"\? Valid figure ids: /),
      expect.stringMatching(/^content\/story\/ru\/04-the-detour\.mdx:12: <Step scene="detour-chna">: Unknown scene "detour-chna"\. Did you mean "detour-china"\? Valid scenes: border-closes, /),
    ]);
  });

  it('a Russian section in a different order from the English one', () => {
    const broken = withEdit(files, 'content/story/ru/03-the-border-closes.mdx', (text) => text.replace('order: 3', 'order: 3.5'));
    expect(checkContent(broken).errors).toEqual([
      'content/story/ru/03-the-border-closes.mdx:2: order 3.5 differs from the English section\'s order 3 (content/story/03-the-border-closes.mdx): both editions show sections in the same order.',
    ]);
  });
});

describe('translationErrors(path, rows, lines)', () => {
  it('asks for the Russian of every field the row has in English, and only those', () => {
    const rows = [{ id: 'a', name: 'A', short: 'a', ru: { name: 'А' } }, { id: 'b', name: 'B', ru: { name: 'Б' } }];
    expect(translationErrors('content/data/places.json', rows, [2, 3])).toEqual([
      'content/data/places.json:2: entry "a", "ru" has no "short": translate the English short ("a") into Russian.',
    ]);
  });
  it("leaves a source's headline in its own language but asks for a described title", () => {
    expect(translationErrors('content/data/sources.json', [{ id: 'x', publication: 'P', title: 'Headline', ru: { publication: 'П' } }], [2])).toEqual([]);
    expect(translationErrors('content/data/sources.json', [{ id: 'y', publication: 'P', title: 'About', titleIsDescription: true, ru: { publication: 'П' } }], [5])).toEqual([
      'content/data/sources.json:5: entry "y", "ru" has no "title": translate the English title ("About") into Russian.',
    ]);
  });
});

describe('editionErrors(original, translation, folder)', () => {
  it('names a differing placement', () => {
    expect(editionErrors([{ path: 'content/story/06-s.mdx', order: 6, placement: 'plain' }], [{ path: 'content/story/ru/06-s.mdx', order: 6, placement: 'scrolly' }], 'content/story/ru')).toEqual([
      'content/story/ru/06-s.mdx:1: placement "scrolly" differs from the English section\'s "plain" (content/story/06-s.mdx).',
    ]);
  });
});
