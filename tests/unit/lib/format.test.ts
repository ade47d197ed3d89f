import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatRecordedDate, formatUsd, formatUsdCompact, formatValue } from '../../../src/lib/format';

describe('formatUsd', () => {
  it('writes billions and millions in words', () => {
    expect(formatUsd(20e9, 'en')).toBe('$20 billion');
    expect(formatUsd(8.78e9, 'en')).toBe('$8.78 billion');
    expect(formatUsd(3.7e6, 'en')).toBe('$3.7 million');
    expect(formatUsd(575.1e6, 'en')).toBe('$575.1 million');
  });
  it('writes smaller sums in full with thousands separators', () => {
    expect(formatUsd(12000, 'en')).toBe('$12,000');
  });
});

describe('formatValue', () => {
  it('signs percentage changes with a typographic minus', () => {
    expect(formatValue(25, 'percent-change', 'en')).toBe('+25%');
    expect(formatValue(-31, 'percent-change', 'en')).toBe('−31%');
  });
  it('writes multiples and counts', () => {
    expect(formatValue(2.9, 'multiple', 'en')).toBe('2.9 times');
    expect(formatValue(100000, 'count', 'en')).toBe('100,000');
    expect(formatValue(11, 'km', 'en')).toBe('11 km');
  });
});

describe('formatFigure', () => {
  it('puts the qualifier the source used before the value', () => {
    expect(formatFigure({ value: 300, unit: 'multiple', qualifier: 'more than' }, 'en')).toBe('more than 300 times');
    expect(formatFigure({ value: 100000, unit: 'count', qualifier: 'almost' }, 'en')).toBe('almost 100,000');
  });
});

describe('formatUsdCompact', () => {
  it('abbreviates billions and millions for bar labels', () => {
    expect(formatUsdCompact(8.78e9, 'en')).toBe('$8.78bn');
    expect(formatUsdCompact(575.1e6, 'en')).toBe('$575.1m');
    expect(formatUsdCompact(3.7e6, 'en')).toBe('$3.7m');
    expect(formatUsdCompact(12000, 'en')).toBe('$12,000');
  });
});

describe('Russian edition', () => {
  const nb = '\u00a0';
  const thin = '\u202f';
  it('writes dollars with a decimal comma and Russian scale words', () => {
    expect(formatUsd(20e9, 'ru')).toBe(`$20${nb}млрд`);
    expect(formatUsd(3.7e6, 'ru')).toBe(`$3,7${nb}млн`);
    expect(formatUsd(12000, 'ru')).toBe(`$12${thin}000`);
    expect(formatUsdCompact(8.78e9, 'ru')).toBe(`$8,78${nb}млрд`);
  });
  it('translates the qualifier from the data, never from prose', () => {
    expect(formatFigure({ value: 100000, unit: 'count', qualifier: 'almost' }, 'ru')).toBe(`почти${nb}100${nb}тыс.`);
    expect(formatFigure({ value: 300, unit: 'multiple', qualifier: 'more than' }, 'ru')).toBe(`более${nb}чем${nb}в${nb}300${nb}раз`);
    expect(formatFigure({ value: 700, unit: 'count', qualifier: 'about' }, 'ru')).toBe(`около${nb}700`);
  });
  it('declines "раз" and signs percentages', () => {
    expect(formatValue(2.9, 'multiple', 'ru')).toBe(`в${nb}2,9${nb}раза`);
    expect(formatValue(25, 'percent-change', 'ru')).toBe(`+25${nb}%`);
    expect(formatValue(11, 'km', 'ru')).toBe(`11${nb}км`);
  });
  it('writes dates the Russian way', () => {
    expect(formatDate('2026-11-24', 'ru')).toBe('24 ноября 2026 г.');
    expect(formatDate('2026-11-24', 'en')).toBe('24 November 2026');
  });
});

describe('euros and recorded dates', () => {
  it('writes euros like dollars, in each edition', () => {
    expect(formatValue(12e9, 'eur', 'en')).toBe('€12 billion');
    expect(formatValue(12e9, 'eur', 'ru')).toBe('€12\u00a0млрд');
  });
  it('writes a source\'s date as precisely as it is recorded, in the page\'s style', () => {
    expect(formatRecordedDate('2023-03-24', 'en')).toBe('24 March 2023');
    expect(formatRecordedDate('2023-05', 'en')).toBe('May 2023');
    expect(formatRecordedDate('2023', 'en')).toBe('2023');
    expect(formatRecordedDate('2023-05', 'ru')).toMatch(/^май 2023/);
  });
});

describe('one engine for every edition (Intl.NumberFormat in the edition\'s locale)', () => {
  const nb = '\u00a0';
  const thin = '\u202f';
  it('keeps every digit a value was reported with, up to six', () => {
    expect(formatUsd(115.49e9, 'en')).toBe('$115.49 billion');
    expect(formatUsd(115.49e9, 'ru')).toBe(`$115,49${nb}млрд`);
    expect(formatValue(46.9, 'percent-change', 'en')).toBe('+46.9%');
    expect(formatValue(46.9, 'percent-change', 'ru')).toBe(`+46,9${nb}%`);
  });
  it('groups thousands from four digits on, with the edition\'s separator', () => {
    expect(formatValue(7500, 'count', 'en')).toBe('7,500');
    expect(formatValue(7500, 'count', 'ru')).toBe(`7${thin}500`);
    expect(formatUsd(575_000, 'ru')).toBe(`$575${thin}000`);
  });
  it('writes round thousands in words in Russian only from 10,000', () => {
    expect(formatValue(11_000, 'count', 'ru')).toBe(`11${nb}тыс.`);
    expect(formatValue(7000, 'count', 'ru')).toBe(`7${thin}000`);
    expect(formatValue(10_500, 'count', 'ru')).toBe(`10${thin}500`);
    expect(formatValue(11_000, 'count', 'en')).toBe('11,000');
  });
  it('declines "раз" by the number', () => {
    expect(formatValue(21, 'multiple', 'ru')).toBe(`в${nb}21${nb}раз`);
    expect(formatValue(2, 'multiple', 'ru')).toBe(`в${nb}2${nb}раза`);
    expect(formatValue(5, 'multiple', 'ru')).toBe(`в${nb}5${nb}раз`);
    expect(formatValue(18, 'multiple', 'en')).toBe('18 times');
  });
  it('writes a negative value with a typographic minus in both editions, and zero without a sign', () => {
    expect(formatValue(-31, 'percent-change', 'ru')).toBe(`−31${nb}%`);
    expect(formatUsd(-3.7e6, 'en')).toBe('−$3.7 million');
    expect(formatValue(-5, 'km', 'en')).toBe('−5 km');
    expect(formatValue(-5, 'km', 'ru')).toBe(`−5${nb}км`);
    expect(formatValue(-0, 'count', 'en')).toBe('0');
    expect(formatValue(0, 'percent-change', 'en')).toBe('0%');
  });
  it('keeps a fraction in every unit and edition', () => {
    expect(formatValue(2.5, 'km', 'en')).toBe('2.5 km');
    expect(formatValue(2.5, 'km', 'ru')).toBe(`2,5${nb}км`);
  });
  it('abbreviates dollars in tight spaces, and writes euros like dollars', () => {
    expect(formatUsdCompact(115.49e9, 'en')).toBe('$115.49bn');
    expect(formatUsdCompact(575.1e6, 'ru')).toBe(`$575,1${nb}млн`);
    expect(formatFigure({ value: 12e9, unit: 'eur', qualifier: 'about' }, 'ru')).toBe(`около${nb}€12${nb}млрд`);
  });
});
