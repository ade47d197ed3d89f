import { describe, expect, it } from 'vitest';
import { jsonKeyLines, placeholders, wordsErrors } from '../../../src/i18n/wordsCheck';

const file = (path: string, words: unknown, intl = 'ru-RU') => ({ path, intl, text: `${JSON.stringify(words, null, 2)}\n` });
const en = file('content/editions/en.json', {
  page: { skipLink: 'Skip to the story', readOn: 'Read on' },
  graphics: { note: 'The scale starts at {axisStart}.', legendX: [40, 400], routes: { one: 'Route: {list}.', other: 'Routes: {list}.' } },
}, 'en-GB');
const ru = (words: unknown) => wordsErrors(en, file('content/editions/ru.json', words));
const good = {
  page: { skipLink: 'Перейти к тексту', readOn: 'Читать дальше' },
  graphics: { note: 'Шкала начинается с {axisStart}.', legendX: [40, 330], routes: { one: 'Маршрут: {list}.', few: 'Маршруты: {list}.', many: 'Маршруты: {list}.', other: 'Маршруты: {list}.' } },
};

describe('wordsErrors(reference, edition)', () => {
  it('passes an edition with every key, placeholder and plural form of its language', () => {
    expect(ru(good)).toEqual([]);
    expect(wordsErrors(en, en)).toEqual([]);
  });
  it('names a missing key with its line, and where to translate it from', () => {
    expect(ru({ ...good, page: { skipLink: 'Перейти к тексту' } })).toEqual([
      'content/editions/ru.json:2: "page" lacks "readOn": add it, translated from content/editions/en.json:4.',
    ]);
  });
  it('names an extra key (a typo) with its line', () => {
    expect(ru({ ...good, page: { ...good.page, readOnn: 'Читать' } })).toEqual([
      'content/editions/ru.json:5: "page.readOnn" is not a key of content/editions/en.json: remove it, or add it there first (a typo?).',
    ]);
  });
  it('names an unknown or a missing placeholder and what was expected', () => {
    expect(ru({ ...good, graphics: { ...good.graphics, note: 'Шкала начинается с {start}.' } })).toEqual([
      'content/editions/ru.json:7: "graphics.note" has the unknown placeholder {start}: expected {axisStart}.',
      'content/editions/ru.json:7: "graphics.note" lacks {axisStart}: the sentence must say where it goes.',
    ]);
  });
  it("asks for exactly the plural categories of the edition's language", () => {
    expect(ru({ ...good, graphics: { ...good.graphics, routes: { one: 'Маршрут: {list}.', other: 'Маршруты: {list}.' } } })).toEqual([
      'content/editions/ru.json:12: "graphics.routes" lacks the plural forms "few", "many" (ru-RU has one, few, many, other).',
    ]);
    expect(wordsErrors(en, file('content/editions/xx.json', { ...JSON.parse(en.text), graphics: { ...JSON.parse(en.text).graphics, routes: { one: 'R {list}', few: 'R {list}', other: 'Rs {list}' } } }, 'en-GB'))).toEqual([
      'content/editions/xx.json:12: "graphics.routes" has plural form "few" that en-GB does not use (it has one, other).',
    ]);
  });
  it('names a list of another length and a value of another kind', () => {
    expect(ru({ ...good, graphics: { ...good.graphics, legendX: [40] } })).toEqual(['content/editions/ru.json:8: "graphics.legendX" should be a list of 2 numbers, not 1.']);
    expect(ru({ ...good, page: { ...good.page, readOn: 3 } })).toEqual(['content/editions/ru.json:4: "page.readOn" should be words (a string), not number.']);
  });
  it('reports a file that is not JSON', () => {
    expect(wordsErrors(en, { path: 'content/editions/ru.json', intl: 'ru-RU', text: '{ "page": ' })[0]).toMatch(/^content\/editions\/ru\.json:1: not valid JSON/);
  });
});

describe('placeholders(template) and jsonKeyLines(text)', () => {
  it('lists a template\'s placeholders once, sorted', () => {
    expect(placeholders('{label}: {start} in 2021, {end} ({label})')).toEqual(['end', 'label', 'start']);
  });
  it('finds the line of every key path, nested and in lists', () => {
    const lines = jsonKeyLines(en.text);
    expect(lines.get('page')).toBe(2);
    expect(lines.get('page.readOn')).toBe(4);
    expect(lines.get('graphics.routes.other')).toBe(14);
  });
});
