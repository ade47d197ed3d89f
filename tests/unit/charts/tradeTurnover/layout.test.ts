import { describe, expect, it } from 'vitest';
import { turnoverLayout, type TurnoverReport } from '../../../../src/charts/tradeTurnover/layout';
import { turnoverCsv, turnoverRows } from '../../../../src/charts/tradeTurnover/table';
import { describeTurnoverState, turnoverAlt } from '../../../../src/charts/tradeTurnover/describe';
import { allYearsState, turnoverStateFor, turnoverStateId, turnoverStates } from '../../../../src/scenes/turnoverState';

const report = (id: string, year: number, value: number, by: string, extra: Partial<TurnoverReport['figure']> = {}, weak = false): TurnoverReport => ({
  id,
  year,
  by,
  figure: { id: `f-${id}`, value, unit: 'usd', quote: `$${value / 1e9}bn`, ...extra },
  source: { id: `s-${id}`, publication: `Pub ${by}`, title: 'Title, with a comma', url: `https://example.org/${id}`, date: '2024-04-07', weak },
});

const reports = [
  report('2023-b', 2023, 28.5e9, 'Tokayev', { qualifier: 'about', quote: '~$28.5bn' }),
  report('2021', 2021, 24.5e9, 'Tokayev'),
  report('2023-a', 2023, 26e9, 'RIA Novosti (repost)', { qualifier: 'about', quote: '~$26bn' }, true),
];

describe('turnoverLayout', () => {
  const layout = turnoverLayout(reports, 'en');
  it('lists years in order and each year\'s reports from the lowest value up', () => {
    expect(layout.years.map((year) => year.year)).toEqual([2021, 2023]);
    expect(layout.years[1]!.dots.map((dot) => dot.id)).toEqual(['2023-a', '2023-b']);
  });
  it('prints each value as reported, with its qualifier, and marks weak sources', () => {
    expect(layout.years[1]!.dots.map((dot) => [dot.label, dot.weak])).toEqual([['about $26bn', true], ['about $28.5bn', false]]);
    expect(layout.years[0]!.dots[0]!.label).toBe('$24.5bn');
  });
  it('spans a year whose sources disagree, and no other', () => {
    expect(layout.years[0]!.range).toBeNull();
    const [low, high] = layout.years[1]!.dots;
    expect(layout.years[1]!.range).toEqual({ from: low!.x, to: high!.x });
  });
  it('keeps every dot inside the plot, off its edges, on a scale whose ticks bracket the data', () => {
    const xs = layout.years.flatMap((year) => year.dots.map((dot) => dot.x));
    for (const x of xs) expect(x).toBeGreaterThan(0.02), expect(x).toBeLessThan(0.98);
    expect(layout.domain[0]).toBeLessThan(24.5e9);
    expect(layout.domain[1]).toBeGreaterThan(28.5e9);
    expect(layout.ticks.length).toBeGreaterThanOrEqual(2);
    expect(layout.ticks.every((tick) => tick.x >= 0 && tick.x <= 1)).toBe(true);
  });
  it('writes Russian numbers in the Russian edition', () => {
    expect(turnoverLayout(reports, 'ru').years[1]!.dots[1]!.label).toBe('около\u00a0$28,5\u00a0млрд');
  });
  it('fails with the file named when there is nothing to draw', () => {
    expect(() => turnoverLayout([], 'en')).toThrow(/kz-ru-turnover\.json/);
  });
});

describe('turnover table and CSV', () => {
  it('has one row per reported value, in year and value order, with source, address and date', () => {
    const rows = turnoverRows(reports, 'en');
    expect(rows.map((row) => [row.year, row.printed, row.by, row.dateText])).toEqual([
      [2021, '$24.5bn', 'Tokayev', '7 April 2024'],
      [2023, 'about $26bn', 'RIA Novosti (repost)', '7 April 2024'],
      [2023, 'about $28.5bn', 'Tokayev', '7 April 2024'],
    ]);
  });
  it('writes the same rows as CSV, quoting fields with commas, with the edition\'s headers', () => {
    const csv = turnoverCsv(reports, 'en');
    const lines = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('year,value,unit,as_printed,reported_by,source,title,url,source_date,quote');
    expect(lines).toHaveLength(1 + reports.length);
    expect(lines[2]).toBe('2023,26000000000,usd,about $26bn,RIA Novosti (repost),Pub RIA Novosti (repost),"Title, with a comma",https://example.org/2023-a,2024-04-07,~$26bn');
    expect(turnoverCsv(reports, 'ru').replace(/^\ufeff/, '').split('\r\n')[0]).toMatch(/^год,значение,/);
  });
});

describe('turnoverAlt', () => {
  it('says every value with who reported it, and where sources disagree', () => {
    const alt = turnoverAlt(reports, 'en');
    expect(alt).toContain('2021: $24.5bn (Tokayev).');
    expect(alt).toContain('2023: about $26bn (RIA Novosti (repost), repost or small outlet) and about $28.5bn (Tokayev): sources disagree.');
  });
});

describe('the turnover chart\'s states', () => {
  const years = [2021, 2023];
  it('offers every year alike, then each year, and reads ids from an address only when they name one', () => {
    expect(turnoverStates(years).map(turnoverStateId)).toEqual(['all', '2021', '2023']);
    expect(turnoverStateFor('2023', years)).toEqual({ highlight: 2023 });
    expect(turnoverStateFor('all', years)).toEqual(allYearsState);
    for (const id of ['2022', '20231', '<b>', '', null]) expect(turnoverStateFor(id, years)).toBeNull();
  });
  it('brings one year forward and mutes the others without moving a dot', () => {
    const plain = turnoverLayout(reports, 'en');
    const focused = turnoverLayout(reports, 'en', { highlight: 2023 });
    expect(plain.years.map((year) => year.emphasis)).toEqual(['none', 'none']);
    expect(focused.years.map((year) => year.emphasis)).toEqual(['muted', 'focus']);
    expect(focused.years.flatMap((year) => year.dots.map((dot) => dot.x))).toEqual(plain.years.flatMap((year) => year.dots.map((dot) => dot.x)));
  });
  it('describes the state: the year brought forward with its reports, or every year', () => {
    expect(describeTurnoverState(reports, { highlight: 2023 }, 'en')).toBe(
      '2023: about $26bn (RIA Novosti (repost), repost or small outlet) and about $28.5bn (Tokayev): sources disagree.');
    expect(describeTurnoverState(reports, allYearsState, 'en')).toBe(turnoverAlt(reports, 'en'));
    expect(() => describeTurnoverState(reports, { highlight: 2022 }, 'en')).toThrow(/no reports for 2022/);
  });
});
