import { describe, expect, it } from 'vitest';
import { quoteErrors, sourceAddressErrors, undatedSourceErrors } from '../../../src/lib/sourceRules';
import type { Figure } from '../../../src/schemas/figure';
import type { Source } from '../../../src/schemas/source';

const figure = (row: Partial<Figure>): Figure => ({ id: 'f', label: 'A figure', value: 100000, unit: 'count', source: 's', quote: 'almost 100,000 units', ...row }) as Figure;
const source = (row: Partial<Source>): Source => ({ id: 's', publication: 'Paper', title: 'Headline', ...row }) as Source;
const lines = new Map([['f', 7], ['s', 12]]);

describe('sourceAddressErrors', () => {
  it('names a source with neither an address nor a reason, with its line and site', () => {
    const errors = sourceAddressErrors([source({ site: 'paper.example' }), source({ id: 'ok', url: 'https://paper.example/a' }), source({ id: 'print', noUrl: 'Print edition only' })], lines);
    expect(errors).toEqual([
      'content/data/sources.json:12: source "s" has no address: add "url": "https://…" (the page itself, on paper.example), or "noUrl": "…" saying why there is none (print only, say).',
    ]);
  });
});

describe('undatedSourceErrors', () => {
  it('names the figure whose source has no date, and where to add it', () => {
    const sources = new Map([['s', source({})], ['dated', source({ id: 'dated', date: '2023-05' })], ['why', source({ id: 'why', noDate: 'Not shown on the page' })]]);
    expect(undatedSourceErrors([figure({}), figure({ id: 'g', source: 'dated' }), figure({ id: 'h', source: 'why' })], sources, { figures: lines, sources: lines })).toEqual([
      'content/data/figures.json:7: figure "f" cites source "s", which has no date: add "date": "YYYY-MM-DD" (or YYYY-MM, YYYY) to it at content/data/sources.json:12, or "noDate": "…" saying why it is unknown.',
    ]);
  });
});

describe('quoteErrors', () => {
  it('accepts a qualifier its quote states, in English or Russian', () => {
    expect(quoteErrors([figure({ qualifier: 'almost' })], lines)).toEqual([]);
    expect(quoteErrors([figure({ qualifier: 'almost', quote: 'почти 100 тысяч штук в год' })], lines)).toEqual([]);
    expect(quoteErrors([figure({ qualifier: 'more than', value: 300, unit: 'multiple', quote: 'jumped more than 300 times' })], lines)).toEqual([]);
    expect(quoteErrors([figure({ qualifier: 'about', quote: '~$28.5bn' })], lines)).toEqual([]);
  });
  it('flags a qualifier the source does not use', () => {
    const [error] = quoteErrors([figure({ qualifier: 'about', value: 12000, unit: 'usd', quote: 'just $12,000' })], lines);
    expect(error).toBe('content/data/figures.json:7: figure "f" prints "about", but its quote does not say it ("just $12,000"): print the source\'s own qualifier, or none.');
  });
  it('flags a quote that qualifies its one number when the figure does not', () => {
    const [error] = quoteErrors([figure({ quote: 'almost 100,000 units' })], lines);
    expect(error).toContain('its quote says "almost" before the number');
    expect(error).toContain('add "qualifier": "almost"');
  });
  it('leaves a quote with two numbers alone: the word may qualify the other one', () => {
    expect(quoteErrors([figure({ value: 7e9, unit: 'usd', quote: '$7bn to nearly $8.8bn' })], lines)).toEqual([]);
  });
  it('does not read a word that is not before a number as a qualifier', () => {
    expect(quoteErrors([figure({ quote: 'about 25% (from 7.02 to 8.78 billion dollars)'.replace('about ', 'grew ') })], lines)).toEqual([]);
    expect(quoteErrors([figure({ quote: 'talks about trade: 100,000 units' })], lines)).toEqual([]);
  });
  it('asks for a quote where there is none', () => {
    expect(quoteErrors([figure({ quote: '  ' })], lines)[0]).toContain('has no "quote"');
  });
});
