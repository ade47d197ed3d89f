import { describe, expect, it } from 'vitest';
import { surgeBarWords } from '../../../../src/charts/exportSurge/barWords';
import { surgeLabel, type SurgePanel } from '../../../../src/charts/exportSurge/layout';

const panel: SurgePanel = {
  id: 'washing-machines', label: 'Washing machines', measure: 'Units', unit: 'count', value2021: 2000, value2022: 100000,
  qualifier2022: 'almost', change: '×50',
};

describe('surgeBarWords(panel, sources, locale)', () => {
  it('says product, year, the value as the chart prints it and the publication of each bar\'s own figure', () => {
    const words = surgeBarWords(panel, ['Kursiv', 'Tajik Herald (small outlet)'], 'en');
    expect(words['2021']).toBe(`Washing machines, 2021: ${surgeLabel(panel, 2000, undefined, 'en')}. Source: Kursiv.`);
    expect(words['2022']).toBe(`Washing machines, 2022: ${surgeLabel(panel, 100000, 'almost', 'en')}. Source: Tajik Herald (small outlet).`);
    expect(words['2022']).toContain('almost');
  });
  it('gives both bars the one publication when both figures come from it, in the Russian edition\'s words', () => {
    const words = surgeBarWords({ ...panel, label: 'Стиральные машины' }, ['«Курсив»'], 'ru');
    expect(words['2021']).toBe(`Стиральные машины, 2021 год: ${surgeLabel(panel, 2000, undefined, 'ru')}. Источник: «Курсив».`);
    expect(words['2022']).toMatch(/^Стиральные машины, 2022 год: .+\. Источник: «Курсив»\.$/);
  });
});
