import { describe, expect, it } from 'vitest';
import { inEdition, pageText, stepCounterparts, ui } from '../../../src/i18n/ui';
import { locales } from '../../../src/i18n/locale';

describe('inEdition(row, locale)', () => {
  const row = { id: 'x', label: 'Washing machines', note: 'A note', value: 1, ru: { label: 'Стиральные машины', note: 'Заметка' } };
  it('returns the row unchanged in English', () => {
    expect(inEdition(row, 'en')).toBe(row);
  });
  it("lays the edition's words over the English and keeps the shared fields", () => {
    expect(inEdition(row, 'ru')).toMatchObject({ id: 'x', label: 'Стиральные машины', note: 'Заметка', value: 1 });
  });
});

describe('pageText(page, locale)', () => {
  const page = {
    id: 'story' as const, kicker: 'K', headline: 'H', dek: 'D', description: 'Desc', byline: 'B', published: '2026-11-24',
    ru: { kicker: 'К', headline: 'З', dek: 'Д', description: 'О', byline: 'А' },
  };
  it('gives the headline block in each edition', () => {
    expect(pageText(page, 'en')).toEqual({ kicker: 'K', headline: 'H', dek: 'D', description: 'Desc', byline: 'B' });
    expect(pageText(page, 'ru')).toEqual(page.ru);
  });
});

describe('ui', () => {
  it('has every word in every edition, none empty, and no Latin letters in the Russian beyond the footer\'s path and placeholders', () => {
    const keys = Object.keys(ui.en).sort();
    for (const locale of locales) {
      expect(Object.keys(ui[locale]).sort()).toEqual(keys);
      for (const value of Object.values(ui[locale])) expect(value.trim()).not.toBe('');
    }
    const latin = Object.entries(ui.ru).filter(([key, value]) => key !== 'footer' && /[a-z]/i.test(value.replace(/\{[a-zA-Z]+\}/g, '')));
    expect(latin).toEqual([]);
  });
});

describe('stepCounterparts(from, to)', () => {
  const en = [{ id: 'hub', scene: 'a' }, { id: 'grows', scene: 'b' }, { id: 'visit', scene: 'c' }, { id: 'sanctions', scene: 'c' }, { id: 'closes', scene: 'd' }];
  it('needs nothing when both editions have the same steps', () => {
    expect(stepCounterparts(en, en)).toEqual({});
  });
  it('sends a step the other edition lacks to its first step with the same scene, else to the one before', () => {
    const ru = [{ id: 'hub', scene: 'a' }, { id: 'grows-and-more', scene: 'b' }, { id: 'visit', scene: 'c' }, { id: 'closes', scene: 'd' }];
    expect(stepCounterparts(en, ru)).toEqual({ grows: 'grows-and-more', sanctions: 'visit' });
    expect(stepCounterparts(ru, en)).toEqual({ 'grows-and-more': 'grows' });
    expect(stepCounterparts([{ id: 'x', scene: 'a' }, { id: 'y', scene: 'z' }], [{ id: 'x', scene: 'a' }])).toEqual({ y: 'x' });
  });
});
